import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The dashboard over a real SSH session, as a leader opens it from a
/// laptop: a private sshd on 127.0.0.1 (throw-away keys, a free high
/// port, started and stopped by the test), `ssh -tt` in a terminal the
/// test owns. The first frame comes, nothing is sent while idle, a key is
/// answered, and when the link drops ezboard ends: no process is left.
@Suite(
    .serialized,
    .enabled(
        if: Binaries.ezboard != nil,
        "the ezboard executable is not built next to the test runner (run `swift build` first)"),
    .enabled(
        if: SSHServer.available,
        Comment(rawValue: "no SSH end-to-end test: \(SSHServer.unavailableReason ?? "")")))
struct SSHEndToEndTests {
    @Test func overSSHFirstFrameQuietKeyAndLinkDrop() throws {
        let exe = try #require(Binaries.ezboard)
        let data = try DataCopy()
        let server = try SSHServer()
        let q = EzboardPane.quote
        let remote =
            "exec env -u LC_ALL -u LC_CTYPE -u NO_COLOR -u EZBOARD_LANG -u EZBOARD_DATA "
            + "TERM=xterm-256color LANG=C.UTF-8 XDG_CONFIG_HOME=/nonexistent SWIFT_BACKTRACE=enable=no "
            + "\(q(exe)) --data \(q(data.path))"
        let ssh = try PtyTerminal(
            server.sshArguments(command: remote), environment: server.clientEnvironment(),
            rows: 40, cols: 120)

        // The first frame, through sshd's pty and the encrypted link.
        let first: ArraySlice<UInt8>
        do {
            first = try ssh.read(untilAll: ["Kim Thành", "giúp"], timeout: 60)
        } catch {
            Issue.record("no first frame over SSH: \(error)\nsshd's log:\n\(server.log)")
            return
        }
        #expect(PtyTerminal.find("\u{1B}[?1049h", in: first), "the dashboard took the alternate screen")

        // Exactly one ezboard runs on the server side, on this data copy.
        let remoteProcesses = ProcessTable.commandLines(containing: data.path).filter { $0.pid != ssh.pid }
        #expect(remoteProcesses.count == 1, "one ezboard on the server: \(remoteProcesses)")

        // Idle: not a byte over the link.
        let idle = ssh.read(for: 3)
        #expect(idle.isEmpty, "\(idle.count) bytes while idle for 3 s: \(PtyTerminal.visibleText(idle))")

        // A key is answered: panel 2, then the selection one row down.
        try ssh.type("2")
        let panel = ssh.readUntilQuiet()
        try ssh.type("\u{1B}OB")  // Down, as xterm sends it in keypad mode
        let down = ssh.readUntilQuiet()
        #expect(!panel.isEmpty, "`2` drew nothing")
        #expect(!down.isEmpty, "Down drew nothing")
        #expect(
            PtyTerminal.find("KCN", in: down), "Down moved within the zones panel: \(PtyTerminal.visibleText(down))")

        // The link drops: the client dies without a word to the server.
        kill(ssh.pid, SIGKILL)
        #expect(ssh.wait(timeout: 30) != nil, "the ssh client did not die")
        let start = Date()
        let left = ProcessTable.waitUntilNone(containing: data.path, timeout: 20)
        let took = Date().timeIntervalSince(start)
        #expect(left.isEmpty, "processes left \(Int(took)) s after the SSH link dropped: \(left)")
        print(
            "ssh: first frame \(first.count) bytes, idle 3 s \(idle.count), `2` \(panel.count), Down \(down.count); "
                + "ezboard gone \(String(format: "%.2f", took)) s after the link dropped")
        // Whatever happened, nothing of this test runs on.
        for p in left { kill(p.pid, SIGKILL) }
        server.stop()
    }
}
