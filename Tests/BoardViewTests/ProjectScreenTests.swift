import BoardModel
import Testing

@testable import BoardView

// The projects panel, the all-projects screen with its filters and orders,
// one project (timeline, checklist, where Enter leads, n/p), and the plans
// screen, driven by keys through the app's event handler on the fixture:
// DA-TL-001 … 005 in KCN Tằng Loỏng, DA-DP-001 (appraised on 03-27,
// licensed only on 04-20, after the as-of date) and DA-BQ-001 in a cluster.

@Suite("Projects and plans screens")
struct ProjectScreenTests {
    /// The ids on screen, top to bottom, among `ids`.
    static func order(_ s: Session, _ ids: [String]) -> [String] {
        // The rows, not the strip under them that names the selected one.
        s.lines.compactMap { line in ids.first { line.contains($0 + " ") && !line.contains("── " + $0) } }
    }

    static let ids = ["DA-TL-001", "DA-TL-002", "DA-TL-003", "DA-TL-004", "DA-TL-005", "DA-DP-001", "DA-BQ-001"]

    @Test("The overview's P and K open every project and the plans; each is hinted while its panel is focused")
    func linksFromTheOverview() {
        var s = Session(ScreenFixture.state(width: 120, height: 40))
        #expect(!s.footer.contains("mọi dự án") && !s.footer.contains("quy hoạch chi tiết"))
        s.press(.char("5"))
        #expect(s.footer.contains("P mọi dự án") && !s.footer.contains("quy hoạch"))
        s.press(.char("4"))
        #expect(s.footer.contains("K quy hoạch chi tiết") && !s.footer.contains("mọi dự án"))
        // The keys work whichever panel is focused.
        s.press(.char("1"), .char("P"))
        #expect(s.path == .projects)
        #expect(s.header.contains("Tổng quan › Dự án"))
        s.press(.escape, .char("K"))
        #expect(s.path == .plans)
        s.press(.escape)
        #expect(s.path == .overview)
    }

    @Test("The projects panel lists the year's events of the remit, latest first; Enter opens the project")
    func panel() throws {
        var s = Session(ScreenFixture.state(width: 120, height: 40))
        #expect(s.text.contains("Theo dõi 5 dự án · năm 2024: 1 cấp mới, 1 điều chỉnh · 1 thu hồi · 3 thiếu thủ tục"))
        // Said once: the line under the capital says only what is counted.
        #expect(!s.text.contains("cấp mới, điều chỉnh"))
        #expect(!s.text.contains("cấp mới 1"))
        #expect(s.text.contains("Mọi số liệu và sự kiện: chỉ dự án trong KCN và KKT, không tính CCN"))
        // DA-BQ-001 (licensed in 2024) is in a cluster: not listed here.
        #expect(!s.text.contains("Xưởng chế biến gỗ"))
        s.press(.char("5"))
        #expect(s.isSelected("27/03/2024 đang thẩm định"))
        s.press(.down, .enter)
        #expect(s.path == .project("DA-TL-003"))
    }

    @Test("Enter on the projects panel with no row (nothing this year, or filtered out) opens every project")
    func emptyPanelOpensAllProjects() {
        var s = Session(ScreenFixture.state(width: 120, height: 40))
        s.press(.char("5"), .char("/"), .char("x"), .char("y"), .char("x"), .enter)
        #expect(s.path == .overview)
        s.press(.enter)
        #expect(s.path == .projects)
        // Another panel with no row opens nothing.
        var t = Session(ScreenFixture.state(width: 120, height: 40))
        t.press(.char("2"), .char("/"), .char("x"), .char("y"), .char("x"), .enter, .enter)
        #expect(t.path == .overview)
    }

