import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The locale decides the characters: a locale that is not UTF-8 gets
/// the ASCII screen (no line drawing, Vietnamese without diacritics) and
/// a one-line hint in the footer; `--utf8` and `--ascii` override the
/// locale. Read as the bytes the terminal receives, in a pty of the
/// test's own.
@Suite(
    .serialized,
    .enabled(
        if: Binaries.ezboard != nil,
        "the ezboard executable is not built next to the test runner (run `swift build` first)"))
struct LocaleEndToEndTests {
    /// In the board's language (Vietnamese by default), folded to ASCII.
    static let hint = "ASCII: locale khong phai UTF-8 (--utf8 de bo qua)"
    /// The first two bytes of U+2500…U+257F, the box-drawing block.
    static let boxDrawing: [UInt8] = [0xE2, 0x94]

    /// `LANG=C`, `LC_ALL` unset: ASCII, with the hint in the footer.
    @Test func cLocaleDrawsASCIIWithAHint() throws {
        let data = try DataCopy()
        let run = try EzboardPty(["--data", data.path], term: "xterm-256color", lang: "C")
        let first = try run.firstFrame(ascii: true)
        let nonASCII = first.filter { $0 >= 0x80 }.count
        #expect(nonASCII == 0, "\(nonASCII) bytes beyond ASCII under LANG=C")
        #expect(PtyTerminal.find("Kim Thanh", in: first), "names folded to ASCII")
        #expect(PtyTerminal.find(Self.hint, in: first), "the hint: \(footer(first))")
        #expect(footer(first).contains(Self.hint), "the hint is on the last row: \(footer(first))")
        let (status, _) = try run.quit()
        #expect(PtyTerminal.exitCode(status) == 0, "`q`: \(PtyTerminal.describe(status))")
    }

    /// `LC_ALL` wins over `LANG`, as in every program.
    @Test func lcAllWinsOverLang() throws {
        let data = try DataCopy()
        let run = try EzboardPty(
            ["--data", data.path], term: "xterm-256color", lang: "C.UTF-8",
            extraEnvironment: ["LC_ALL": "C"])
        let first = try run.firstFrame(ascii: true)
        #expect(first.allSatisfy { $0 < 0x80 }, "ASCII under LC_ALL=C")
        #expect(PtyTerminal.find(Self.hint, in: first))
        let (status, _) = try run.quit()
        #expect(PtyTerminal.exitCode(status) == 0, "`q`: \(PtyTerminal.describe(status))")
    }

    /// `--utf8` under `LANG=C`: line drawing and diacritics, written as
    /// UTF-8 (not as `?`), and no hint.
    @Test func utf8FlagOverridesTheLocale() throws {
        let data = try DataCopy()
        let run = try EzboardPty(["--data", data.path, "--utf8"], term: "xterm-256color", lang: "C")
        // Text that reads the same either way, so that a frame drawn with
        // `?` for every non-ASCII character fails the checks below.
        let first = try run.terminal.read(untilAll: ["Kim Th", "Enter"])
        #expect(PtyTerminal.find("Kim Thành", in: first), "UTF-8 written as such: \(footer(first))")
        #expect(PtyTerminal.find(Self.boxDrawing, in: Array(first)), "box drawing in UTF-8")
        #expect(PtyTerminal.find("Tổng quan", in: first), "diacritics in UTF-8")
        #expect(!PtyTerminal.find(Self.hint, in: first), "no hint when asked for UTF-8")
        let (status, _) = try run.quit()
        #expect(PtyTerminal.exitCode(status) == 0, "`q`: \(PtyTerminal.describe(status))")
    }

    /// `--ascii` under `LANG=C.UTF-8`: ASCII, and no hint (nothing to
    /// explain: it was asked for).
    @Test func asciiFlagOverridesTheLocale() throws {
        let data = try DataCopy()
        let run = try EzboardPty(["--data", data.path, "--ascii"], term: "xterm-256color", lang: "C.UTF-8")
        let first = try run.firstFrame(ascii: true)
        let nonASCII = first.filter { $0 >= 0x80 }.count
        #expect(nonASCII == 0, "\(nonASCII) bytes beyond ASCII with --ascii")
        #expect(PtyTerminal.find("Kim Thanh", in: first))
        #expect(!PtyTerminal.find(Self.hint, in: first))
        let (status, _) = try run.quit()
        #expect(PtyTerminal.exitCode(status) == 0, "`q`: \(PtyTerminal.describe(status))")
    }

    /// `ezboard snapshot` under `LANG=C` prints the ASCII screen too.
    @Test func snapshotUnderCLocaleIsASCII() throws {
        let exe = try #require(Binaries.ezboard)
        let data = try DataCopy()
        let env = [
            "PATH": "/usr/bin:/bin", "HOME": data.root, "LANG": "C", "TERM": "xterm-256color",
            "XDG_CONFIG_HOME": data.root + "/config",
        ]
        let text = try Spawn.run(
            [exe, "snapshot", "--data", data.path, "--width", "120", "--height", "40"],
            environment: env, captureOutput: true)
        let bytes = Array(text.utf8)
        #expect(bytes.count > 1000, "a whole screen: \(bytes.count) bytes")
        #expect(bytes.allSatisfy { $0 < 0x80 }, "ASCII only under LANG=C")
        #expect(!bytes.contains(0x1B), "no escape codes")
        #expect(text.contains("Kim Thanh"))
        #expect(text.contains("+ 1 Cua khau ="), "ASCII frames: \(text.prefix(400))")

        var utf8Env = env
        utf8Env["LANG"] = "C.UTF-8"
        let utf8 = try Spawn.run(
            [exe, "snapshot", "--data", data.path, "--width", "120", "--height", "40"],
            environment: utf8Env, captureOutput: true)
        #expect(utf8.contains("Kim Thành") && utf8.contains("┏"), "and UTF-8 under LANG=C.UTF-8")
    }

    /// The visible text of the last row (after the last move to row 40).
    func footer(_ frame: ArraySlice<UInt8>) -> String {
        let bytes = Array(frame)
        let move = Array("\u{1B}[40;1H".utf8)
        var start = 0
        if bytes.count >= move.count {
            for i in stride(from: bytes.count - move.count, through: 0, by: -1)
            where bytes[i..<(i + move.count)].elementsEqual(move) {
                start = i
                break
            }
        }
        return PtyTerminal.visibleText(bytes[start...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
