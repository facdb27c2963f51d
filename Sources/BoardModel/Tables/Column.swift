import Synchronization

/// One column of a data file, declared once in its file's spec
/// (`TableSpec`): its name, type, whether it is required, and the note
/// data-format.md prints beside it. The header check, the row readers,
/// the messages and the documentation's column tables all come from it.
struct ColumnInfo: Sendable, Equatable {
    /// The header name (lowercase; headers are matched case-insensitively).
    var name: String
    var type: ColumnType
    var isRequired: Bool
    /// What data-format.md says beside the type: the column's rules in words.
    var note: String
    /// A date that is a plan (a due date, a planned start): after today is
    /// normal. Any other date, month or time after today is a warning.
    var mayBeFuture = false
    /// A number no other column has: a row finds a column's field by it
    /// (`TableReader.index(of:)`, one array read) rather than by comparing
    /// names for every cell of every row (a tenth of loading 160,000 rows:
    /// make bench, projects). Not part of equality.
    let key: Int

    init(_ name: String, _ type: ColumnType, required: Bool = true, note: String = "", mayBeFuture: Bool = false) {
        self.name = name
        self.type = type
        self.isRequired = required
        self.note = note
        self.mayBeFuture = mayBeFuture
        key = columnKeys.wrappingAdd(1, ordering: .relaxed).oldValue
    }

    static func == (a: ColumnInfo, b: ColumnInfo) -> Bool {
        a.name == b.name && a.type == b.type && a.isRequired == b.isRequired && a.note == b.note
            && a.mayBeFuture == b.mayBeFuture
    }
}

/// The next `ColumnInfo.key` (columns are static lets, made on any thread).
private let columnKeys = Atomic<Int>(0)

/// The value types of data-format.md.
enum ColumnType: Sendable, Equatable {
    /// The file's own id: not empty, no spaces, unique within the file.
    /// `noun` names a row in messages (`unknown gate 'X'`, `gate id 'X' is
    /// already on line 3`).
    case key(noun: String)
    /// An identifier that is not unique on its own (`targets.csv`'s metric).
    case id
    case text
    case number(min: Double?, max: Double?)
    case integer(min: Int?)
    case date
    case month
    /// A moment: `YYYY-MM-DDTHH:MM[:SS]` with an optional offset.
    case time
    /// One of the words; `strict`: other capitals are an error, not a warning.
    case choice([String], strict: Bool)
    /// An id of another file.
    case ref(DataFile)
    /// `;`-separated ids of another file.
    case refList(DataFile)
}

/// A column as a spec lists it, whatever the type of its values.
protocol AnyColumn: Sendable {
    var info: ColumnInfo { get }
}

extension ColumnInfo: AnyColumn {
    var info: ColumnInfo { self }
}

/// A column with its reader: `row[TradeTable.exportUSD]` is the column's
/// value (a `Double?`), read by the column's rule, so a misspelt column
/// does not compile and a column cannot be read by the wrong rule.
struct Column<Value>: AnyColumn {
    let info: ColumnInfo
    let read: @Sendable (Row, ColumnInfo) -> Value

    var name: String { info.name }
}

extension Row {
    /// The value of `column` in this row; a value that breaks the column's
    /// rule is reported and marks the row bad.
    subscript<Value>(_ column: Column<Value>) -> Value {
        // Debug builds (the tests) note each column read, and stop on one
        // its spec does not list: it would never be found in a header.
        assert(table.noteRead(column.info), "column '\(column.info.name)' is read but not listed in its spec")
        return column.read(self, column.info)
    }
}

// The column kinds. The value type says what a reader gets: a required
// text is a `String` (`""` when broken, the row then being bad), an
// optional one a `String?`; numbers, dates and choices are nil when empty
// or broken.

extension Column where Value == String {
    /// The file's id. Each value is claimed as the row is read: a second
    /// row with the same id is reported and skipped.
    static func key(_ name: String, noun: String, note: String = "") -> Column {
        Column(info: ColumnInfo(name, .key(noun: noun), note: note)) { row, info in
            let id = row.id(info)
            row.claimKey(id, at: info, describe: "\(noun) id \(Messages.shown(id))")
            return id
        }
    }

    /// A required identifier that need not be unique.
    static func id(_ name: String, note: String = "") -> Column {
        Column(info: ColumnInfo(name, .id, note: note)) { row, info in row.id(info) }
    }

    static func text(_ name: String, note: String = "") -> Column {
        Column(info: ColumnInfo(name, .text, note: note)) { row, info in row.text(info) }
    }

    /// A required id of `file`.
    static func ref(_ name: String, to file: DataFile, note: String = "") -> Column {
        Column(info: ColumnInfo(name, .ref(file), note: note)) { row, info in row.ref(info, to: file) }
    }
}

extension Column where Value == String? {
    static func optionalText(_ name: String, note: String = "") -> Column {
        Column(info: ColumnInfo(name, .text, required: false, note: note)) { row, info in row.rawText(info) }
    }

    /// An identifier (no spaces, no control characters), or nil when empty.
    static func optionalID(_ name: String, note: String = "") -> Column {
        Column(info: ColumnInfo(name, .id, required: false, note: note)) { row, info in
            row.isBlank(info) ? nil : row.id(info)
        }
    }