    @Test("Every project known on the date, the latest change first; counts say how many show")
    func allProjects() {
        let s = Session(ScreenFixture.state(.projects, width: 120, height: 40))
        // DA-DP-001 counts as appraised on 03-27: its licence (04-20) is later.
        #expect(
            Self.order(s, Self.ids) == [
                "DA-DP-001", "DA-TL-003", "DA-TL-002", "DA-BQ-001", "DA-TL-004", "DA-TL-005", "DA-TL-001",
            ])
        #expect(s.text.contains("Hiển thị 7/7 · không lọc"))
        #expect(s.row(containing: "DA-DP-001").map { s.lines[$0].contains("đang thẩm định") } == true)
        // A stopped project carries its mark, not only a colour.
        #expect(s.row(containing: "DA-TL-004").map { s.lines[$0].contains("✗") } == true)
        #expect(s.row(containing: "DA-TL-002").map { s.lines[$0].contains("môi trường") } == true)
    }

    @Test("z cycles the zone: the remit, then each zone, then all")
    func zoneFilter() {
        var s = Session(ScreenFixture.state(.projects, width: 120, height: 40))
        s.press(.char("z"))
        #expect(s.text.contains("Hiển thị 6/7 · lọc: KCN và KKT"))
        #expect(!Self.order(s, Self.ids).contains("DA-BQ-001"))
        s.press(.char("z"))
        #expect(s.text.contains("khu: KCN Tằng Loỏng") && Self.order(s, Self.ids).count == 5)
        s.press(.char("z"))
        #expect(Self.order(s, Self.ids) == ["DA-DP-001"])
        s.press(.char("z"))
        #expect(Self.order(s, Self.ids) == ["DA-BQ-001"])
        s.press(.char("z"))
        #expect(s.text.contains("Hiển thị 7/7 · không lọc"))
    }

    @Test("t cycles the status (not revoked, then each); m a missing procedure (any, then each)")
    func statusAndMissing() {
        var s = Session(ScreenFixture.state(.projects, width: 120, height: 40))
        s.press(.char("t"))
        #expect(s.text.contains("chưa thu hồi") && !Self.order(s, Self.ids).contains("DA-TL-004"))
        s.press(.char("t"))
        #expect(Self.order(s, Self.ids) == ["DA-DP-001"])  // appraising
        // Back to every status: six more presses (licensed … revoked, then all).
        s.press(.char("t"), .char("t"), .char("t"), .char("t"), .char("t"))
        #expect(Self.order(s, Self.ids) == ["DA-TL-004"])  // revoked
        s.press(.char("t"), .char("m"))
        #expect(Self.order(s, Self.ids) == ["DA-TL-003", "DA-TL-002", "DA-TL-005"])
        #expect(s.text.contains("lọc: thiếu thủ tục"))
        // Then each missing procedure, in the known order.
        s.press(.char("m"))
        #expect(s.text.contains("thiếu: đất đai") && Self.order(s, Self.ids) == ["DA-TL-003"])
        s.press(.char("m"))
        #expect(Self.order(s, Self.ids) == ["DA-TL-002"])  // environment
        s.press(.char("m"))
        #expect(Self.order(s, Self.ids) == ["DA-TL-005"])  // construction
        s.press(.char("m"))
        #expect(s.text.contains("không lọc"))
    }

    @Test("/ finds an investor's projects, diacritics ignored; s sorts by capital, then name")
    func searchAndSort() {
        var s = Session(ScreenFixture.state(.projects, width: 120, height: 40))
        s.press(.char("/"))
        s.type("khoang san hai nam")
        #expect(Self.order(s, Self.ids) == ["DA-TL-003"])
        #expect(s.text.contains("tìm 'khoang san hai nam'"))
        s.press(.escape)
        #expect(Self.order(s, Self.ids).count == 7)
        s.press(.char("s"))
        // 1,250 · 891.3 · 119.6 · 64.8 · 30, then those without a figure by id.
        #expect(
            Self.order(s, Self.ids) == [
                "DA-TL-001", "DA-TL-002", "DA-TL-003", "DA-TL-005", "DA-BQ-001", "DA-DP-001", "DA-TL-004",
            ])
        s.press(.char("s"))
        #expect(s.footer.hasPrefix("Sắp xếp: tên"))
        // Kho, Nhà máy luyện, Nhà máy sản xuất bao bì, … phân bón, … tuyển, Xưởng chế biến gỗ, … nông sản.
        #expect(
            Self.order(s, Self.ids) == [
                "DA-TL-003", "DA-TL-002", "DA-TL-005", "DA-TL-001", "DA-TL-004", "DA-BQ-001", "DA-DP-001",
            ])
        // The selection stayed on its project through the sort: to the top first.
        s.press(.home, .enter)
        #expect(s.path == .project("DA-TL-003"))
    }

    @Test("One project: its timeline (later events dimmed), checklist; Enter opens its zone or an assignment")
    func oneProject() throws {
        var s = Session(ScreenFixture.state(.project("DA-TL-002"), width: 120, height: 40))
        #expect(s.text.contains("điều chỉnh từ 10/02/2024"))
        #expect(s.text.contains("18/04/2023  cấp mới") && s.text.contains("640,0 tỷ"))
        #expect(s.text.contains("Tăng vốn, mở rộng diện tích") && s.text.contains("lô G8"))
        #expect(s.text.contains("môi trường") && s.text.contains("còn thiếu"))
        #expect(s.text.contains("Vốn thực hiện  120,0 tỷ đồng (13,5%)"))
        // XT01's report names the project by id.
        #expect(s.text.contains("nhiệm vụ  XT01"))
        s.press(.enter)
        #expect(s.path == .zone("TANGLOONG"))
        s.press(.escape, .down, .enter)
        #expect(s.path == .task(unit: "BQLKKT", task: "XT01"))

        var later = Session(ScreenFixture.state(.project("DA-DP-001"), width: 120, height: 40))
        #expect(later.text.contains("đang thẩm định từ 27/03/2024"))
        // Below the header (which names the latest data, 20/04/2024, too).
        let row = try #require(later.lines.indices.dropFirst().first { later.lines[$0].contains("20/04/2024") })
        #expect(later.lines[row].contains("(sau ngày xem)"))
        later.press(.escape)
        #expect(later.path == .projects)
    }

    @Test("n and p step through the projects in the order of the list below")
    func stepping() {
        var s = Session(ScreenFixture.state(.projects, width: 120, height: 40))
        s.press(.down, .down, .enter)
        #expect(s.path == .project("DA-TL-002"))
        s.press(.char("n"))
        #expect(s.path == .project("DA-BQ-001"))
        s.press(.char("p"), .char("p"))
        #expect(s.path == .project("DA-TL-003"))
        // From a zone's list, its own order (by status).
        var z = Session(ScreenFixture.state(.zone("TANGLOONG"), width: 120, height: 40))
        z.press(.enter)
        guard case .project(let first) = z.path else { return #expect(Bool(false), "Enter opened \(z.path)") }
        z.press(.char("n"))
        #expect(z.path != .project(first))
        z.press(.char("p"))
        #expect(z.path == .project(first))
    }

    @Test("A project not yet in existence on the date, and an unknown id, say so")
    func notYet() {
        var d = ScreenFixture.dataSet
        d.projectEvents.removeAll { $0.projectID == "DA-DP-001" && $0.event == .appraising }
        let board = BoardData(dataSet: d, problems: [], asOf: ScreenFixture.asOf, fallback: ScreenFixture.asOf)
        let s = Session(AppState(data: board, path: .project("DA-DP-001"), width: 100, height: 30))
        #expect(s.text.contains("chưa có tính đến 31/03/2024"))
        #expect(s.text.contains("không: chưa có đến ngày này"))
        let missing = Session(ScreenFixture.state(.project("DA-NOPE"), width: 80, height: 24))
        #expect(missing.text.contains("Không có dự án 'DA-NOPE'"))
    }

    @Test("Plans: the least advanced first; Enter opens the assignment, u the lead unit")
    func plans() {
        var s = Session(ScreenFixture.state(.plans, width: 120, height: 40))
        #expect(s.text.contains("4 đồ án: 1 đã phê duyệt · 1 thẩm định · 1 lập đồ án · 1 mới giao"))
        #expect(s.text.contains("UBND Bát Xát 2 (1 đã duyệt) · BQL KKT 2 (0 đã duyệt)"))
        #expect(Self.order(s, ["QHCT03", "QHCT04", "QHCT09", "QHCT10"]) == ["QHCT10", "QHCT03", "QHCT04", "QHCT09"])
        #expect(s.row(containing: "QHCT09").map { s.lines[$0].contains("3187/QĐ-UBND") } == true)
        // QHCT10 has no assignment: Enter stays.
        s.press(.enter)
        #expect(s.path == .plans)
        s.press(.char("u"))
        #expect(s.path == .unit("BATXAT"))
        s.press(.escape, .down, .enter)
        #expect(s.path == .task(unit: "BQLKKT", task: "QH03"))
    }

    @Test("The zone screen's projects open on Enter, with their status as of the date")
    func zoneProjects() {
        var s = Session(ScreenFixture.state(.zone("DONGPHOMOI"), width: 120, height: 40))
        #expect(s.row(containing: "DA-DP-001").map { s.lines[$0].contains("đang thẩm định") } == true)
        #expect(s.footer.hasPrefix("Enter"))
        s.press(.enter)
        #expect(s.path == .project("DA-DP-001"))
    }

    @Test("A typed filter matches within one project's search text, never across two")
    func filterMatchesWithinOneProject() {
        let keys = ProjectIndex.Built(text: Array("ab\u{0}cd\u{0}bc\u{0}".utf8), ends: [2, 5, 8], byName: [])
        #expect(keys.matching(Array("b".utf8)) == [true, false, true])
        // "ab" then "cd": no "bc" across the two.
        #expect(keys.matching(Array("bc".utf8)) == [false, false, true])
        #expect(keys.matching(Array("cd".utf8)) == [false, true, false])
        #expect(keys.matching(Array("abcd".utf8)) == [false, false, false])
        #expect(keys.matching([]) == [true, true, true])
    }

    @Test("Thousands of projects: only the rows in view are drawn, and End, PgUp and a click reach any")
    func manyProjects() throws {
        var d = ScreenFixture.dataSet
        for i in 0..<3000 {
            let id = "DA-X-\(i)"
            d.projects.append(
                Project(
                    id: id, name: "Dự án số \(i)", zoneID: "TANGLOONG", capitalBnVND: Double(i),
                    status: .licensed, statusOn: ScreenFixture.day("2020-01-01") + i % 1000))
            d.projectEvents.append(
                ProjectEvent(
                    projectID: id, on: ScreenFixture.day("2020-01-01") + i % 1000, event: .licensed,
                    capitalBnVND: Double(i)))
        }
        let board = BoardData(dataSet: d, problems: [], asOf: ScreenFixture.asOf, fallback: ScreenFixture.asOf)
        var s = Session(AppState(data: board, path: .projects, width: 120, height: 40))
        #expect(s.text.contains("Hiển thị 3007/3007"))
        s.press(.char("s"), .home)  // capital: DA-X-2999 first (the selection kept its project)
        #expect(s.isSelected("DA-X-2999"))
        s.press(.end)
        #expect(s.selection == 3006 && s.isSelected("DA-TL-004"))
        s.press(.pageUp)
        let row = try #require(s.point(of: "DA-X-10 "))
        s.press(.mouse(MouseEvent(.press, x: row.x, y: row.y)))
        #expect(s.isSelected("DA-X-10 "))
        s.press(.enter)
        #expect(s.path == .project("DA-X-10"))
        // The typed filter matches the folded keys made once.
        s.press(.escape, .char("/"))
        s.type("so 2998")
        #expect(s.text.contains("Hiển thị 1/3007"))
    }
}

