import BoardView
import Testing

@Suite("Paragraph")
struct ParagraphTests {
    let note = Paragraph([
        .init("Tiến độ: chậm 2 tháng so với kế hoạch", style: .bad),
        .init("Ghi chú\nDòng hai", style: .dim),
    ])

    @Test("Wrapped rows, each with its line's style")
    func rows() {
        #expect(
            note.rows(width: 14).map(\.text) == ["Tiến độ: chậm", "2 tháng so với", "kế hoạch", "Ghi chú", "Dòng hai"])
        let c = rendered(note, width: 14, height: 5)
        #expect(c[0, 0].style == .bad)
        #expect(c[0, 3].style == .dim)
        assertPicture(c, named: "paragraph", styles: true)
    }

    @Test("Scrolling by rows, clamped so the last row stays at the bottom")
    func scrolling() {
        var p = note
        p.scroll = 1
        #expect(rendered(p, width: 14, height: 3).lines == ["2 tháng so với", "kế hoạch      ", "Ghi chú       "])
        p.scroll = 10
        #expect(rendered(p, width: 14, height: 3).lines == ["kế hoạch      ", "Ghi chú       ", "Dòng hai      "])
        p.scroll = -4
        #expect(rendered(p, width: 14, height: 1).lines == ["Tiến độ: chậm "])
        #expect(Paragraph.maxScroll(rowCount: 5, height: 3) == 2)
        #expect(Paragraph.maxScroll(rowCount: 2, height: 3) == 0)
    }

    @Test("Without wrapping, rows are cut with …; centred alignment")
    func options() {
        let cut = Paragraph("Tiến độ: chậm 2 tháng", wrap: false)
        #expect(rendered(cut, width: 14, height: 1).lines == ["Tiến độ: chậm…"])
        let centred = Paragraph("Không có dữ liệu", alignment: .center)
        #expect(rendered(centred, width: 20, height: 1).lines == ["  Không có dữ liệu  "])
    }

    @Test("Never draws outside its area, whatever the area")
    func awkward() {
        assertSafeInAwkwardAreas(note)
        assertSafeInAwkwardAreas(Paragraph("中文中文中文 \u{1b}[31m red \r\n x", scroll: Int.max))
        assertSafeInAwkwardAreas(Paragraph([]))
    }
}

@Suite("Notice")
struct NoticeTests {
    let tooSmall = Notice(title: "Quá nhỏ", message: "Cần ít nhất 40×12 (hiện 30×8)")

    @Test("A box centred in the area, lines centred in it")
    func boxed() {
        let c = rendered(tooSmall, width: 30, height: 8)
        #expect(c.lines[2] == " ┌ Quá nhỏ ────────────────┐  ")
        #expect(c.lines[3] == " │ Cần ít nhất 40×12 (hiện │  ")
        #expect(c.lines[4] == " │          30×8)          │  ")
        #expect(c.lines[5] == " └─────────────────────────┘  ")
        #expect(c.lines[0].allSatisfy { $0 == " " })
        assertPicture(c, named: "notice", styles: true)
    }

    @Test("Too small for a box: the bare message, centred")
    func bare() {
        #expect(rendered(tooSmall, width: 20, height: 2).lines == [" Cần ít nhất 40×12  ", "    (hiện 30×8)     "])
        #expect(rendered(tooSmall, width: 20, height: 1).lines == [" Cần ít nhất 40×12  "])
        #expect(rendered(tooSmall, width: 4, height: 2).lines == ["Cần ", " ít "])
        #expect(
            rendered(tooSmall, width: 20, height: 2, charset: .ascii).lines
                == [" Can it nhat 40x12  ", "    (hien 30x8)     "])
    }

    @Test("Covers what was under it")
    func covers() {
        var c = Canvas(width: 30, height: 8)
        c.fill(c.bounds, with: Cell("x"))
        tooSmall.render(in: c.bounds, on: &c)
        #expect(c.lines[4] == "x│          30×8)          │xx")
    }

    @Test("Never draws outside its area, whatever the area")
    func awkward() {
        assertSafeInAwkwardAreas(tooSmall)
        assertSafeInAwkwardAreas(Notice(message: ""))
        assertSafeInAwkwardAreas(Notice(title: "中文中文中文中文", message: "中文中文中文中文中文中文", maxWidth: -3))
    }
}
