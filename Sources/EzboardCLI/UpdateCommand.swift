import ArgumentParser
import BoardModel

#if canImport(Glibc)
    import Glibc
#endif

/// `ezboard update TASK --progress PCT …`: records one progress report,
/// appended to `task_updates.csv` (`ReportAppender`).
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Record a progress report on an assignment: append one checked row to task_updates.csv.",
        discussion: """
            The report says who wrote it: the login name of the account running ezboard (column `by`). With \
            people.csv in the data folder, only the people listed there may report, a member only on the \
            assignments its unit leads or supports. A report is checked by the rules `ezboard check` applies \
            (progress 0-100, a known status, a date neither after today nor before the assignment was given, no \
            control characters in the note) and refused as a whole when it breaks one: then nothing is written. \
            A correction is a new report: the latest of a day is the one shown.

            Prints the row it appended. Exit status: 0 written, 1 refused, 2 the file could not be written.
            """)

    @Argument(help: ArgumentHelp("The assignment's id (the `id` column of tasks.csv).", valueName: "task"))
    var task: String

    @Option(help: ArgumentHelp("The progress, a number from 0 to 100 (e.g. 70 or 12.5).", valueName: "pct"))
    var progress: String

    @Option(
        help: ArgumentHelp(
            "The assignment's status that day: \(TaskStatus.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "status"),
        transform: { text in
            guard let s = UpdateRequest.status(text) else {
                throw ValidationError(
                    "'\(text)' is not a status: write one of "
                        + TaskStatus.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return s
        })
    var status: TaskStatus?

    @Option(
        help: ArgumentHelp(
            "The note (commas, quotes, line breaks welcome). '-' reads it from standard input "
                + "(its final line break dropped).",
            valueName: "text"))
    var note: String?

    @Option(
        name: .customLong("on"),
        help: ArgumentHelp("The report's date (default: today; not after today).", valueName: "YYYY-MM-DD"),
        transform: { text in
            guard let d = Day(text) else {
                throw ValidationError("'\(text)' is not a date: write YYYY-MM-DD, e.g. 2024-03-31")
            }
            return d
        })
    var on: Day?

    @OptionGroup var data: DataOptions

    var request: UpdateRequest {
        UpdateRequest(task: task, progress: progress, status: status, note: note, on: on, data: data.data)
    }

    func run() throws { try request.run() }
}

/// What `ezboard update` was asked, however it was parsed (ArgumentParser,
/// or `QuickStart` for the common forms).
struct UpdateRequest: Equatable {
    var task: String
    var progress: String
    var status: TaskStatus?
    var note: String?
    var on: Day?
    /// `--data`.
    var data: String?

    /// `--status`'s value (any case), nil when it is not a status.
    static func status(_ text: String) -> TaskStatus? { TaskStatus(rawValue: text.lowercased()) }

    func run() throws {
        try ConfigFile.activate()
        if Settings.readOnly().value {
            Output.error("ezboard update: writing is turned off (read_only = true in the config file); nothing written")
            throw ExitCode(1)
        }
        let noteText: String
        switch note {
        case "-"?:
            guard let text = Self.readStandardInput() else {
                Output.error("ezboard update: the note on standard input is not UTF-8 text; nothing written")
                throw ExitCode(1)
            }
            noteText = text
        case let text?: noteText = text
        case nil: noteText = ""
        }
        let today = Clock.dataToday()
        let path = DataOptions.folder(flag: data)
        let folder: DataFolder
        do {
            folder = try DataFolder.load(path, only: [.tasks, .people], today: today)
        } catch {
            Output.error("ezboard update: \(SafeText.oneLine(error.description))")
            throw ExitCode(2)
        }
        let context = ReportContext(
            dataSet: folder.dataSet, people: folder.has(.people) ? folder.dataSet.people : nil, today: today,
            login: SystemUser.login())
        let draft = ReportDraft(taskID: task, on: on ?? today, progress: progress, status: status, note: noteText)
        switch ReportAppender.append(draft, folder: path, context) {
        case .success(let appended):
            Output.write(appended.report.text)
        case .failure(.refused(let why)):
            Output.error("ezboard update: report refused, nothing written: \(why.reasons.joined(separator: "; "))")
            throw ExitCode(1)
        case .failure(let failure):
            Output.error("ezboard update: \(failure); nothing written")
            throw ExitCode(2)
        }
    }

    /// Standard input as UTF-8 text, one final line break dropped (what
    /// `echo` and a here-document add); nil when it is not UTF-8.
    static func readStandardInput() -> String? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress!, 65536) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        if bytes.last == 0x0A { bytes.removeLast() }
        if bytes.last == 0x0D { bytes.removeLast() }
        return String(validating: bytes, as: UTF8.self)
    }
}

/// The account running ezboard, from the system's user database: what a
/// report's `by` column says. No flag or environment variable can change
/// it (`LOGNAME` and `USER` are whatever the caller sets).
enum SystemUser {
    static func login() -> String? {
        guard let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name else { return nil }
        let login = String(cString: name)
        return login.isEmpty ? nil : login
    }
}
