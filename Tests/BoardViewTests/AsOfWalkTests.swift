import BoardModel
import BoardView
import Testing

// Walking the as-of date on the sample data (latest observation
// 2024-03-31): `<` and `>` a month (a day on a gate's screen), `=` back to
// the latest. Each step draws exactly what `--as-of` that date draws.

@Suite("Walking the as-of date")
struct AsOfWalkTests {
    static let sample: BoardData = try! ScreenFixture.sampleBoard()

    /// The sample board as `--as-of date` reads it.
    static func board(asOf: String?) -> BoardData {
        BoardData(
            dataSet: sample.dataSet, problems: sample.problems, asOf: asOf.map { Day($0)! },
            fallback: ScreenFixture.asOf, folder: "Data")
    }

    static func session(_ path: ScreenPath = .overview, asOf: String? = nil, width: Int = 120) -> Session {
        Session(AppState(data: board(asOf: asOf), lang: .vi, path: path, width: width, height: 40))
    }

    /// The screen without its footer (which holds the step's message).
    static func screen(_ s: Session) -> [String] { Array(s.lines.dropLast()) }

    @Test("Months back across the year boundary: 31/3 → 29/2 → 31/1 → 31/12/2023, as --as-of draws them")
    func backAcrossTheYear() {
        var s = Self.session()
        #expect(s.state.data.asOf == Day("2024-03-31"))
        #expect(!s.header.contains("Xem lại"))
        for expected in ["2024-02-29", "2024-01-31", "2023-12-31"] {
            s.press(.char("<"))
            #expect(s.state.data.asOf == Day(expected))
            #expect(s.state.asOfChoice == .date(Day(expected)!))
            // The same screen as the dashboard started with --as-of.
            let direct = Self.session(asOf: expected)
            #expect(Self.screen(s) == Self.screen(direct))
        }
        // Every figure is 2023's now: the year, its trade, the header.
        let t = s.state.data.summary.trade.ytd
        #expect(t.year == 2023)
        #expect(t.total == 2_104_265_830)
        #expect(s.header.contains("◂ Xem lại: đến ngày 31/12/2023 (mới nhất 31/03/2024)"))
        #expect(s.footer.contains("Đến ngày 31/12/2023"))
        // KCN04 had not started: preparing in the works panel, "not
        // started" on the works screen.
        #expect(s.lines.contains { $0.contains("Duy tu, sửa chữa đường n") && $0.contains("… chuẩn bị") })
        var works = Self.session(.works)
        works.press(.char("<"), .char("<"), .char("<"))
        #expect(works.row(containing: "KCN04").map { works.lines[$0].contains("chưa khởi công") } == true)
    }

    @Test("Pictures: the sample overview at the end of 2023; works without history say they show today's state")
    func pictures() {
        var s = Self.session()
        s.press(.char("<"), .char("<"), .char("<"))
        assertPicture(s.frame.canvas, named: "walk-sample-overview-2023-12-31-120x40", styles: true)
        // The screen fixture has no works_updates.csv: looking back, the
        // works panel and a work's screen say the state is today's.
        var f = Session(ScreenFixture.state(width: 80, height: 24))
        f.press(.char("<"))
        #expect(f.state.data.asOf == Day("2024-02-29"))
        #expect(f.text.contains("△ Trạng thái hiện tại"))
        assertPicture(f.frame.canvas, named: "walk-fixture-overview-2024-02-29-80x24")
        var w = Session(ScreenFixture.state(.work("KCN01"), width: 80, height: 24))
        w.press(.char("<"))
        #expect(w.text.contains("trạng thái hiện tại, không phải ngày xem"))
    }

