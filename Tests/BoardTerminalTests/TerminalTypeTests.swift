import Testing

@testable import BoardTerminal

@Suite struct TerminalTypeTests {
    @Test func fallbacks() {
        #expect(TerminalType.candidates(for: "xterm-kitty") == ["xterm-kitty", "xterm-256color", "xterm"])
        #expect(TerminalType.candidates(for: "xterm-256color") == ["xterm-256color", "xterm"])
        #expect(TerminalType.candidates(for: "alacritty") == ["alacritty", "xterm-256color", "xterm"])
        #expect(TerminalType.candidates(for: "tmux-256color") == ["tmux-256color", "screen-256color", "screen"])
        #expect(TerminalType.candidates(for: "screen.xterm-new") == ["screen.xterm-new", "screen-256color", "screen"])
        #expect(TerminalType.candidates(for: "vt320") == ["vt320", "vt220", "vt100"])
        #expect(TerminalType.candidates(for: "weird") == ["weird"])
    }

    @Test func dumb() {
        #expect(TerminalType.isDumb("dumb"))
        #expect(!TerminalType.isDumb("vt100"))
    }

    /// Uses the terminfo database of the machine: Debian's ncurses-base
    /// ships xterm-256color, vt100 and dumb.
    @Test func choosingAnEntry() throws {
        #expect(throws: TerminalError.dumbTerminal("dumb")) { try Terminal.chooseType("dumb") }
        #expect(try Terminal.chooseType("vt100") == "vt100")
        #expect(try Terminal.chooseType("xterm-kitty-not-installed") == "xterm-256color")
        #expect(throws: TerminalError.unknownTerminal("no-such-terminal", tried: ["no-such-terminal"])) {
            try Terminal.chooseType("no-such-terminal")
        }
    }

    @Test func everyErrorPointsToSnapshot() {
        let errors: [TerminalError] = [
            .notATerminal(stream: "standard output"), .termUnset, .dumbTerminal("dumb"),
            .unknownTerminal("xterm-kitty", tried: ["xterm-kitty", "xterm-256color"]),
            .noCursorAddressing("lpr"), .cannotInitialize("x"),
        ]
        for e in errors { #expect(e.description.contains("ezboard snapshot"), "\(e)") }
        #expect(TerminalError.unknownTerminal("a", tried: ["a", "b"]).description.contains("nor for b"))
    }

    @Test func utf8Codesets() {
        #expect(TerminalLocale.isUTF8(codeset: "UTF-8"))
        #expect(TerminalLocale.isUTF8(codeset: "utf8"))
        #expect(!TerminalLocale.isUTF8(codeset: "ANSI_X3.4-1968"))
        #expect(!TerminalLocale.isUTF8(codeset: "ISO-8859-1"))
    }
}
