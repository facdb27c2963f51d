/// A data file's rows as the data set holds them: `dataSet[WorksTable.self]`
/// is `[Work]`.
public protocol DataTable: Sendable {
    associatedtype Record: Sendable
}

/// Everything ezboard knows about one table file, declared once: its
/// name, its columns (each with its type, whether it is required and its
/// rules), how a row becomes a record, and which values count toward the
/// as-of date. The loader, `ezboard check`, the messages and the column
/// tables of docs/data-format.md all come from it; the files it refers to
/// (and so the order files are read in) come from its reference columns.
///
/// ARCHITECTURE.md, "How to add a data file", lists the steps.
protocol TableSpec: DataTable {
    /// The file's name in the data folder.
    static var fileName: String { get }
    /// What one row is, for data-format.md's list of files.
    static var oneRowIs: String { get }
    /// May the file be absent? (Default: no.)
    static var isOptional: Bool { get }
    /// Every column, in the order data-format.md lists them.
    static var columns: [any AnyColumn] { get }
    /// The record of one row: read every column (so all of a row's
    /// problems are reported), apply the rules that involve more than one
    /// column, and return nil when the row is bad (`row.isValid`) or a
    /// duplicate.
    static func record(_ row: Row) -> Record?
    /// The day a row is an observation of (the as-of rule, data-format.md):
    /// nil when the row observes nothing. Plans (due dates) never count.
    /// Default: no row observes anything.
    static func observedOn(_ record: Record) -> Day?

    // Given by the extension below, never by a spec. Requirements rather
    // than plain extension methods so that each spec's conformance gets
    // its own specialised copy (through a `DataFile` they are called on
    // an existential, where generic code would look up `[Record]`'s type
    // metadata for every row).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, known: KnownIDs, problems: inout ProblemList) -> TableRows
    static func latestObservation(in d: DataSet) -> Day?
}

extension TableSpec {
    static var isOptional: Bool { false }
    static func observedOn(_ record: Record) -> Day? { nil }

    static var file: DataFile { DataFile(Self.self) }

    /// The latest day the rows of this file observe.
    static func latestObservation(in d: DataSet) -> Day? {
        var latest: Day?
        for r in d[Self.self] {
            if let day = observedOn(r), latest.map({ day > $0 }) ?? true { latest = day }
        }
        return latest
    }

    /// Reads one file's bytes: its valid rows, and the ids later files may
    /// refer to. Problems go to `problems`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, known: KnownIDs, problems: inout ProblemList) -> TableRows {
        var rows: [Record] = []
        var ids: [String] = []
        guard
            let t = TableReader(
                file: fileName, buffer: bytes, columns: columns.map(\.info), known: known, problems: &problems)
        else { return TableRows(file: file, rows: rows, ids: ids) }
        t.forEachRow { row in
            guard let record = Self.record(row) else { return }
            rows.append(record)
            if let id = row.key { ids.append(id) }
        }
        problems.append(contentsOf: t.problems)
        return TableRows(file: file, rows: rows, ids: ids)
    }
}

/// The valid rows read from one table file.
struct TableRows: Sendable {
    var file: DataFile
    /// The rows, as the data set stores them.
    var stored: StoredRows
    /// The ids of the rows kept, in file order (empty for a file without a
    /// key column).
    var ids: [String]

    init<Record: Sendable>(file: DataFile, rows: [Record], ids: [String]) {
        self.file = file
        stored = StoredRows(rows)
        self.ids = ids
    }
}

/// The ids later files may refer to, per file.
public struct KnownIDs: Sendable, Equatable {
    var ids: [DataFile: Set<String>] = [:]
    public init() {}
    public subscript(_ file: DataFile) -> Set<String> {
        get { ids[file] ?? [] }
        set { ids[file] = newValue }
    }
}
