import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The dashboard in the terminals its users have, each named by `TERM`
/// in a pty of the test's own (not tmux, which sets its own `TERM`), at
/// 120×40: the first frame shows, colours follow what the terminal can
/// do, `q` exits 0 and the terminal is given back as terminfo says to
/// (`rmcup` leaves the alternate screen, `cnorm` shows the cursor, `rmkx`
/// ends keypad mode), with the tty's modes as they were.
@Suite(
    .serialized,
    .enabled(
        if: Binaries.ezboard != nil,
        "the ezboard executable is not built next to the test runner (run `swift build` first)"),
    .enabled(
        if: Terminfo.tput != nil,
        "tput (ncurses-bin) is missing, so the terminfo strings to expect are unknown"))
struct TerminalsEndToEndTests {
    /// How many colours a terminal type is expected to get.
    enum Colours: String, Sendable, CustomStringConvertible {
        /// `38;5;N` / `48;5;N` sequences.
        case indexed256
        /// `30`–`37` and `40`–`47` only.
        case eight
        /// No colour at all: bold, underline, reverse.
        case none
        var description: String { rawValue }
    }

    @Test(arguments: [
        ("xterm-256color", Colours.indexed256), ("tmux-256color", .indexed256), ("screen", .eight),
        ("linux", .eight), ("vt100", .none),
    ])
    func drawsQuitsAndRestores(term: String, colours: Colours) throws {
        try #require(Terminfo.hasEntry(term), "the system has no terminfo entry for \(term) (ncurses-base)")
        let data = try DataCopy()
        let run = try EzboardPty(["--data", data.path], term: term)
        let first = try run.firstFrame()
        #expect(!PtyTerminal.find("no terminfo entry", in: first), "\(term) is drawn as itself")
        expectColours(colours, in: first, term: term)
        try expectQuitRestores(run, drawnAs: term, first: first)
    }

    /// A terminal whose entry this machine lacks (kitty's, over SSH to a
    /// server): drawn with a close relative's entry, and the footer says
    /// so. TERMINFO and TERMINFO_DIRS point at an empty folder, so no
    /// entry of the tester's own can turn up.
    @Test(
        .enabled(
            if: !Terminfo.hasEntry("xterm-kitty"),
            "this machine has an xterm-kitty entry (ncurses-term), so there is nothing to fall back from"))
    func unknownTypeFallsBackAndSaysSo() throws {
        let data = try DataCopy()
        let empty =
            FileManager.default.temporaryDirectory.path
            + "/ezboard-terminfo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let env = ["TERMINFO": empty, "TERMINFO_DIRS": empty]
        #expect(!Terminfo.hasEntry("xterm-kitty", environment: env))

        let run = try EzboardPty(["--data", data.path], term: "xterm-kitty", extraEnvironment: env)
        let first = try run.firstFrame()
        let note = "no terminfo entry for TERM=xterm-kitty here; drawing as xterm-256color"
        #expect(PtyTerminal.find(note, in: first), "the footer names the fallback: \(footer(first))")
        expectColours(.indexed256, in: first, term: "xterm-kitty")
        try expectQuitRestores(run, drawnAs: "xterm-256color", first: first)
    }

    /// `TERM=dumb` cannot draw a screen: a clear refusal that points to
    /// `ezboard snapshot`, exit status 2, and nothing sent to the
    /// terminal but the message.
    @Test func dumbIsRefused() throws {
        let data = try DataCopy()
        let run = try EzboardPty(["--data", data.path], term: "dumb")
        let status = run.terminal.wait(timeout: 30)
        _ = try? run.terminal.readToEnd(timeout: 10)
        let bytes = run.terminal.output
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(PtyTerminal.exitCode(status) == 2, "dumb: \(PtyTerminal.describe(status))")
        #expect(text.contains("TERM=dumb cannot draw a full screen"), "the message: \(text)")
        #expect(text.contains("ezboard snapshot"), "the message points to snapshot: \(text)")
        #expect(!bytes.contains(0x1B), "no escape sequence was sent: \(text.debugDescription)")
    }

    // MARK: - Checks

    /// The SGR sequences of the frame use the colours the terminal has,
    /// and no more.
    func expectColours(_ colours: Colours, in frame: ArraySlice<UInt8>, term: String) {
        let sgr = PtyTerminal.sgrParameters(frame)
        let params = sgr.flatMap { $0.split(separator: ";").compactMap { Int($0) } }
        let extended = sgr.filter {
            $0.contains("38;5;") || $0.contains("48;5;") || $0.contains("38;2;") || $0.contains("48;2;")
        }
        let eightColour = params.filter { (30...37).contains($0) || (40...47).contains($0) }
        let anyColour = params.filter { (30...49).contains($0) || (90...107).contains($0) }
        let seen = Set(sgr).sorted().joined(separator: " | ")
        switch colours {
        case .indexed256:
            #expect(!extended.isEmpty, "\(term): 256-colour SGR (38;5;N) expected; SGR seen: \(seen)")
        case .eight:
            #expect(extended.isEmpty, "\(term) has 8 colours, yet got \(Set(extended).sorted())")
            #expect(!eightColour.isEmpty, "\(term): colours 30–37 expected; SGR seen: \(seen)")
            #expect(params.allSatisfy { !(90...107).contains($0) }, "\(term): bright colours 90–107; SGR seen: \(seen)")
        case .none:
            #expect(anyColour.isEmpty, "\(term) has no colours, yet got SGR \(seen)")
        }
    }

    /// `q` ends it with status 0; the bytes it writes on the way out hold
    /// the entry's `rmcup`, `cnorm` and `rmkx` (where defined), mouse
    /// reporting is switched off if it was on, and the tty's modes are
    /// back as they were.
    func expectQuitRestores(_ run: EzboardPty, drawnAs entry: String, first: ArraySlice<UInt8>) throws {
        let term = run.terminal
        let (status, after) = try run.quit()
        #expect(PtyTerminal.exitCode(status) == 0, "\(entry): `q` ended it with \(PtyTerminal.describe(status))")
        for cap in ["rmcup", "cnorm", "rmkx"] {
            let value = Terminfo.string(cap, term: entry)
            guard !value.isEmpty else { continue }
            #expect(
                PtyTerminal.find(value, in: after),
                "\(entry): \(cap) (\(value.debugDescription)) is not among the bytes at exit: \(String(decoding: after, as: UTF8.self).debugDescription)"
            )
        }
        if PtyTerminal.find("1000h", in: first) {
            #expect(PtyTerminal.find("1000l", in: after), "\(entry): mouse reporting is left on")
        }
        let modes = try #require(term.currentModes, "cannot read the pty's modes")
        let lflags = tcflag_t(ECHO | ICANON | ISIG)
        let iflags = tcflag_t(IXON | ICRNL)
        #expect(modes.c_lflag & lflags == term.initialModes.c_lflag & lflags, "\(entry): echo/icanon/isig not restored")
        #expect(modes.c_iflag & iflags == term.initialModes.c_iflag & iflags, "\(entry): ixon/icrnl not restored")
        #expect(
            modes.c_oflag & tcflag_t(OPOST | ONLCR) == term.initialModes.c_oflag & tcflag_t(OPOST | ONLCR),
            "\(entry): output processing not restored")
    }

    /// The last row's text, for messages.
    func footer(_ frame: ArraySlice<UInt8>) -> String {
        let text = PtyTerminal.visibleText(frame.suffix(600))
        return String(text.suffix(240))
    }
}
