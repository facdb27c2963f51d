/// One data row, with typed accessors that record a problem (at the
/// field's line and column) and mark the row bad when a value breaks its
/// rule. A spec reads every column through its handle (`row[Spec.column]`,
/// `Column`), then keeps the row only if `isValid`: all problems of a row
/// are reported, not just the first.
///
/// A row lives only while `TableReader.forEachRow` calls its body: its
/// fields are the reader's, until the next record is read (the same
/// object then stands for the next row). Keep a field (`field(of:)`),
/// never the row.
final class Row {
    let table: TableReader
    let fields: UnsafeBufferPointer<CSVReader.Field>
    private(set) var isValid = true
    /// The row's key (its key column's value), once read.
    private(set) var key: String?
    /// The record's first non-ASCII byte, and whether its text may change
    /// under NFC (`CSVReader.firstNonASCII`, `CSVReader.mayNeedNFC`).
    private var firstNonASCII = 0
    private var mayNeedNFC = true
    /// Texts made from longer cells, by their bytes (`rawText`).
    private let texts = TextCache()

    /// `table.today`, read once rather than for every date (a class's `var`).
    private let today: Day?

    init(table: TableReader, fields: UnsafeBufferPointer<CSVReader.Field>) {
        self.table = table
        self.fields = fields
        today = table.today
    }

    /// Makes this the row of the record now in `fields`.
    @inline(__always)
    func start(firstNonASCII: Int, mayNeedNFC: Bool) {
        isValid = true
        key = nil
        self.firstNonASCII = firstNonASCII
        self.mayNeedNFC = mayNeedNFC
    }

    /// The line the row starts on.
    var line: Int { fields.first?.lineNumber ?? 0 }

    private func field(_ column: ColumnInfo) -> CSVReader.Field? {
        table.index(of: column).map { fields[$0] }
    }

    /// The line and column of `column`'s cell (the row's start when the
    /// column is absent).
    func place(_ column: ColumnInfo) -> (line: Int, column: Int) {
        guard let f = field(column) else { return (line, 1) }
        return (f.lineNumber, table.column(of: f, inRowFrom: fields[0], firstNonASCII: firstNonASCII))
    }

    /// An error at `column`'s field: the row is bad.
    func error(_ column: some AnyColumn, _ message: @autoclosure () -> String) {
        isValid = false
        report(column.info, .error, message())
    }

    /// A warning at `column`'s field: the row is still read.
    func warning(_ column: some AnyColumn, _ message: @autoclosure () -> String) {
        report(column.info, .warning, message())
    }

    /// True when `key` is the first of its kind in the file; otherwise the
    /// duplicate is reported at `column` (with the line of the first) and
    /// the row is bad. Empty keys are not claimed.
    @discardableResult
    func claim(_ key: String, at column: some AnyColumn, describe: @autoclosure () -> String) -> Bool {
        guard !key.isEmpty else { return true }
        // One hash of the key, not two: a duplicate is rare, and puts the
        // first row's line back.
        if let first = table.firstLineOfKey.updateValue(line, forKey: key) {
            table.firstLineOfKey[key] = first
            error(column, "\(describe()) is already on line \(first); the row is skipped")
            return false
        }
        return true
    }

    /// `claim` for the key column, remembering the row's key.
    func claimKey(_ id: String, at column: ColumnInfo, describe: @autoclosure () -> String) {
        if claim(id, at: column, describe: describe()) && !id.isEmpty { key = id }
    }

    private func report(_ column: ColumnInfo, _ severity: Problem.Severity, _ message: @autoclosure () -> String) {
        let f = field(column)
        let line = self.line
        let file = table.file
        // Taken before: the reader must not be read while its problems are written.
        let reader = table.reader
        table.report(severity) {
            if let f {
                return Problem(
                    file: file, line: f.lineNumber, column: reader.column(of: f), severity: severity,
                    message: message())
            }
            return Problem(file: file, line: line, column: 1, severity: severity, message: message())
        }
    }

    /// `column`'s field, for a problem a file's rules report once the whole
    /// file is read (`TableReader.problem(at:…)`); nil when the column is
    /// absent.
    func field(of column: some AnyColumn) -> CSVReader.Field? { field(column.info) }

    /// The raw bytes of a column, trimmed of spaces.
    private func bytes(_ column: ColumnInfo) -> UnsafeBufferPointer<UInt8>? {
        guard let f = field(column) else { return nil }
        return trimmed(table.bytes(f))
    }