    /// An id of `file`, or nil when empty.
    static func optionalRef(_ name: String, to file: DataFile, note: String = "") -> Column {
        Column(info: ColumnInfo(name, .ref(file), required: false, note: note)) { row, info in
            row.isBlank(info) ? nil : row.ref(info, to: file)
        }
    }
}

extension Column where Value == [String] {
    /// `;`-separated ids of `file` (optional: empty is no ids).
    static func refList(_ name: String, to file: DataFile, note: String = "") -> Column {
        Column(info: ColumnInfo(name, .refList(file), required: false, note: note)) { row, info in
            row.refList(info, to: file)
        }
    }
}

extension Column where Value == Double? {
    static func number(_ name: String, min: Double? = nil, max: Double? = nil, note: String = "") -> Column {
        Column(info: ColumnInfo(name, .number(min: min, max: max), note: note)) { row, info in
            row.number(info, min: min, max: max)
        }
    }

    /// An optional number: nil when empty (absent, not zero).
    static func optionalNumber(_ name: String, min: Double? = nil, max: Double? = nil, note: String = "")
        -> Column
    {
        Column(info: ColumnInfo(name, .number(min: min, max: max), required: false, note: note)) { row, info in
            row.number(info, min: min, max: max)
        }
    }
}

extension Column where Value == Int? {
    static func integer(_ name: String, min: Int? = nil, note: String = "") -> Column {
        Column(info: ColumnInfo(name, .integer(min: min), note: note)) { row, info in row.integer(info, min: min) }
    }

    static func optionalInteger(_ name: String, min: Int? = nil, note: String = "") -> Column {
        Column(info: ColumnInfo(name, .integer(min: min), required: false, note: note)) { row, info in
            row.integer(info, min: min)
        }
    }
}

extension Column where Value == Day? {
    static func date(_ name: String, note: String = "") -> Column {
        Column(info: ColumnInfo(name, .date, note: note)) { row, info in row.day(info) }
    }

    static func optionalDate(_ name: String, note: String = "") -> Column {
        Column(info: ColumnInfo(name, .date, required: false, note: note)) { row, info in row.day(info) }
    }

    /// A date that is a plan (a due date): after today is not a warning.
    static func optionalPlannedDate(_ name: String, note: String = "") -> Column {
        Column(info: ColumnInfo(name, .date, required: false, note: note, mayBeFuture: true)) { row, info in
            row.day(info)
        }
    }
}

extension Column where Value == YearMonth? {
    static func month(_ name: String, note: String = "") -> Column {
        Column(info: ColumnInfo(name, .month, note: note)) { row, info in row.month(info) }
    }
}

extension Column {
    /// One of `E`'s raw values; other capitals are accepted with a warning.
    static func choice<E: RawRepresentable & CaseIterable & Sendable>(
        _ name: String, _ type: E.Type, note: String = ""
    ) -> Column<E?> where Value == E?, E.RawValue == String {
        let words = ChoiceWords(E.self)
        return Column<E?>(info: ColumnInfo(name, .choice(E.allCases.map(\.rawValue), strict: false), note: note)) {
            row, info in row.choice(info, words)
        }
    }

    /// An optional choice: nil when empty.
    static func optionalChoice<E: RawRepresentable & CaseIterable & Sendable>(
        _ name: String, _ type: E.Type, note: String = ""
    ) -> Column<E?> where Value == E?, E.RawValue == String {
        let words = ChoiceWords(E.self)
        return Column<E?>(
            info: ColumnInfo(name, .choice(E.allCases.map(\.rawValue), strict: false), required: false, note: note)
        ) { row, info in row.choice(info, words) }
    }
}

/// A choice column's words as bytes, made once with the column: a cell
/// written exactly as one of them is that case without building a
/// `String` or going through `init(rawValue:)` (which compares Unicode
/// strings: a third of reading a 100,000-row file's event column). Any
/// other cell takes `Row.choice`'s full path, messages and all.
struct ChoiceWords<E: RawRepresentable & CaseIterable & Sendable>: Sendable where E.RawValue == String {
    let words: [[UInt8]]
    let cases: [E]
    /// Each word's length and first byte: most cells are told from most
    /// words by these alone.
    let heads: [(count: Int, first: UInt8)]

    init(_: E.Type) {
        cases = Array(E.allCases)
        words = cases.map { Array($0.rawValue.utf8) }
        heads = words.map { ($0.count, $0.first ?? 0) }
    }

    /// The case whose word is exactly `b`, else nil.
    func exact(_ b: UnsafeBufferPointer<UInt8>) -> E? {
        guard let first = b.first else { return nil }
        for i in heads.indices where heads[i].count == b.count && heads[i].first == first {
            // A plain loop: `elementsEqual` is not specialised here, and
            // cost more than the rest of the match.
            let same = words[i].withUnsafeBufferPointer { w in
                for j in 0..<w.count where w[j] != b[j] { return false }
                return true
            }
            if same { return cases[i] }
        }
        return nil
    }
}
