/// A progress report as someone records it (`ezboard update`, the
/// dashboard's form), before it is checked.
public struct ReportDraft: Sendable, Equatable {
    public var taskID: String
    public var on: Day
    /// The progress figure as typed (`70`, `12.5`); empty: none.
    public var progress: String
    public var status: TaskStatus?
    /// May hold line breaks (LF or CRLF), commas, quotes, any Vietnamese.
    public var note: String

    public init(taskID: String, on: Day, progress: String, status: TaskStatus? = nil, note: String = "") {
        self.taskID = taskID
        self.on = on
        self.progress = progress
        self.status = status
        self.note = note
    }
}

/// Everything a report is checked against: the data as loaded (the
/// assignments, `people.csv`), today's date as the loader reads it, and who
/// is writing.
public struct ReportContext: Sendable {
    public var dataSet: DataSet
    /// `people.csv`'s people; nil when the folder has no such file (then
    /// anyone who can write `task_updates.csv` may report).
    public var people: [Person]?
    public var today: Day
    /// The login of the user running ezboard; nil when the system knows no
    /// name for the user id (then nothing can be written).
    public var login: String?

    public init(dataSet: DataSet, people: [Person]?, today: Day, login: String?) {
        self.dataSet = dataSet
        self.people = people
        self.today = today
        self.login = login
    }
}

/// A report that passed every check: the exact bytes of its row (line end
/// included) and the record the loader reads back from them.
public struct CheckedReport: Sendable, Equatable {
    public var row: [UInt8]
    public var record: TaskUpdate
    /// The row as text (for the preview and what `update` prints).
    public var text: String { String(decoding: row, as: UTF8.self) }
}

/// Why a report was refused: one or more reasons, each a sentence.
public struct ReportRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public var reasons: [String]
    public init(_ reasons: [String]) { self.reasons = reasons }
    public var description: String { reasons.joined(separator: "; ") }
}

/// The checks a progress report passes before a byte is written, and the
/// row it becomes. Pure: the appender (`ReportAppender`) gives it the
/// head of the file as it is under the lock; the form calls it for its
/// preview on every key.
///
/// The row is checked by the loader itself: it is parsed under the file's
/// header with `TaskUpdatesTable`'s rules (progress 0–100, a known status,
/// a known assignment, a date not after today) and must come back with no
/// problem at all and as the very values given. The rules the loader does
/// not have (who may write, not before `assigned_on`, no control
/// characters) are checked here first.
public enum ProgressReport {
    /// The header of a `task_updates.csv` this writes when there is none.
    public static let header = TaskUpdatesTable.columns.map(\.info.name)

    /// The report's row in a file whose first bytes are `head` (empty: a
    /// new file, written with `header`), or why it cannot be written.
    public static func check(_ d: ReportDraft, head: [UInt8], _ c: ReportContext) -> Result<
        CheckedReport, ReportRefusal
    > {
        var why: [String] = []
        guard let login = c.login else {
            return .failure(
                ReportRefusal([
                    "the system has no login name for your user id, so the report could not say who wrote it"
                ]))
        }
        guard let task = c.dataSet.task(d.taskID) else {
            return .failure(ReportRefusal(["unknown assignment \(Messages.shown(d.taskID)) (not in tasks.csv)"]))
        }
        if let refusal = ReportPermission.refusal(login: login, task: task, people: c.people) {
            return .failure(ReportRefusal([refusal]))
        }
        let progress = d.progress.trimmingSpaces()
        if !progress.isEmpty, !isPlainNumber(progress) {
            why.append("progress \(Messages.shown(progress)) is not a number from 0 to 100: write e.g. 70 or 12.5")
        } else if let v = Double(progress), v > 100 {
            // The loader's rule, said here too so that it comes with the others.
            why.append("progress_pct must be at most 100, not \(progress)")
        }
        if d.on > c.today {
            why.append("the date \(d.on) is after today (\(c.today)): a report cannot be dated in the future")
        }
        if d.on < task.assignedOn {
            why.append("the date \(d.on) is before the assignment was given (\(task.assignedOn))")
        }
        if let problem = noteProblem(d.note) { why.append(problem) }
        if !why.isEmpty { return .failure(ReportRefusal(why)) }

        // The columns of the file as it is: the row follows its order.
        let names: [String]
        let lineEnd: [UInt8]
        if head.isEmpty {
            names = header
            lineEnd = [0x0A]
        } else {
            switch columns(of: head) {
            case .failure(let refusal): return .failure(refusal)
            case .success(let found): (names, lineEnd) = found
            }
        }
        for required in ["task_id", "on", "progress_pct", "note", "status", "by"] where !names.contains(required) {
            return .failure(
                ReportRefusal([
                    "task_updates.csv has no '\(required)' column: add it to the file's first line once, by hand "
                        + "(e.g. task_id,on,progress_pct,note,status,by), then report again"
                ]))
        }
        let values: [String: String] = [
            "task_id": d.taskID, "on": d.on.description, "progress_pct": progress, "note": d.note,
            "status": d.status?.rawValue ?? "", "by": login,
        ]
        let row = names.map { field(values[$0] ?? "") }.joined(separator: ",").utf8 + lineEnd
        return readBack(Array(row), names: names, lineEnd: lineEnd, expected: d, login: login, c)
    }

