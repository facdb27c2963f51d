/// `ezboard brief`: what the committee's next meeting reviews, worked out
/// from the summary as of its date. Every list comes from `TaskSummary`
/// and `WorksSummary`, so the brief, the screens and `report` agree.
///
/// The period "since" runs from `since` to the as-of date, both days
/// included. Without `--since` it starts on the day of the latest meeting
/// in `meetings.csv` held on or before the as-of date, else 90 days
/// before the as-of date.
public struct Brief: Sendable {
    /// Where `since` came from.
    public enum SinceRule: String, Sendable {
        /// `--since DATE`.
        case given
        /// The latest meeting held on or before the as-of date.
        case meeting
        /// No meeting: `defaultWindowDays` before the as-of date.
        case window
    }

    public static let defaultWindowDays = 90

    public var asOf: Day
    public var since: Day
    public var sinceRule: SinceRule
    /// The meeting the period starts at (with `.meeting`; with `.given`,
    /// a meeting held that very day, if any).
    public var meeting: Meeting?
    public var silentDays: Int
    public var trade: YearToDate
    public var output: YearToDate
    /// Not done and past due, the longest overdue first.
    public var overdue: [TaskView]
    /// Open and blocked; open and asking the committee for its direction.
    public var blocked: [TaskView]
    public var asking: [TaskView]
    public var silent: [TaskView]
    /// Done within the period (by the as-of date), in date order.
    public var doneSince: [TaskView]
    /// Assigned within the period, in date order.
    public var assignedSince: [TaskView]
    /// Progress reports dated within the period, and how many
    /// assignments they cover.
    public var reportsSince: Int
    public var tasksReportedSince: Int
    /// Late works (the longest overdue first), and those among them whose
    /// due date passed within the period.
    public var worksLate: [Work]
    public var worksTurnedLate: [Work]
    public var errors: Int
    public var warnings: Int
    /// The data set is a sample (`dataset.csv`): the brief says so first.
    public var isSample = false
    /// The lead units in the scorecard's order (most overdue first): the
    /// order of the overdue section.
    var leadOrder: [String] = []
    /// Every view of the summary the brief was made from, released with
    /// the brief rather than when `make` returns: `ezboard brief` keeps the
    /// brief until it exits, and freeing 5,000 views with their 50,000
    /// reports cost 2 % of the command (make bench). Shares the summary's
    /// storage: no copy.
    var summaryViews: [TaskView] = []

    /// The period's first day for `requested` (or the default), and why.
    public static func since(_ requested: Day?, asOf: Day, meetings: [Meeting]) -> (Day, SinceRule, Meeting?) {
        if let requested {
            return (requested, .given, meetings.filter { $0.heldOn == requested }.min { $0.id < $1.id })
        }
        let held = meetings.filter { $0.heldOn <= asOf }
        if let latest = held.max(by: { ($0.heldOn, $1.id) < ($1.heldOn, $0.id) }) {
            return (latest.heldOn, .meeting, latest)
        }
        return (asOf + -defaultWindowDays, .window, nil)
    }

    public static func compute(_ s: BoardSummary, _ d: DataSet, since requested: Day? = nil) -> Brief {
        make(
            s.tasks, asOf: s.asOf, trade: s.trade.ytd, output: s.output.ytd, worksLate: s.works.late,
            meetings: d.meetings, since: requested, errors: s.errors, warnings: s.warnings, isSample: s.isSample)
    }

    /// The brief straight from the data set: the same as from its
    /// `BoardSummary`, computing only the figures a brief shows (the
    /// assignments, the year to date of trade and output, the late
    /// works), not the projects, plans, crossings or the all-assignments
    /// screen's orders. `ezboard brief` on 5,000 assignments: about a
    /// third of the summary's work.
    public static func compute(
        _ d: DataSet, asOf: Day, problems: ProblemList = [], silentDays: Int = Reporting.defaultSilentDays,
        since requested: Day? = nil
    ) -> Brief {
        make(
            TaskSummary.compute(d, asOf: asOf, silentDays: silentDays), asOf: asOf,
            trade: TradeSummary.yearToDate(d, asOf: asOf), output: OutputSummary.yearToDate(d, asOf: asOf),
            worksLate: WorksSummary.compute(d, asOf: asOf).late, meetings: d.meetings, since: requested,
            errors: problems.errorCount, warnings: problems.warningCount, isSample: d.isSample)
    }

    static func make(
        _ t: TaskSummary, asOf: Day, trade: YearToDate, output: YearToDate, worksLate late: [Work],
        meetings: [Meeting], since requested: Day?, errors: Int, warnings: Int, isSample: Bool
    ) -> Brief {
        let (since, rule, meeting) = Self.since(requested, asOf: asOf, meetings: meetings)
        let tasks = t.tasks
        func within(_ day: Day) -> Bool { since <= day && day <= asOf }
        // The summary's positions, or its ids looked up (a summary made
        // by hand in a test may have ids only).
        func views(_ positions: [Int], _ ids: [String]) -> [TaskView] {
            positions.count == ids.count ? positions.map { tasks[$0] } : ids.compactMap { t.view($0) }
        }
        // In date order, then id; by position, so no view is copied to
        // sort it.
        func chronological(_ date: (Int) -> Day?) -> [TaskView] {
            var found: [(day: Day, at: Int)] = []
            for i in tasks.indices {
                if let day = date(i), within(day) { found.append((day, i)) }
            }
            return found.sorted { ($0.day, tasks[$0.at].task.id) < ($1.day, tasks[$1.at].task.id) }.map { tasks[$0.at] }
        }
        var reports = 0
        var reported = 0
        for i in tasks.indices {
            var n = 0
            for u in tasks[i].updates where within(u.on) { n += 1 }
            reports += n
            if n > 0 { reported += 1 }
        }
        var brief = Brief(
            asOf: asOf, since: since, sinceRule: rule, meeting: meeting, silentDays: t.silentDays,
            trade: trade, output: output, overdue: views(t.overduePositions, t.overdueIDs),
            blocked: views(t.blockedPositions, t.blockedIDs), asking: views(t.askingPositions, t.askingIDs),
            silent: views(t.silentPositions, t.silentIDs),
            doneSince: chronological { tasks[$0].isDone ? tasks[$0].task.doneOn : nil },
            assignedSince: chronological { tasks[$0].task.assignedOn },
            reportsSince: reports, tasksReportedSince: reported, worksLate: late,
            // Late now, and its due date passed within the period: late
            // from the day after it.
            worksTurnedLate: late.filter { w in w.dueOn.map { within($0 + 1) } ?? false },
            errors: errors, warnings: warnings, isSample: isSample)
        brief.leadOrder = t.leadUnits.map(\.unit.id)
        brief.summaryViews = tasks
        return brief
    }

    /// The overdue assignments by lead unit, units in the scorecard's
    /// order (most overdue first).
    public func overdueByLead() -> [(lead: String, views: [TaskView])] {
        overdueGroups().map { ($0.lead, $0.positions.map { overdue[$0] }) }
    }

    /// `overdueByLead` as positions in `overdue`: no view copied into groups.
    func overdueGroups() -> [(lead: String, positions: [Int])] {
        // One pass over the overdue ones (thousands of them: make bench).
        var byLead: [String: [Int]] = [:]
        var order = leadOrder
        var listed = Set(order)
        for i in overdue.indices {
            let lead = overdue[i].task.leadID
            byLead[lead, default: []].append(i)
            if listed.insert(lead).inserted { order.append(lead) }
        }
        return order.compactMap { id in byLead[id].map { (id, $0) } }
    }
}
