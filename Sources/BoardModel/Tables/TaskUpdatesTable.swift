/// `task_updates.csv`: progress reports on assignments (an optional file).
public enum TaskUpdatesTable: TableSpec {
    public typealias Record = TaskUpdate
    static let fileName = "task_updates.csv"
    static let oneRowIs = "a progress report on an assignment"
    static let isOptional = true

    static let taskID = Column.ref("task_id", to: .tasks)
    static let on = Column.date("on")
    static let progressPct = Column.optionalNumber("progress_pct", min: 0, max: 100)
    static let note = Column.text("note", note: "may hold commas, quotes and line breaks (quoted)")
    static let status = Column.optionalChoice(
        "status", TaskStatus.self,
        note: "the assignment's status that day: as of a date, an assignment shows the latest status reported "
            + "on or before it (`done_on` in tasks.csv still decides when it was done)")
    static let columns: [any AnyColumn] = [taskID, on, progressPct, note, status]

    static func record(_ r: Row) -> TaskUpdate? {
        let task = r[taskID]
        let on = r[Self.on]
        let progress = r[progressPct]
        let note = r[Self.note]
        let status = r[Self.status]
        guard r.isValid, let on else { return nil }
        return TaskUpdate(taskID: task, on: on, progressPct: progress, note: note, status: status)
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
