import BoardModel
import Testing

@testable import BoardView

// Issue 11, item 7: `n`/`p` follow the list on screen, its sort and its
// filter; after stepping, Esc returns with the selection on the last item
// viewed.

@Suite("Stepping in the list's order")
struct StepOrderTests {
    /// Where Enter leads from each row of the focused list, in order.
    static func targets(_ s: Session) -> [ScreenPath] { ScreenLists.model(s.state).targets.compactMap { $0 } }

    /// Enter on the first row, then `n` round the list: the screens seen.
    static func stepped(_ s: inout Session, count: Int) -> [ScreenPath] {
        s.press(.home, .enter)
        var seen = [s.path]
        for _ in 1..<count {
            s.press(.char("n"))
            seen.append(s.path)
        }
        return seen
    }

    @Test("Gates sorted by name: n goes in that order, not the file's; Esc lands on the last gate seen")
    func gatesByName() {
        var s = Session(ScreenFixture.state(width: 120, height: 40))
        s.press(.char("s"))
        let order = Self.targets(s)
        #expect(order == [.gate("HOKIEU"), .gate("KIMTHANH"), .gate("LOCOCHIN"), .gate("MUONGKHUONG")])
        #expect(Self.stepped(&s, count: 4) == order)
        s.press(.escape)
        #expect(s.path == .overview && s.selection == 3)
        #expect(s.isSelected("Mường Khương"))
        // p from the first wraps to the last, as the list shows it.
        s.press(.home, .enter, .char("p"))
        #expect(s.path == .gate("MUONGKHUONG"))
    }

    @Test("A filtered list: n steps through the rows the filter shows")
    func filtered() {
        var s = Session(ScreenFixture.state(width: 120, height: 40))
        s.press(.char("2"), .char("/"))
        s.type("khu cong")
        s.press(.enter)
        let order = Self.targets(s)
        #expect(order.count == 2)
        #expect(Self.stepped(&s, count: 3) == order + [order[0]])
    }

    @Test("Works by budget, on the panel and on the works screen: n follows the sort")
    func worksBySort() {
        var s = Session(ScreenFixture.state(width: 120, height: 40))
        s.press(.char("3"), .char("s"))
        let order = Self.targets(s)
        #expect(order.first == .work("KKT01"))
        #expect(Self.stepped(&s, count: order.count) == order)
        s.press(.escape)
        #expect(s.selection == order.count - 1)

        var w = Session(ScreenFixture.state(.works, width: 120, height: 40))
        w.press(.char("s"), .char("s"))
        let shown = Self.targets(w)
        #expect(Self.stepped(&w, count: shown.count) == shown)
    }
}
