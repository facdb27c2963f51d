/// `projects.csv`: investment projects in the zones.
public enum ProjectsTable: TableSpec {
    public typealias Record = Project
    static let fileName = "projects.csv"
    static let oneRowIs = "an investment project in a zone"

    static let id = Column.key("id", noun: "project")
    static let name = Column.text("name")
    static let zoneID = Column.ref("zone_id", to: .zones)
    static let investor = Column.optionalText("investor")
    static let capitalBnVND = Column.optionalNumber("capital_bn_vnd", min: 0, note: "registered capital")
    static let implementedBnVND = Column.optionalNumber(
        "implemented_bn_vnd", min: 0, note: "capital put in so far; more than the registered capital is a warning")
    static let status = Column.choice(
        "status", ProjectStatus.self,
        note: "with `project_events.csv`, a project's events give its status on each day, and these two columns "
            + "are checked against its latest event")
    static let statusOn = Column.date("status_on", note: "when the status last changed")
    static let columns: [any AnyColumn] = [
        id, name, zoneID, investor, capitalBnVND, implementedBnVND, status, statusOn,
    ]

    static func record(_ r: Row) -> Project? {
        let id = r[Self.id]
        let name = r[Self.name]
        let zone = r[zoneID]
        let investor = r[Self.investor]
        let capital = r[capitalBnVND]
        let implemented = r[implementedBnVND]
        if let c = capital, let i = implemented, i > c {
            r.warning(
                implementedBnVND, "implemented \(Row.plain(i)) is more than the registered capital \(Row.plain(c))")
        }
        let status = r[Self.status]
        let on = r[statusOn]
        guard r.isValid, let status, let on else { return nil }
        return Project(
            id: id, name: name, zoneID: zone, investor: investor, capitalBnVND: capital,
            implementedBnVND: implemented, status: status, statusOn: on)
    }

    /// A status change is an observation.
    static func observedOn(_ p: Project) -> Day? { p.statusOn }
    static var observedColumn: ColumnInfo? { statusOn.info }
}

extension DataFile {
    public static let projects = DataFile(ProjectsTable.self)
}

extension DataSet {
    public var projects: [Project] {
        get { self[ProjectsTable.self] }
        set { self[ProjectsTable.self] = newValue }
    }
}
