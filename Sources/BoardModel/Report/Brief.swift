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
        let t = s.tasks
        let (since, rule, meeting) = Self.since(requested, asOf: s.asOf, meetings: d.meetings)
        func within(_ day: Day) -> Bool { since <= day && day <= s.asOf }
        func views(_ ids: [String]) -> [TaskView] { ids.compactMap { t.view($0) } }
        func chronological(_ date: (TaskView) -> Day?) -> [TaskView] {
            t.tasks.compactMap { v in date(v).flatMap { within($0) ? (v, $0) : nil } }
                .sorted { ($0.1, $0.0.task.id) < ($1.1, $1.0.task.id) }.map(\.0)
        }
        var reports = 0
        var reported = 0
        for v in t.tasks {
            let n = v.updates.reduce(0) { $0 + (within($1.on) ? 1 : 0) }
            reports += n
            if n > 0 { reported += 1 }
        }
        let late = s.works.late
        return Brief(
            asOf: s.asOf, since: since, sinceRule: rule, meeting: meeting, silentDays: t.silentDays,
            trade: s.trade.ytd, output: s.output.ytd, overdue: views(t.overdueIDs), blocked: views(t.blockedIDs),
            asking: views(t.askingIDs), silent: views(t.silentIDs),
            doneSince: chronological { $0.isDone ? $0.task.doneOn : nil },
            assignedSince: chronological { $0.task.assignedOn },
            reportsSince: reports, tasksReportedSince: reported, worksLate: late,
            // Late now, and its due date passed within the period: late
            // from the day after it.
            worksTurnedLate: late.filter { w in w.dueOn.map { within($0 + 1) } ?? false },
            errors: s.errors, warnings: s.warnings, isSample: s.isSample)
    }

    /// The overdue assignments by lead unit, units in the scorecard's
    /// order (most overdue first).
    public func overdueByLead(_ t: TaskSummary) -> [(lead: String, views: [TaskView])] {
        // One pass over the overdue ones (thousands of them: make bench).
        var byLead: [String: [TaskView]] = [:]
        var order: [String] = t.leadUnits.map(\.unit.id)
        var listed = Set(order)
        for v in overdue {
            byLead[v.task.leadID, default: []].append(v)
            if listed.insert(v.task.leadID).inserted { order.append(v.task.leadID) }
        }
        return order.compactMap { id in byLead[id].map { (id, $0) } }
    }
}
