/// `project_events.csv`: the events of each project's life (an optional
/// file). With it, a project's status on a day is its latest event on or
/// before that day (`ProjectHistory`).
public enum ProjectEventsTable: TableSpec {
    public typealias Record = ProjectEvent
    typealias FileRules = LatestEventRules
    static let fileName = "project_events.csv"
    static let oneRowIs = "an event in a project's life: appraised, licensed, adjusted, …"
    static let isOptional = true

    static let projectID = Column.ref("project_id", to: .projects)
    static let on = Column.date("on")
    static let event = Column.choice(
        "event", ProjectStatus.self,
        note: "the project's status from that day on; one project's events on the same "
            + "day follow the file's order, and the same event twice on one day is an error")
    static let capitalBnVND = Column.optionalNumber(
        "capital_bn_vnd", min: 0,
        note: "the registered capital after the event; empty when the event leaves it as it was")
    static let note = Column.optionalText("note")
    static let columns: [any AnyColumn] = [projectID, on, event, capitalBnVND, note]

    static func record(_ r: Row) -> ProjectEvent? {
        let project = r[projectID]
        let on = r[Self.on]
        let event = r[Self.event]
        let capital = r[capitalBnVND]
        let note = r[Self.note]
        guard r.isValid, let on, let event else { return nil }
        return ProjectEvent(projectID: project, on: on, event: event, capitalBnVND: capital, note: note)
    }

    /// An event is an observation.
    static func observedOn(_ e: ProjectEvent) -> Day? { e.on }
    static var observedColumn: ColumnInfo? { on.info }
}

/// One project's event twice on one day is an error (the row is skipped);
/// and each project's latest event (and latest capital) is checked against
/// what `projects.csv` says of it today: where they disagree, one of the
/// two files is out of date, and the figures (from the events) may not be
/// what the project list shows. Projects are found by their place in
/// `projects.csv`, once per row: a file of 100,000 events must not hash
/// more than it has to (bench: `make bench`, projects). Where a row's
/// project is does not depend on the rows above it (`look`, in either
/// half of a big file); the rest is judged in file order.
struct LatestEventRules: OrderedFileRules {
    struct Seen {
        var on: Day
        var event: ProjectStatus
        var capital: Double?
        var field: CSVReader.Field?
        var line: Int
    }
    /// A row's project (its place; -1: unknown), its event's number, and
    /// the cells a warning about it would point at.
    struct Look: Sendable {
        var place: Int32
        var code: Int8
        var event: CSVReader.Field?
        var capital: CSVReader.Field?
    }
    let projects: [Project]
    var index: ProjectPlaces
    var latestEvent: [Seen?]
    var latestCapital: [Seen?]
    /// Each project's day and event so far, for the same event twice.
    var seen: SeenPerProject

    typealias Record = ProjectEvent
    static var errorColumn: ColumnInfo { ProjectEventsTable.event.info }

    init(known: KnownIDs) {
        projects = known.rows(ProjectsTable.self)
        index = ProjectPlaces(projects)
        latestEvent = Array(repeating: nil, count: projects.count)
        latestCapital = Array(repeating: nil, count: projects.count)
        seen = SeenPerProject(projects: projects.count)
    }

    mutating func look(_ e: inout ProjectEvent, _ row: Row) -> Look {
        // Every project_id was checked against projects.csv: it has a place.
        guard let i = index.place(of: e.projectID) else { return Look(place: -1, code: 0) }
        e.projectHint = Int32(clamping: i)
        return Look(
            place: Int32(clamping: i), code: Int8(ProjectStatus.allCases.firstIndex(of: e.event) ?? 0),
            event: row.field(of: ProjectEventsTable.event),
            capital: e.capitalBnVND == nil ? nil : row.field(of: ProjectEventsTable.capitalBnVND))
    }

    mutating func reserve(_ rows: Int) { seen.reserve(rows) }

