/// `works_updates.csv`: dated states of the infrastructure works (an
/// optional file). As of a date, a work shows the latest state given on or
/// before it (`WorksSummary`).
public enum WorksUpdatesTable: TableSpec {
    public typealias Record = WorkUpdate
    static let fileName = "works_updates.csv"
    static let oneRowIs = "a work's state on a date"
    static let isOptional = true

    static let workID = Column.ref("work_id", to: .works)
    static let on = Column.date("on", note: "the day the state was reported")
    static let progressPct = Column.optionalNumber("progress_pct", min: 0, max: 100)
    static let disbursedBnVND = Column.optionalNumber("disbursed_bn_vnd", min: 0, note: "disbursed so far")
    static let status = Column.optionalChoice(
        "status", WorkStatus.self,
        note: "a row gives at least one of `progress_pct`, `disbursed_bn_vnd`, `status` (an error without any)")
    static let columns: [any AnyColumn] = [workID, on, progressPct, disbursedBnVND, status]

    static func record(_ r: Row) -> WorkUpdate? {
        let work = r[workID]
        let on = r[Self.on]
        let progress = r[progressPct]
        let disbursed = r[disbursedBnVND]
        let status = r[Self.status]
        if r.isEmpty(progressPct), r.isEmpty(disbursedBnVND), r.isEmpty(Self.status) {
            r.error(progressPct, "the row gives no state: fill in progress_pct, disbursed_bn_vnd or status")
        }
        guard r.isValid, let on else { return nil }
        return WorkUpdate(workID: work, on: on, progressPct: progress, disbursedBnVND: disbursed, status: status)
    }

    /// A dated state is an observation.
    static func observedOn(_ u: WorkUpdate) -> Day? { u.on }
    static var observedColumn: ColumnInfo? { on.info }
}

extension DataFile {
    public static let worksUpdates = DataFile(WorksUpdatesTable.self)
}

extension DataSet {
    public var worksUpdates: [WorkUpdate] {
        get { self[WorksUpdatesTable.self] }
        set { self[WorksUpdatesTable.self] = newValue }
    }
}
