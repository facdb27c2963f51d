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
    /// Rules one row cannot check alone, over the whole file and the rows
    /// of the files it refers to (`project_events.csv`: each project's
    /// latest event against its status in `projects.csv`). Default: none.
    associatedtype FileRules: FileRuleSet = NoFileRules<Record> where FileRules.Record == Record
    /// The column `observedOn` reads (where a problem with an observation
    /// is reported). Default: none.
    static var observedColumn: ColumnInfo? { get }
    /// True when each row is read on its own: no key column, no `claim`,
    /// no `FileRules`. A big file of such rows is read in two halves at
    /// once (`TableHalves`), each half seeing only its own rows. Default:
    /// false.
    static var readsRowsAlone: Bool { get }
    /// True when a big file is read in two halves at once: its rows are
    /// read alone, or its rules are `OrderedFileRules`. Default:
    /// `readsRowsAlone`.
    static var readsInHalves: Bool { get }
    /// A big file with `OrderedFileRules` read in two halves at once
    /// (`OrderedHalves`): its rows, its rows' problems and its rules' last
    /// problems, as one pass finds them; nil when it is too small to cut,
    /// and `t` is left as it was. Default: nil.
    static func readInHalves(_ t: TableReader) -> (part: TablePart<Self>, problems: ProblemList, after: [Problem])?

    // Given by the extension below, never by a spec. Requirements rather
    // than plain extension methods so that each spec's conformance gets
    // its own specialised copy (through a `DataFile` they are called on
    // an existential, where generic code would look up `[Record]`'s type
    // metadata for every row).
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, known: KnownIDs, today: Day?, threads: Int,
        problems: inout ProblemList
    ) -> TableRows
    static func latestObservation(in d: DataSet) -> Day?
    static func countObservations(in d: DataSet, today: Day?, into counts: inout [Day: Int])
}

extension TableSpec {
    static var isOptional: Bool { false }
    static func observedOn(_ record: Record) -> Day? { nil }
    static var observedColumn: ColumnInfo? { nil }
    static var readsRowsAlone: Bool { false }
    static var readsInHalves: Bool { readsRowsAlone }
    static func readInHalves(_ t: TableReader) -> (part: TablePart<Self>, problems: ProblemList, after: [Problem])? {
        nil
    }

    static var file: DataFile { DataFile(Self.self) }

    /// The latest day the rows of this file observe.
    static func latestObservation(in d: DataSet) -> Day? {
        var latest: Day?
        for r in d[Self.self] {
            if let day = observedOn(r), latest.map({ day > $0 }) ?? true { latest = day }
        }
        return latest
    }

    /// Adds one to the day of each row's observation. A month observed on
    /// its last day counts as observed today while it is the current month
    /// (it has begun: its figures so far are not from the future).
    static func countObservations(in d: DataSet, today: Day?, into counts: inout [Day: Int]) {
        let monthly = observedColumn?.type == .month
        let rows = d[Self.self]
        var days: [Int] = []
        days.reserveCapacity(rows.count)
        for r in rows {
            guard let day = observedOn(r) else { continue }
            days.append(AsOf.countedDay(day, monthly: monthly, today: today).daysSinceEpoch)
        }
        AsOf.count(days: days, into: &counts)
    }

    /// Reads one file's bytes on one thread (`ezboard update`'s check of
    /// the row it would append).
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, known: KnownIDs, today: Day?, problems: inout ProblemList
    ) -> TableRows {
        parse(bytes, known: known, today: today, threads: 1, problems: &problems)
    }

    /// Reads one file's bytes: its valid rows, and the ids later files may
    /// refer to. Problems go to `problems`; a date or month after `today`
    /// (other than a plan) is a warning. With `threads` > 1, a big file of
    /// rows read alone, or with `OrderedFileRules`, is read in two halves
    /// at once.
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, known: KnownIDs, today: Day?, threads: Int,
        problems: inout ProblemList
    ) -> TableRows {
        guard
            let t = TableReader(
                file: fileName, buffer: bytes, columns: columns.map(\.info), known: known, problems: &problems)
        else { return TableRows(file: file, rows: [Record](), ids: []) }
        t.today = today
        var part = TablePart<Self>()
        if readsRowsAlone, threads > 1, let halves = TableHalves<Self>(t) {
            let read = halves.read()
            part = read.part
            for list in read.problems { problems.append(contentsOf: list) }
        } else if threads > 1, let read = readInHalves(t) {
            part = read.part
            problems.append(contentsOf: read.problems)
            problems.append(contentsOf: read.after)
        } else {
            var rules = FileRules(known: known)
            t.forEachRow { row in part.take(row, &rules) }
            problems.append(contentsOf: t.problems)
            problems.append(contentsOf: rules.finish(t))
        }
        var out = TableRows(file: file, rows: part.rows, ids: part.ids)
        out.observed = part.observed
        // Made once here for every file that refers to this one, rather
        // than once by each of them (`DataFolder.known(for:)`).
        if DataFile.referenced.contains(file) { out.idSet = Set(part.ids) }
        return out
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
    /// Where each kept row's observation is (for warnings about dates far
    /// ahead of the others), in file order.
    var observed: [Observed] = []
    /// `ids` as a set, for a file other files refer to (nil otherwise).
    var idSet: Set<String>?

    init<Record: Sendable>(file: DataFile, rows: [Record], ids: [String]) {
        self.file = file
        stored = StoredRows(rows)
        self.ids = ids
    }
}

/// An observation's day and the place of its cell.
struct Observed: Sendable, Equatable {
    var day: Day
    var line: Int
    var column: Int
}

/// What a file being read may look up in the files it refers to: their
/// ids (every reference is checked against them) and their rows as shown
/// (for the rules of `TableSpec.FileRules`).
public struct KnownIDs: Sendable {
    var ids: [DataFile: Set<String>] = [:]
    var tables: [DataFile: StoredRows] = [:]
    public init() {}
    public subscript(_ file: DataFile) -> Set<String> {
        get { ids[file] ?? [] }
        set { ids[file] = newValue }
    }

    /// The rows of a file referred to (empty when it has none).
    func rows<T: TableSpec>(_ table: T.Type) -> [T.Record] {
        tables[DataFile(table)]?.rows as? [T.Record] ?? []
    }
}

/// Rules that span a file's rows, and the rows of the files it refers to:
/// they see every valid row, then report once the file is read.
protocol FileRuleSet {
    associatedtype Record
    /// Before the first row, with the files referred to as shown.
    init(known: KnownIDs)
    /// A valid row and its record: whether to keep it (a row against the
    /// rules is reported, `row.error`, and skipped). Report at its fields
    /// now, or keep a field for later (`row.field(of:)`). The record may
    /// take what the rules found (where its reference is).
    mutating func keep(_ record: inout Record, _ row: Row) -> Bool
    /// After the last row: the problems only the whole file shows (placed
    /// with `table.problem(at:…)` while the file is still at hand).
    mutating func finish(_ table: TableReader) -> [Problem]
}

/// A file without rules across its rows.
struct NoFileRules<Record>: FileRuleSet {
    init(known: KnownIDs) {}
    func keep(_ record: inout Record, _ row: Row) -> Bool { true }
    func finish(_ table: TableReader) -> [Problem] { [] }
}
