/// `people.csv`: who may record progress reports (an optional file).
/// Without it, anyone who can write `task_updates.csv` may report; with
/// it, a login not listed may not, a `member` reports only on assignments
/// its unit leads or supports, and the `secretariat` on any
/// (`ReportPermission`).
public enum PeopleTable: TableSpec {
    public typealias Record = Person
    static let fileName = "people.csv"
    static let oneRowIs =
        "a person who may record progress reports (optional: without it, anyone who can write "
        + "`task_updates.csv` may)"
    static let isOptional = true

    static let login = Column.key(
        "login", noun: "login", note: "the person's login name on the host where ezboard runs, e.g. `nva_sct`")
    static let unitID = Column.optionalRef(
        "unit_id", to: .units, note: "the unit the person reports for; required for a `member`")
    static let name = Column.text("name", note: "the full name, shown beside the reports")
    static let role = Column.choice(
        "role", PersonRole.self,
        note: "`member`: reports on the assignments the unit leads or supports; `secretariat`: on any")
    static let columns: [any AnyColumn] = [login, unitID, name, role]

    static func record(_ r: Row) -> Person? {
        let login = r[Self.login]
        let unit = r[unitID]
        let name = r[Self.name]
        let role = r[Self.role]
        if role == .member, unit == nil, r.isEmpty(unitID) {
            r.error(unitID, "a member needs unit_id (the unit it reports for)")
        }
        guard r.isValid, let role else { return nil }
        return Person(login: login, unitID: unit, name: name, role: role)
    }
}

extension DataFile {
    public static let people = DataFile(PeopleTable.self)
}

extension DataSet {
    public var people: [Person] {
        get { self[PeopleTable.self] }
        set { self[PeopleTable.self] = newValue }
    }

    /// The person with this login, if `people.csv` lists it.
    public func person(_ login: String) -> Person? { people.first { $0.login == login } }
}
