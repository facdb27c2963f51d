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
    public var errors: Int
    public var warnings: Int

    /// Nil when the data set holds no observation to date it by and no
    /// date was given.
    public static func compute(_ d: DataSet, asOf requested: Day? = nil, problems: [Problem] = []) -> BoardSummary? {
        guard let asOf = AsOf.resolve(requested, in: d) else { return nil }
        let projects = ProjectSummary.compute(d, asOf: asOf)
        return BoardSummary(
            asOf: asOf,
            trade: .compute(d, asOf: asOf),
            output: .compute(d, asOf: asOf, projects: projects),
            crossings: .compute(d, date: asOf),
            projects: projects,
            plans: .compute(d, asOf: asOf),
            works: .compute(d, asOf: asOf),
            tasks: .compute(d, asOf: asOf),
            errors: problems.errorCount,
            warnings: problems.warningCount)
    }
}
