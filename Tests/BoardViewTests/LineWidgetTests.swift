import BoardView
import Testing

@Suite("Key hints")
struct KeyHintsTests {
    let hints = KeyHints([.init("?", "trợ giúp"), .init("/", "lọc"), .init("s", "sắp xếp"), .init("q", "thoát")])

    @Test("Hints that fit whole, in order; the first that does not fit ends the line")
    func fitting() {
        #expect(hints.fittingCount(width: 37) == 4)
        #expect(hints.fittingCount(width: 36) == 3)
        #expect(hints.fittingCount(width: 17) == 2)
        #expect(hints.fittingCount(width: 16) == 1)
        #expect(hints.fittingCount(width: 9) == 0)
        #expect(rendered(hints, width: 40, height: 1).lines == ["? trợ giúp  / lọc  s sắp xếp  q thoát   "])
        #expect(rendered(hints, width: 30, height: 1).lines == ["? trợ giúp  / lọc  s sắp xếp  "])
        #expect(rendered(hints, width: 9, height: 1).lines == ["         "])
        #expect(rendered(hints, width: 20, height: 1, charset: .ascii).lines == ["? tro giup  / loc   "])
    }

    @Test("Keys in accent on the footer bar")
    func styles() {
        let c = rendered(hints, width: 24, height: 2)
        #expect(c[0, 0].style == .accent)
        #expect(c[2, 0].style == .footerBar)
        #expect(c[23, 0].style == .footerBar)
        #expect(c[0, 1] == .blank)
        assertPicture(c, named: "keyhints", styles: true)
    }

    @Test("Never draws outside its area, whatever the area")
    func awkward() {
        assertSafeInAwkwardAreas(hints)
        assertSafeInAwkwardAreas(KeyHints([.init("Ctrl-中", "")]))
    }
}

@Suite("Breadcrumb")
struct BreadcrumbTests {
    let crumb = Breadcrumb(["Tổng quan", "Cửa khẩu", "Kim Thành"])

    func line(_ b: Breadcrumb, _ w: Int, _ cs: Charset = .unicode) -> String {
        rendered(b, width: w, height: 1, charset: cs).lines[0]
    }

    @Test("Middle segments give way first, then the root; the last stays whole")
    func eliding() {
        #expect(line(crumb, 32) == "Tổng quan › Cửa khẩu › Kim Thành")
        #expect(line(crumb, 31) == "Tổng quan › … › Kim Thành      ")
        #expect(line(crumb, 24) == "… › Kim Thành           ")
        #expect(line(crumb, 12) == "Kim Thành   ")
        #expect(line(crumb, 5) == "Kim …")
        let long = Breadcrumb(["Tổng quan", "Nhiệm vụ", "BQLKKT", "Nhiệm vụ 12/2024", "Báo cáo"])
        #expect(line(long, 58) == "Tổng quan › Nhiệm vụ › BQLKKT › Nhiệm vụ 12/2024 › Báo cáo")
        #expect(line(long, 51) == "Tổng quan › … › BQLKKT › Nhiệm vụ 12/2024 › Báo cáo")
        #expect(line(long, 50) == "Tổng quan › … › Nhiệm vụ 12/2024 › Báo cáo        ")
        #expect(line(long, 23) == "Tổng quan › … › Báo cáo")
        #expect(line(long, 22) == "… › Báo cáo           ")
    }

    @Test("ASCII separator and folding; the last segment in title style")
    func ascii() {
        let c = rendered(crumb, width: 32, height: 1, charset: .ascii)
        #expect(c.lines == ["Tong quan > Cua khau > Kim Thanh"])
        #expect(c[31, 0].style == .title)
        #expect(c[0, 0].style == .normal)
        #expect(c[10, 0].style == .dim)
    }

    @Test("Never draws outside its area, whatever the area")
    func awkward() {
        assertSafeInAwkwardAreas(crumb)
        assertSafeInAwkwardAreas(Breadcrumb([]))
        assertSafeInAwkwardAreas(Breadcrumb(["中文中文中文", "\u{1b}[2J"]))
    }
}

@Suite("Status marks")
struct StatusMarkTests {
    @Test("Every status has a distinct one-column symbol in both charsets")
    func symbols() {
        let unicode = StatusMark.allCases.map { $0.symbol(.unicode) }
        let ascii = StatusMark.allCases.map { $0.symbol(.ascii) }
        #expect(Set(unicode).count == StatusMark.allCases.count)
        #expect(Set(ascii).count == StatusMark.allCases.count)
        #expect(unicode.allSatisfy { TextLayout.width($0) == 1 })
        #expect(ascii.allSatisfy { $0.count == 1 && $0.utf8.allSatisfy { $0 < 0x80 } })
        #expect(StatusMark.done.symbol(.unicode) == "✓")
        #expect(StatusMark.overdue.symbol(.ascii) == "!")
        #expect(StatusMark.behind.symbol(.ascii) == "v")
    }

    @Test("Roles follow the meaning")
    func roles() {
        #expect(StatusMark.overdue.role == .bad)
        #expect(StatusMark.blocked.role == .bad)
        #expect(StatusMark.onTrack.role == .good)
        #expect(StatusMark.behind.role == .warn)
        #expect(StatusMark.late.role == .late)
        #expect(StatusMark.allCases.allSatisfy { $0.style.role == $0.role })
        var c = Canvas(width: 3, height: 1, charset: .ascii)
        #expect(StatusMark.overdue.draw(on: &c, x: 1, y: 0) == 1)
        #expect(c.lines == [" ! "])
        #expect(c[1, 0].style == .bad)
    }
}
