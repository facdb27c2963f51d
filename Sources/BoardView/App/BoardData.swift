import BoardModel

/// The data a screen draws: the data set, its summary and problems, and
/// what the header says about freshness. Built by the app from a
/// `DataFolder`; screens only read it.
public struct BoardData: Sendable {
    public var dataSet: DataSet
    public var summary: BoardSummary
    /// The problems as listed (the first of each file, `ProblemList`),
    /// with the totals counted once per load: the header reads those.
    public var problems: ProblemList
    /// The data folder, for the header and messages.
    public var folder: String
    /// When the data last changed (the newest shown file's modification
    /// time, seconds since 1970), nil when unknown.
    public var lastChange: Int64?
    /// Overview panels whose files have not changed for longer than
    /// expected (see `Freshness`).
    public var stalePanels: Set<Panel>
    /// Files showing an earlier, valid version because the current one has
    /// errors or vanished.
    public var keptLastGood: [String]

    public init(
        dataSet: DataSet, summary: BoardSummary, problems: ProblemList = [], folder: String = "",
        lastChange: Int64? = nil, stalePanels: Set<Panel> = [], keptLastGood: [String] = []
    ) {
        self.dataSet = dataSet
        self.summary = summary
        self.problems = problems
        self.folder = folder
        self.lastChange = lastChange
        self.stalePanels = stalePanels
        self.keptLastGood = keptLastGood
    }

    /// A summary of the data set as of `asOf` (or its latest observation;
    /// `fallback` when it has none).
    public init(dataSet: DataSet, problems: ProblemList, asOf: Day?, fallback: Day, folder: String = "") {
        let summary = BoardSummary.compute(
            dataSet, asOf: asOf ?? AsOf.latestObservation(in: dataSet) ?? fallback,
            problems: problems)!
        self.init(dataSet: dataSet, summary: summary, problems: problems, folder: folder)
    }

    public var asOf: Day { summary.asOf }
}

/// The four panels of the overview, in their order (keys 1–4).
public enum Panel: Int, CaseIterable, Sendable {
    case trade, output, works, tasks

    public func title(_ l: Lang) -> String {
        switch self {
        case .trade: return l.pick("Cửa khẩu", "Border gates")
        case .output: return l.pick("Khu công nghiệp", "Industrial zones")
        case .works: return l.pick("Hạ tầng", "Infrastructure works")
        case .tasks: return l.pick("Nhiệm vụ", "Committee tasks")
        }
    }
}
