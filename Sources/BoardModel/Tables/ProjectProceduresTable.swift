/// `project_procedures.csv`: where each project's procedures stand (an
/// optional file). A procedure's status is that of its latest row on or
/// before the as-of date.
public enum ProjectProceduresTable: TableSpec {
    public typealias Record = ProjectProcedure
    typealias FileRules = OneRowPerProcedureAndDay
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
        guard r.isValid, let status, let on else { return nil }
        return ProjectProcedure(projectID: project, procedure: procedure, status: status, on: on)
    }

    /// A procedure's step is an observation.
    static func observedOn(_ p: ProjectProcedure) -> Day? { p.on }
    static var observedColumn: ColumnInfo? { on.info }
}

/// One row per project, procedure and day: a second one is an error (which
/// of the two would be the latest?). A row's project and known procedure
/// do not depend on the rows above it (`look`); other procedures are
/// numbered as they come, in file order (`judge`).
struct OneRowPerProcedureAndDay: OrderedFileRules {
    /// A row's project (its place; -1: unknown) and its procedure's place
    /// in `ProjectProcedure.known` (-1: another).
    struct Look: Sendable {
        var place: Int32
        var known: Int8
    }
    var index: ProjectPlaces
    var seen: SeenPerProject
    /// Procedures numbered as they come, the known ones first.
    var codes: [String: Int] = [:]

    typealias Record = ProjectProcedure
    static var errorColumn: ColumnInfo { ProjectProceduresTable.on.info }

    init(known: KnownIDs) {
        let projects = known.rows(ProjectsTable.self)
        index = ProjectPlaces(projects)
        seen = SeenPerProject(projects: projects.count)
        for (i, p) in ProjectProcedure.known.enumerated() { codes[p] = i }
    }

    mutating func look(_ p: inout ProjectProcedure, _ row: Row) -> Look {
        guard let i = index.place(of: p.projectID) else { return Look(place: -1, known: -1) }
        p.projectHint = Int32(clamping: i)
        p.procedureHint = Int8(ProjectProcedure.known.firstIndex(of: p.procedure) ?? -1)
        return Look(place: Int32(clamping: i), known: p.procedureHint)
    }

    mutating func reserve(_ rows: Int) { seen.reserve(rows) }

    mutating func judge(_ record: UnsafePointer<ProjectProcedure>, _ look: Look, line: Int) -> String? {
        guard look.place >= 0 else { return nil }
        let code: Int
        if look.known >= 0 {
            code = Int(look.known)
        } else if let k = codes[record.pointee.procedure] {
            code = k
        } else {
            code = codes.count
            codes[record.pointee.procedure] = code
        }
        let on = record.pointee.on
        guard let first = seen.firstLine(project: Int(look.place), code: code, day: on, line: line) else {
            return nil
        }
        let p = record.pointee
        return "procedure '\(SafeText.oneLine(p.procedure))' of project '\(SafeText.oneLine(p.projectID))' on \(on) "
            + "is already on line \(first); the row is skipped"
    }

    func finish(_ table: TableReader) -> [Problem] { [] }
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
