import BoardModel

/// The data a screen draws: the data set, its summary and problems, and
/// what the header says about freshness. Built by the app from a
/// `DataFolder`; screens only read it.
public struct BoardData: Sendable {
    public var dataSet: DataSet { didSet { projectIndex = ProjectIndex() } }
    public var summary: BoardSummary { didSet { projectIndex = ProjectIndex() } }
    public var problems: [Problem]
    /// The data folder, for the header and messages.
    public var folder: String
    /// When the data last changed (the newest shown file's modification
    /// time, seconds since 1970), nil when unknown.
    public var lastChange: Int64?
    /// How current each data file is (a panel made from old files is
    /// marked stale). Nothing is stale when unknown.
    public var freshness: Freshness
    /// Files showing an earlier, valid version because the current one has
    /// errors or vanished.
    public var keptLastGood: [String]
    /// The projects' search keys and order by name, made the first time a
    /// screen needs them (`ProjectIndex`).
    private(set) var projectIndex = ProjectIndex()

    public init(
        dataSet: DataSet, summary: BoardSummary, problems: [Problem] = [], folder: String = "",
        lastChange: Int64? = nil, freshness: Freshness = Freshness(), keptLastGood: [String] = []
    ) {
        self.dataSet = dataSet
        self.summary = summary
        self.problems = problems
        self.folder = folder
        self.lastChange = lastChange
        self.freshness = freshness
        self.keptLastGood = keptLastGood
    }

    /// A summary of the data set as of `asOf` (or its latest observation;
    /// `fallback` when it has none).
    public init(dataSet: DataSet, problems: [Problem], asOf: Day?, fallback: Day, folder: String = "") {
        // `compute` is nil only when it has no date to compute for, and it
        // is always given one here.
        let summary = BoardSummary.compute(
            dataSet, asOf: asOf ?? AsOf.latestObservation(in: dataSet) ?? fallback,
            problems: problems)!
        self.init(dataSet: dataSet, summary: summary, problems: problems, folder: folder)
    }

    public var asOf: Day { summary.asOf }
}
