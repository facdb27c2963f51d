/// Infrastructure works by status, budget and lateness, as they stood on
/// the as-of date.
///
/// `works.csv` holds each work's state today; `works_updates.csv` (when
/// there is one) its earlier states. As of a date each of status,
/// progress and disbursement is the latest given on or before it
/// (`WorksHistory`); a work whose start is after the date is not started
/// yet. A work without dated states shows today's state, and the screens
/// say so when they look at the past.
public struct WorksSummary: Sendable {
    public struct StatusRow: Sendable {
        public var status: WorkStatus
        public var count: Int
        /// Nil when no work has the status: no budget, not a budget of 0.
        public var budgetBnVND: Double?
        /// Nil when none of its works has a disbursement figure (as of the
        /// date): not known, never a made-up 0.
        public var disbursedBnVND: Double?
    }

    /// Every work as of the date (status, progress and disbursement then),
    /// in file order.
    public var works: [Work]
    /// Every status, zero counts included, in `WorkStatus` order.
    public var byStatus: [StatusRow]
    public var budgetBnVND: Double
    /// Disbursed over the works that have a figure; nil when none has.
    public var disbursedBnVND: Double?
    /// Disbursed over budget of all works; nil when the budget is zero.
    public var disbursedShare: Double? { share(disbursedBnVND, of: budgetBnVND) }
    /// Late works (not completed/operating, due before the as-of date),
    /// the longest overdue first.
    public var late: [Work]
    /// Every work: late ones first (longest overdue first), then unfinished
    /// by due date, then finished ones.
    public var ordered: [Work]
    /// Works whose start is after the as-of date.
    public var notStarted: Set<String>
    /// Works with no dated state in `works_updates.csv`: what they show is
    /// today's state, whatever the date.
    public var currentStateOnly: Set<String>
    /// Dated states up to the as-of date, per work, oldest first.
    public var updates: [String: [WorkUpdate]]

    /// The work as of the date.
    public func work(_ id: String) -> Work? { works.first { $0.id == id } }

    /// What a work names in works.csv: its owner (a unit), its zone, its
    /// gate. The screens of those list the works naming them.
    public enum Reference: Hashable, Sendable {
        case owner(String)
        case zone(String)
        case gate(String)
    }

    /// Positions in `ordered` of the works naming each unit, zone and
    /// gate (filled by `compute`: once per summary, not per frame).
    var byReference: [Reference: [Int]] = [:]

    /// The works owned by a unit, in a zone or at a gate, as of the date,
    /// in `ordered`'s order (late first).
    public func works(_ r: Reference) -> [Work] { (byReference[r] ?? []).map { ordered[$0] } }

    static func compute(_ d: DataSet, asOf: Day) -> WorksSummary {
        var history: [String: [WorkUpdate]] = [:]
        for u in d.worksUpdates { history[u.workID, default: []].append(u) }
        var works: [Work] = []
        var notStarted = Set<String>()
        var currentOnly = Set<String>()
        var shown: [String: [WorkUpdate]] = [:]
        for w in d.works {
            let all = (history[w.id] ?? []).enumerated().sorted {
                ($0.element.on, $0.offset) < ($1.element.on, $1.offset)
            }
            .map(\.element)
            if all.isEmpty { currentOnly.insert(w.id) }
            let state = WorksHistory.state(of: w, updates: all, asOf: asOf)
            works.append(state.work)
            if state.notStarted { notStarted.insert(w.id) }
            let past = all.filter { $0.on <= asOf }
            if !past.isEmpty { shown[w.id] = past }
        }
        let rows = WorkStatus.allCases.map { s -> StatusRow in
            let w = works.filter { $0.status == s }
            return StatusRow(
                status: s, count: w.count, budgetBnVND: w.isEmpty ? nil : w.reduce(0) { $0 + $1.budgetBnVND },
                disbursedBnVND: knownSum(w.map(\.disbursedBnVND)))
        }
        let late = works.compactMap { w in w.daysLate(asOf: asOf).map { (work: w, days: $0) } }
            .sorted { ($1.days, $0.work.id) < ($0.days, $1.work.id) }.map(\.work)
        func rank(_ w: Work) -> Int { w.isLate(asOf: asOf) ? 0 : (w.status.isFinished ? 2 : 1) }
        let ordered = works.sorted { a, b in
            let ra = rank(a)
            let rb = rank(b)
            if ra != rb { return ra < rb }
            let da = a.dueOn?.daysSinceEpoch ?? Int.max
            let db = b.dueOn?.daysSinceEpoch ?? Int.max
            if da != db { return da < db }
            return a.id < b.id
        }
        var summary = WorksSummary(
            works: works, byStatus: rows, budgetBnVND: works.reduce(0) { $0 + $1.budgetBnVND },
            disbursedBnVND: knownSum(works.map(\.disbursedBnVND)),
            late: late, ordered: ordered, notStarted: notStarted, currentStateOnly: currentOnly, updates: shown)
        for (i, w) in ordered.enumerated() {
            summary.byReference[.owner(w.ownerID), default: []].append(i)
            if let z = w.zoneID { summary.byReference[.zone(z), default: []].append(i) }
            if let g = w.gateID { summary.byReference[.gate(g), default: []].append(i) }
        }
        return summary
    }
}

/// How a work stood on a date, from today's row and its dated states.
enum WorksHistory {
    /// The rules (data-format.md, `works_updates.csv`):
    /// - each of status, progress and disbursement is the latest value a
    ///   dated state gives on or before the date;
    /// - a figure no dated state ever gives is today's (works.csv);
    /// - a figure given only after the date was not known then: progress
    ///   and disbursement have no figure, and the status is the first one
    ///   reported, but no further along than under construction (a work
    ///   first reported completed after the date was still being built);
    /// - a work whose `start_on` is after the date is not started, unless
    ///   a state reported by then says it is under way: proposed if it is
    ///   still only proposed, else preparing, with no progress figure (and
    ///   no disbursement unless one was reported by then).
    static func state(of w: Work, updates: [WorkUpdate], asOf: Day) -> (work: Work, notStarted: Bool) {
        var out = w
        let past = updates.filter { $0.on <= asOf }
        func value<T>(_ field: (WorkUpdate) -> T?, today: T?) -> (value: T?, known: Bool) {
            if let v = past.last(where: { field($0) != nil }).flatMap(field) { return (v, true) }
            if updates.contains(where: { field($0) != nil }) { return (nil, false) }
            return (today, true)
        }
        out.progressPct = value(\.progressPct, today: w.progressPct).value
        out.disbursedBnVND = value(\.disbursedBnVND, today: w.disbursedBnVND).value
        let status = value(\.status, today: w.status)
        let reportedByThen = past.last(where: { $0.status != nil })?.status
        if let s = status.value {
            out.status = s
        } else if let first = updates.first(where: { $0.status != nil })?.status {
            out.status = first.isFinished ? .underConstruction : first
        }
        let underWay = reportedByThen.map { $0 == .underConstruction || $0.isFinished } ?? false
        let notStarted = !underWay && (w.startOn.map { $0 > asOf } ?? false)
        if notStarted {
            out.status = out.status == .proposed ? .proposed : .preparing
            out.progressPct = nil
            if !past.contains(where: { $0.disbursedBnVND != nil }) { out.disbursedBnVND = nil }
        }
        return (out, notStarted)
    }
}
