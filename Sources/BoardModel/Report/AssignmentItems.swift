/// One assignment as the reports write it: the item of `report --unit` and
/// `report --assignments` (JSON object, CSV row, Markdown cells), so the
/// two lists cannot disagree. Names come from `units.csv`.
public enum AssignmentItems {
    /// Full and short names of the units, by id.
    public struct Names: Sendable {
        /// Each unit's position by id (the first of an id listed twice):
        /// an `IDIndex`, a fraction of a dictionary's look-up, as a brief
        /// names a unit thousands of times (make bench).
        private let position: IDIndex
        private let full: [String]
        private let short: [String]

        public init(_ d: DataSet) { self.init(units: d.units) }

        public init(units: [Unit]) {
            position = IDIndex(units.map(\.id))
            full = units.map(\.name)
            short = units.map { $0.shortName ?? $0.name }
        }

        /// The unit's name; its id when units.csv does not have it.
        public func name(_ id: String) -> String { position[id].map { full[$0] } ?? id }
        /// The short name, else the name, else the id.
        public func short(_ id: String) -> String { position[id].map { short[$0] } ?? id }
    }

    // MARK: JSON

    static func json(_ v: TaskView, role: UnitReport.Role?, _ names: Names) -> JSON {
        let d = UnitReport.days(v.state)
        func int(_ n: Int?) -> JSON { n.map { .int($0) } ?? .null }
        return .object([
            ("id", .string(v.task.id)),
            ("title", .string(v.task.title)),
            ("role", .str(role?.rawValue)),
            ("lead_id", .string(v.task.leadID)),
            ("lead_name", .string(names.name(v.task.leadID))),
            ("support_ids", .array(v.task.supportIDs.map { .string($0) })),
            ("support_names", .array(v.task.supportIDs.map { .string(names.name($0)) })),
            ("source", .str(v.task.source)),
            ("meeting_id", .str(v.task.meetingID)),
            ("assigned_on", .string(v.task.assignedOn.description)),
            ("due_on", .str(v.task.dueOn?.description)),
            ("done_on", .str(UnitReport.doneOn(v)?.description)),
            ("status", .string(v.status.rawValue)),
            ("state", .string(UnitReport.stateKey(v.state))),
            ("days_overdue", int(d.overdue)),
            ("days_left", int(d.left)),
            ("days_late", int(d.late)),
            ("latest_progress_pct", .num(v.latestProgress)),
            ("latest_report_on", .str(v.latestUpdate?.on.description)),
            // Line breaks kept as `\n` (CRLF and CR made LF); other
            // control characters replaced, as everywhere.
            ("latest_report_note", .str(v.latestUpdate.map { SafeText.lines($0.note).joined(separator: "\n") })),
            // The clock stops when the assignment is done: nothing is owed.
            ("days_since_report", v.isDone ? .null : .int(v.daysSinceReport)),
            ("silent", .bool(v.isSilent)),
            ("asks_direction", .bool(v.asksDirection)),
        ])
    }

    // MARK: CSV

    /// The columns of one assignment row; `unit_id` and `role` are empty
    /// in a list that is not one unit's.
    public static let csvHeader = [
        "as_of", "unit_id", "id", "title", "role", "lead_id", "support_ids", "source",
        "assigned_on", "due_on", "done_on", "status", "state", "days_overdue", "days_left",
        "days_late", "latest_progress_pct", "latest_report_on", "latest_report_note",
        "days_since_report", "silent", "lead_name", "support_names", "meeting_id", "asks_direction",
        "sample_data",
    ]

    /// `sample`: the data set is a sample (`dataset.csv`), said on every
    /// row since a CSV is one table with nothing before it.
    static func csvRow(
        _ v: TaskView, asOf: Day, unit: String?, role: UnitReport.Role?, _ names: Names, sample: Bool
    ) -> [CSVTable.Cell] {
        let d = UnitReport.days(v.state)
        return [
            .day(asOf), .text(unit ?? ""), .text(v.task.id), .text(v.task.title), .value(role?.rawValue ?? ""),
            .text(v.task.leadID), .text(v.task.supportIDs.joined(separator: ";")), .text(v.task.source),
            .day(v.task.assignedOn), .day(v.task.dueOn), .day(UnitReport.doneOn(v)), .value(v.status.rawValue),
            .value(UnitReport.stateKey(v.state)), .int(d.overdue), .int(d.left), .int(d.late),
            .number(v.latestProgress), .day(v.latestUpdate?.on), .text(v.latestUpdate?.note),
            .int(v.isDone ? nil : v.daysSinceReport), .value(v.isSilent ? "true" : "false"),
            .text(names.name(v.task.leadID)),
            .text(v.task.supportIDs.map(names.name).joined(separator: "; ")), .text(v.task.meetingID),
            .value(v.asksDirection ? "true" : "false"), .value(sample ? "true" : "false"),
        ]
    }

    // MARK: Markdown

    /// `5 ngày`, or `**69 ngày — chậm báo cáo**` for a silent one; `–` for
    /// a done one (nothing is owed).
    static func sinceReport(_ v: TaskView, _ l: Lang) -> String {
        if v.isDone { return "–" }
        let days = l.pick("\(v.daysSinceReport) ngày", "\(v.daysSinceReport) day\(v.daysSinceReport == 1 ? "" : "s")")
        return v.isSilent ? "**" + days + l.pick(" — chậm báo cáo", " — silent") + "**" : days
    }

    static func state(_ v: TaskView, _ l: Lang) -> String {
        let words = v.state.words(l)
        return v.isOverdue ? "**" + words + "**" : words
    }

    static func due(_ v: TaskView, _ l: Lang) -> String {
        v.task.dueOn.map { Formats.date($0, l) } ?? l.pick("không có", "none")
    }

    static func latest(_ v: TaskView, _ l: Lang) -> String {
        v.latestUpdate.map { Formats.date($0.on, l) } ?? l.pick("chưa có", "none")
    }

    static func progress(_ v: TaskView, _ l: Lang) -> String {
        v.latestProgress.map { Formats.percent($0, l) } ?? "–"
    }
}
