/// Every assignment in one list, for the all-assignments screen and
/// `ezboard report --assignments`: the groups (by lead unit, or by the
/// meeting or source an assignment comes from) and the orders the list
/// can be sorted in, worked out once per summary so that a screen of
/// thousands of assignments only filters and reads them.
///
/// Positions are indices into `TaskSummary.tasks`.
public struct AssignmentList: Sendable {
    /// How the list is grouped (one key cycles through these).
    public enum Grouping: Int, CaseIterable, Sendable {
        case leadUnit, meeting, none
    }

    /// The orders inside a group (or of the whole list without groups).
    public enum Order: Int, CaseIterable, Sendable {
        /// Overdue (longest first), open (soonest due), standing, done
        /// (latest first): `UnitReport.urgencyOrder`.
        case urgency
        /// By due date, standing ones last.
        case dueDate
        /// Open ones heard from least recently first (`daysSinceReport`),
        /// then done ones.
        case quietest
        case id
    }

    /// One group's heading.
    public enum Group: Hashable, Sendable {
        /// The assignments a unit leads (the unit's id).
        case unit(String)
        /// The assignments a meeting of `meetings.csv` gave.
        case meeting(Meeting)
        /// Assignments from no meeting on record, by their `source` text.
        case source(String)
        /// Neither a meeting nor a source.
        case noSource
    }

    /// The groups of each grouping, in display order (empty for `.none`).
    public private(set) var leadGroups: [Group] = []
    public private(set) var meetingGroups: [Group] = []
    /// Each task's group: `leadGroupOf[i]` indexes `leadGroups`.
    public private(set) var leadGroupOf: [Int] = []
    public private(set) var meetingGroupOf: [Int] = []
    /// The tasks' positions in each order (`orders[order.rawValue]`).
    public private(set) var orders: [[Int]] = []
    /// The distinct sources of every assignment, in file order: what the
    /// source filter cycles through.
    public private(set) var sources: [String] = []

    public init() {}

    public func groups(_ g: Grouping) -> [Group] {
        switch g {
        case .leadUnit: return leadGroups
        case .meeting: return meetingGroups
        case .none: return []
        }
    }

    /// Each task's group index in grouping `g`; nil for `.none`.
    public func groupOf(_ g: Grouping) -> [Int]? {
        switch g {
        case .leadUnit: return leadGroupOf
        case .meeting: return meetingGroupOf
        case .none: return nil
        }
    }

    public func order(_ o: Order) -> [Int] { orders[o.rawValue] }

    /// Lead units in the scorecard's order (most overdue, then most open,
    /// then id); meetings latest first, then the sources of the other
    /// assignments in file order, then those with no source.
    static func compute(_ t: TaskSummary, _ d: DataSet) -> AssignmentList {
        var list = AssignmentList()
        let n = t.tasks.count
        var unitIndex: [String: Int] = [:]
        for u in t.leadUnits {
            unitIndex[u.unit.id] = list.leadGroups.count
            list.leadGroups.append(.unit(u.unit.id))
        }
        var meetingsByID: [String: Meeting] = [:]
        for m in d.meetings where meetingsByID[m.id] == nil { meetingsByID[m.id] = m }
        var usedMeetings: [Meeting] = []
        var seenMeetings = Set<String>()
        var sourceOrder: [String] = []
        var seenSources = Set<String>()
        var allSources = Set<String>()
        var noSource = false
        for v in t.tasks {
            if let source = v.task.source, allSources.insert(source).inserted { list.sources.append(source) }
            if let id = v.task.meetingID, let m = meetingsByID[id] {
                if seenMeetings.insert(id).inserted { usedMeetings.append(m) }
            } else if let source = v.task.source {
                if seenSources.insert(source).inserted { sourceOrder.append(source) }
            } else {
                noSource = true
            }
        }
        usedMeetings.sort { ($1.heldOn, $0.id) < ($0.heldOn, $1.id) }
        var meetingIndex: [String: Int] = [:]
        var sourceIndex: [String: Int] = [:]
        for m in usedMeetings {
            meetingIndex[m.id] = list.meetingGroups.count
            list.meetingGroups.append(.meeting(m))
        }
        for s in sourceOrder {
            sourceIndex[s] = list.meetingGroups.count
            list.meetingGroups.append(.source(s))
        }
        let noSourceIndex = list.meetingGroups.count
        if noSource { list.meetingGroups.append(.noSource) }
        list.leadGroupOf.reserveCapacity(n)
        list.meetingGroupOf.reserveCapacity(n)
        for v in t.tasks {
            let lead = v.task.leadID
            if unitIndex[lead] == nil {
                // A lead not in units.csv (a data set built in code).
                unitIndex[lead] = list.leadGroups.count
                list.leadGroups.append(.unit(lead))
            }
            list.leadGroupOf.append(unitIndex[lead] ?? 0)
            if let id = v.task.meetingID, let i = meetingIndex[id] {
                list.meetingGroupOf.append(i)
            } else if let s = v.task.source, let i = sourceIndex[s] {
                list.meetingGroupOf.append(i)
            } else {
                list.meetingGroupOf.append(noSourceIndex)
            }
        }
        // Sorted on keys made once: sorting the views copies each many times.
        var due: [Int] = []
        var quiet: [(Int, Int)] = []
        var ids: [String] = []
        for i in t.tasks.indices {
            let v = t.tasks[i]
            due.append(v.task.dueOn?.daysSinceEpoch ?? Int.max)
            quiet.append((v.isDone ? 1 : 0, -v.daysSinceReport))
            ids.append(v.task.id)
        }
        let all = Array(0..<n)
        list.orders = Order.allCases.map { order in
            switch order {
            case .urgency:
                return t.urgencyOrder.count == n ? t.urgencyOrder : Reporting.urgencyOrder(t.tasks)
            case .dueDate: return all.sorted { (due[$0], ids[$0]) < (due[$1], ids[$1]) }
            case .quietest:
                return all.sorted { (quiet[$0].0, quiet[$0].1, ids[$0]) < (quiet[$1].0, quiet[$1].1, ids[$1]) }
            case .id: return all.sorted { (ids[$0], $0) < (ids[$1], $1) }
            }
        }
        return list
    }
}
