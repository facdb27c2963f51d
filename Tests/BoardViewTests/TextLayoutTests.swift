import Testing

@testable import BoardView

@Suite("Text layout")
struct TextLayoutTests {
    @Test("Control characters become visible stand-ins, flagged as replaced")
    func controls() {
        let p = TextLayout.displayable("\u{1b}[31m", charset: .unicode)
        #expect(p.map(\.text).joined() == "␛[31m")
        #expect(p[0].replaced && !p[1].replaced)
        #expect(TextLayout.displayable("\u{1b}[31m", charset: .ascii).map(\.text).joined() == "?[31m")
        #expect(TextLayout.displayable("a\tb\u{7F}\u{0}", charset: .unicode).map(\.text).joined() == "a b␡␀")
        #expect(TextLayout.displayable("x\u{202E}y\u{2066}", charset: .unicode).map(\.text).joined() == "x�y�")
        #expect(TextLayout.displayable("x\u{85}y", charset: .unicode).map(\.text).joined() == "x�y")
        #expect(TextLayout.width("\u{1b}[31m") == 5)
        #expect(TextLayout.width("a\r\nb\rc\nd") == 7)
    }

    @Test("Truncation ends in an ellipsis and never halves a wide character")
    func truncate() {
        #expect(TextLayout.truncate("Kim Thành", width: 9) == "Kim Thành")
        #expect(TextLayout.truncate("Kim Thành", width: 8) == "Kim Thà…")
        #expect(TextLayout.truncate("Kim Tha\u{0300}nh", width: 8) == "Kim Tha\u{0300}…")
        #expect(TextLayout.truncate("中文中文", width: 5) == "中文…")
        #expect(TextLayout.truncate("中文中文", width: 4) == "中…")
        #expect(TextLayout.truncate("中文", width: 1) == "…")
        #expect(TextLayout.truncate("abc", width: 0) == "")
        #expect(TextLayout.truncate("abcdef", width: 4, charset: .ascii) == "abc~")
    }

    @Test("Cutting Latin text from its bytes gives what the general path gives, at every width")
    func latinTruncate() throws {
        let board = try ScreenFixture.sampleBoard()
        let titles =
            board.dataSet.works.map(\.name) + board.dataSet.tasks.map(\.title) + board.dataSet.projects.map(\.name)
            + board.dataSet.units.map(\.name)
        // Decomposed marks, symbols, a mark first, stacked marks, wide and
        // control characters (these last take the general path).
        let odd = [
            "Tha\u{0300}nh pho\u{0302}\u{0301}", "Kim Thành – Ngòi Phát · 52,0 ha", "\u{0301}a",
            "e\u{0323}\u{0302}\u{0301}\u{0300}x",
            "中文 Lào Cai", "a\u{1b}[31mb", "ăâđêôơư ĂÂĐÊÔƠƯ", "",
        ]
        for text in titles + odd {
            for width in 1...(TextLayout.width(text) + 2) {
                let general = TextLayout.fit(
                    TextLayout.displayable(text, charset: .unicode), width: width, charset: .unicode
                ).map(\.text).joined()
                #expect(TextLayout.truncate(text, width: width) == general, "'\(text)' at \(width)")
            }
        }
    }

    @Test("Padding and alignment by display width")
    func align() {
        #expect(TextLayout.pad("Thành", width: 7) == "Thành  ")
        #expect(TextLayout.pad("Thành", width: 7, alignRight: true) == "  Thành")
        #expect(TextLayout.alignRight("中", width: 4) == "  中")
        #expect(TextLayout.alignLeft("中", width: 3) == "中 ")
        #expect(TextLayout.align("ab", width: 5, .center) == " ab  ")
        #expect(TextLayout.align("Kim Thành", width: 5, .right) == "Kim …")
        #expect(TextLayout.align("x", width: 0, .left) == "")
        #expect(TextLayout.start(x: 10, width: 6, textWidth: 2, .right) == 14)
        #expect(TextLayout.start(x: 10, width: 6, textWidth: 9, .right) == 10)
    }
}

@Suite("Word wrap")
struct WrapTests {
    func wrap(_ s: String, _ w: Int, _ cs: Charset = .unicode) -> [String] { TextLayout.wrap(s, width: w, charset: cs) }

    @Test("Words fill lines greedily; spaces at breaks are dropped")
    func words() {
        #expect(wrap("Kiểm tra tiến độ giải ngân dự án", 12) == ["Kiểm tra", "tiến độ giải", "ngân dự án"])
        #expect(wrap("a b c", 5) == ["a b c"])
        #expect(wrap("a b c", 3) == ["a b", "c"])
        #expect(wrap("a  b   c", 4) == ["a  b", "c"])
        #expect(wrap("one   ", 10) == ["one"])
        #expect(wrap("  indented text", 20) == ["  indented text"])
        #expect(wrap("  indented text", 10) == ["  indented", "text"])
    }

    @Test("Explicit line breaks (LF, CRLF, CR) start new paragraphs")
    func breaks() {
        #expect(wrap("a\nb", 10) == ["a", "b"])
        #expect(wrap("a\r\nb\rc", 10) == ["a", "b", "c"])
        #expect(wrap("a\n\nb", 10) == ["a", "", "b"])
        #expect(wrap("", 10) == [""])
        #expect(wrap("a\n", 10) == ["a", ""])
        #expect(wrap("one two\r\nthree four", 7) == ["one two", "three", "four"])
    }

    @Test("Words longer than a line are cut at the width")
    func longWords() {
        #expect(wrap("abcdefghij", 4) == ["abcd", "efgh", "ij"])
        #expect(wrap("go abcdefghij x", 4) == ["go", "abcd", "efgh", "ij x"])
        #expect(wrap("中文中文中", 4) == ["中文", "中文", "中"])
        #expect(wrap("a中文", 2) == ["a", "中", "文"])
        #expect(wrap("中", 1) == ["…"])
        #expect(wrap("x", 0) == [])
    }

    @Test("No line is ever wider than the width")
    func neverTooWide() {
        let texts = [
            "Cửa khẩu Kim Thành – Lào Cai: thông quan 1.234 xe/ngày; 中文混合 text…\r\nDòng hai\tcó tab",
            "https://example.invalid/a/very/long/path/without/spaces", "👨‍👩‍👧 🇻🇳 ❤️ 1️⃣", "\u{1b}[31mred\u{1b}[0m",
        ]
        for text in texts {
            for cs in [Charset.unicode, .ascii] {
                for w in 1...30 {
                    for line in wrap(text, w, cs) {
                        #expect(TextLayout.width(line, charset: cs) <= w, "\(line) at \(w)")
                    }
                }
            }
        }
    }

    @Test("Wrapping keeps every non-space character")
    func keepsText() {
        let text = "Kiểm tra tiến độ giải ngân dự án đường cao tốc"
        let joined = wrap(text, 9).joined(separator: " ")
        #expect(joined == text)
    }
}
