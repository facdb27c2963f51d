import BoardModel
import Testing

@testable import BoardView

// Issue 11, item 9: every sort can be turned round (`S`), the selection
// stays on its item, the works panel sorts by due date and the cargo list
// by value, and names sort in Vietnamese alphabetical order.

@Suite("Sorting")
struct SortKeyTests {
    static func targets(_ s: Session) -> [ScreenPath] { ScreenLists.model(s.state).targets.compactMap { $0 } }

    @Test("Vietnamese order: a ă â … o ô ơ, tones after letters; Hóa Chư Phùng before Hồ Kiều")
    func collation() {
        #expect(CollationKey("Hóa Chư Phùng") < CollationKey("Hồ Kiều"))
        let words = [
            "ơ", "ô", "o", "b", "â", "ă", "a", "đ", "d", "ư", "u", "Ó", "ò", "ọ", "Đông", "Dương", "Hồ", "Hồng",
        ]
        #expect(
            words.sorted { CollationKey($0) < CollationKey($1) }
                == [
                    "a", "ă", "â", "b", "d", "Dương", "đ", "Đông", "Hồ", "Hồng", "o", "ò", "Ó", "ọ", "ô", "ơ", "u", "ư",
                ])
        // Code-point order gets it wrong, which is why the key exists.
        #expect("Hồ Kiều" < "Hóa Chư Phùng" || Filtering.key("Hồ Kiều") < Filtering.key("Hóa Chư Phùng"))
    }

    @Test("Gates by name on the sample data: Hóa Chư Phùng before Hồ Kiều")
    func gatesByName() throws {
        var state = ScreenFixture.state(width: 120, height: 40)
        state.data = try ScreenFixture.sampleBoard()
        var s = Session(state)
        s.press(.char("s"))
        let order = Self.targets(s)
        let hoa = try #require(order.firstIndex(of: .gate("HOACHUPHUNG")))
        let ho = try #require(order.firstIndex(of: .gate("HOKIEU")))
        #expect(hoa < ho)
    }

    @Test("S turns the order round and back; the corner says so; the selection stays on its gate")
    func reverse() {
        var s = Session(ScreenFixture.state(width: 120, height: 40))
        let order = Self.targets(s)
        s.press(.down)
        let selected = order[1]
        s.press(.char("S"))
        #expect(Self.targets(s) == order.reversed())
        #expect(s.state.screen.list.reversed)
        #expect(Self.targets(s)[s.selection] == selected)
        #expect(s.footer.hasPrefix("Sắp xếp: kim ngạch, ngược lại"))
        #expect(s.lines[1].contains("↕ kim ngạch, ngược"))
        s.press(.char("S"))
        #expect(Self.targets(s) == order && s.selection == 1)
        #expect(!s.lines[1].contains("↕"))
        // s goes to the next order the right way round.
        s.press(.char("S"), .char("s"))
        #expect(!s.state.screen.list.reversed && s.state.screen.list.sort == 1)
        #expect(Self.targets(s)[s.selection] == selected)
    }

    @Test("The works panel sorts by due date (none last), reversible")
    func worksByDue() {
        var s = Session(ScreenFixture.state(width: 120, height: 40))
        s.press(.char("3"), .char("s"), .char("s"), .char("s"))
        #expect(s.footer.hasPrefix("Sắp xếp: hạn hoàn thành"))
        let ids = Self.targets(s).map(\.description)
        let due = s.state.data.dataSet.works.reduce(into: [String: Int]()) {
            $0["works/" + $1.id] = $1.dueOn?.daysSinceEpoch ?? Int.max
        }
        #expect(ids.map { due[$0]! } == ids.map { due[$0]! }.sorted())
        #expect(ids.first == "works/HTCK01" && due[ids.last!] == Int.max)
    }

    @Test("A gate's cargo sorts by value; the selection follows its cargo")
    func cargoByValue() {
        var s = Session(ScreenFixture.state(.gate("KIMTHANH"), width: 120, height: 40))
        let model = { ScreenLists.model(s.state).identities.compactMap { $0 } }
        let first = model()[0]
        s.press(.char("s"), .char("s"), .char("s"))
        #expect(s.footer.hasPrefix("Sắp xếp: giá trị"))
        let rows = GateScreen.items(s.state.screen.list, s.state.screen, Ctx(s.state))
        #expect(rows.map(\.counts.valueUSD) == rows.map(\.counts.valueUSD).sorted(by: >))
        #expect(model()[s.selection] == first)
    }

    @Test("The sorted column is marked in the header once an order is chosen: ▾ as sorted, ▴ turned round")
    func headerMark() {
        var s = Session(ScreenFixture.state(width: 120, height: 40))
        #expect(!s.text.contains("▾") && !s.text.contains("▴"))
        s.press(.char("s"))
        #expect(s.text.contains("Cửa khẩu▾"))
        s.press(.char("s"), .char("s"), .char("S"))
        #expect(s.text.contains("Lũy kế▴"))
        var w = Session(ScreenFixture.state(.works, width: 120, height: 40))
        w.press(.char("s"))
        #expect(w.text.contains("Tổng mức▾"))
        var a = Session(ScreenFixture.state(width: 120, height: 40, charset: .ascii))
        a.press(.char("S"))
        #expect(a.text.contains("Luy ke^"))
    }
}
