import BoardModel
import Testing

@testable import BoardView

// Issue 11, item 2 (links both ways with Enter and Esc) and item 11's
// breadcrumb that navigates.

@Suite("Links")
struct LinkTests {
    @Test("A gate lists its works: Tab, Enter opens one, Enter on the work opens the gate, Esc back each step")
    func gateWorks() {
        var s = Session(ScreenFixture.state(.gate("KIMTHANH"), width: 120, height: 40))
        #expect(s.text.contains("DXCK01") && s.text.contains("HTCK01"))
        // The cargo list is focused; Enter there opens nothing, and ? does not offer it.
        s.press(.enter)
        #expect(s.path == .gate("KIMTHANH"))
        s.press(.char("?"))
        #expect(!s.text.contains("Enter      xem chi tiết") && !s.text.contains("Enter          xem chi tiết"))
        s.press(.escape, .tab, .down, .enter)
        #expect(s.path == .work("HTCK01"))
        // n steps through the gate's works.
        s.press(.char("n"))
        #expect(s.path == .work("DXCK01"))
        // And back the other way: the work's gate.
        s.press(.enter)
        #expect(s.path == .gate("KIMTHANH"))
        s.press(.escape, .escape)
        #expect(s.path == .gate("KIMTHANH") && s.focus == 1 && s.selection == 0)
    }

    @Test("A zone lists its works; a work opens its zone")
    func zoneWorks() {
        var s = Session(ScreenFixture.state(.zone("TANGLOONG"), width: 120, height: 40))
        #expect(s.text.contains("KCN01") && s.text.contains("KCN02"))
        s.press(.tab, .enter)
        #expect(s.path == .work("KCN01"))
        s.press(.escape, .tab)
        #expect(s.focus == 0)
        var w = Session(ScreenFixture.state(.work("KCN02"), width: 120, height: 40))
        #expect(w.footer.hasPrefix("Enter"))
        w.press(.enter)
        #expect(w.path == .zone("TANGLOONG"))
        // A work in no zone and at no gate: Enter opens its owner.
        var k = Session(ScreenFixture.state(.work("KKT01"), width: 120, height: 40))
        k.press(.enter)
        #expect(k.path == .unit("BATXAT"))
    }

    @Test("A work lists its assignments, an assignment its works and their zone: Enter both ways, Esc back to the row")
    func workAssignments() throws {
        var s = try ReachTests.sample(.work("KCN01"))
        // Its zone, its owner, then its assignment, with state and due date.
        #expect(s.point(of: "khu         KCN Tằng Loỏng") != nil)
        #expect(s.point(of: "chủ đầu tư  Ban Quản lý Khu Kinh tế tỉnh (BQLKKT)") != nil)
        #expect(s.point(of: "NV13 · BQL KKT · quá hạn 16 ngày · hạn 15/03/2024 · Hoàn thành nâng cấp") != nil)
        s.press(.down, .down, .enter)
        #expect(s.path == .task(unit: "BQLKKT", task: "NV13"))
        #expect(s.header.contains("Tổng quan › Hạ tầng › KCN01 › NV13"))
        // After its three units: the work, then the zone it is in.
        #expect(s.point(of: "Công trình và nơi thực hiện (2)") != nil)
        #expect(s.point(of: "công trình  KCN01 · ! chậm 16 ngày · 72% · hạn 15/03/2024 · Nâng cấp") != nil)
        s.press(.down, .down, .down, .enter)
        #expect(s.path == .work("KCN01") && s.state.stack.count == 5)
        s.press(.escape)
        #expect(s.path == .task(unit: "BQLKKT", task: "NV13") && s.selection == 3)
        s.press(.down, .enter)
        #expect(s.path == .zone("TANGLOONG"))
        s.press(.escape, .escape)
        #expect(s.path == .work("KCN01") && s.selection == 2)
    }

