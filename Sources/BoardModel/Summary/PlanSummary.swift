/// One detailed plan as of the as-of date.
public struct PlanState: Sendable {
    public var plan: Plan
    /// Its stage on the date: `plans.csv`'s, except that an approval dated
    /// after the as-of date had not happened yet, and the plan counts in
    /// the stage before it (`appraising`).
    public var stage: PlanStage
}

/// The detailed plans of functional areas (`plans.csv`) by stage and lead.
public struct PlanSummary: Sendable {
    /// Every plan, in file order.
    public var plans: [PlanState]
    /// Every stage, zero counts included, in `PlanStage` order.
    public var byStage: [(stage: PlanStage, count: Int)]
    /// The units that lead a plan: the most plans first, then by id.
    public var byLead: [(id: String, count: Int, approved: Int)]

    public var total: Int { plans.count }

    /// The plan made under an assignment, if any.
    public func plan(forTask taskID: String) -> PlanState? { plans.first { $0.plan.taskID == taskID } }

    /// Positions in `plans` of the plans in each zone (plans.csv's
    /// `zone_id`; filled by `compute`: once per summary, not per frame).
    var byZone: [String: [Int]] = [:]

    /// The plans in a zone, in file order.
    public func plans(inZone zoneID: String) -> [PlanState] { (byZone[zoneID] ?? []).map { plans[$0] } }

    static func compute(_ d: DataSet, asOf: Day) -> PlanSummary {
        let plans = d.plans.map { p -> PlanState in
            let notYet = p.stage == .approved && (p.approvedOn.map { $0 > asOf } ?? false)
            return PlanState(plan: p, stage: notYet ? .appraising : p.stage)
        }
        let byStage = PlanStage.allCases.map { s in (s, plans.count { $0.stage == s }) }
        var leads: [String: (count: Int, approved: Int)] = [:]
        for p in plans {
            var l = leads[p.plan.leadID] ?? (0, 0)
            l.count += 1
            if p.stage == .approved { l.approved += 1 }
            leads[p.plan.leadID] = l
        }
        let byLead = leads.map { (id: $0.key, count: $0.value.count, approved: $0.value.approved) }
            .sorted { ($1.count, $0.id) < ($0.count, $1.id) }
        var summary = PlanSummary(plans: plans, byStage: byStage, byLead: byLead)
        for (i, p) in plans.enumerated() {
            if let z = p.plan.zoneID { summary.byZone[z, default: []].append(i) }
        }
        return summary
    }
}
