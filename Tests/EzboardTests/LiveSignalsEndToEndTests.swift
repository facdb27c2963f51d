import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Signals and hang-ups, end to end: whatever ends the dashboard, the
/// terminal is given back (main screen, cursor, echo and line editing)
/// and the process is gone, promptly; Ctrl-Z and `fg` work as in any
/// full-screen program.
@Suite(
    .serialized,
    .enabled(
        if: TmuxSession.available,
        "tmux is not installed, so the end-to-end signal tests cannot run (CI installs it)"),
    .enabled(
        if: Binaries.ezboard != nil,
        "the ezboard executable is not built next to the test runner (run `swift build` first)"))
struct LiveSignalsEndToEndTests {
    /// How long "promptly" may take on a loaded machine (it is
    /// milliseconds on an idle one).
    static let prompt: Double = 5

    /// Ctrl-C and Ctrl-\ typed in the terminal (the tty sends SIGINT and
    /// SIGQUIT), SIGTERM and SIGHUP sent with kill(2): each ends ezboard
    /// as that signal would (`$?` = 128 + n), with the terminal restored.
    /// Issue 16: SIGPIPE, SIGALRM, SIGUSR1 and SIGXCPU (and every other
    /// signal whose default ends a process) used to end it with the
    /// alternate screen on, the cursor hidden and mouse reporting on.
    @Test(arguments: [
        ("Ctrl-C", SIGINT, [UInt8(0x03)]), ("Ctrl-\\", SIGQUIT, [UInt8(0x1C)]),
        ("kill -TERM", SIGTERM, []), ("kill -HUP", SIGHUP, []), ("kill -INT", SIGINT, []), ("kill -QUIT", SIGQUIT, []),
        ("kill -PIPE", SIGPIPE, []), ("kill -ALRM", SIGALRM, []), ("kill -USR1", SIGUSR1, []),
        ("kill -USR2", SIGUSR2, []), ("kill -XCPU", SIGXCPU, []), ("kill -RTMIN", __libc_current_sigrtmin(), []),
    ])
    func signalRestoresTheTerminalAndEnds(how: String, signal: Int32, keys: [UInt8]) throws {
        let data = try DataCopy()
        let pane = try EzboardPane(["--data", data.path], cols: 100, rows: 30, folder: data.root)
        try pane.waitForText("Kim Thành")
        let pid = try pane.pid()
        #expect(comm(pid) == "ezboard", "the id is ezboard's")

        let start = Date()
        if keys.isEmpty {
            #expect(kill(pid, signal) == 0)
        } else {
            try pane.sendBytes(keys)
        }
        let exit = try pane.waitForExit(timeout: 15)
        let took = Date().timeIntervalSince(start)
        #expect(took < Self.prompt, "\(how): ended after \(took) s")
        #expect(exit.status == 128 + signal, "\(how): $? is 128 + \(signal)")
        #expect(pane.terminalProblems(after: exit) == [], "\(how)")
        #expect(pane.waitGone(pid, timeout: Self.prompt), "\(how): the process is gone")
    }

    /// The terminal goes away (the pane is killed, as when an SSH link
    /// drops): no ezboard process is left behind.
    @Test func hangUpLeavesNoProcessBehind() throws {
        let data = try DataCopy()
        let pane = try EzboardPane(["--data", data.path], cols: 100, rows: 30, folder: data.root)
        try pane.waitForText("Kim Thành")
        let pid = try pane.pid()
        #expect(comm(pid) == "ezboard")
        try pane.tmux.run(["kill-pane", "-t", pane.tmux.target])
        #expect(pane.waitGone(pid, timeout: Self.prompt), "ezboard is still running after its terminal went away")
    }

    /// The terminal goes away without a SIGHUP (a pty that is not the
    /// controlling terminal, its master closed): ezboard sees the hang-up
    /// on its input and ends as if hung up, promptly.
    @Test func terminalGoneWithoutSignalEnds() throws {
        let data = try DataCopy()
        let exe = try #require(Binaries.ezboard)
        let env = [
            "LANG": "C.UTF-8", "TERM": "tmux-256color", "PATH": "/usr/bin:/bin", "HOME": data.root,
            "SWIFT_BACKTRACE": "enable=no",
        ]
        let process = try PtyProcess([exe, "--data", data.path], environment: env, rows: 24, cols: 80)
        try process.read(until: "Kim Th")
        process.hangUp()
        let status = process.wait(timeout: Self.prompt)
        #expect(status != nil, "ezboard is still running after its terminal went away")
        if let status {
            #expect(status & 0x7F == SIGHUP, "ends as hung up (wait status \(status))")
        }
    }

