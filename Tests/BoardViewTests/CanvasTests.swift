import Testing

@testable import BoardView

@Suite("Canvas drawing")
struct CanvasTests {
    @Test("Escape sequences from the data are drawn as visible stand-ins")
    func controls() {
        var c = Canvas(width: 12, height: 2)
        c.draw("\u{1b}[31mX", x: 0, y: 0)
        #expect(c.lines[0] == "␛[31mX      ")
        #expect(c[0, 0].style.role == .replaced)
        #expect(c[1, 0].style.role == .normal)
        c.draw("a\u{202E}b", x: 0, y: 1)
        #expect(c.lines[1] == "a�b         ")
        var a = Canvas(width: 8, height: 1, charset: .ascii)
        a.draw("\u{1b}[31m", x: 0, y: 0)
        #expect(a.lines == ["?[31m   "])
    }

    @Test("A cell's one non-ASCII scalar is read without a String; other cells have none")
    func singleScalar() {
        var c = Canvas(width: 9, height: 1)
        c.draw("ă│😀a\u{1b}中", x: 0, y: 0)
        #expect(c[0, 0].singleScalar == 0x103)  // two bytes
        #expect(c[1, 0].singleScalar == 0x2502)  // three
        #expect(c[2, 0].singleScalar == 0x1F600)  // four (two columns)
        #expect(c[3, 0].singleScalar == nil)  // the emoji's right half
        #expect(c[4, 0].singleScalar == nil)  // ASCII
        #expect(c[5, 0].singleScalar == 0x241B)  // ␛, the escape's stand-in
        #expect(c[6, 0].singleScalar == 0x4E2D)
        #expect(Cell("e\u{301}").singleScalar == nil)  // a base and a mark
        #expect(Cell("ế").singleScalar == 0x1EBF)
        for text in ["ă", "│", "😀", "ế", "đ"] {
            #expect(Cell(text).singleScalar.map { Character(Unicode.Scalar($0)!) } == Character(text))
        }
    }

    @Test("Wide characters fill two cells; cut at an edge they leave a space")
    func wide() {
        var c = Canvas(width: 5, height: 3)
        #expect(c.draw("中文", x: 0, y: 0) == 4)
        #expect(c.lines[0] == "中文 ")
        #expect(c[1, 0].isContinuation)
        // Right edge: the second character does not fit; an ellipsis shows the cut.
        c.draw("中文中", x: 0, y: 1)
        #expect(c.lines[1] == "中文…")
        // Left edge of a clip cuts a wide character: a space, not half of it.
        c.draw("中文", x: 0, y: 2, clip: Rect(x: 1, y: 2, width: 4, height: 1))
        #expect(c.lines[2] == "  文 ")
        #expect(c[0, 2] == .blank)
    }

    @Test("Overwriting half of a wide character blanks the other half")
    func halves() {
        var c = Canvas(width: 6, height: 1)
        c.draw("中文中", x: 0, y: 0)
        c.draw("x", x: 1, y: 0)  // right half of 中
        #expect(c.lines[0] == " x文中")
        c.draw("y", x: 2, y: 0)  // left half of 文
        #expect(c.lines[0] == " xy 中")
        c.fill(Rect(x: 5, y: 0, width: 1, height: 1))
        #expect(c.lines[0] == " xy   ")
        #expect(c.lines[0].count == 6)
    }

    @Test("Text is clipped and cut to maxWidth")
    func clipping() {
        var c = Canvas(width: 10, height: 1)
        #expect(c.draw("Kim Thành", x: 2, y: 0, maxWidth: 5) == 5)
        #expect(c.lines[0] == "  Kim …   ")
        var d = Canvas(width: 10, height: 1)
        #expect(d.draw("abcdef", x: -3, y: 0) == 6)
        #expect(d.lines[0] == "def       ")
        var e = Canvas(width: 10, height: 1, charset: .ascii)
        e.draw("Tằng Loỏng xyz", x: 0, y: 0)
        #expect(e.lines[0] == "Tang Loon~")
        var f = Canvas(width: 4, height: 1)
        #expect(f.draw("abc", x: Int.min, y: 0) == 0 || f.lines[0] == "    ")
        #expect(f.draw("abc", x: 3, y: Int.max) == 0)
        #expect(f.lines[0] == "    ")
    }

