import BoardView
import Foundation
import TestSupport
import Testing

@testable import BoardTerminal

/// ncurses for real: the demo runs in a tmux pane and the test reads the
/// pane back. Checks that what the terminal shows is exactly the canvas
/// (Vietnamese and CJK in the right columns), that keys, mouse and resize
/// decode, and that quitting gives the terminal back.
@Suite(
    .serialized,
    .enabled(
        if: TmuxSession.available,
        "tmux is not installed, so the end-to-end terminal tests cannot run (CI installs it)"),
    .enabled(
        if: DemoHost.executable != nil,
        "cannot find this test binary (/proc/self/exe) to run the demo in tmux"))
struct TerminalEndToEndTests {
    typealias Demo = BoardTerminalDemo

    @Test func drawsKeysResizesAndRestores() throws {
        let tmux = try TmuxSession(cols: 80, rows: 24, command: try #require(DemoHost.command()))
        var state = Demo.State(size: TerminalSize(rows: 24, cols: 80))
        try expectScreen(tmux, state, "the first frame")

        let keys: [(String, Key)] = [
            ("Up", .up), ("Down", .down), ("Down", .down), ("Left", .left), ("Right", .right),
            ("F1", .function(1)), ("F5", .function(5)), ("F12", .function(12)),
            ("C-l", .ctrl("l")), ("Escape", .escape), ("Tab", .tab), ("BTab", .backTab),
            ("Enter", .enter), ("BSpace", .backspace), ("Home", .home), ("End", .end),
            ("PPage", .pageUp), ("NPage", .pageDown), ("DC", .delete), ("IC", .insert), ("/", .char("/")),
        ]
        for (name, key) in keys {
            try tmux.send(name)
            try expectStatus(tmux, key, &state)
        }
        for text in ["ê", "Đ", "中", "a"] {
            try tmux.sendLiteral(text)
            try expectStatus(tmux, .char(Character(text)), &state)
        }
        // X10 mouse reports (what tmux-256color's terminfo asks for):
        // ESC [ M, then 32+button, 33+x, 33+y.
        try tmux.sendBytes([0x1B, 0x5B, 0x4D, 0x20, 33 + 4, 33 + 2])
        try expectStatus(tmux, .mouse(MouseEvent(.press, x: 4, y: 2)), &state)
        try tmux.sendBytes([0x1B, 0x5B, 0x4D, 0x23, 33 + 4, 33 + 2])  // release: ignored
        try tmux.sendBytes([0x1B, 0x5B, 0x4D, 0x60, 33 + 9, 33 + 3])
        try expectStatus(tmux, .mouse(MouseEvent(.wheelUp, x: 9, y: 3)), &state)
        try tmux.sendBytes([0x1B, 0x5B, 0x4D, 0x61, 33 + 9, 33 + 3])
        try expectStatus(tmux, .mouse(MouseEvent(.wheelDown, x: 9, y: 3)), &state)

        for key in ["j", "j", "x"] {
            try tmux.send(key)
            Demo.apply(.char(Character(key)), to: &state, size: state.size)
        }
        try expectScreen(tmux, state, "after moving the selection and flipping the marker")

        try tmux.resize(cols: 100, rows: 30)
        state.size = TerminalSize(rows: 30, cols: 100)
        Demo.apply(.resize, to: &state, size: state.size)
        try expectScreen(tmux, state, "after resizing to 100×30")

        try tmux.send("q")
        let after = try waitForExit(tmux)
        #expect(after.contains("runner-exit=0"))
        #expect(ttyModes(after) == ["echo", "icanon", "ixon"], "the shell's tty modes are back")
        #expect(after.contains("before-demo"), "the screen from before the demo is back")
        #expect(!after.contains { $0.contains("Kim Thành") }, "the demo's screen is gone")
        #expect(try tmux.query("#{alternate_on}") == "0")
        #expect(try tmux.query("#{cursor_flag}") == "1")
        #expect(try tmux.query("#{keypad_cursor_flag}") == "0")
        #expect(try tmux.query("#{mouse_any_flag}") == "0")
    }

    /// An unknown TERM falls back to a close entry and says so; a locale
    /// without UTF-8 gets the ASCII screen.
    @Test func fallbackTerminalAndAsciiLocale() throws {
        let command = try #require(DemoHost.command(term: "xterm-kitty", lang: "C"))
        let tmux = try TmuxSession(cols: 80, rows: 24, command: command)
        var state = Demo.State(size: TerminalSize(rows: 24, cols: 80))
        state.charset = .ascii
        let screen = try expectScreen(tmux, state, "the ASCII frame")
        #expect(screen[0].contains("xterm-256color"))
        #expect(screen[0].contains("(no terminfo entry for TERM="))
        #expect(screen.contains { $0.contains("| Kim Thanh  (NFD)") })
        try tmux.send("q")
        #expect(try waitForExit(tmux).contains("runner-exit=0"))
    }

    /// A crash (a Swift runtime trap) still gives the terminal back.
    @Test func crashRestoresTheTerminal() throws {
        let tmux = try TmuxSession(cols: 80, rows: 24, command: try #require(DemoHost.command()))
        try expectScreen(tmux, Demo.State(size: TerminalSize(rows: 24, cols: 80)), "the first frame")
        try tmux.send("!")
        let after = try waitForExit(tmux)
        #expect(!after.contains("runner-exit=0"), "the demo really crashed")
        #expect(ttyModes(after) == ["echo", "icanon", "ixon"], "the shell's tty modes are back")
        #expect(after.contains("before-demo"))
        #expect(try tmux.query("#{alternate_on}") == "0")
        #expect(try tmux.query("#{cursor_flag}") == "1")
        #expect(try tmux.query("#{keypad_cursor_flag}") == "0")
        #expect(try tmux.query("#{mouse_any_flag}") == "0")
    }

    /// `dumb` is refused with a message, before the screen is touched.
    @Test func dumbTerminalIsRefused() throws {
        let tmux = try TmuxSession(cols: 80, rows: 24, command: try #require(DemoHost.command(term: "dumb")))
        let screen = try waitForExit(tmux)
        let text = screen.joined()
        #expect(text.contains("TERM=dumb cannot draw a full screen"))
        #expect(text.contains("ezboard snapshot"))
        #expect(try tmux.query("#{alternate_on}") == "0")
    }

    /// What the terminal layer costs on the wire, as tmux receives it from
    /// the program (`pipe-pane`), counted from the switch to the alternate
    /// screen: the first frame at 120×40, one changed cell, the selection
    /// moved one row (two full-width rows rewritten), and idle time.
    @Test func bytesOnTheWire() throws {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("ezboard-bytes-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let tmux = try TmuxSession(cols: 120, rows: 40, command: try #require(DemoHost.command()), pipeTo: file)
        var state = Demo.State(size: TerminalSize(rows: 40, cols: 120))
        try expectScreen(tmux, state, "the first frame")
        let first = try settledBytes(file)

        try tmux.send("x")
        Demo.apply(.char("x"), to: &state, size: state.size)
        try expectScreen(tmux, state, "one cell flipped")
        let oneCell = try settledBytes(file) - first

        try tmux.send("j")
        Demo.apply(.char("j"), to: &state, size: state.size)
        try expectScreen(tmux, state, "the selection one row down")
        let total = try settledBytes(file)
        let selection = total - first - oneCell

        usleep(500_000)
        let idle = try settledBytes(file) - total
        try tmux.send("q")
        try waitForExit(tmux)

        print(
            "bytes at 120×40: first frame \(first), one cell \(oneCell), selection row move \(selection), idle \(idle)")
        #expect(first < 12_000)
        #expect(oneCell < 100)
        #expect(selection < 1_000, "a row move must not repaint the screen")
        #expect(idle == 0)
    }

    // MARK: - Helpers

    /// Waits until the demo has exited and the shell reported on it; returns
    /// the screen then.
    @discardableResult
    func waitForExit(_ tmux: TmuxSession) throws -> [String] {
        try tmux.waitFor("the demo to exit") { $0.contains { $0.hasPrefix("tty: ") } }
    }

    /// The modes the pane's shell reported after the demo (`tty: ...`).
    func ttyModes(_ screen: [String]) -> Set<String> {
        guard let line = screen.first(where: { $0.hasPrefix("tty: ") }) else { return [] }
        return Set(line.dropFirst(5).split(separator: " ").map(String.init))
    }

    /// Bytes the program wrote since entering the alternate screen, once
    /// nothing more has arrived for 150 ms.
    func settledBytes(_ file: String) throws -> Int {
        var last = -1
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            let start = data.firstRange(of: Data("\u{1B}[?1049h".utf8))?.lowerBound
            let count = start.map { data.endIndex - $0 } ?? 0
            if count == last && start != nil { return count }
            last = count
            usleep(150_000)
        }
        throw TmuxTimeout(what: "the output to settle (\(last) bytes)", screen: [])
    }

    /// Waits until the pane shows exactly `state`'s canvas (the header row
    /// only up to the size, as its end names the terminal type).
    @discardableResult
    func expectScreen(_ tmux: TmuxSession, _ state: Demo.State, _ what: String) throws -> [String] {
        let expected = Demo.canvas(state).lines.map(TmuxSession.trimmed)
        let header = expected[0].prefix(" ezboard terminal demo  \(state.size)".count)
        do {
            return try tmux.waitFor(what, timeout: 15) { screen in
                screen.count == expected.count && screen[0].hasPrefix(header)
                    && screen.dropFirst() == expected.dropFirst()
            }
        } catch let timeout as TmuxTimeout {
            let diff = zip(expected, timeout.screen).enumerated()
                .filter { $0.offset == 0 ? !$0.element.1.hasPrefix(header) : $0.element.0 != $0.element.1 }
                .map { "row \($0.offset):\n  want \($0.element.0)\n  got  \($0.element.1)" }
            Issue.record("\(what): the screen differs from the canvas\n\(diff.joined(separator: "\n"))")
            throw timeout
        }
    }

    func expectStatus(_ tmux: TmuxSession, _ key: Key, _ state: inout Demo.State) throws {
        Demo.apply(key, to: &state, size: state.size)
        let line = " key: \(KeyName.of(key))"
        try tmux.waitFor("status \(line)") { screen in
            screen.count > state.size.rows - 2 && screen[state.size.rows - 2].hasPrefix(line + " ")
        }
    }
}
