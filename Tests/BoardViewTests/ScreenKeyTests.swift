import BoardModel
import BoardView
import Testing

// Key sequences through the app's event handler (`App.handle`, as the
// dashboard's loop feeds it) and so through the binding table, with
// assertions on the state and on what the screen then shows.

extension Session {
    /// The role of the first cell of the row showing `text`.
    func role(ofRowContaining text: String) -> Role? {
        guard let p = point(of: text) else { return nil }
        return frame.canvas[p.x, p.y].style.role
    }

    /// Whether the row showing `text` is drawn selected (reverse video).
    func isSelected(_ text: String) -> Bool {
        guard let p = point(of: text) else { return false }
        return frame.canvas[p.x, p.y].style.reverse
    }

    var path: ScreenPath { state.screen.path }
    var focus: Int { state.screen.focus }
    var selection: Int { state.screen.list.selection }
}

@Suite("Screen keys")
struct ScreenKeyTests {
    func overview(_ width: Int = 80, _ height: Int = 24, lang: Lang = .vi) -> Session {
        Session(ScreenFixture.state(width: width, height: height, lang: lang))
    }

    @Test("Tab, Shift-Tab and 1–5 move the focus between panels; the focused box is drawn heavy")
    func focus() {
        var s = overview()
        #expect(s.focus == 0)
        #expect(s.frame.canvas[0, 1].text == "┏" && s.frame.canvas[0, 1].style.role == .focusBorder)
        s.press(.tab)
        #expect(s.focus == 1)
        #expect(s.frame.canvas[40, 1].text == "┏" && s.frame.canvas[0, 1].text == "┌")
        s.press(.tab, .tab, .tab, .tab)
        #expect(s.focus == 0)
        s.press(.backTab)
        #expect(s.focus == 4)
        s.press(.char("3"))
        #expect(s.focus == 2)
        #expect(s.frame.canvas[0, 12].style.role == .focusBorder)
        s.press(.char("1"))
        #expect(s.focus == 0)
        // Left and right (and h, l) move between the grid's columns.
        s.press(.right)
        #expect(s.focus == 1)
        s.press(.char("l"))
        #expect(s.focus == 1)
        s.press(.char("h"))
        #expect(s.focus == 0)
        s.press(.char("4"), .left)
        #expect(s.focus == 2)
    }

    @Test("Arrows and j/k move the selection, which stays within the list and shows reversed")
    func arrows() {
        var s = overview()
        #expect(s.isSelected("Kim Thành"))
        s.press(.char("j"))
        #expect(s.selection == 1)
        #expect(s.isSelected("Hồ Kiều") && !s.isSelected("Kim Thành"))
        s.press(.down, .down, .down, .down)
        #expect(s.selection == 3)
        #expect(s.isSelected("Lối mở Lồ Cô Chin"))
        s.press(.char("k"))
        #expect(s.selection == 2)
        s.press(.up, .up, .up)
        #expect(s.selection == 0)
        // Each panel keeps its own selection; only the focused one shows it.
        s.press(.char("2"), .char("j"))
        #expect(s.state.screen.lists[1].selection == 1 && s.state.screen.lists[0].selection == 0)
        #expect(s.isSelected("Ngoài KCN/CCN") && !s.isSelected("Kim Thành"))
    }

    @Test("PgUp, PgDn, Home and End move by what the list shows, and the list scrolls to keep the selection")
    func paging() {
        // The works screen at 80×12 shows four of its six works (and the
        // selected one's full title under them).
        var s = Session(ScreenFixture.state(.works, width: 80, height: 12))
        let page = s.frame.viewports[0].height
        #expect(page == 4)
        s.press(.end)
        #expect(s.selection == 5)
        #expect(s.state.screen.list.offset == 2)
        #expect(s.isSelected("HTCK01") && s.point(of: "KCN01") == nil)
        s.press(.home)
        #expect(s.selection == 0 && s.state.screen.list.offset == 0)
        #expect(s.isSelected("KCN01"))
        s.press(.pageDown)
        #expect(s.selection == page - 1)
        s.press(.pageDown)
        #expect(s.selection == 5)
        s.press(.pageUp)
        #expect(s.selection == 5 - (page - 1))
        s.press(.char("G"))
        #expect(s.selection == 5)
        s.press(.char("g"))
        #expect(s.selection == 0)
    }

