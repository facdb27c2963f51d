/// Everything read from one data folder: the valid rows of every file.
///
/// Rows that broke a rule are not here; the problems that say why travel
/// beside the data set (`DataFolder.problems`). Arrays keep the files' row
/// order. A table file's rows are `self[ItsTable.self]`; each spec's file
/// adds a named accessor (`units`, `gates`, …).
public struct DataSet: Sendable {
    /// Each table file's rows, keyed by its spec type.
    var tables: [ObjectIdentifier: StoredRows] = [:]
    /// One log per file under `crossings/`, keyed by its path relative to
    /// the data folder (`crossings/2024-03-31.csv`).
    public var crossings: [String: CrossingLog] = [:]

    public init() {}

    /// The rows of one table file (empty when it has none or was not read).
    public subscript<T: DataTable>(_ table: T.Type) -> [T.Record] {
        get { tables[ObjectIdentifier(table)]?.rows as? [T.Record] ?? [] }
        set { tables[ObjectIdentifier(table)] = StoredRows(newValue) }
    }

    /// The valid rows of one table file.
    public func rowCount(of file: DataFile) -> Int { tables[ObjectIdentifier(file.spec)]?.count ?? 0 }

    /// Rows of every file, crossings included (`ezboard check`'s total).
    public var rowCount: Int { tables.values.reduce(crossingCount) { $0 + $1.count } }

    public func unit(_ id: String) -> Unit? { units.first { $0.id == id } }
    public func gate(_ id: String) -> Gate? { gates.first { $0.id == id } }
    public func zone(_ id: String) -> Zone? { zones.first { $0.id == id } }
    public func work(_ id: String) -> Work? { works.first { $0.id == id } }
    public func task(_ id: String) -> BoardTask? { tasks.first { $0.id == id } }

    /// The crossing logs in path order (deterministic summaries).
    public var crossingLogs: [(path: String, log: CrossingLog)] {
        crossings.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    public var crossingCount: Int { crossings.values.reduce(0) { $0 + $1.count } }

    /// Progress reports of one task, oldest first.
    public func updates(of taskID: String) -> [TaskUpdate] {
        // In date order, and in file order within a day: a later report of
        // the same day is a correction, shown after the one it corrects.
        Reporting.inDateOrder(taskUpdates.filter { $0.taskID == taskID })
    }
}

/// One file's rows (an array of its record type) and how many.
struct StoredRows: Sendable {
    var rows: any Sendable
    var count: Int
    init<Record: Sendable>(_ rows: [Record]) {
        self.rows = rows
        count = rows.count
    }
}