    /// Parses the row under the header with the loader's own rules: any
    /// problem refuses it, and so does any value that would not read back
    /// exactly as given.
    static func readBack(
        _ row: [UInt8], names: [String], lineEnd: [UInt8], expected d: ReportDraft, login: String, _ c: ReportContext
    ) -> Result<CheckedReport, ReportRefusal> {
        let headerLine = Array(names.map(field).joined(separator: ",").utf8) + lineEnd
        var known = KnownIDs()
        known[.tasks] = [d.taskID]
        var problems = ProblemList()
        let rows = (headerLine + row).withUnsafeBufferPointer {
            TaskUpdatesTable.parse($0, known: known, today: c.today, problems: &problems)
        }
        // The header's own remarks (a column of the file ezboard does not
        // know) are the file's, not this report's.
        let mine = problems.filter { $0.line > 1 }
        if !mine.isEmpty { return .failure(ReportRefusal(mine.map(\.message))) }
        guard let record = (rows.stored.rows as? [TaskUpdate])?.first, rows.stored.count == 1 else {
            return .failure(ReportRefusal(["the row would not read back as one report"]))
        }
        let progress = d.progress.trimmingSpaces()
        let sameFigure = progress.isEmpty ? record.progressPct == nil : record.progressPct == Double(progress)
        guard record.taskID == d.taskID, record.on == d.on, sameFigure, record.status == d.status,
            record.note == TextNormalization.nfc(d.note), record.by == login
        else {
            return .failure(ReportRefusal(["the row would not read back as the values given"]))
        }
        return .success(CheckedReport(row: row, record: record))
    }

    /// The header's column names (lowercased, in the file's order) and
    /// its line end, read as the loader reads them.
    static func columns(of head: [UInt8]) -> Result<([String], [UInt8]), ReportRefusal> {
        var bytes = head
        if !bytes.contains(0x0A) { bytes.append(0x0A) }  // a file that is only a header
        let lineEnd: [UInt8] =
            bytes.firstIndex(of: 0x0A).map { $0 > 0 && bytes[$0 - 1] == 0x0D } == true
            ? [0x0D, 0x0A] : [0x0A]
        return bytes.withUnsafeBufferPointer { buf in
            var source = RecordSource(file: TaskUpdatesTable.fileName, buffer: buf)
            var complete = false
            let schema = Schema(TaskUpdatesTable.columns.map(\.info))
            guard
                let map = HeaderMap(
                    file: TaskUpdatesTable.fileName, source: &source, schema: schema, complete: &complete)
            else {
                let errors = source.problems.filter { $0.severity == .error }
                let first = (errors.first ?? source.problems.first).map { ": " + $0.message } ?? ""
                return .failure(
                    ReportRefusal([
                        "task_updates.csv's first line is not a header ezboard can add to (comma-separated, UTF-8)\(first)"
                    ]))
            }
            var names = Array(repeating: "", count: map.fieldCount)
            // A column named twice keeps its first place; the second copy
            // stays empty, as the loader ignores it.
            for (name, i) in map.columns { names[i] = name }
            return .success((names, lineEnd))
        }
    }

    /// A field as CSV writes it: quoted when it holds a comma, a quote, a
    /// line break or spaces at its ends (which the reader would otherwise
    /// be free to trim), quotes doubled.
    static func field(_ s: String) -> String {
        let needsQuotes =
            s.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || s.first == " " || s.last == " "
        guard needsQuotes else { return s }
        var out = "\""
        for ch in s.unicodeScalars {
            if ch == "\"" { out += "\"\"" } else { out.unicodeScalars.append(ch) }
        }
        return out + "\""
    }

    /// Digits with at most one decimal point: what a progress figure is
    /// typed as. The range is the loader's rule (0–100).
    static func isPlainNumber(_ s: String) -> Bool {
        var digits = 0
        var points = 0
        for b in s.utf8 {
            if b >= 0x30 && b <= 0x39 {
                digits += 1
            } else if b == 0x2E {
                points += 1
            } else {
                return false
            }
        }
        return digits > 0 && points <= 1 && digits <= 12
    }

    /// A control character (other than a line break, LF or CRLF), a C1
    /// character or a bidi override in a note: refused rather than stored,
    /// as it would act on whatever prints the note.
    public static func noteProblem(_ note: String) -> String? {
        let scalars = Array(note.unicodeScalars)
        for (i, s) in scalars.enumerated() where SafeText.isUnsafe(s) || s.value == 0 {
            if s == "\n" { continue }
            if s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { continue }
            let name =
                s == "\t"
                ? "a tab"
                : s == "\r"
                    ? "a carriage return without a line feed"
                    : "the control character U+\(String(s.value, radix: 16, uppercase: true))"
            return "the note holds \(name): only letters, punctuation and line breaks may be written"
        }
        return nil
    }
}

/// Who may record a report on which assignment (`people.csv`).
public enum ReportPermission {
    /// Nil when `login` may report on `task`; otherwise why not.
    public static func refusal(login: String, task: BoardTask, people: [Person]?) -> String? {
        guard let people else { return nil }
        guard let person = people.first(where: { $0.login == login }) else {
            return "the login \(Messages.shown(login)) is not in people.csv: only the people listed there may report"
        }
        switch person.role {
        case .secretariat: return nil
        case .member:
            guard let unit = person.unitID, unit == task.leadID || task.supportIDs.contains(unit) else {
                return "\(Messages.shown(login)) reports for \(person.unitID.map(Messages.shown) ?? "no unit"), "
                    + "which neither leads nor supports \(task.id)"
            }
            return nil
        }
    }

    /// The assignments `login` may report on, as `refusal` decides.
    public static func mayReport(login: String?, task: BoardTask, people: [Person]?) -> Bool {
        guard let login else { return false }
        return refusal(login: login, task: task, people: people) == nil
    }
}
