/// `works.csv`: infrastructure works.
public enum WorksTable: TableSpec {
    public typealias Record = Work
    static let fileName = "works.csv"
    static let oneRowIs = "an infrastructure work"

    static let id = Column.key("id", noun: "work")
    static let name = Column.text("name")
    static let zoneID = Column.optionalRef(
        "zone_id", to: .zones, note: "a work belongs to a zone, to a gate, or to neither — never both (an error)")
    static let gateID = Column.optionalRef("gate_id", to: .gates)
    static let ownerID = Column.ref("owner_id", to: .units, note: "the investor or owner")
    static let budgetBnVND = Column.number("budget_bn_vnd", min: 0)
    static let disbursedBnVND = Column.optionalNumber(
        "disbursed_bn_vnd", min: 0, note: "more than the budget is a warning; the figure today")
    static let progressPct = Column.optionalNumber("progress_pct", min: 0, max: 100, note: "the figure today")
    static let status = Column.choice(
        "status", WorkStatus.self, note: "today's; `works_updates.csv` holds earlier states")
    static let startOn = Column.optionalPlannedDate(
        "start_on", note: "the start, done or planned: as of an earlier date the work is not started yet")
    static let dueOn = Column.optionalPlannedDate("due_on", note: "before `start_on` is a warning")
    static let columns: [any AnyColumn] = [
        id, name, zoneID, gateID, ownerID, budgetBnVND, disbursedBnVND, progressPct, status, startOn, dueOn,
    ]

    static func record(_ r: Row) -> Work? {
        let id = r[Self.id]
        let name = r[Self.name]
        let zone = r[zoneID]
        let gate = r[gateID]
        if zone != nil, gate != nil {
            r.error(gateID, "a work belongs to a zone or to a gate, not both")
        }
        let owner = r[ownerID]
        let budget = r[budgetBnVND]
        let disbursed = r[disbursedBnVND]
        let progress = r[progressPct]
        let status = r[Self.status]
        let start = r[startOn]
        let due = r[dueOn]
        if let b = budget, let d = disbursed, d > b {
            r.warning(disbursedBnVND, "disbursed \(Row.plain(d)) is more than the budget \(Row.plain(b))")
        }
        if let s = start, let d = due, d < s {
            r.warning(dueOn, "due \(d) is before the start \(s)")
        }
        guard r.isValid, let budget, let status else { return nil }
        return Work(
            id: id, name: name, zoneID: zone, gateID: gate, ownerID: owner, budgetBnVND: budget,
            disbursedBnVND: disbursed, progressPct: progress, status: status, startOn: start, dueOn: due)
    }
}

extension DataFile {
    public static let works = DataFile(WorksTable.self)
}

extension DataSet {
    public var works: [Work] {
        get { self[WorksTable.self] }
        set { self[WorksTable.self] = newValue }
    }
}