    /// The column's text (NFC, `""` collapsed), nil when the column is
    /// absent or the cell is empty.
    func rawText(_ column: ColumnInfo) -> String? {
        guard let f = field(column) else { return nil }
        let b = table.bytes(f)
        if trimmed(b).isEmpty { return nil }
        // A longer cell written before (the same note, the same investor)
        // is the same text: found by its bytes, not made again.
        if b.count > TextCache.shortest, let known = texts.text(b, hasEscapes: f.hasEscapes) { return known }
        // From the bytes, not through `table.reader` (a copy of the reader);
        // without a second look for NFC when the reader saw no character
        // that could change.
        let text: String
        if f.hasEscapes {
            let unescaped = texts.unescaped(b)
            text = mayNeedNFC ? TextNormalization.nfc(unescaped) : String(decoding: unescaped, as: UTF8.self)
        } else {
            text = mayNeedNFC ? TextNormalization.nfc(b) : String(decoding: b, as: UTF8.self)
        }
        if b.count > TextCache.shortest { texts.keep(text, b, hasEscapes: f.hasEscapes) }
        return text
    }

    /// True when the column is absent or its cell is empty (or only
    /// spaces): `rawText(column) == nil`, without making the text.
    func isBlank(_ column: ColumnInfo) -> Bool {
        guard let f = field(column) else { return true }
        return trimmed(table.bytes(f)).isEmpty
    }

    /// True when the column is absent or its cell is empty.
    func isEmpty(_ column: some AnyColumn) -> Bool { isBlank(column.info) }

    // MARK: Text

    /// Required text: non-empty.
    func text(_ column: ColumnInfo) -> String {
        guard let t = rawText(column) else {
            error(column, "'\(column.name)' is empty; it is required")
            return ""
        }
        return t
    }

    // MARK: Identifiers

    /// A required identifier: non-empty, no spaces.
    func id(_ column: ColumnInfo) -> String { checkedID(column).value }

    /// `id`, and whether the id is well formed (nothing was reported).
    private func checkedID(_ column: ColumnInfo) -> (value: String, ok: Bool) {
        // Nearly every id is printable ASCII without spaces or quotes to
        // undo: then it is its bytes, trimmed, with nothing to report (no
        // space, no control character, NFC already), and the checks below
        // on the String would only find so again.
        if let f = field(column), !f.hasEscapes {
            let b = trimmed(table.bytes(f))
            if !b.isEmpty, b.allSatisfy({ $0 &- 0x21 < 0x5E }) {
                return (String(decoding: b, as: UTF8.self), true)
            }
        }
        guard let t = rawText(column) else {
            error(column, "'\(column.name)' is empty; every row needs one")
            return ("", false)
        }
        let trimmedID = t.trimmingSpaces()
        if let problem = Row.idProblem(trimmedID) {
            error(column, "identifier \(Messages.shown(trimmedID)) \(problem)")
            return (trimmedID, false)
        }
        return (trimmedID, true)
    }

    /// What is wrong with an id, if anything: a space, or a control
    /// character (C0, DEL, C1, NUL) or a bidi override. Ids are printed in
    /// lists and messages and typed on the command line; such characters
    /// would either be unreadable or act on the terminal that prints them.
    static func idProblem(_ id: String) -> String? {
        if Row.containsWhitespace(id) { return "contains a space" }
        if !SafeText.isSafe(id) || id.utf8.contains(0) {
            return "contains a control character; ids are letters, digits and punctuation"
        }
        return nil
    }

    /// A reference to an id of `file`, checked against the ids read.
    func ref(_ column: ColumnInfo, to file: DataFile) -> String {
        // A file lists one project's (or gate's) rows together: a cell
        // with the same bytes as the one above it, found valid there, is
        // the same valid id, and is not checked and looked up again
        // (100,000 events: make bench, projects).
        let place = table.index(of: column)
        if let place {
            table.seedRefs(place, to: file)
            if let value = table.repeatedRef(place, fields[place]) { return value }
        }
        let (value, ok) = checkedID(column)
        if !value.isEmpty, !table.known[file].contains(value) {
            error(column, "unknown \(file.noun ?? file.rawValue) \(Messages.shown(value))")
        } else if ok, let place {
            table.rememberRef(place, fields[place], value)
        }
        return value
    }

    // MARK: Numbers

