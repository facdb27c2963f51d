/// Infrastructure works by status, budget and lateness.
public struct WorksSummary: Sendable {
    public struct StatusRow: Sendable {
        public var status: WorkStatus
        public var count: Int
        public var budgetBnVND: Double
        public var disbursedBnVND: Double
    }

    /// Every status, zero counts included, in `WorkStatus` order.
    public var byStatus: [StatusRow]
    public var budgetBnVND: Double
    /// Disbursed over all works (absent figures count as nothing disbursed).
    public var disbursedBnVND: Double
    /// Disbursed over budget of all works; nil when the budget is zero.
    public var disbursedShare: Double? { share(disbursedBnVND, of: budgetBnVND) }
    /// Late works (not completed/operating, due before the as-of date),
    /// the longest overdue first.
    public var late: [Work]
    /// Every work: late ones first (longest overdue first), then unfinished
    /// by due date, then finished ones.
    public var ordered: [Work]

    static func compute(_ d: DataSet, asOf: Day) -> WorksSummary {
        let rows = WorkStatus.allCases.map { s -> StatusRow in
            let w = d.works.filter { $0.status == s }
            return StatusRow(
                status: s, count: w.count, budgetBnVND: w.reduce(0) { $0 + $1.budgetBnVND },
                disbursedBnVND: w.reduce(0) { $0 + ($1.disbursedBnVND ?? 0) })
        }
        let late = d.works.compactMap { w in w.daysLate(asOf: asOf).map { (work: w, days: $0) } }
            .sorted { ($1.days, $0.work.id) < ($0.days, $1.work.id) }.map(\.work)
        func rank(_ w: Work) -> Int { w.isLate(asOf: asOf) ? 0 : (w.status.isFinished ? 2 : 1) }
        let ordered = d.works.sorted { a, b in
            let ra = rank(a)
            let rb = rank(b)
            if ra != rb { return ra < rb }
            let da = a.dueOn?.daysSinceEpoch ?? Int.max
            let db = b.dueOn?.daysSinceEpoch ?? Int.max
            if da != db { return da < db }
            return a.id < b.id
        }
        return WorksSummary(
            byStatus: rows, budgetBnVND: d.works.reduce(0) { $0 + $1.budgetBnVND },
            disbursedBnVND: d.works.reduce(0) { $0 + ($1.disbursedBnVND ?? 0) },
            late: late, ordered: ordered)
    }
}
