/// `tasks.csv`: the steering committee's assignments.
public enum TasksTable: TableSpec {
    public typealias Record = BoardTask
    static let fileName = "tasks.csv"
    static let oneRowIs = "one of the steering committee's assignments"

    static let id = Column.key("id", noun: "task")
    static let title = Column.text("title")
    static let leadID = Column.ref("lead_id", to: .units, note: "the unit in charge (chủ trì)")
    static let supportIDs = Column.refList(
        "support_ids", to: .units,
        note: "the supporting units (phối hợp), e.g. `SXD;SGTVT`. "
            + "The lead listed here too is a warning (ignored there); a unit listed twice is a warning")
    static let source = Column.optionalText(
        "source", note: "where the assignment comes from, e.g. `Kế hoạch 82`")
    static let assignedOn = Column.date("assigned_on")
    static let dueOn = Column.optionalPlannedDate(
        "due_on", note: "standing assignments have none; before `assigned_on` is a warning")
    static let status = Column.choice(
        "status", TaskStatus.self, note: "today's; progress reports may give earlier ones (`task_updates.csv`)")
    static let doneOn = Column.optionalDate(
        "done_on",
        note: "required when the status is `done` (an error without it); with another status it is ignored, "
            + "with a warning; before `assigned_on` is a warning")
    static let meetingID = Column.optionalRef(
        "meeting_id", to: .meetings,
        note: "the meeting the assignment comes from (its conclusions, or a point raised there), an `id` of "
            + "`meetings.csv`; empty when it comes from no meeting there. `source` stays free text beside it")
    static let workIDs = Column.refList(
        "work_ids", to: .works,
        note: "the infrastructure works the assignment is about, e.g. `KCN01` or `DXCK01;DXCK02`: "
            + "each work's screen lists its assignments, and the assignment's screen its works. "
            + "A work listed twice is a warning")
    static let columns: [any AnyColumn] = [
        id, title, leadID, supportIDs, source, assignedOn, dueOn, status, doneOn, meetingID, workIDs,
    ]

    static func record(_ r: Row) -> BoardTask? {
        let id = r[Self.id]
        let title = r[Self.title]
        let lead = r[leadID]
        var support = r[supportIDs]
        if support.contains(lead) {
            r.warning(
                supportIDs, "the lead unit \(Messages.shown(lead)) is also listed as support; ignored there")
            support.removeAll { $0 == lead }
        }
        let source = r[Self.source]
        let assigned = r[assignedOn]
        let due = r[dueOn]
        let status = r[Self.status]
        var done = r[doneOn]
        let meeting = r[meetingID]
        let works = r[workIDs]
        if status == .done, r.isEmpty(doneOn) {
            r.error(doneOn, "a done task needs done_on (the date it was done)")
        }
        if let s = status, s != .done, done != nil {
            r.warning(doneOn, "done_on is ignored: the status is '\(s.rawValue)', not 'done'")
            done = nil
        }
        if let a = assigned, let d = due, d < a {
            r.warning(dueOn, "due \(d) is before the task was assigned (\(a))")
        }
        if let a = assigned, let d = done, d < a {
            r.warning(doneOn, "done \(d) is before the task was assigned (\(a))")
        }
        guard r.isValid, let assigned, let status else { return nil }
        return BoardTask(
            id: id, title: title, leadID: lead, supportIDs: support, source: source, assignedOn: assigned,
            dueOn: due, status: status, doneOn: done, meetingID: meeting, workIDs: works)
    }

    /// A completion is an observation; an assignment or a due date is not.
    static func observedOn(_ t: BoardTask) -> Day? { t.doneOn }
    static var observedColumn: ColumnInfo? { doneOn.info }
}

extension DataFile {
    public static let tasks = DataFile(TasksTable.self)
}

extension DataSet {
    public var tasks: [BoardTask] {
        get { self[TasksTable.self] }
        set { self[TasksTable.self] = newValue }
    }
}