    @Test("Enter drills into a gate, zone, work and unit; Esc and Backspace come back; the breadcrumb shows the path")
    func drill() {
        var s = overview()
        s.press(.enter)
        #expect(s.path == .gate("KIMTHANH"))
        #expect(s.header.contains("ezboard › Tổng quan › Kim Thành"))
        s.press(.escape)
        #expect(s.path == .overview)
        #expect(s.header.contains("ezboard › Tổng quan") && !s.header.contains("Kim Thành"))

        s.press(.char("2"), .char("j"), .enter)
        #expect(s.path == .zone("NGOAIKCN"))
        #expect(s.header.contains("Tổng quan › Ngoài KCN/CCN"))
        s.press(.backspace)
        #expect(s.path == .overview && s.focus == 1 && s.selection == 1)

        s.press(.char("3"), .enter)
        #expect(s.path == .work("KCN01"))
        #expect(s.header.contains("Tổng quan › KCN01"))
        #expect(s.text.contains("Nâng cấp, mở rộng đường từ Tỉnh lộ 151"))
        s.press(.escape)

        s.press(.char("4"), .enter)
        #expect(s.path == .unit("BQLKKT"))
        #expect(s.header.contains("Tổng quan › BQL KKT"))
        s.press(.escape)
        #expect(s.path == .overview && s.state.stack.count == 1)
        // Esc on the overview with nothing to undo stays there.
        s.press(.escape)
        #expect(s.path == .overview)
    }

    @Test("From the works list into a work and on to the next with n; back to the list")
    func worksList() {
        var s = Session(ScreenFixture.state(.works, width: 120, height: 40))
        s.press(.down, .enter)
        #expect(s.path == .work("KCN02"))
        #expect(s.header.contains("ezboard › Tổng quan › Hạ tầng › KCN02"))
        s.press(.char("n"))
        #expect(s.path == .work("KKT01"))
        #expect(s.header.contains("Hạ tầng › KKT01"))
        s.press(.char("p"), .char("p"))
        #expect(s.path == .work("KCN01"))
        // Back on the row of the work last seen.
        s.press(.escape)
        #expect(s.path == .works && s.selection == 0)
    }

    @Test("/ filters live, ignoring case and diacritics; the filter shows in the panel title; Esc clears it")
    func filter() {
        var s = overview()
        s.press(.char("/"))
        #expect(s.state.editingFilter)
        s.type("kim thanh")
        #expect(s.state.screen.list.filter == "kim thanh")
        #expect(s.lines[1].contains("/kim thanh"))
        #expect(s.footer.hasPrefix("/kim thanh"))
        #expect(s.point(of: "Kim Thành") != nil && s.point(of: "Hồ Kiều") == nil)
        #expect(ScreenLists.model(s.state, list: 0).count == 1)
        // Enter keeps the filter and leaves typing; Esc then clears it.
        s.press(.enter)
        #expect(!s.state.editingFilter && s.state.screen.list.filter == "kim thanh")
        #expect(s.lines[1].contains("/kim thanh"))
        s.press(.escape)
        #expect(s.state.screen.list.filter.isEmpty)
        #expect(s.point(of: "Hồ Kiều") != nil && !s.lines[1].contains("/"))

        // Upper case and another gate's diacritics; Backspace erases, Esc cancels while typing.
        s.press(.char("/"))
        s.type("LO CO CHIN")
        #expect(s.point(of: "Lối mở Lồ Cô Chin") != nil && s.point(of: "Kim Thành") == nil)
        s.press(.backspace)
        #expect(s.state.screen.list.filter == "LO CO CHI")
        s.press(.escape)
        #expect(!s.state.editingFilter && s.state.screen.list.filter.isEmpty)

        // A filter that matches nothing says so.
        s.press(.char("/"))
        s.type("zzz")
        #expect(s.text.contains("Không có cửa khẩu khớp bộ lọc"))
    }

    @Test("/ on a list screen filters its rows")
    func filterList() {
        var s = Session(ScreenFixture.state(.works, width: 80, height: 24))
        s.press(.char("/"))
        s.type("nao vet")
        #expect(s.point(of: "Nạo vét hồ thải") != nil && s.point(of: "KKT01") == nil)
        s.press(.enter, .enter)
        #expect(s.path == .work("KCN02"))
    }

