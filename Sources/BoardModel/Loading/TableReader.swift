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
        source = RecordSource(file: file, buffer: buffer)
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

    private func nextRecord(_ complete: inout Bool) -> [CSVReader.Field]? {
        source.next(complete: &complete) ? Array(source.fields) : nil
    }

    /// Adds a problem of a row; `make` is called only if it is kept.
    func report(_ severity: Problem.Severity, _ make: () -> Problem) {
        source.problems.append(severity, make)
    }

    /// Calls `body` with each data row that has the header's number of
    /// fields; rows with another count are reported and skipped.
    func forEachRow(_ body: (Row) -> Void) {
        var complete = false
        while let fields = nextRecord(&complete) {
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

    /// A spec lists a dozen columns at most: a scan of short names beats
    /// hashing the name for every field of every row.
    func index(of column: String) -> Int? {
        for (name, i) in columnList where name == column { return i }
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
