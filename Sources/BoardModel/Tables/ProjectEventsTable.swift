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
        guard r.isValid, let on, let event,
            r.claim(
                project + "\u{1F}" + on.description + "\u{1F}" + event.rawValue, at: Self.event,
                describe: "event '\(event.rawValue)' of project '\(SafeText.oneLine(project))' on \(on)")
        else { return nil }
        return ProjectEvent(projectID: project, on: on, event: event, capitalBnVND: capital, note: note)
    }

    /// An event is an observation.
    static func observedOn(_ e: ProjectEvent) -> Day? { e.on }
}

/// Each project's latest event (and latest capital) against what
/// `projects.csv` says of it today: where they disagree, one of the two
/// files is out of date, and the figures (from the events) may not be what
/// the project list shows.
struct LatestEventRules: FileRuleSet {
    struct Seen {
        var on: Day
        var value: String
        var place: (line: Int, column: Int)
    }
    let today: [String: Project]
    var latestEvent: [String: Seen] = [:]
    var latestCapital: [String: (seen: Seen, capital: Double)] = [:]

    init(known: KnownIDs) {
        var today: [String: Project] = [:]
        for p in known.rows(ProjectsTable.self) { today[p.id] = p }
        self.today = today
    }

    mutating func kept(_ e: ProjectEvent, _ row: Row) {
        // Rows in file order: a later row on the same day is the later event.
        if latestEvent[e.projectID].map({ e.on >= $0.on }) ?? true {
            latestEvent[e.projectID] = Seen(
                on: e.on, value: e.event.rawValue, place: row.place(of: ProjectEventsTable.event))
        }
        if let c = e.capitalBnVND, latestCapital[e.projectID].map({ e.on >= $0.seen.on }) ?? true {
            latestCapital[e.projectID] = (
                Seen(on: e.on, value: Row.plain(c), place: row.place(of: ProjectEventsTable.capitalBnVND)), c
            )
        }
    }

    func finish(file: String) -> [Problem] {
        var out: [Problem] = []
        for (id, seen) in latestEvent {
            guard let p = today[id], p.status.rawValue != seen.value || p.statusOn != seen.on else { continue }
            out.append(
                .warning(
                    file, seen.place.line, seen.place.column,
                    "the latest event of project '\(SafeText.oneLine(id))' is '\(seen.value)' on \(seen.on), "
                        + "but projects.csv says '\(p.status.rawValue)' since \(p.statusOn)"))
        }
        for (id, (seen, capital)) in latestCapital {
            guard let p = today[id], let c = p.capitalBnVND, c != capital else { continue }
            out.append(
                .warning(
                    file, seen.place.line, seen.place.column,
                    "the registered capital of project '\(SafeText.oneLine(id))' after its latest event with one "
                        + "(\(seen.on)) is \(seen.value), but projects.csv says \(Row.plain(c))"))
        }
        return out
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