    @Test("s cycles the sort orders, says so in the footer and marks the panel title")
    func sort() {
        var s = overview()
        s.press(.char("s"))
        #expect(s.state.screen.list.sort == 1)
        #expect(s.footer.hasPrefix("Sắp xếp: tên"))
        #expect(s.lines[1].contains("↕ tên"))
        #expect(s.row(containing: "Hồ Kiều")! < s.row(containing: "Kim Thành")!)
        s.press(.char("s"))
        #expect(s.footer.hasPrefix("Sắp xếp: số xe hôm nay"))
        #expect(s.row(containing: "Kim Thành")! < s.row(containing: "Hồ Kiều")!)
        // The message lasts until the next key.
        s.press(.down)
        #expect(!s.footer.contains("Sắp xếp"))
        #expect(s.isSelected("Hồ Kiều"))
        // The selection stays on the same gate wherever the sort puts it.
        s.press(.char("s"))
        #expect(s.state.screen.list.sort == 0 && s.isSelected("Hồ Kiều"))
        #expect(s.footer.hasPrefix("Sắp xếp: kim ngạch"))
        #expect(!s.lines[1].contains("↕"))
    }

    @Test("z zooms the focused panel to the whole screen and back; Esc unzooms too")
    func zoom() {
        var s = overview()
        s.press(.char("3"), .char("z"))
        #expect(s.state.screen.zoomed)
        #expect(s.lines[1].hasPrefix("┏ 3 Hạ tầng") && !s.text.contains("Cửa khẩu"))
        #expect(s.text.contains("2 chưa khởi công"))
        s.press(.char("z"))
        #expect(!s.state.screen.zoomed && s.text.contains("1 Cửa khẩu"))
        s.press(.char("z"), .escape)
        #expect(!s.state.screen.zoomed && s.path == .overview)
    }

    @Test("L switches every label and number format, and back")
    func language() {
        var s = overview(120, 40)
        #expect(s.text.contains("1.301 tỷ đồng") && s.text.contains("23,2%"))
        #expect(s.header.contains("Đến ngày 31/03/2024"))
        s.press(.char("L"))
        #expect(s.state.lang == .en)
        #expect(s.text.contains("1,301 bn VND") && s.text.contains("23.2%"))
        #expect(s.header.contains("As of 2024-03-31") && s.text.contains("1 Border gates"))
        #expect(!s.text.contains("tỷ đồng") && !s.text.contains("Cửa khẩu"))
        #expect(s.footer.contains("L Tiếng Việt"))
        s.press(.char("L"))
        #expect(s.state.lang == .vi && s.text.contains("1.301 tỷ đồng") && s.footer.contains("L English"))
    }

    @Test("? opens help for the screen below and closes again; it scrolls")
    func help() {
        var s = overview()
        s.press(.char("?"))
        #expect(s.state.overlay == .help(scroll: 0))
        #expect(s.header.contains("Tổng quan › Trợ giúp"))
        #expect(s.lines.contains { $0.hasPrefix("┃   s  ") && $0.contains("  sắp xếp  ") })
        #expect(s.lines[1].contains("1–20/"))
        s.press(.char("j"), .pageDown)
        guard case .help(let scroll) = s.state.overlay else {
            Issue.record("help closed")
            return
        }
        #expect(scroll == 1 + 18)
        #expect(s.lines[1].contains("20–39/"))
        s.press(.end, .down)
        // The scroll stops at the last row (the renderer clamps, the state follows).
        guard case .help(let end) = s.state.overlay else {
            Issue.record("help closed")
            return
        }
        #expect(s.text.contains("Dữ liệu: /srv/ezboard/data"))
        s.press(.up)
        #expect(s.state.overlay == .help(scroll: end - 1))
        s.press(.char("?"))
        #expect(s.state.overlay == nil && s.path == .overview)
        s.press(.char("?"), .escape)
        #expect(s.state.overlay == nil)
        // q in help closes help; it does not quit.
        s.press(.char("?"), .char("q"))
        #expect(s.state.overlay == nil && !s.state.shouldQuit)
    }

    @Test("e opens the data problems, r reloads the data and says so, Esc closes")
    func problems() {
        var s = overview()
        s.press(.char("e"))
        #expect(s.state.overlay == .problems(scroll: 0))
        #expect(s.text.contains("⊠ works.csv:8:12: error: due_on: '2024-02-30' is not a date"))
        s.press(.char("r"))
        #expect(!s.state.reloadRequested && s.footer.hasPrefix("Đã đọc lại dữ liệu"))
        s.press(.escape)
        #expect(s.state.overlay == nil)
    }