    mutating func judge(_ record: UnsafePointer<ProjectEvent>, _ look: Look, line: Int) -> String? {
        guard look.place >= 0 else { return nil }
        let i = Int(look.place)
        let on = record.pointee.on
        let event = record.pointee.event
        if let first = seen.firstLine(project: i, code: Int(look.code), day: on, line: line) {
            return "event '\(event.rawValue)' of project '\(SafeText.oneLine(record.pointee.projectID))' on \(on) "
                + "is already on line \(first); the row is skipped"
        }
        // Rows in file order: a later row on the same day is the later event.
        if latestEvent[i].map({ on >= $0.on }) ?? true {
            latestEvent[i] = Seen(on: on, event: event, capital: nil, field: look.event, line: line)
        }
        if let c = record.pointee.capitalBnVND, latestCapital[i].map({ on >= $0.on }) ?? true {
            latestCapital[i] = Seen(on: on, event: event, capital: c, field: look.capital, line: line)
        }
        return nil
    }

    func finish(_ table: TableReader) -> [Problem] {
        var out: [Problem] = []
        for (i, p) in projects.enumerated() {
            if let seen = latestEvent[i], p.status != seen.event || p.statusOn != seen.on {
                out.append(
                    table.problem(
                        at: seen.field, line: seen.line, .warning,
                        "the latest event of project '\(SafeText.oneLine(p.id))' is '\(seen.event.rawValue)' on "
                            + "\(seen.on), but projects.csv says '\(p.status.rawValue)' since \(p.statusOn)"))
            }
            if let seen = latestCapital[i], let c = p.capitalBnVND, let capital = seen.capital, c != capital {
                out.append(
                    table.problem(
                        at: seen.field, line: seen.line, .warning,
                        "the registered capital of project '\(SafeText.oneLine(p.id))' after its latest event with "
                            + "one (\(seen.on)) is \(Row.plain(capital)), but projects.csv says \(Row.plain(c))"))
            }
        }
        return out
    }
}

/// Where each project is in `projects.csv`, by id. Files list a project's
/// rows together more often than not: the last one found is tried first.
struct ProjectPlaces {
    let index: [String: Int]
    var lastID = ""
    var last = -1

    init(_ projects: [Project]) {
        var index: [String: Int] = [:]
        index.reserveCapacity(projects.count)
        for (i, p) in projects.enumerated() where index[p.id] == nil { index[p.id] = i }
        self.index = index
    }

    mutating func place(of id: String) -> Int? {
        if last >= 0, id == lastID { return last }
        guard let i = index[id] else { return nil }
        lastID = id
        last = i
        return i
    }
}

/// "One row per project, X and day", without hashing: each project's rows
/// so far, as a list threaded through flat arrays (a project has a
/// handful of rows; a file has a hundred thousand).
struct SeenPerProject {
    /// One row noted: a day and a code, packed; the row's line; and the
    /// project's entry before it (-1: none).
    struct Entry {
        var key: Int64
        var line: Int32
        var next: Int32
    }
    /// Per project, its latest entry (-1: none).
    var head: [Int32]
    /// One array, not one per field: a row is one append (three were
    /// half the cost of judging a row; make bench, projects).
    var entries: [Entry] = []

    init(projects: Int) { head = Array(repeating: -1, count: projects) }

    mutating func reserve(_ rows: Int) { entries.reserveCapacity(rows) }

    /// The line of an earlier row of `project` with this code and day, or
    /// nil (and this row is noted).
    mutating func firstLine(project: Int, code: Int, day: Day, line rowLine: Int) -> Int? {
        let k = Int64(day.daysSinceEpoch) << 20 | Int64(code)
        let latest = head[project]
        let found: Int32? = entries.withUnsafeBufferPointer { entries in
            var e = latest
            while e >= 0 {
                let entry = entries[Int(e)]
                if entry.key == k { return entry.line }
                e = entry.next
            }
            return nil
        }
        if let found { return Int(found) }
        entries.append(Entry(key: k, line: Int32(clamping: rowLine), next: latest))
        head[project] = Int32(entries.count - 1)
        return nil
    }
}

extension DataFile {
    public static let projectEvents = DataFile(ProjectEventsTable.self)
}

extension DataSet {
    public var projectEvents: [ProjectEvent] {
        get { self[ProjectEventsTable.self] }
        set { self[ProjectEventsTable.self] = newValue }
    }
}