    /// A number; nil when empty (then an error if the column is required).
    func number(_ column: ColumnInfo, min: Double? = nil, max: Double? = nil) -> Double? {
        guard let b = bytes(column), !b.isEmpty else {
            if column.isRequired { error(column, "'\(column.name)' is empty; a number is required") }
            return nil
        }
        let v: Double
        switch NumberParsing.checked(b) {
        case .value(let x): v = x
        case .notANumber:
            error(column, NumberParsing.explain(String(decoding: b, as: UTF8.self)))
            return nil
        case .outOfRange:
            error(column, NumberParsing.outOfRange(String(decoding: b, as: UTF8.self)))
            return nil
        }
        if let lo = min, v < lo {
            error(column, "\(column.name) must be at least \(Row.plain(lo)), not \(Row.plain(v))")
            return nil
        }
        if let hi = max, v > hi {
            error(column, "\(column.name) must be at most \(Row.plain(hi)), not \(Row.plain(v))")
            return nil
        }
        return v
    }

    func integer(_ column: ColumnInfo, min: Int? = nil) -> Int? {
        guard let b = bytes(column), !b.isEmpty else {
            if column.isRequired { error(column, "'\(column.name)' is empty; a whole number is required") }
            return nil
        }
        let text = String(decoding: b, as: UTF8.self)
        switch NumberParsing.checked(b) {
        case .notANumber:
            error(column, NumberParsing.explain(text))
            return nil
        case .outOfRange:
            error(column, NumberParsing.outOfRange(text))
            return nil
        case .value: break
        }
        guard let v = NumberParsing.int(b) else {
            error(column, "\(Messages.shown(text)) is not a whole number")
            return nil
        }
        if let lo = min, v < lo {
            error(column, "\(column.name) must be at least \(lo), not \(v)")
            return nil
        }
        return v
    }

    /// Whitespace anywhere: ASCII checked byte by byte (ids almost always
    /// are), other text through the Unicode property.
    static func containsWhitespace(_ s: String) -> Bool {
        for b in s.utf8 {
            if b >= 0x80 { return s.unicodeScalars.contains { $0.properties.isWhitespace } }
            if b == 0x20 || (0x09...0x0D).contains(b) { return true }
        }
        return false
    }

    static func plain(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }

    // MARK: Dates

    func day(_ column: ColumnInfo) -> Day? {
        guard let b = bytes(column), !b.isEmpty else {
            if column.isRequired { error(column, "'\(column.name)' is empty; a date YYYY-MM-DD is required") }
            return nil
        }
        guard let d = Day.parse(b) else {
            error(
                column,
                "\(Messages.shown(String(decoding: b, as: UTF8.self))) is not a date: write YYYY-MM-DD (e.g. 2024-03-31)"
            )
            return nil
        }
        if !column.mayBeFuture, let today, d > today {
            warning(column, Messages.future("date \(d)", today: today))
        }
        return d
    }

    func month(_ column: ColumnInfo) -> YearMonth? {
        guard let b = bytes(column), !b.isEmpty else {
            error(column, "'\(column.name)' is empty; a month YYYY-MM is required")
            return nil
        }
        guard let m = YearMonth.parse(b) else {
            error(
                column,
                "\(Messages.shown(String(decoding: b, as: UTF8.self))) is not a month: write YYYY-MM (e.g. 2024-03)"
            )
            return nil
        }
        // A month that has begun is not in the future.
        if let today, m > today.yearMonth {
            warning(column, Messages.future("month \(m)", today: today))
        }
        return m
    }

    // MARK: Enumerations

    func choice<E: RawRepresentable & CaseIterable & Sendable>(_ column: ColumnInfo, _ words: ChoiceWords<E>) -> E?
    where E.RawValue == String {
        guard let b = bytes(column), !b.isEmpty else {
            if column.isRequired { error(column, "'\(column.name)' is empty; one of \(Row.list(E.self)) is required") }
            return nil
        }
        if let v = words.exact(b) { return v }
        let text = String(decoding: b, as: UTF8.self)
        if let v = E(rawValue: text) { return v }
        // Forgive case only with a warning: exports sometimes capitalise.
        if let v = E(rawValue: text.lowercased()) {
            warning(column, "\(Messages.shown(text)) should be written '\(v.rawValue)'")
            return v
        }
        error(column, "\(Messages.shown(text)) is not one of \(Row.list(E.self))")
        return nil
    }

    static func list<E: RawRepresentable & CaseIterable>(_: E.Type) -> String where E.RawValue == String {
        E.allCases.map(\.rawValue).joined(separator: ", ")
    }
}
