import BoardView
import Testing

/// `first` + `fill`×`count` + `last`: for writing expected rows without miscounting.
func row(_ first: String, _ fill: String, _ count: Int, _ last: String) -> String {
    first + String(repeating: fill, count: count) + last
}

@Suite("Box")
struct BoxTests {
    @Test("Border, title and right title")
    func titled() {
        let c = rendered(Box(title: "Cửa khẩu", rightTitle: "/kim"), width: 24, height: 4)
        #expect(
            c.lines == [
                "┌ Cửa khẩu ────── /kim ┐",
                row("│", " ", 22, "│"),
                row("│", " ", 22, "│"),
                row("└", "─", 22, "┘"),
            ])
        #expect(c[0, 0].style == .border)
        #expect(c[2, 0].style == .title)
        #expect(c[18, 0].style == .accent)
        assertPicture(c, named: "box-titled", styles: true)
    }

    @Test("Focused box is heavy and in focusBorder")
    func focused() {
        let c = rendered(Box(title: "Nhiệm vụ", focused: true), width: 16, height: 3)
        #expect(c.lines == ["┏ Nhiệm vụ ━━━━┓", row("┃", " ", 14, "┃"), row("┗", "━", 14, "┛")])
        #expect(c[0, 0].style == .focusBorder)
        // Heavy lines and the role carry the focus (bold off: turning it
        // off again costs a reset on every row).
        #expect(!c[0, 0].style.bold)
        assertPicture(c, named: "box-focused", styles: true)
    }

    @Test("Titles give way: the left one is cut first, then the right one goes")
    func narrowTitles() {
        let box = Box(title: "Khu công nghiệp", rightTitle: "/kim")
        #expect(rendered(box, width: 30, height: 1).lines == ["┌ Khu công nghiệp ───── /kim ┐"])
        #expect(rendered(box, width: 16, height: 1).lines == ["┌ Khu c…  /kim ┐"])
        #expect(rendered(box, width: 11, height: 1).lines == ["┌ Khu cô… ┐"])
        #expect(rendered(box, width: 8, height: 1).lines == ["┌ Khu… ┐"])
        #expect(rendered(box, width: 5, height: 1).lines == ["┌ … ┐"])
        #expect(rendered(box, width: 4, height: 1).lines == ["┌──┐"])
    }

    @Test("ASCII borders and folded titles")
    func ascii() {
        let c = rendered(Box(title: "Cửa khẩu", rightTitle: "3 lỗi"), width: 22, height: 3, charset: .ascii)
        #expect(c.lines == ["+ Cua khau --- 3 loi +", row("|", " ", 20, "|"), row("+", "-", 20, "+")])
        let f = rendered(Box(title: "Tổng quan", focused: true), width: 16, height: 3, charset: .ascii)
        #expect(f.lines == ["+ Tong quan ===+", row("|", " ", 14, "|"), row("+", "=", 14, "+")])
        assertPicture(f, named: "box-ascii-focused")
    }

    @Test("Too small for a border: what fits is drawn")
    func tiny() {
        let box = Box(title: "T")
        #expect(rendered(box, width: 1, height: 1).lines == ["┌"])
        #expect(rendered(box, width: 2, height: 2).lines == ["┌┐", "└┘"])
        #expect(rendered(box, width: 1, height: 3).lines == ["┌", "│", "└"])
        #expect(rendered(box, width: 3, height: 1).lines == ["┌─┐"])
        #expect(box.inner(Rect(x: 0, y: 0, width: 2, height: 2)).isEmpty)
        #expect(box.inner(Rect(x: 4, y: 2, width: 10, height: 5)) == Rect(x: 5, y: 3, width: 8, height: 3))
    }

    @Test("Never draws outside its area, whatever the area")
    func awkward() {
        assertSafeInAwkwardAreas(Box(title: "Cửa khẩu Kim Thành", rightTitle: "中文", focused: true))
        assertSafeInAwkwardAreas(Box())
    }
}
