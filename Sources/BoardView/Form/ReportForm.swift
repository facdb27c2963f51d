import BoardModel

/// Who is writing, for the progress-report form: the dashboard knows it
/// from the operating system; nil in `AppState.writing` when writing is
/// off (`--read-only`, `read_only = true`): then no form key at all.
public struct ReportWriting: Sendable, Equatable {
    /// The login of the account running ezboard (nil: the system has no
    /// name for the user id; every report is then refused, saying why).
    public var login: String?
    /// Today as the loader checks dates.
    public var today: Day

    public init(login: String?, today: Day) {
        self.login = login
        self.today = today
    }
}

/// The progress-report form on one assignment's screen (`u`): what has
/// been typed, which field has the keys, and why the last save was
/// refused. Every printable key typed while a field has focus is text;
/// only Tab, the arrows, Enter, Backspace and Esc act.
public struct ReportForm: Sendable, Equatable {
    public enum Field: Int, CaseIterable, Sendable {
        case progress, status, note, save, cancel
    }

    public var taskID: String
    /// As typed; starts at the latest reported figure.
    public var progress: String
    /// Nil: the report gives no status.
    public var status: TaskStatus?
    public var note: String
    public var field = Field.progress
    /// Why the last save was refused (the file's header, a change in the
    /// data since the preview…); cleared by the next key.
    public var refusal: String?

    public init(taskID: String, progress: String = "", status: TaskStatus? = nil, note: String = "") {
        self.taskID = taskID
        self.progress = progress
        self.status = status
        self.note = note
    }

    /// The report as it would be written today.
    public func draft(on day: Day) -> ReportDraft {
        ReportDraft(taskID: taskID, on: day, progress: progress, status: status, note: note)
    }

    /// The form for `taskID`, its progress and status the latest reported.
    static func opening(_ taskID: String, _ data: BoardData) -> ReportForm {
        let view = data.summary.tasks.view(taskID)
        let progress = view?.latestProgress.map { Formats.machine($0) } ?? ""
        return ReportForm(taskID: taskID, progress: progress, status: view.map { $0.isDone ? .done : $0.status })
    }

    /// The statuses the status field steps through: none, then each.
    static let statusChoices: [TaskStatus?] = [nil] + TaskStatus.allCases.map { $0 }

    mutating func stepStatus(by delta: Int) {
        let all = ReportForm.statusChoices
        let i = all.firstIndex(of: status) ?? 0
        status = all[((i + delta) % all.count + all.count) % all.count]
    }
}

/// What the app asks the dashboard to do with a saved form, and what came
/// of it.
public enum ReportSaveOutcome: Sendable {
    /// Appended: the row as written, and the data read again (nil: nothing
    /// new to show).
    case saved(row: String, data: Event?)
    /// Not written, and why.
    case refused(String)
}
