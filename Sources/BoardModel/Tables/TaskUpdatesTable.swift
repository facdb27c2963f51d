/// `task_updates.csv`: progress reports on assignments (an optional file).
public enum TaskUpdatesTable: TableSpec {
    public typealias Record = TaskUpdate
    static let fileName = "task_updates.csv"
    static let oneRowIs = "a progress report on an assignment"
    static let isOptional = true
    /// No key, no claim, no rules across rows: 50,000 reports are read in
    /// two halves at once (make bench, brief).
    static let readsRowsAlone = true

    static let taskID = Column.ref("task_id", to: .tasks)
    static let on = Column.date("on")
    static let progressPct = Column.optionalNumber("progress_pct", min: 0, max: 100)
    static let note = Column.optionalText(
        "note", note: "may hold commas, quotes and line breaks (quoted); empty for a figure alone")
    static let status = Column.optionalChoice(
        "status", TaskStatus.self,
        note: "the assignment's status that day: as of a date, an assignment shows the latest status reported "
            + "on or before it (`done_on` in tasks.csv still decides when it was done)")
    static let by = Column.optionalID(
        "by",
        note: "the login name of who recorded the report, written by `ezboard update` and the dashboard's "
            + "form from the operating system (never typed); empty for reports typed into the file")
    static let columns: [any AnyColumn] = [taskID, on, progressPct, note, status, by]

    static func record(_ r: Row) -> TaskUpdate? {
        let task = r[taskID]
        let on = r[Self.on]
        let progress = r[progressPct]
        let note = r[Self.note] ?? ""
        let status = r[Self.status]
        let by = r[Self.by]
        guard r.isValid, let on else { return nil }
        return TaskUpdate(taskID: task, on: on, progressPct: progress, note: note, status: status, by: by)
    }

    /// A progress report is an observation.
    static func observedOn(_ u: TaskUpdate) -> Day? { u.on }
    static var observedColumn: ColumnInfo? { on.info }
}

extension DataFile {
    public static let taskUpdates = DataFile(TaskUpdatesTable.self)
}

extension DataSet {
    public var taskUpdates: [TaskUpdate] {
        get { self[TaskUpdatesTable.self] }
        set { self[TaskUpdatesTable.self] = newValue }
    }
}