    @Test("A unit lists the works it owns: Tab, Enter opens one, n steps through them, Esc back to the row")
    func unitWorks() throws {
        var s = try ReachTests.sample(.unit("BQLDA"))
        let owned = c(s, .unit("BQLDA")).summary.works.works(.owner("BQLDA")).map(\.id)
        #expect(owned.count == 3 && Set(owned) == ["HTCK05", "KCN03", "KKT01"])
        #expect(s.point(of: "Công trình làm chủ đầu tư (3) · Tab chọn danh sách") != nil)
        #expect(s.point(of: owned[1]) != nil)
        // The assignments are focused first; Tab moves to the works.
        s.press(.tab)
        #expect(s.focus == 1)
        s.press(.down, .enter)
        #expect(s.path == .work(owned[1]))
        // n/p step through the unit's works, in its list's order.
        s.press(.char("n"))
        #expect(s.path == .work(owned[2]))
        s.press(.char("p"))
        #expect(s.path == .work(owned[1]))
        // The work names its owner: Enter on that row leads back.
        let back = WorkScreen.model(owned[1], c(s, .work(owned[1]))).targets.firstIndex(of: .unit("BQLDA"))
        #expect(back != nil)
        s.press(.escape)
        #expect(s.path == .unit("BQLDA") && s.focus == 1 && s.selection == 1)
        // Tab goes back to the assignments, with their selection where it was.
        s.press(.tab)
        #expect(s.focus == 0 && s.selection == 0)
        // A unit that owns no work has no second list: Tab stays.
        var none = try ReachTests.sample(.unit("SXD"))
        #expect(c(none, .unit("SXD")).summary.works.works(.owner("SXD")).isEmpty)
        #expect(none.point(of: "Công trình làm chủ đầu tư") == nil)
        none.press(.tab)
        #expect(none.focus == 0)
    }

    @Test(
        "A zone lists its detailed plans: Enter opens the plans screen on that row, Enter there the assignment, Esc back"
    )
    func zonePlans() throws {
        var s = try ReachTests.sample(.zone("KTNGOIPHAT"))
        let plans = c(s, .zone("KTNGOIPHAT")).summary.plans.plans(inZone: "KTNGOIPHAT").map(\.plan.id)
        #expect(plans == ["QHCT01", "QHCT02", "QHCT03", "QHCT12"])
        #expect(s.point(of: "Đồ án quy hoạch chi tiết (4) · Tab chọn danh sách") != nil)
        // Projects, then works, then plans.
        s.press(.tab, .tab)
        #expect(s.focus == 2)
        s.press(.down, .enter)
        #expect(s.path == .plans)
        let rows = PlansScreen.items(s.state.screen.list, s.state.screen, Ctx(s.state))
        #expect(rows[s.selection].plan.id == "QHCT02")
        s.press(.enter)
        #expect(s.path == .task(unit: "BQLKKT", task: "QH02"))
        s.press(.escape, .escape)
        #expect(s.path == .zone("KTNGOIPHAT") && s.focus == 2 && s.selection == 1)
        // Tab comes round to the projects.
        s.press(.tab)
        #expect(s.focus == 0)
        // A zone with no plan shows no such section and Tab skips it.
        var t = try ReachTests.sample(.zone("TANGLOONG"))
        #expect(t.point(of: "Đồ án quy hoạch chi tiết") == nil)
        t.press(.tab, .tab)
        #expect(t.focus == 0)
    }

    @Test("Pictures: a unit with the works it owns, a zone with its works and plans, on the sample data")
    func ownedAndPlanPictures() throws {
        var unit = try ReachTests.sample(.unit("BQLDA"), width: 120, height: 40)
        unit.press(.tab)
        assertPicture(unit.frame.canvas, named: "links-unit-BQLDA-works-sample-120x40", styles: true)
        let small = try ReachTests.sample(.unit("BQLDA"), width: 80, height: 24)
        assertPicture(small.frame.canvas, named: "links-unit-BQLDA-works-sample-80x24")
        var zone = try ReachTests.sample(.zone("KTNGOIPHAT"), width: 120, height: 40)
        zone.press(.tab, .tab)
        assertPicture(zone.frame.canvas, named: "links-zone-KTNGOIPHAT-plans-sample-120x40", styles: true)
        let zoneSmall = try ReachTests.sample(.zone("KTNGOIPHAT"), width: 80, height: 24)
        assertPicture(zoneSmall.frame.canvas, named: "links-zone-KTNGOIPHAT-plans-sample-80x24")
    }

