import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The real `ezboard` in a tmux pane, for end-to-end tests.
///
/// The pane's shell prints `before-ezboard`, runs ezboard (through a small
/// script that writes its process id to a file and then `exec`s it, so the
/// id is ezboard's), then prints `ezboard-exit=$?` and the tty's modes
/// (`tty: echo icanon ixon`), and keeps the pane open to be inspected.
/// The shell traps SIGINT and SIGQUIT (so Ctrl-C and Ctrl-\ typed in the
/// pane reach ezboard alone and the shell lives on to report), and core
/// dumps are off.
///
/// With `interactiveShell`, the pane runs an interactive bash with job
/// control instead (prompt `ezsh$ `), and ezboard is typed at it: Ctrl-Z
/// then stops it and `fg` brings it back. (A pane's own `sh -c` is an
/// orphaned process group, where the kernel ignores Ctrl-Z.)
public final class EzboardPane {
    public static let prompt = "ezsh$"
    public let tmux: TmuxSession
    public let folder: String
    private let pidFile: String
    private let launcher: String

    /// Starts `ezboard ARGS` in a `cols`×`rows` pane. `folder` is a
    /// scratch folder for the launcher files (e.g. `DataCopy.root`).
    public init(
        _ arguments: [String], cols: Int, rows: Int, folder: String, term: String = "tmux-256color",
        lang: String = "C.UTF-8", interactiveShell: Bool = false
    ) throws {
        guard let exe = Binaries.ezboard else { throw DataCopy.IOError(description: "ezboard is not built") }
        self.folder = folder
        let id = UInt32.random(in: 0...UInt32.max)
        pidFile = folder + "/ezboard-\(id).pid"
        launcher = folder + "/ezboard-\(id).sh"
        let q = EzboardPane.quote
        // env -u: the tester's own settings must not leak into the pane.
        let script =
            "echo $$ > \(q(pidFile))\n"
            + "exec env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u NO_COLOR -u EZBOARD_LANG -u EZBOARD_DATA "
            + "LANG=\(q(lang)) TERM=\(q(term)) SWIFT_BACKTRACE=enable=no "
            + ([exe] + arguments).map(q).joined(separator: " ") + "\n"
        try script.write(toFile: launcher, atomically: false, encoding: .utf8)
        if interactiveShell {
            let shell =
                "cd \(q(folder)) && exec env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=\(q(folder)) "
                + "PS1=\(q(EzboardPane.prompt + " ")) HISTFILE= LANG=C.UTF-8 TERM=tmux-256color bash --norc --noprofile -i"
            tmux = try TmuxSession(cols: cols, rows: rows, command: shell)
            try tmux.waitFor("the shell's prompt") { $0.contains { $0.hasPrefix(EzboardPane.prompt) } }
            try tmux.sendLiteral("echo before-ezboard; sh \(q(launcher))")
            try tmux.send("Enter")
        } else {
            let command =
                "cd \(q(folder)) && trap : INT QUIT; ulimit -c 0; echo before-ezboard; "
                + "sh \(q(launcher)); \(EzboardPane.report); sleep 300"
            tmux = try TmuxSession(cols: cols, rows: rows, command: command)
        }
    }

    deinit {
        // Whatever happened in the test, leave no ezboard behind (that one,
        // by its id, if the id is still an ezboard's).
        if let pid = storedPid, isAlive(pid),
            (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.hasPrefix("ezboard") == true
        {
            kill(pid, SIGKILL)
        }
    }

    // MARK: The process

    private var storedPid: pid_t? {
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8) else { return nil }
        return pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// ezboard's process id (waits for the launcher to write it).
    public func pid(timeout: Double = 15) throws -> pid_t {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let pid = storedPid { return pid }
            usleep(20_000)
        }
        throw TmuxTimeout(what: "ezboard's process id in \(pidFile)", screen: (try? tmux.screen()) ?? [])
    }

