/// `project_procedures.csv`: where each project's procedures stand (an
/// optional file). A procedure's status is that of its latest row on or
/// before the as-of date.
public enum ProjectProceduresTable: TableSpec {
    public typealias Record = ProjectProcedure
    static let fileName = "project_procedures.csv"
    static let oneRowIs = "where one procedure of a project stood on a day"
    static let isOptional = true

    static let projectID = Column.ref("project_id", to: .projects)
    static let procedure = Column.id(
        "procedure",
        note: ProjectProcedure.known.map { "`\($0)`" }.joined(separator: ", ")
            + "; another id is kept, with a warning")
    static let status = Column.choice("status", ProcedureStatus.self)
    static let on = Column.date(
        "on", note: "one row per project, procedure and day (a second is an error); the latest row counts")
    static let columns: [any AnyColumn] = [projectID, procedure, status, on]

    static func record(_ r: Row) -> ProjectProcedure? {
        let project = r[projectID]
        let procedure = r[Self.procedure]
        if !procedure.isEmpty, !ProjectProcedure.known.contains(procedure) {
            r.warning(
                Self.procedure,
                "procedure '\(SafeText.oneLine(procedure))' is not one of "
                    + ProjectProcedure.known.joined(separator: ", ") + "; it is kept as written")
        }
        let status = r[Self.status]
        let on = r[Self.on]
        guard r.isValid, let status, let on,
            r.claim(
                project + "\u{1F}" + procedure + "\u{1F}" + on.description, at: Self.on,
                describe:
                    "procedure '\(SafeText.oneLine(procedure))' of project '\(SafeText.oneLine(project))' on \(on)")
        else { return nil }
        return ProjectProcedure(projectID: project, procedure: procedure, status: status, on: on)
    }

    /// A procedure's step is an observation.
    static func observedOn(_ p: ProjectProcedure) -> Day? { p.on }
}

extension DataFile {
    public static let projectProcedures = DataFile(ProjectProceduresTable.self)
}

extension DataSet {
    public var projectProcedures: [ProjectProcedure] {
        get { self[ProjectProceduresTable.self] }
        set { self[ProjectProceduresTable.self] = newValue }
    }
}
