/// Everything read from one data folder: the valid rows of every file.
///
/// Rows that broke a rule are not here; the problems that say why travel
/// beside the data set (`LoadResult`). Arrays keep the files' row order.
public struct DataSet: Sendable {
    public var units: [Unit] = []
    public var gates: [Gate] = []
    public var trade: [TradeMonth] = []
    /// One log per file under `crossings/`, keyed by its path relative to
    /// the data folder (`crossings/2024-03-31.csv`).
    public var crossings: [String: CrossingLog] = [:]
    public var zones: [Zone] = []
    public var output: [OutputMonth] = []
    public var projects: [Project] = []
    public var works: [Work] = []
    public var tasks: [BoardTask] = []
    public var taskUpdates: [TaskUpdate] = []
    public var targets: [Target] = []

    public init() {}

    public func unit(_ id: String) -> Unit? { units.first { $0.id == id } }
    public func gate(_ id: String) -> Gate? { gates.first { $0.id == id } }
    public func zone(_ id: String) -> Zone? { zones.first { $0.id == id } }
    public func work(_ id: String) -> Work? { works.first { $0.id == id } }
    public func task(_ id: String) -> BoardTask? { tasks.first { $0.id == id } }

    /// The crossing logs in path order (deterministic summaries).
    public var crossingLogs: [(path: String, log: CrossingLog)] {
        crossings.keys.sorted().map { ($0, crossings[$0]!) }
    }

    public var crossingCount: Int { crossings.values.reduce(0) { $0 + $1.count } }

    /// Progress reports of one task, oldest first.
    public func updates(of taskID: String) -> [TaskUpdate] {
        taskUpdates.filter { $0.taskID == taskID }.sorted { $0.on < $1.on }
    }
}