    /// Ctrl-Z gives the shell its screen and prompt back; `fg` redraws the
    /// dashboard, with what changed in the data meanwhile.
    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let data = try DataCopy()
        let pane = try EzboardPane(
            ["--data", data.path], cols: 100, rows: 30, folder: data.root,
            interactiveShell: true)
        let overview = try EzboardRun.snapshot(["--data", data.path], cols: 100, rows: 30)
        try pane.waitForScreen(overview, "the overview")
        let pid = try pane.pid()

        try pane.sendBytes([0x1A])  // Ctrl-Z
        let stopped = try pane.waitFor("the shell's prompt after Ctrl-Z") { s in
            s.contains { $0.contains("Stopped") } && s.last { !$0.isEmpty }?.hasPrefix(EzboardPane.prompt) == true
        }
        #expect(stopped.contains { $0.contains("before-ezboard") }, "the shell's screen is back")
        #expect(!pane.alternateScreen)
        #expect(pane.cursorShown)
        #expect(state(pid) == "T", "ezboard is stopped")

        // Data changes while stopped show once continued.
        try data.append(
            "crossings/2024-03-31.csv",
            "2024-03-31T11:00:00+07:00,KIMTHANH,export,24C-903.01,Thanh long,18.5,16280\n")
        let changed = try EzboardRun.snapshot(["--data", data.path], cols: 100, rows: 30)
        #expect(changed != overview)
        try pane.sendLiteral("fg")
        try pane.send("Enter")
        try pane.waitForScreen(changed, "the dashboard redrawn after fg, with the crossing logged meanwhile")
        #expect(pane.alternateScreen)

        try pane.send("q")
        try pane.waitFor("the prompt after quitting") { s in
            s.last { !$0.isEmpty }?.hasPrefix(EzboardPane.prompt) == true
        }
        try pane.typeReport()
        let exit = try pane.waitForExit()
        #expect(exit.status == 0)
        // bash puts the tty modes back itself after a job: only the screen
        // modes say what ezboard did.
        #expect(pane.terminalProblems(after: exit, checkTTYModes: false) == [])
    }

    /// A suspended dashboard ended from the shell (`kill %1`: SIGTERM,
    /// then SIGCONT to let it act on it) or by a hang-up while suspended
    /// (SIGHUP, then SIGCONT): it ends at once, as that signal, without
    /// taking the terminal back from the shell.
    @Test(arguments: [("kill %1", "Terminated"), ("kill -HUP %1", "Hangup")])
    func signalWhileSuspendedEnds(command: String, shellSays: String) throws {
        let data = try DataCopy()
        let pane = try EzboardPane(
            ["--data", data.path], cols: 100, rows: 30, folder: data.root,
            interactiveShell: true)
        try pane.waitForText("Kim Thành")
        let pid = try pane.pid()
        try pane.sendBytes([0x1A])  // Ctrl-Z
        try pane.waitFor("the shell's prompt after Ctrl-Z") { s in
            s.contains { $0.contains("Stopped") } && s.last { !$0.isEmpty }?.hasPrefix(EzboardPane.prompt) == true
        }
        try pane.sendLiteral(command)
        try pane.send("Enter")
        #expect(pane.waitGone(pid, timeout: Self.prompt), "\(command): ezboard is still there (\(state(pid) ?? "?"))")
        // Once bash has reaped it, `jobs` tells how the job ended.
        let deadline = Date().addingTimeInterval(Self.prompt)
        while FileManager.default.fileExists(atPath: "/proc/\(pid)") && Date() < deadline { usleep(20_000) }
        try pane.sendLiteral("jobs")
        try pane.send("Enter")
        try pane.typeReport()
        let exit = try pane.waitForExit()
        let afterJobs = exit.screen.drop { !$0.hasSuffix("$ jobs") }.dropFirst()
        #expect(!afterJobs.contains { $0.contains("Stopped") }, "\(command): a job is left: \(exit.screen)")
        #expect(exit.screen.contains { $0.contains(shellSays) }, "\(command): the shell reports “\(shellSays)”")
        #expect(!exit.screen.contains { $0.contains("Kim Thành") }, "the dashboard was not drawn again")
        #expect(pane.terminalProblems(after: exit, checkTTYModes: false) == [])
    }

    // MARK: - Helpers

    func comm(_ pid: pid_t) -> String? {
        (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The process state letter from /proc (`S`, `T` stopped, `Z` …).
    func state(_ pid: pid_t) -> String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first.map(String.init)
    }
}