@Suite("Projects panel and reports agree")
struct ProjectAgreementTests {
    @Test("The sample's panel shows the JSON report's project figures")
    func sample() throws {
        let board = try ScreenFixture.sampleBoard()
        let json = JSONReport.render(board.summary)
        let p = board.summary.projects
        #expect(json.contains("\"monitored\": \(p.monitored)"))
        #expect(json.contains("\"licensed_or_adjusted\": \(p.licensedOrAdjustedInYear)"))
        let s = Session(AppState(data: board, width: 120, height: 40))
        #expect(json.contains("\"licensed\": \(p.licensedInYear)"))
        #expect(json.contains("\"adjusted\": \(p.adjustedInYear)"))
        // Every project licensed or adjusted in 2024 was one or the other, not both.
        #expect(p.licensedInYear + p.adjustedInYear == p.licensedOrAdjustedInYear)
        #expect(
            s.text.contains(
                "Theo dõi \(p.monitored) dự án · năm 2024: \(p.licensedInYear) cấp mới, \(p.adjustedInYear) điều chỉnh · \(p.revokedInYear) thu hồi"
            ))
        let registered = try #require(p.registeredBnVND)
        let implemented = try #require(p.implementedBnVND)
        #expect(
            s.text.contains(
                Formats.bnVNDShort(implemented, .vi) + " / " + Formats.bnVNDShort(registered, .vi) + " tỷ đồng"))
        // At the end of 2023: the review's 188, 27 and 2.
        let y2023 = BoardData(
            dataSet: board.dataSet, problems: [], asOf: Day(year: 2023, month: 12, day: 31)!,
            fallback: ScreenFixture.asOf)
        let t = Session(AppState(data: y2023, width: 120, height: 40))
        // 20 licensed and 9 adjusted are 27 projects: 2 were both (Data/README.md).
        #expect(t.text.contains("Theo dõi 188 dự án · năm 2023: 20 cấp mới, 9 điều chỉnh (27 dự án) · 2 thu hồi"))
    }
}

@Suite("Project screen paths")
struct ProjectScreenPathTests {
    @Test("projects, projects/ID and plans parse, print back and open with the screens behind them")
    func paths() {
        #expect(ScreenPath("projects") == .projects)
        #expect(ScreenPath("projects/DA-TL-002/") == .project("DA-TL-002"))
        #expect(ScreenPath("plans") == .plans)
        #expect(ScreenPath("plans/x") == nil)
        for p in [ScreenPath.projects, .project("DA-TL-002"), .plans] { #expect(ScreenPath(p.description) == p) }
        #expect(ScreenPath.project("X").trail == [.overview, .projects, .project("X")])
        #expect(ScreenPath.plans.trail == [.overview, .plans])
        #expect(ScreenPath.project("DA-TL-002").exists(in: ScreenFixture.dataSet))
        #expect(!ScreenPath.project("DA-NOPE").exists(in: ScreenFixture.dataSet))
    }
}