    /// A render context for `path` over the session's data.
    private func c(_ s: Session, _ path: ScreenPath) -> Ctx {
        var state = s.state
        state.stack = [ScreenState(path)]
        return Ctx(state)
    }

    @Test("Pictures: a work with its assignment, and an assignment with its works, on the sample data")
    func linkPictures() throws {
        let work = try ReachTests.sample(.work("KCN01"), width: 120, height: 40)
        assertPicture(work.frame.canvas, named: "links-work-KCN01-sample-120x40")
        var task = try ReachTests.sample(.task(unit: "BQLKKT", task: "NV12"), width: 80, height: 24)
        task.press(.char("L"), .down, .down, .down)
        assertPicture(task.frame.canvas, named: "links-task-NV12-sample-80x24-en", styles: true)
    }

    @Test("An assignment lists the plan made under it; Enter opens the plans on its row, Enter there comes back")
    func planLink() throws {
        var s = try ReachTests.sample(.task(unit: "BQLKKT", task: "QH03"))
        #expect(s.point(of: "Đồ án quy hoạch (1)") != nil)
        #expect(s.point(of: "đồ án     QHCT03 · ") != nil)
        // BQLKKT leads, SXD and HQ support: the plan follows at 3.
        s.press(.down, .down, .down, .enter)
        #expect(s.path == .plans)
        let row = try #require(PlansScreen.items(s.state.screen.list, s.state.screen, Ctx(s.state))[s.selection])
        #expect(row.plan.id == "QHCT03")
        s.press(.enter)
        guard case .task(_, "QH03") = s.path else {
            Issue.record("Enter on the plan opened \(s.path)")
            return
        }
        s.press(.escape, .escape)
        #expect(s.path == .task(unit: "BQLKKT", task: "QH03") && s.selection == 3)
    }

    @Test("An assignment about several works: n/p step through them from one, and each lists it")
    func severalWorks() throws {
        var s = try ReachTests.sample(.task(unit: "BQLKKT", task: "NV12"), width: 80, height: 24)
        // BQLKKT leads, SKHDT and STC support: the works follow at 3.
        s.press(.down, .down, .down, .enter)
        #expect(s.path == .work("DXCK01"))
        #expect(s.text.contains("NV12 · BQL KKT · hoàn thành đúng hạn"))
        s.press(.char("n"))
        #expect(s.path == .work("DXCK02"))
        s.press(.char("n"), .char("n"), .char("n"))
        #expect(s.path == .work("DXCK01"))
        s.press(.char("p"), .escape)
        #expect(s.path == .task(unit: "BQLKKT", task: "NV12") && s.selection == 6)
        // The gates of the four works, each once: Kim Thành, Bản Vược, Mường Khương.
        #expect(LinkedAssignments.works(of: try #require(s.state.data.dataSet.task("NV12")), Ctx(s.state)).count == 7)
    }

    @Test("A click on a breadcrumb segment goes back to that screen")
    func breadcrumb() throws {
        var s = Session(ScreenFixture.state(.task(unit: "BQLKKT", task: "QH03"), width: 120, height: 40))
        #expect(s.header.contains("Tổng quan › BQL KKT › QH03"))
        let unit = try #require(s.point(of: "BQL KKT"))
        s.press(.mouse(MouseEvent(.press, x: unit.x + 1, y: 0)))
        #expect(s.path == .unit("BQLKKT") && s.state.stack.count == 2)
        let overview = try #require(s.point(of: "Tổng quan"))
        s.press(.mouse(MouseEvent(.press, x: overview.x, y: 0)))
        #expect(s.path == .overview && s.state.stack.count == 1)
    }
}

// Issue 11, item 11: small things.
@Suite("Small things")
struct SmallThingsTests {
    @Test("English counts agree with their number: 1 error, 1 warning")
    func plurals() {
        var s = Session(ScreenFixture.state(width: 120, height: 40, lang: .en))
        s.press(.char("e"))
        #expect(s.text.contains("Data problems (1 error, 1 warning)"))
    }

