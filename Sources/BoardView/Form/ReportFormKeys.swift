import BoardModel

/// The form's keys: what each action does to the form. Saving only sets
/// `saveRequested`; the app does the writing (`App.handle`).
enum ReportFormKeys {
    /// `u` on an assignment's screen, when writing is on.
    static func open(_ s: inout AppState) {
        guard s.writing != nil, case .task(_, let taskID) = s.screen.path, s.data.dataSet.task(taskID) != nil
        else { return }
        s.form = ReportForm.opening(taskID, s.data)
    }

    static func apply(_ action: Action, _ s: inout AppState) {
        guard var f = s.form else { return }
        f.refusal = nil
        switch action {
        case .formType(let c):
            switch f.field {
            case .progress: f.progress.append(c)
            case .note: f.note.append(c)
            case .status:
                // Space steps; a letter picks the next status it begins
                // (in either language), so typing never does anything else.
                if c == " " {
                    f.stepStatus(by: 1)
                } else if let next = statusStarting(with: c, after: f.status, s.lang) {
                    f.status = next
                }
            case .save, .cancel: break
            }
        case .formErase:
            switch f.field {
            case .progress: if !f.progress.isEmpty { f.progress.removeLast() }
            case .note: if !f.note.isEmpty { f.note.removeLast() }
            case .status: f.status = nil
            case .save, .cancel: break
            }
        case .formNextField: f.field = ReportForm.Field(rawValue: (f.field.rawValue + 1) % 5)!
        case .formPreviousField: f.field = ReportForm.Field(rawValue: (f.field.rawValue + 4) % 5)!
        case .formLeft, .formRight:
            switch f.field {
            case .status: f.stepStatus(by: action == .formRight ? 1 : -1)
            case .save, .cancel: f.field = f.field == .save ? .cancel : .save
            default: break
            }
        case .formEnter:
            switch f.field {
            case .progress, .status: f.field = ReportForm.Field(rawValue: f.field.rawValue + 1)!
            case .note: f.note.append("\n")
            case .save: s.saveRequested = true
            case .cancel:
                s.form = nil
                s.message = s.lang.pick("Đã hủy: không ghi gì", "Cancelled: nothing written")
                return
            }
        case .formCancel:
            s.form = nil
            s.message = s.lang.pick("Đã hủy: không ghi gì", "Cancelled: nothing written")
            return
        default: break
        }
        s.form = f
    }

    /// The next status (after `current`, wrapping) whose name begins with
    /// `c`, in the file's words or the screen's language.
    static func statusStarting(with c: Character, after current: TaskStatus?, _ lang: Lang) -> TaskStatus? {
        let key = String(c).lowercased()
        let all = TaskStatus.allCases
        let start = current.flatMap { all.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        for k in 0..<all.count {
            let st = all[(start + k) % all.count]
            if st.rawValue.hasPrefix(key) || st.name(lang).lowercased().hasPrefix(key) { return st }
        }
        return nil
    }
}