    @Test("Rect arithmetic saturates instead of trapping")
    func rects() {
        let huge = Rect(x: Int.max - 1, y: 0, width: Int.max, height: 5)
        #expect(huge.maxX == Int.max)
        #expect(huge.intersection(Rect(x: 0, y: 0, width: 80, height: 24)).isEmpty)
        let low = Rect(x: Int.min, y: Int.min, width: 5, height: 5)
        #expect(low.intersection(Rect(x: 10, y: 10, width: 5, height: 5)).isEmpty)
        #expect(
            Rect(x: 0, y: 0, width: 10, height: 4).centered(width: 4, height: 2)
                == Rect(x: 3, y: 1, width: 4, height: 2))
        #expect(Rect(x: 0, y: 0, width: 10, height: 4).splitRight(3).right == Rect(x: 7, y: 0, width: 3, height: 4))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: Int.max).isEmpty)
    }
}

@Suite("Canvas fast paths")
struct CanvasFastPathTests {
    /// The line `draw` should produce, built from the general piece path
    /// only: the fast paths (ASCII bytes, Latin UTF-8) must match it.
    func reference(_ text: String, width: Int, x: Int, charset: Charset) -> String {
        let pieces = TextLayout.fit(TextLayout.displayable(text, charset: charset), width: width - x, charset: charset)
        let drawn = pieces.map(\.text).joined()
        let used = TextLayout.width(pieces)
        return String(repeating: " ", count: x) + drawn + String(repeating: " ", count: max(0, width - x - used))
    }

    @Test("ASCII and Latin fast paths draw what the general path draws")
    func agree() {
        let texts = [
            "Kim Thành", "Kim Tha\u{0300}nh", "Tằng Loỏng – Ưu tiên", "ĐẶNG ƯỚC ỮỲ ỹ", "Æsir Œuvre ß ĳ",
            "naïve café «x» ×2 ½", "\u{0301}lone mark", "a\u{0300}\u{0301}\u{0302}\u{0303}b",
            "ʻokina ˈstress ǅ", "plain ascii text", "Móng Cái — 1\u{00A0}234,5", "ḁḅḉ ẞ ỿ",
        ]
        for text in texts {
            for charset in [Charset.unicode, .ascii] {
                for (width, x) in [(40, 0), (12, 2), (6, 0), (3, 1), (1, 0)] {
                    var c = Canvas(width: width, height: 1, charset: charset)
                    c.draw(text, x: x, y: 0)
                    #expect(
                        c.lines[0] == reference(text, width: width, x: x, charset: charset),
                        "\(text) \(charset) \(width) \(x)")
                }
            }
        }
    }

    @Test("Cells hold clusters inline: round trip, marks joined, long clusters cut cleanly")
    func cellText() {
        for s in ["a", " ", "à", "a\u{0300}", "ự", "u\u{031B}\u{0323}", "中", "😀", "👍🏽", "❤️", "1️⃣", "🇻🇳", ""] {
            #expect(Cell(s).text == s)
        }
        #expect(Cell("").isContinuation)
        #expect(!Cell(" ").isContinuation)
        #expect(Cell("à") != Cell("a\u{0300}"))
        // 18 bytes: the third person does not fit, and no joiner is left dangling.
        #expect(Cell("👨‍👩‍👧").text == "👨‍👩")
        var c = Canvas(width: 4, height: 1)
        c.draw("Tha\u{0300}", x: 0, y: 0)
        #expect(c[2, 0].text == "a\u{0300}")
        #expect(c.lines == ["Tha\u{0300} "])
    }
}
