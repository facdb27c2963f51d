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
        #expect(Rect(x: 0, y: 0, width: 10, height: 4).centered(width: 4, height: 2) == Rect(x: 3, y: 1, width: 4, height: 2))
        #expect(Rect(x: 0, y: 0, width: 10, height: 4).splitRight(3).right == Rect(x: 7, y: 0, width: 3, height: 4))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: Int.max).isEmpty)
    }
}
