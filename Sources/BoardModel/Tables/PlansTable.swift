/// `plans.csv`: the detailed plans of functional areas the committee
/// assigned (an optional file).
public enum PlansTable: TableSpec {
    public typealias Record = Plan
    typealias FileRules = PlanLeadRules
    static let fileName = "plans.csv"
    static let oneRowIs = "a detailed plan of a functional area"
    static let isOptional = true

    static let id = Column.key("id", noun: "plan")
    static let name = Column.text("name")
    static let zoneID = Column.optionalRef("zone_id", to: .zones)
    static let leadID = Column.ref(
        "lead_id", to: .units,
        note: "the unit that makes the plan; another lead than its assignment's (`task_id`) is a warning")
    static let areaHa = Column.optionalNumber("area_ha", min: 0)
    static let stage = Column.choice("stage", PlanStage.self, note: "in this order")
    static let decision = Column.optionalText(
        "decision",
        note: "the approval decision's number; with a stage other than `approved` it is ignored, with a warning")
    static let approvedOn = Column.optionalDate(
        "approved_on",
        note: "required when the stage is `approved` (an error without it); with another stage it is ignored, "
            + "with a warning")
    static let taskID = Column.optionalRef("task_id", to: .tasks, note: "the assignment the plan is made under")
    static let columns: [any AnyColumn] = [id, name, zoneID, leadID, areaHa, stage, decision, approvedOn, taskID]

    static func record(_ r: Row) -> Plan? {
        let id = r[Self.id]
        let name = r[Self.name]
        let zone = r[zoneID]
        let lead = r[leadID]
        let area = r[areaHa]
        let stage = r[Self.stage]
        var decision = r[Self.decision]
        var approved = r[approvedOn]
        if stage == .approved, r.isEmpty(approvedOn) {
            r.error(approvedOn, "an approved plan needs approved_on (the day it was approved)")
        }
        if let s = stage, s != .approved {
            if approved != nil {
                r.warning(approvedOn, "approved_on is ignored: the stage is '\(s.rawValue)', not 'approved'")
                approved = nil
            }
            if decision != nil {
                r.warning(Self.decision, "the decision is ignored: the stage is '\(s.rawValue)', not 'approved'")
                decision = nil
            }
        }
        let task = r[taskID]
        guard r.isValid, let stage else { return nil }
        return Plan(
            id: id, name: name, zoneID: zone, leadID: lead, areaHa: area, stage: stage, decision: decision,
            approvedOn: approved, taskID: task)
    }

    /// An approval is an observation.
    static func observedOn(_ p: Plan) -> Day? { p.approvedOn }
    static var observedColumn: ColumnInfo? { approvedOn.info }
}

/// A plan is made by the unit that leads its assignment: another lead in
/// the two files means one of them is wrong, and the plans screen and the
/// scorecard would name different units.
struct PlanLeadRules: FileRuleSet {
    let tasks: [BoardTask]
    /// Positions in `tasks` from the last row: `IDIndex` keeps an id's
    /// first position, so an id listed twice finds its last row's lead (as
    /// a dictionary by id, filled in file order, had it). Made for every
    /// read of plans.csv, a dozen rows against thousands of assignments: a
    /// `[String: String]` of every lead hashed each id with SipHash and
    /// grew step by step, the plans' read's whole cost (make bench, brief).
    let fromLast: IDIndex

    init(known: KnownIDs) { self.init(tasks: known.rows(TasksTable.self)) }

    init(tasks: [BoardTask]) {
        self.tasks = tasks
        fromLast = IDIndex(tasks.reversed().map(\.id))
    }

    /// The lead of the last row of assignment `task`, nil when none.
    func lead(of task: String) -> String? {
        fromLast[task].map { tasks[tasks.count - 1 - $0].leadID }
    }

    func keep(_ p: inout Plan, _ row: Row) -> Bool {
        guard let task = p.taskID, let lead = lead(of: task), lead != p.leadID else { return true }
        row.warning(
            PlansTable.leadID,
            "the plan's lead '\(SafeText.oneLine(p.leadID))' is not the lead of its assignment "
                + "\(SafeText.oneLine(task)) ('\(SafeText.oneLine(lead))')")
        return true
    }

    func finish(_ table: TableReader) -> [Problem] { [] }
}

extension DataFile {
    public static let plans = DataFile(PlansTable.self)
}

extension DataSet {
    public var plans: [Plan] {
        get { self[PlansTable.self] }
        set { self[PlansTable.self] = newValue }
    }
}
