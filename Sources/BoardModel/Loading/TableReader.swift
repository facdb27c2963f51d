/// Reads one CSV file with a header into rows whose fields are found by
/// column name, reporting every problem with its line and column.
///
/// Used for every file except the crossing log (which has a faster reader
/// of its own, `CrossingReader`, sharing the same header rules).
final class TableReader {
    let file: String
    let buffer: UnsafeBufferPointer<UInt8>
    /// The ids references are checked against.
    let known: KnownIDs
    /// Today's date: a date or month after it is a warning (nil: no check).
    var today: Day?
    /// The problems of the rows (syntax and rules, in one list, so the
    /// first ones kept are the first ones found).
    private var source: RecordSource
    var problems: ProblemList { source.problems }
    /// Keys claimed so far (`Row.claim`) → the line of the first.
    var firstLineOfKey: [String: Int] = [:]
    /// The columns the spec lists, and (in debug builds) those read so far.
    let listed: [ColumnInfo]
    private(set) var columnsRead: Set<String> = []
    /// The listed columns the header has (name, field index): a dozen at
    /// most, however wide the header.
    private var columnList: [(String, Int)] = []
    private(set) var fieldCount = 0

    var reader: CSVReader { source.reader }
    /// The reader's first byte: a field's bytes are found from it without
    /// copying the reader (its field storage and issues) for every cell.
    private let base: UnsafePointer<UInt8>

    /// Where fields are on their lines (`reader.column(of:)` without a copy of the reader).
    let places: CSVReader.Places

    /// A field's bytes, as `reader.bytes(f)`.
    @inline(__always)
    func bytes(_ f: CSVReader.Field) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + f.start, count: f.end - f.start)
    }

    /// Nil when the file has no header or lacks a required column (the
    /// problem is recorded; no row can be read).
    init?(
        file: String, buffer: UnsafeBufferPointer<UInt8>, columns: [ColumnInfo], known: KnownIDs,
        problems sink: inout ProblemList
    ) {
        self.file = file
        self.buffer = buffer
        self.known = known
        listed = columns
        let opened = RecordSource(file: file, buffer: buffer)
        source = opened
        base = opened.reader.base
        places = opened.reader.places
        var complete = false
        guard
            let header = HeaderMap(file: file, source: &source, schema: Schema(columns), complete: &complete)
        else {
            sink.append(contentsOf: source.problems)
            return nil
        }
        columnList = columns.compactMap { c in header.columns[c.name].map { (c.name, $0) } }
        fieldCount = header.fieldCount
        sink.append(contentsOf: source.problems)
        source.problems = ProblemList()
    }

    /// Adds a problem of a row; `make` is called only if it is kept.
    func report(_ severity: Problem.Severity, _ make: () -> Problem) {
        source.problems.append(severity, make)
    }

    /// Calls `body` with each data row that has the header's number of
    /// fields; rows with another count are reported and skipped.
    func forEachRow(_ body: (Row) -> Void) {
        var complete = false
        // One array holds each row's fields in turn: once a row is let go
        // (nearly always, when `body` returns) the next reuses it rather
        // than allocating its own (a file of 100,000 rows: make bench).
        var fields: [CSVReader.Field] = []
        while source.next(complete: &complete) {
            fields.removeAll(keepingCapacity: true)
            fields.append(contentsOf: source.fields)
            if fields.count != fieldCount {
                fields.withUnsafeBufferPointer { source.reportFieldCount($0, expected: fieldCount) }
                continue
            }
            body(Row(table: self, fields: fields))
        }
    }

    /// A problem at a field kept from an earlier row (`Row.field(of:)`);
    /// at `line`, column 1, without one.
    func problem(at field: CSVReader.Field?, line: Int, _ severity: Problem.Severity, _ message: String) -> Problem {
        guard let f = field else {
            return Problem(file: file, line: line, column: 1, severity: severity, message: message)
        }
        return Problem(
            file: file, line: f.lineNumber, column: reader.column(of: f), severity: severity, message: message)
    }

    /// Notes that `column` was read; false when the spec does not list it.
    func noteRead(_ column: ColumnInfo) -> Bool {
        columnsRead.insert(column.name)
        return listed.contains(column)
    }

    /// Per field index, the last reference found valid and known, with
    /// its cell (`Row.ref`).
    private var refMemo: [(field: CSVReader.Field, value: String)?] = []
    /// Per field index, every reference found valid and known, by the hash
    /// of its bytes (`refHash`).
    private var refSeen: [[UInt64: (field: CSVReader.Field, value: String)]] = []

    /// The value of a valid reference at field `index` found earlier with
    /// the same bytes as `f` (escapes alike), else nil: the one just above
    /// (a file lists one project's rows together), else any earlier one
    /// (progress reports over thousands of assignments come in no order:
    /// each id is then checked once, not once a row; make bench, brief).
    func repeatedRef(_ index: Int, _ f: CSVReader.Field) -> String? {
        guard index < refMemo.count, let m = refMemo[index] else { return nil }
        if sameBytes(m.field, f) { return m.value }
        guard let seen = refSeen[index][refHash(f)], sameBytes(seen.field, f) else { return nil }
        refMemo[index] = seen
        return seen.value
    }

    /// Notes a reference found valid and known (`repeatedRef`).
    func rememberRef(_ index: Int, _ f: CSVReader.Field, _ value: String) {
        if refMemo.count <= index {
            refMemo += Array(repeating: nil, count: index + 1 - refMemo.count)
            refSeen += Array(repeating: [:], count: index + 1 - refSeen.count)
        }
        refMemo[index] = (f, value)
        refSeen[index][refHash(f)] = (f, value)
    }

    private func sameBytes(_ a: CSVReader.Field, _ b: CSVReader.Field) -> Bool {
        guard a.hasEscapes == b.hasEscapes, a.end - a.start == b.end - b.start else { return false }
        var p = base + a.start
        var q = base + b.start
        for _ in b.start..<b.end {
            if p.pointee != q.pointee { return false }
            p += 1
            q += 1
        }
        return true
    }

    /// FNV-1a over a field's bytes (ids are short); a collision only
    /// costs the full check, as `sameBytes` decides.
    private func refHash(_ f: CSVReader.Field) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ (f.hasEscapes ? 1 : 0)
        var p = base + f.start
        for _ in f.start..<f.end {
            h = (h ^ UInt64(p.pointee)) &* 0x100_0000_01B3
            p += 1
        }
        return h
    }

    /// A spec lists a dozen columns at most: a scan of short names beats
    /// hashing the name for every field of every row.
    func index(of column: String) -> Int? {
        // The lengths first: a spec's names mostly differ in length, and
        // comparing two unequal strings is the slow path of `==`.
        let length = column.utf8.count
        for (name, i) in columnList where name.utf8.count == length && name == column { return i }
        return nil
    }
}

/// The columns a file must have, and those it may have, by name.
struct Schema {
    var required: [String]
    var optional: [String]

    init(_ columns: [ColumnInfo]) {
        required = columns.filter(\.isRequired).map(\.name)
        optional = columns.filter { !$0.isRequired }.map(\.name)
    }

    func knows(_ name: String) -> Bool { required.contains(name) || optional.contains(name) }
}

extension String {
    func trimmingSpaces() -> String {
        // Almost always nothing to trim: check the ends before slicing.
        let u = utf8
        if let f = u.first, let l = u.last, f != 0x20, f != 0x09, l != 0x20, l != 0x09 { return self }
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