    @Test("Forward stops at the latest; = returns to it; the comma and full stop do the same as < and >")
    func forwardAndLatest() {
        var s = Self.session(asOf: "2023-11-30")
        #expect(s.header.contains("Xem lại"))
        s.press(.char(">"))
        #expect(s.state.data.asOf == Day("2023-12-31"))
        s.press(.char("."))
        #expect(s.state.data.asOf == Day("2024-01-31"))
        s.press(.char(","))
        #expect(s.state.data.asOf == Day("2023-12-31"))
        s.press(.char("="))
        #expect(s.state.data.asOf == Day("2024-03-31"))
        #expect(s.state.asOfChoice == .latest)
        #expect(!s.header.contains("Xem lại"))
        #expect(Self.screen(s) == Self.screen(Self.session()))
        // Already at the latest: nothing moves, and the footer says why.
        s.press(.char(">"))
        #expect(s.state.data.asOf == Day("2024-03-31"))
        #expect(s.footer.contains("Đã ở ngày có dữ liệu mới nhất (31/03/2024)"))
        // A month forward from 2024-03-15 would pass the latest: it stops there.
        var mid = Self.session(asOf: "2024-03-15")
        mid.press(.char(">"))
        #expect(mid.state.data.asOf == Day("2024-03-31"))
        #expect(mid.state.asOfChoice == .latest)
    }

    @Test("On a gate's screen a step is a day, and its crossings are those of the new day")
    func aDayOnAGate() {
        var s = Self.session(.gate("KIMTHANH"))
        s.press(.char("<"))
        #expect(s.state.data.asOf == Day("2024-03-30"))
        #expect(Self.screen(s) == Self.screen(Self.session(.gate("KIMTHANH"), asOf: "2024-03-30")))
        #expect(s.text.contains("Cơ cấu hàng hóa ngày 30/03/2024"))
        #expect(s.state.data.summary.crossings.total.vehicles == 281)  // crossings/2024-03-30.csv
        s.press(.char("<"), .char("<"))
        // 2024-03-28: before the log's first day, no figure rather than 0.
        #expect(s.state.data.asOf == Day("2024-03-28"))
        #expect(s.text.contains("nhật ký không có ngày 28/03/2024"))
        // Back on the overview the step is a month again.
        s.press(.escape, .char("<"))
        #expect(s.state.data.asOf == Day("2024-02-28"))
    }

    @Test("Back stops at the earliest observation")
    func earliest() throws {
        let first = try #require(Self.sample.earliest)
        var s = Self.session(asOf: first.addingMonths(1).description)
        s.press(.char("<"))
        #expect(s.state.data.asOf == first)
        s.press(.char("<"))
        #expect(s.state.data.asOf == first)
        #expect(s.footer.contains("Không có dữ liệu trước ngày"))
    }

    @Test("A reload keeps the date walked to; after = it follows the latest")
    func reloadKeepsTheDate() {
        var app = App(Self.session().state)
        app.handle([.key(.char("<"))])
        #expect(app.state.data.asOf == Day("2024-02-29"))
        // New data arrives (read for the latest date, as the loop reads it).
        app.handle([.data(Self.board(asOf: nil))])
        #expect(app.state.data.asOf == Day("2024-02-29"))
        app.handle([.key(.char("="))])
        app.handle([.data(Self.board(asOf: "2023-06-30"))])
        #expect(app.state.data.asOf == Day("2024-03-31"))
    }

    @Test("The keys are in help and in the key tables, on every screen")
    func documented() {
        for context in [KeyContext.overview, .list, .unit, .task, .detail] {
            let actions = KeyMap.bindings(context).map(\.action)
            #expect(actions.contains(.asOfBack) && actions.contains(.asOfForward) && actions.contains(.asOfLatest))
        }
        #expect(KeyMap.action(for: .char("<"), in: .list) == .asOfBack)
        #expect(KeyMap.action(for: .char(">"), in: .task) == .asOfForward)
        #expect(KeyMap.action(for: .char("="), in: .detail) == .asOfLatest)
        // Typing a filter, `<` is text.
        #expect(KeyMap.action(for: .char("<"), in: .filter) == .filterType("<"))
    }

    @Test("Months: the last day stays the last day; other days are kept where they exist")
    func monthArithmetic() {
        #expect(Day("2024-03-31")!.addingMonths(-1) == Day("2024-02-29"))
        #expect(Day("2024-02-29")!.addingMonths(-1) == Day("2024-01-31"))
        #expect(Day("2024-01-31")!.addingMonths(-1) == Day("2023-12-31"))
        #expect(Day("2023-12-31")!.addingMonths(1) == Day("2024-01-31"))
        #expect(Day("2024-01-30")!.addingMonths(1) == Day("2024-02-29"))
        #expect(Day("2024-03-15")!.addingMonths(-1) == Day("2024-02-15"))
        #expect(Day("2023-02-28")!.addingMonths(12) == Day("2024-02-29"))  // a last day
    }
}
