/// Every figure the dashboard and the reports show, computed once from a
/// data set and an as-of date.
public struct BoardSummary: Sendable {
    public var asOf: Day
    public var trade: TradeSummary
    public var output: OutputSummary
    public var crossings: CrossingSummary
    public var projects: ProjectSummary
    public var plans: PlanSummary
    public var works: WorksSummary
    public var tasks: TaskSummary
    /// Every assignment's groups and orders (the all-assignments list).
    public var assignments: AssignmentList
    public var errors: Int
    public var warnings: Int
    /// The data set declares itself a sample (`dataset.csv`): every screen
    /// and report says "DỮ LIỆU MẪU" / "SAMPLE DATA".
    public var isSample: Bool = false

    /// Nil when the data set holds no observation to date it by and no
    /// date was given. `today` bounds the default date (`AsOf`).
    /// `silentDays`: when an open assignment without a report turns silent
    /// (`Reporting`).
    public static func compute(
        _ d: DataSet, asOf requested: Day? = nil, today: Day? = nil, problems: ProblemList = [],
        silentDays: Int = Reporting.defaultSilentDays
    ) -> BoardSummary? {
        guard let asOf = AsOf.resolve(requested, in: d, today: today) else { return nil }
        let tasks = TaskSummary.compute(d, asOf: asOf, silentDays: silentDays)
        let projects = ProjectSummary.compute(d, asOf: asOf)
        return BoardSummary(
            asOf: asOf,
            trade: .compute(d, asOf: asOf),
            output: .compute(d, asOf: asOf, projects: projects),
            crossings: .compute(d, date: asOf),
            projects: projects,
            plans: .compute(d, asOf: asOf),
            works: .compute(d, asOf: asOf),
            tasks: tasks,
            assignments: .compute(tasks, d),
            errors: problems.errorCount,
            warnings: problems.warningCount,
            isSample: d.isSample)
    }
}
