import BoardModel

/// The data a screen draws: the data set, its summary and problems, and
/// what the header says about freshness. Built by the app from a
/// `DataFolder`; screens only read it.
public struct BoardData: Sendable {
    public var dataSet: DataSet {
        didSet {
            derivedChanged()
            titleTails = TitleTails()
        }
    }
    public var summary: BoardSummary { didSet { derivedChanged() } }
    /// Every assignment's folded search text and column widths
    /// (`AssignmentIndex`), made the first time they are read or by
    /// `prepareIndexes()`: the overview needs none of it, so the dashboard
    /// makes it after its first frame is on the screen.
    public var assignmentIndex: AssignmentIndex { assignmentIndexCache.get(summary, dataSet) }
    private(set) var assignmentIndexCache = LazyAssignmentIndex()
    /// The problems as listed (the first of each file, `ProblemList`),
    /// with the totals counted once per load: the header reads those.
    public var problems: ProblemList
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
    /// Where each title's distinguishing tail starts, per kind of title,
    /// made the first time a list needs them (`TitleTails`).
    private(set) var titleTails = TitleTails()
    /// The long lists' rows as last made for this data (`ListRows`): new
    /// and empty whenever the data set or the summary changes.
    private(set) var listRows = ListRows()
    /// The room each overview panel would like, worked out the first time
    /// the overview is drawn (`PanelNeeds`): new with the lists' rows.
    private(set) var panelNeeds = PanelNeeds()
    /// The default as-of date: the latest observation not after today.
    /// Before it, the board looks at the past (the header says so); the
    /// as-of date walks forward no further. Nil: not known.
    public var latest: Day? { didSet { panelNeeds = PanelNeeds() } }
    /// The earliest observation: the as-of date walks back no further.
    public var earliest: Day?
    /// The folder has `people.csv`: only the people it lists may record
    /// progress reports (`ReportPermission`).
    public var hasPeopleFile = false

    /// The first bytes of `task_updates.csv` (its header), empty when it
    /// has none: the form previews the row in the file's column order.
    public var reportHead: [UInt8] = []
    /// Today as the folder was read for (the date a report made now
    /// carries); nil when not known.
    public var today: Day?

    /// `people.csv`'s people, nil when the folder has none.
    public var people: [Person]? { hasPeopleFile ? dataSet.people : nil }

    public init(
        dataSet: DataSet, summary: BoardSummary, problems: ProblemList = [], folder: String = "",
        lastChange: Int64? = nil, freshness: Freshness = Freshness(), keptLastGood: [String] = [],
        latest: Day? = nil, earliest: Day? = nil
    ) {
        self.dataSet = dataSet
        self.summary = summary
        self.problems = problems
        self.folder = folder
        self.lastChange = lastChange
        self.freshness = freshness
        self.keptLastGood = keptLastGood
        self.latest = latest
        self.earliest = earliest
    }

    /// A summary of the data set as of `asOf` (or its latest observation
    /// not after `today`; `fallback` when it has none); `silentDays` as
    /// `Reporting` says. `observationCounts`: the data set's
    /// `AsOf.observationCounts` for `today` where the caller has them (a
    /// `DataFolder` counts them once per reload), else counted here.
    public init(
        dataSet: DataSet, problems: ProblemList, asOf: Day?, fallback: Day, folder: String = "", today: Day? = nil,
        silentDays: Int = Reporting.defaultSilentDays, observationCounts: [Day: Int]? = nil
    ) {
        let counts = observationCounts ?? AsOf.observationCounts(in: dataSet, today: today)
        let latest = AsOf.latest(counts, today: today)
        // `compute` is nil only when it has no date to compute for, and it
        // is always given one here.
        let summary = BoardSummary.compute(
            dataSet, asOf: asOf ?? latest ?? fallback, problems: problems, silentDays: silentDays)!
        self.init(
            dataSet: dataSet, summary: summary, problems: problems, folder: folder, latest: latest,
            earliest: counts.keys.min())
    }

    public var asOf: Day { summary.asOf }

    /// What is made from the data set and the summary is made again, when
    /// next asked (the indexes, the lists' rows, the panels' needs).
    private mutating func derivedChanged() {
        assignmentIndexCache = LazyAssignmentIndex()
        projectIndex = ProjectIndex()
        listRows = ListRows()
        panelNeeds = PanelNeeds()
    }

    /// Makes now what is otherwise made when first read (the assignments'
    /// index): after a frame is shown, so that opening the all-assignments
    /// screen later costs no more than it did.
    public func prepareIndexes() { _ = assignmentIndexCache.get(summary, dataSet) }

    /// Before the latest observation: the board looks at the past.
    public var isPast: Bool { latest.map { asOf < $0 } ?? false }

    /// The same board as of `day`: every figure computed again by BoardModel.
    public func at(_ day: Day) -> BoardData {
        guard day != asOf else { return self }
        var moved = self
        // A date is given, so there is always a summary.
        moved.summary = BoardSummary.compute(
            dataSet, asOf: day, problems: problems, silentDays: summary.tasks.silentDays)!
        return moved
    }
}