    @Test("An empty list without a filter says there is nothing, not that nothing matches")
    func emptyWithoutFilter() {
        var d = ScreenFixture.dataSet
        d.gates = []
        d.trade = []
        d.works = []
        let board = BoardData(dataSet: d, problems: [], asOf: ScreenFixture.asOf, fallback: ScreenFixture.asOf)
        let s = Session(AppState(data: board, width: 120, height: 40))
        #expect(s.text.contains("Chưa có cửa khẩu nào") && !s.text.contains("khớp bộ lọc"))
        // No header over nothing: the gates' columns are not drawn.
        #expect(!s.text.contains("Lũy kế"))
        let w = Session(AppState(data: board, path: .works, width: 120, height: 40))
        #expect(w.text.contains("Chưa có công trình nào") && !w.text.contains("Chủ đầu tư"))
    }

    @Test("The selected row is one highlight, across its sparkline and its bar too")
    func highlightCoversBars() throws {
        // Every cell inside the panel's borders on the selected row is
        // reversed; the borders are found on that row, so the test holds
        // however the panels share the width.
        func whole(_ s: Session, _ text: String) throws -> Bool {
            let at = try #require(s.point(of: text))
            let canvas = s.frame.canvas
            func isBorder(_ x: Int) -> Bool { ["┃", "│"].contains(canvas[x, at.y].text) }
            let left = try #require((0..<at.x).last(where: isBorder))
            let right = try #require((at.x..<canvas.width).first(where: isBorder))
            // A sparkline or bar spans more than the name: the run is wide.
            #expect(right - left > 40)
            return (left + 1..<right).allSatisfy { canvas[$0, at.y].style.reverse }
        }
        // The gates panel (focused at start, its first row selected): the
        // 12 months' sparkline.
        var s = Session(ScreenFixture.state(width: 120, height: 40))
        func first<P: OverviewPanel>(_ panel: P.Type) throws -> P.Item {
            let i = try #require(s.state.panels.index(of: panel))
            return try #require(P.items(s.state.screen.lists[i], s.state.screen, Ctx(s.state)).first)
        }
        #expect(try whole(s, Titles.gateName(first(GatesPanel.self).gate)))
        // The zones panel: its sparkline; the works panel: the progress bar.
        s.press(.char("2"))
        #expect(try whole(s, Titles.zoneName(first(ZonesPanel.self).zone)))
        s.press(.char("3"))
        #expect(try whole(s, String(first(WorksPanel.self).name.prefix(10))))
    }

    @Test("Plain words: a deadline column, days late, a share occupied")
    func plainWords() {
        var u = Session(ScreenFixture.state(.unit("BQLKKT"), width: 120, height: 40, lang: .en))
        #expect(u.text.contains("Deadline") && !u.text.contains("Left/over") && !u.text.contains(" d over"))
        #expect(u.text.contains(" d late"))
        u = Session(ScreenFixture.state(.zone("TANGLOONG"), width: 120, height: 40, lang: .en))
        #expect(u.text.contains("leased 812.5 ha (73.9 % occupied)") || u.text.contains("% occupied)"))
    }

    @Test("Help lists the keys the terminal handles: Ctrl-L, Ctrl-Z, Ctrl-C")
    func terminalKeys() {
        var s = Session(ScreenFixture.state(width: 120, height: 40, lang: .en))
        s.press(.char("?"))
        var help = s.text
        for _ in 0..<6 {
            s.press(.pageDown)
            help += s.text
        }
        #expect(help.contains("Ctrl-L") && help.contains("redraw the screen"))
        #expect(help.contains("Ctrl-Z") && help.contains("suspend to the shell"))
        #expect(help.contains("Ctrl-C"))
        // Ctrl-L changes nothing the app draws (the terminal repaints);
        // Ctrl-C, should it come as a key, quits.
        s.press(.escape)
        let before = s.text
        s.press(.ctrl("l"))
        #expect(s.text == before && !s.state.shouldQuit)
        s.press(.ctrl("c"))
        #expect(s.state.shouldQuit)
    }

    @Test("English wording: the tasks panel is Assignments, a zone's share leased is Occupied")
    func wording() {
        let s = Session(ScreenFixture.state(width: 120, height: 40, lang: .en))
        #expect(s.text.contains("Assignments") && !s.text.contains("Committee tasks"))
        #expect(s.text.contains("Occupied") && !s.text.contains("Leased"))
    }
}
