import BoardView
import Foundation
import TestSupport
import Testing

@testable import BoardTerminal

#if canImport(Glibc)
    import Glibc
#endif

/// Updates sent one `write` each (`OutputBatch`) against curses writing
/// by itself: the same frames drawn both ways in a pty of the test's own
/// must reach the terminal as the same bytes. This test binary is started
/// again in the pty (`EZBOARD_BATCH_HOST=on|off`, filtered to
/// `hostedFrames`), which draws the demo's screens and closes.
@Suite(
    .serialized,
    .enabled(if: DemoHost.executable != nil, "cannot find this test binary (/proc/self/exe) to start it in a pty"))
struct OutputBatchTests {
    static let variable = "EZBOARD_BATCH_HOST"

    @Test func batchedUpdatesAreTheBytesCursesWrites() throws {
        let batched = try run("on")
        let unbatched = try run("off")
        #expect(batched.count > 5_000, "too few bytes: \(PtyTerminal.visibleText(batched[...]))")
        #expect(batched == unbatched, "batched \(batched.count) B, curses alone \(unbatched.count) B")
    }

    /// The terminal's bytes from curses' first (entering the alternate
    /// screen) to its last (leaving it): what the test runner prints
    /// around the hosted test is left out.
    func run(_ mode: String) throws -> [UInt8] {
        let exe = try #require(DemoHost.executable)
        let pty = try PtyTerminal(
            [exe, "--testing-library", "swift-testing", "--filter", "OutputBatchHostTests/hostedFrames"],
            environment: [
                "PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8", Self.variable: mode,
                "SWIFT_BACKTRACE": "enable=no",
            ], rows: 40, cols: 120)
        let status = pty.wait(timeout: 60)
        try pty.readToEnd(timeout: 10)
        let out = pty.output
        #expect(PtyTerminal.exitCode(status) == 0, "the hosted frames (\(mode)): \(PtyTerminal.describe(status))")
        let enter = Array("\u{1B}[?1049h".utf8)
        let leave = Array("\u{1B}[?1049l".utf8)
        let start = try #require(Self.firstIndex(of: enter, in: out), "curses never took the screen (\(mode))")
        let end = try #require(Self.lastIndex(of: leave, in: out), "curses never left the screen (\(mode))")
        return Array(out[start..<end + leave.count])
    }

    static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        return (0...bytes.count - needle.count).first { Array(bytes[$0..<$0 + needle.count]) == needle }
    }

    static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        return (0...bytes.count - needle.count).last { Array(bytes[$0..<$0 + needle.count]) == needle }
    }
}

@Suite struct OutputBatchHostTests {
    static var mode: String? { ProcessInfo.processInfo.environment[OutputBatchTests.variable] }

    /// The demo's first frame, a selection moved, one cell flipped, a key
    /// echoed and a full repaint, with batching on or off as asked.
    @Test(.enabled(if: mode != nil, "runs only in a pty, started by OutputBatchTests"))
    func hostedFrames() throws {
        let batch = Self.mode == "on"
        // As the dashboard does: the app handles the signals, not curses.
        let signals = try #require(SignalPipe([SIGWINCH, SIGTSTP, SIGCONT, SIGINT, SIGTERM, SIGHUP]))
        defer { signals.restore() }
        let term = try Terminal(TerminalOptions(batchOutput: batch))
        defer { term.close() }
        #expect((term.batch != nil) == batch)
        var state = BoardTerminalDemo.State(size: term.size)
        term.draw(BoardTerminalDemo.canvas(state))
        for key: Key in [.char("j"), .char("j"), .char("x"), .down, .char("k")] {
            BoardTerminalDemo.apply(key, to: &state, size: term.size)
            term.draw(BoardTerminalDemo.canvas(state))
        }
        term.invalidate()
        term.draw(BoardTerminalDemo.canvas(state))
    }
}