    /// True while the process exists and is not a zombie.
    public func isAlive(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
            return kill(pid, 0) == 0
        }
        // "pid (comm) S ...": the state follows the last ')'.
        guard let close = stat.lastIndex(of: ")") else { return true }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != "Z" && state != "X"
    }

    /// Waits until the process has gone; false on timeout.
    public func waitGone(_ pid: pid_t, timeout: Double = 15) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !isAlive(pid) { return true }
            usleep(20_000)
        }
        return false
    }

    // MARK: The screen

    public func screen() throws -> [String] { try tmux.screen() }

    /// Waits until the screen satisfies `condition`; returns that screen.
    @discardableResult
    /// Never calls `condition` with an empty screen (it may index row 0).
    public func waitFor(_ what: String, timeout: Double = 15, _ condition: ([String]) -> Bool) throws -> [String] {
        try tmux.waitFor(what, timeout: timeout) { !$0.isEmpty && condition($0) }
    }

    @discardableResult
    public func waitForText(_ text: String, timeout: Double = 15) throws -> [String] {
        try tmux.waitFor("“\(text)” on screen", timeout: timeout) { $0.contains { $0.contains(text) } }
    }

    /// Waits until the pane shows exactly `expected` (rows compared with
    /// trailing blanks removed); on a timeout, records which rows differ.
    @discardableResult
    public func waitForScreen(_ expected: [String], _ what: String, timeout: Double = 15) throws -> [String] {
        let want = expected.map(TmuxSession.trimmed)
        do {
            return try tmux.waitFor(what, timeout: timeout) { $0 == want }
        } catch let timeout as TmuxTimeout {
            let rows = max(want.count, timeout.screen.count)
            var diff: [String] = []
            for i in 0..<rows {
                let w = i < want.count ? want[i] : "(none)"
                let g = i < timeout.screen.count ? timeout.screen[i] : "(none)"
                if w != g { diff.append("row \(i):\n  want \(w)\n  got  \(g)") }
            }
            throw TmuxTimeout(what: "\(what) (rows differ:\n\(diff.joined(separator: "\n")))", screen: timeout.screen)
        }
    }

    /// Waits until the pane's shell has reported on ezboard's exit.
    @discardableResult
    public func waitForExit(timeout: Double = 15) throws -> Exit {
        let screen = try tmux.waitFor("ezboard to exit", timeout: timeout) { $0.contains { $0.hasPrefix("tty: ") } }
        return Exit(screen: screen)
    }

    /// What the shell reported after ezboard.
    public struct Exit {
        public var screen: [String]
        /// `$?` as the shell saw it (128+n: killed by signal n).
        public var status: Int32? {
            screen.first { $0.hasPrefix("ezboard-exit=") }.flatMap { Int32($0.dropFirst("ezboard-exit=".count)) }
        }
        /// The tty modes after ezboard (`echo`, `icanon`, `ixon` or their `-` forms).
        public var ttyModes: Set<String> {
            guard let line = screen.first(where: { $0.hasPrefix("tty: ") }) else { return [] }
            return Set(line.dropFirst(5).split(separator: " ").map(String.init))
        }
    }

    // MARK: The terminal's state (as tmux sees it)

    public var alternateScreen: Bool { (try? tmux.query("#{alternate_on}")) == "1" }
    public var cursorShown: Bool { (try? tmux.query("#{cursor_flag}")) == "1" }
    public var keypadMode: Bool { (try? tmux.query("#{keypad_cursor_flag}")) == "1" }
    public var mouseReporting: Bool { (try? tmux.query("#{mouse_any_flag}")) == "1" }

    /// What is not as the shell left it, after ezboard ended (empty: the
    /// terminal is back as it was): the screen from before, the main
    /// screen, the cursor, keypad and mouse modes, echo and line editing.
    public func terminalProblems(after exit: Exit, checkTTYModes: Bool = true) -> [String] {
        var problems: [String] = []
        if !exit.screen.contains(where: { $0.contains("before-ezboard") }) {
            problems.append("the screen from before is not back")
        }
        if alternateScreen { problems.append("still on the alternate screen") }
        if !cursorShown { problems.append("the cursor is hidden") }
        if keypadMode { problems.append("the keypad is left in application mode") }
        if mouseReporting { problems.append("mouse reporting is left on") }
        if checkTTYModes, exit.ttyModes != ["echo", "icanon", "ixon"] {
            problems.append("tty modes after exit: \(exit.ttyModes.sorted()) (want echo icanon ixon)")
        }
        return problems
    }

    // MARK: Keys

    public func send(_ keys: String...) throws { try tmux.run(["send-keys", "-t", tmux.target] + keys) }
    /// Bytes as typed (e.g. 0x03, Ctrl-C: the tty turns it into SIGINT).
    public func sendBytes(_ bytes: [UInt8]) throws { try tmux.sendBytes(bytes) }
    public func sendLiteral(_ text: String) throws { try tmux.sendLiteral(text) }
    public func resize(cols: Int, rows: Int) throws { try tmux.resize(cols: cols, rows: rows) }

    /// The shell line that reports on ezboard's exit: its status, then the
    /// tty's modes.
    public static let report =
        "echo ezboard-exit=$?; "
        + "echo \"tty: $(stty -a | tr ' ;' '\\n\\n' | grep -xE -e '-?echo' -e '-?icanon' -e '-?ixon' | tr '\\n' ' ')\""

    /// In an interactive shell, once ezboard has ended: types the report
    /// line (bash may have put the tty modes back itself by then).
    public func typeReport() throws {
        try tmux.sendLiteral(EzboardPane.report)
        try tmux.send("Enter")
    }

    /// Single-quotes a word for `sh`.
    public static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

/// `ezboard` run to completion with a pipe on stdout (`check`, `snapshot`,
/// `report`), in the environment the panes use.
public enum EzboardRun {
    public static func output(_ arguments: [String]) throws -> String {
        guard let exe = Binaries.ezboard else { throw DataCopy.IOError(description: "ezboard is not built") }
        var env = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_CTYPE", "LC_MESSAGES", "NO_COLOR", "EZBOARD_LANG", "EZBOARD_DATA"] {
            env.removeValue(forKey: key)
        }
        env["LANG"] = "C.UTF-8"
        env["TERM"] = "tmux-256color"
        return try Spawn.run([exe] + arguments, environment: env, captureOutput: true)
    }

    /// `ezboard snapshot` as rows, trailing blanks removed.
    public static func snapshot(_ arguments: [String], cols: Int, rows: Int) throws -> [String] {
        let text = try output(["snapshot"] + arguments + ["--width", "\(cols)", "--height", "\(rows)"])
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines.map(TmuxSession.trimmed)
    }
}
