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
        // A work in no zone and at no gate: Enter is not offered.
        var k = Session(ScreenFixture.state(.work("KKT01"), width: 120, height: 40))
        #expect(!k.footer.contains("Enter"))
        k.press(.enter)
        #expect(k.path == .work("KKT01"))
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
        let w = Session(AppState(data: board, path: .works, width: 120, height: 40))
        #expect(w.text.contains("Chưa có công trình nào"))
    }

    @Test("English wording: the tasks panel is Assignments, a zone's share leased is Occupied")
    func wording() {
        let s = Session(ScreenFixture.state(width: 120, height: 40, lang: .en))
        #expect(s.text.contains("Assignments") && !s.text.contains("Committee tasks"))
        #expect(s.text.contains("Occupied") && !s.text.contains("Leased"))
    }
}