    @Test("q sets shouldQuit, from any screen")
    func quit() {
        for path in [ScreenPath.overview, .gate("KIMTHANH"), .works, .work("KCN01")] {
            var s = Session(ScreenFixture.state(path))
            s.press(.char("q"))
            #expect(s.state.shouldQuit)
        }
        // While typing a filter, q is a letter.
        var s = overview()
        s.press(.char("/"), .char("q"))
        #expect(!s.state.shouldQuit && s.state.screen.list.filter == "q")
    }

    @Test("A click selects a row, a second click opens it; a click elsewhere focuses that panel")
    func click() {
        var s = overview()
        let hokieu = s.point(of: "Hồ Kiều")!
        s.press(.mouse(MouseEvent(.press, x: hokieu.x, y: hokieu.y)))
        #expect(s.path == .overview && s.selection == 1 && s.isSelected("Hồ Kiều"))
        s.press(.mouse(MouseEvent(.press, x: hokieu.x + 3, y: hokieu.y)))
        #expect(s.path == .gate("HOKIEU"))
        #expect(s.header.contains("› Hồ Kiều"))
        s.press(.escape)

        // A row of another panel: focus moves there and selects the row.
        let dongphomoi = s.point(of: "KCN Đông Phố Mới")!
        s.press(.mouse(MouseEvent(.press, x: dongphomoi.x, y: dongphomoi.y)))
        #expect(s.focus == 1 && s.selection == 2 && s.path == .overview)
        // A panel's border or its figures: focus only.
        let works = s.point(of: "1.301 tỷ đồng")!
        s.press(.mouse(MouseEvent(.press, x: works.x, y: works.y)))
        #expect(s.focus == 2 && s.path == .overview)
        // Outside everything (the header): nothing.
        s.press(.mouse(MouseEvent(.press, x: 5, y: 0)))
        #expect(s.focus == 2 && s.path == .overview)
    }

    @Test("In the small layout a click on a tab shows that panel")
    func clickTab() {
        var s = overview(40, 12)
        #expect(s.lines[1].contains(" 1 Cửa khẩu ") && s.lines[1].contains(" 4 "))
        let four = s.lines[1].range(of: " 4 ")!
        s.press(.mouse(MouseEvent(.press, x: TextLayout.width(String(s.lines[1][..<four.lowerBound])) + 1, y: 1)))
        #expect(s.focus == 3)
        #expect(s.lines[1].contains(" 4 Nhiệm vụ "))
        #expect(s.lines[2].hasPrefix("┏ 4 Nhiệm vụ"))
    }

    @Test("The wheel moves the selection under the pointer by three rows")
    func wheel() {
        var s = Session(ScreenFixture.state(.works, width: 80, height: 24))
        let row = s.point(of: "KCN02")!
        s.press(.mouse(MouseEvent(.wheelDown, x: row.x, y: row.y)))
        #expect(s.selection == 3)
        s.press(.mouse(MouseEvent(.wheelDown, x: row.x, y: row.y)))
        #expect(s.selection == 5)
        s.press(.mouse(MouseEvent(.wheelUp, x: row.x, y: row.y)))
        #expect(s.selection == 2)
        // Over another overview panel, the wheel focuses it first.
        var o = overview()
        let tasks = o.point(of: "Hải quan")!
        o.press(.mouse(MouseEvent(.wheelDown, x: tasks.x, y: tasks.y)))
        #expect(o.focus == 3 && o.state.screen.lists[3].selection == 3)
    }

    @Test("A resize lays the screen out again for the new size, keeping focus and selection")
    func resize() {
        var s = overview(120, 40)
        s.press(.char("2"), .char("j"))
        #expect(s.lines.count == 40 && s.lines[1].contains("2 Khu công nghiệp"))
        s.app.handle([.resize(width: 40, height: 12)])
        #expect(s.lines.count == 12 && s.lines[0].count == 40)
        // The small layout: one panel, the focused one, with its tabs.
        #expect(s.lines[1].contains(" 2 Khu công nghiệp ") && s.lines[2].hasPrefix("┏ 2 Khu công nghiệp"))
        #expect(s.focus == 1 && s.isSelected("Ngoài KCN/CCN"))
        s.app.handle([.resize(width: 30, height: 10)])
        #expect(s.text.contains("40×12"))
        s.app.handle([.resize(width: 80, height: 24)])
        #expect(s.frame.canvas[40, 1].text == "┏" && s.isSelected("Ngoài KCN/CCN"))
    }
}
