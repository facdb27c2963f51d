import BoardModel
import BoardView
import Foundation
import Testing

// Issue 10, item 1: no screen or report ever prints 0 for a value the data
// does not hold, in any language, at any as-of date.
//
// How it checks: the sample data set is taken with each of its few true
// zeros (a 0 % progress report, a disbursement of 0, a zone with 0 ha
// leased) made non-zero, so that in the data checked no amount, share or
// progress figure is 0. Any 0 such a figure shows is then made up: a sum
// over nothing, a share of nothing. Every screen (overview, each gate,
// zone, work, unit and assignment, the lists) and every report and brief
// (Markdown, JSON, CSV; Vietnamese and English) is drawn at as-of dates
// before, inside, between and after the data's months and crossing days,
// and searched for a zero *amount*: a 0 with a unit (USD, tỷ, bn, M, ha,
// tấn…), a 0 percent, or a zero with decimals (counts are integers, and a
// count of 0 things is a true figure). In JSON and CSV, every money, share
// and percentage key is checked to be non-zero (`null`/empty when absent).

enum NoZeroData {
    /// The sample with its true zeros made non-zero.
    static let board: BoardData = {
        var d = try! ScreenFixture.sampleBoard().dataSet
        d.taskUpdates = d.taskUpdates.map { u in
            var u = u
            if u.progressPct == 0 { u.progressPct = 1 }
            return u
        }
        d.works = d.works.map { w in
            var w = w
            if w.disbursedBnVND == 0 { w.disbursedBnVND = 1.3 }
            if w.progressPct == 0 { w.progressPct = 5 }
            return w
        }
        d.worksUpdates = d.worksUpdates.map { u in
            var u = u
            if u.disbursedBnVND == 0 { u.disbursedBnVND = 2.5 }
            if u.progressPct == 0 { u.progressPct = 1 }
            return u
        }
        d.zones = d.zones.map { z in
            var z = z
            if z.leasedHa == 0 { z.leasedHa = 1 }
            return z
        }
        return BoardData(dataSet: d, problems: [], asOf: nil, fallback: ScreenFixture.asOf, folder: "Data")
    }()

    /// Before the data, inside 2023, the end of 2023, a day without a
    /// crossing log, the first and last days of the log, after the data.
    static let dates = [
        "2022-06-30", "2023-01-15", "2023-06-30", "2023-12-31", "2024-02-15", "2024-03-29", "2024-03-31", "2024-07-31",
    ].map { Day($0)! }

    static let zeroAmount: [String] = [
        // 0 with a unit of money, area or weight.
        #"(?<![\d.,:/+\-])0(?:[.,]0+)?\s?(?:USD|tỷ|triệu|tr\b|nghìn|bn|M\b|ha\b|tấn|t\b)"#,
        // 0 percent.
        #"(?<![\d.,:/+\-])0(?:[.,]0+)?\s?%"#,
        // A zero with decimals.
        #"(?<![\d.,:/+\-])0[.,]0+(?![\d])"#,
    ]

    /// The zero amounts in a text, with their lines. `onTimeZero`: names
    /// of units none of whose done lead assignments was on time: on their
    /// lines "0%" is a true share of assignments (0 of n), not an amount.
    static func zeros(in text: String, onTimeZero: [String] = []) -> [String] {
        let patterns = zeroAmount.map { try! NSRegularExpression(pattern: $0) }
        return text.split(separator: "\n").compactMap { line in
            let l = String(line)
            guard l.contains("0") else { return nil }
            let countShare =
                onTimeZero.contains { l.contains($0) } || l.contains("0% on time") || l.contains("đúng hạn 0%")
            let found = patterns.enumerated().contains { i, p in
                (i != 1 || !countShare) && p.firstMatch(in: l, range: NSRange(l.startIndex..., in: l)) != nil
            }
            return found ? l : nil
        }
    }

    static func onTimeZero(_ s: BoardSummary) -> [String] {
        s.tasks.allUnits.filter { $0.onTimePct == 0 }.flatMap {
            [$0.unit.name] + ($0.unit.shortName.map { [$0] } ?? [])
        }
    }

    /// Keys of JSON and figures of CSV that are amounts, shares or
    /// percentages of amounts (never counts).
    static func isAmount(_ key: String) -> Bool {
        if key == "on_time_pct" { return false }  // a share of assignments: 0 of 1 on time is true
        return key.hasSuffix("_usd") || key.hasSuffix("_bn_vnd") || key.hasSuffix("share") || key.hasSuffix("_pct")
            || key == "occupancy" || key.hasSuffix("_ha") || key.hasPrefix("budget_by_status")
    }
}

@Suite("No made-up zero")
struct NoMadeUpZeroTests {
    @Test("No screen shows a zero amount the data does not hold, at any as-of date, in either language")
    func screens() {
        var found: [String] = []
        for asOf in NoZeroData.dates {
            let board = NoZeroData.board.at(asOf)
            for path in everyScreen(board.dataSet) {
                for lang in [Lang.vi, .en] {
                    let sizes = path == .overview ? [(120, 40), (80, 24), (200, 60)] : [(120, 40)]
                    for (w, h) in sizes {
                        let text = Renderer.render(AppState(data: board, lang: lang, path: path, width: w, height: h))
                            .canvas.lines.joined(separator: "\n")
                        found += NoZeroData.zeros(in: text, onTimeZero: NoZeroData.onTimeZero(board.summary)).map {
                            "\(asOf) \(path) \(lang) \(w)x\(h): \($0)"
                        }
                    }
                }
            }
        }
        #expect(found.isEmpty, "\(found.count) zero amounts, first:\n\(found.prefix(12).joined(separator: "\n"))")
    }

    @Test("No report or brief prints a zero amount the data does not hold: Markdown, JSON and CSV")
    func reports() throws {
        var found: [String] = []
        for asOf in NoZeroData.dates {
            let board = NoZeroData.board.at(asOf)
            for (name, text) in everyReport(board.summary, board.dataSet) {
                if name.contains("markdown") {
                    found += NoZeroData.zeros(in: text, onTimeZero: NoZeroData.onTimeZero(board.summary)).map {
                        "\(asOf) \(name): \($0)"
                    }
                } else if name.contains("json") {
                    let json = try JSONSerialization.jsonObject(with: Data(text.utf8))
                    func walk(_ v: Any, _ key: String) {
                        if let o = v as? [String: Any] {
                            for (k, x) in o { walk(x, key == "by_status" ? key : k) }
                        } else if let a = v as? [Any] {
                            for x in a { walk(x, key) }
                        } else if let n = v as? NSNumber, !(v is Bool), n.doubleValue == 0, NoZeroData.isAmount(key) {
                            found.append("\(asOf) \(name): \(key) is 0")
                        }
                    }
                    walk(json, "")
                } else if name == "report csv" {
                    for line in text.split(separator: "\r\n").dropFirst() {
                        let cells = line.split(separator: ",", omittingEmptySubsequences: false)
                        guard cells.count >= 6, cells.last == "0" else { continue }
                        let figure = String(cells[cells.count - 2])
                        if NoZeroData.isAmount(figure.split(separator: ".").first.map(String.init) ?? figure) {
                            found.append("\(asOf) \(name): \(line)")
                        }
                    }
                }
            }
        }
        #expect(found.isEmpty, "\(found.count) zero amounts, first:\n\(found.prefix(12).joined(separator: "\n"))")
    }

    @Test("The check finds a made-up zero: a zone without rows shown as 0")
    func theCheckCanFail() {
        #expect(NoZeroData.zeros(in: "CCN Phong Niên         0.0  0.0%") != [])
        #expect(NoZeroData.zeros(in: "Xe: 0 (xuất 0 · nhập 0) · 2024-03-01 07:00 · 10.0% · 1.000 tỷ") == [])
        #expect(NoZeroData.zeros(in: "Disbursed 0 bn VND") != [])
        #expect(NoZeroData.isAmount("border_trade_usd") && !NoZeroData.isAmount("lead_open"))
    }

    @Test("The issue's cases: a day the log does not cover, a gate without border trade, a zone without rows")
    func theIssuesCases() throws {
        let sample = try ScreenFixture.sampleBoard()
        for day in ["2024-02-15", "2023-12-31"] {
            let b = sample.at(Day(day)!)
            let en = Renderer.render(AppState(data: b, lang: .en, path: .overview, width: 120, height: 40))
                .canvas.lines.joined(separator: "\n")
            #expect(en.contains("Vehicles on \(day): not in the log"))
            #expect(!en.contains("on \(day): 0"))
            let md = MarkdownReport.render(b.summary, lang: .en)
            #expect(md.contains("Vehicles across the gates on \(day): the log does not cover that day"))
            let json = try JSONSerialization.jsonObject(with: Data(JSONReport.render(b.summary).utf8)) as! [String: Any]
            let crossings = json["crossings"] as! [String: Any]
            #expect(crossings["vehicles"] is NSNull)
        }
        let s = sample.summary
        let json = try JSONSerialization.jsonObject(with: Data(JSONReport.render(s).utf8)) as! [String: Any]
        let gates = (json["trade"] as! [String: Any])["gates"] as! [[String: Any]]
        // The railway gate's border-trade cells are all empty; Na Lốc has no row.
        #expect(gates.first { $0["id"] as? String == "LAOCAIDS" }?["border_trade_usd"] is NSNull)
        #expect(gates.first { $0["id"] as? String == "NALOC" }?["ytd_usd"] is NSNull)
        let zones = (json["output"] as! [String: Any])["zones"] as! [[String: Any]]
        #expect(zones.first { $0["id"] as? String == "CCNPHONGNIEN" }?["ytd_bn_vnd"] is NSNull)
        let zone = Renderer.render(
            AppState(data: sample, lang: .en, path: .zone("CCNPHONGNIEN"), width: 120, height: 40)
        ).canvas.lines.joined(separator: "\n")
        #expect(zone.contains("Output YTD 2024   –"))
    }
}

// Issue 11 (noticed with item 2): a year with a target and no row. The
// gauges said "0,0% KH năm" and "Cần 500 tr/tháng" beside a year to date
// of "–": a share and a need computed from nothing.
@Suite("A year with a target and no row")
struct NoRowsGaugeTests {
    @Test("With no trade and no output row the gauges say no data: no 0 %, no monthly need, no pace marker")
    func gaugesWithoutRows() throws {
        // The sample without its true zeros (a zone with 0 ha leased).
        var d = NoZeroData.board.dataSet
        d.trade = []
        d.output = []
        let board = BoardData(dataSet: d, problems: [], asOf: ScreenFixture.asOf, fallback: ScreenFixture.asOf)
        #expect(board.summary.trade.ytd.target != nil && board.summary.output.ytd.target != nil)
        for y in [board.summary.trade.ytd, board.summary.output.ytd] {
            #expect(y.fractionOfTarget == nil && y.requiredMonthly == nil)
        }
        for (lang, noData, need) in [(Lang.vi, "chưa có số liệu", "Cần "), (.en, "no data", "Needs ")] {
            for (w, h) in [(120, 40), (80, 24)] {
                let text = Renderer.render(AppState(data: board, lang: lang, path: .overview, width: w, height: h))
                    .canvas.lines.joined(separator: "\n")
                #expect(NoZeroData.zeros(in: text) == [], "\(lang) \(w)x\(h)")
                #expect(!text.contains(need), "\(lang) \(w)x\(h)")
                // Both gauges (gates, zones) say it.
                #expect(text.components(separatedBy: noData).count - 1 >= 2, "\(lang) \(w)x\(h):\n\(text)")
            }
        }
        let json = try JSONSerialization.jsonObject(with: Data(JSONReport.render(board.summary).utf8)) as! [String: Any]
        for key in ["trade", "output"] {
            let part = json[key] as! [String: Any]
            #expect(part.filter { $0.key.hasPrefix("required_monthly") }.values.allSatisfy { $0 is NSNull })
        }
    }
}

// Issue 10, item 2: only unfinished works can be late.
@Suite("Done works are never past due")
struct DoneWorksNotLateTests {
    @Test("The 8 finished works' screens never say past due; a late unfinished work does")
    func finishedWorks() throws {
        let sample = try ScreenFixture.sampleBoard()
        let finished = sample.summary.works.works.filter { $0.status.isFinished }
        #expect(finished.count == 8)
        for w in finished {
            for lang in [Lang.vi, .en] {
                let text = Renderer.render(
                    AppState(data: sample, lang: lang, path: .work(w.id), width: 120, height: 40)
                )
                .canvas.lines.joined(separator: "\n")
                #expect(!text.contains("past due") && !text.contains("quá hạn"), "\(w.id) \(lang)")
                #expect(text.contains("(" + w.status.name(lang) + ")"), "\(w.id) \(lang)")
            }
        }
        let late = try #require(sample.summary.works.late.first)
        let text = Renderer.render(AppState(data: sample, lang: .en, path: .work(late.id), width: 120, height: 40))
            .canvas.lines.joined(separator: "\n")
        #expect(text.contains("(past due)"))
    }
}

// Issue 10, item 3: a gate's parts add up to its total in every format, and
// no figure is cut on a gate's screen.
@Suite("Gate totals add up, figures are never cut")
struct GateTotalsTests {
    @Test("Export + import + border trade = the total, in the summary and in the Markdown table's columns")
    func rowsAddUp() throws {
        let sample = try ScreenFixture.sampleBoard()
        for day in ["2023-12-31", "2024-03-31"] {
            let s = sample.at(Day(day)!).summary
            for l in [Lang.vi, .en] {
                let md = MarkdownReport.render(s, lang: l)
                #expect(
                    md.contains(
                        l == .en
                            ? "| Gate | Export | Import | Border trade | Total | Share |"
                            : "| Cửa khẩu | Xuất khẩu | Nhập khẩu | Cư dân biên giới | Tổng | Tỷ trọng |"))
                for g in s.trade.gates {
                    guard let total = g.ytdUSD else { continue }
                    #expect(abs((g.exportUSD ?? 0) + (g.importUSD ?? 0) + (g.borderTradeUSD ?? 0) - total) < 1e-6)
                    let cells = [g.exportUSD, g.importUSD, g.borderTradeUSD, total].map { Formats.usd($0, l) }
                    #expect(md.contains("| " + cells.joined(separator: " | ") + " |"), "\(g.gate.id) \(day) \(l)")
                }
            }
        }
    }

    @Test("A gate's screen shows its border trade whole at every width from 80 to 140")
    func borderTradeNeverCut() throws {
        let sample = try ScreenFixture.sampleBoard()
        for g in sample.summary.trade.gates {
            guard let border = g.borderTradeUSD else { continue }
            for lang in [Lang.vi, .en] {
                let figure = Formats.usdShort(border, lang) + " USD"
                for width in stride(from: 80, through: 140, by: 3) {
                    let text = Renderer.render(
                        AppState(data: sample, lang: lang, path: .gate(g.gate.id), width: width, height: 40)
                    ).canvas.lines.joined(separator: "\n")
                    #expect(text.contains(figure), "\(g.gate.id) \(lang) at \(width)")
                }
            }
        }
    }
}

// Issue 10, item 4: parts of a whole read as parts.
@Suite("Sub-counts nest")
struct NestedCountsTests {
    static func text(_ path: ScreenPath, _ lang: Lang, width: Int = 120) throws -> String {
        let sample = try ScreenFixture.sampleBoard()
        return Renderer.render(AppState(data: sample, lang: lang, path: path, width: width, height: 40)).canvas.lines
            .joined(separator: "\n")
    }

    @Test("Tasks: open (overdue, due soon) · done; open + done is every assignment")
    func tasksLine() throws {
        let t = try ScreenFixture.sampleBoard().summary.tasks
        #expect(t.open + t.done == 34)
        #expect(try Self.text(.overview, .en).contains("Open 24 (! overdue 7, due in 7 days 1) · ✓ done 10"))
        #expect(try Self.text(.overview, .vi).contains("Đang thực hiện 24 (! quá hạn 7, sắp đến hạn 1) · ✓ xong 10"))
    }

    @Test("Works: the late ones in brackets after their stage; the stages add up to every work")
    func worksLine() throws {
        let w = try ScreenFixture.sampleBoard().summary.works
        let text = try Self.text(.overview, .en, width: 200)
        #expect(w.byStatus.reduce(0) { $0 + $1.count } == 20)
        #expect(text.contains("5 under construction (! 2 late)  7 not started  ✓ 8 done"))
    }

    @Test("A unit's leads: open (overdue) · done; supports likewise; the zone screen lists every project status")
    func unitAndZone() throws {
        let unit = try Self.text(.unit("BQLKKT"), .en)
        #expect(unit.contains("Leads 11: 6 open (2 overdue) · 5 done"))
        let zone = try Self.text(.zone("TANGLOONG"), .en)
        let row = try #require(try ScreenFixture.sampleBoard().summary.output.zones.first { $0.zone.id == "TANGLOONG" })
        #expect(row.projectsByStatus.reduce(0) { $0 + $1.count } == row.projectsTotal)
        let listed = row.projectsByStatus.map { "\($0.status.name(.en)) \($0.count)" }.joined(separator: " · ")
        #expect(zone.contains("Projects"))
        #expect(zone.contains("\(row.projectsTotal): " + listed))
    }
}

// Issue 10, item 7: the cargo mix says how many vehicles its sums leave out.
@Suite("Cargo mix counts the missing values")
struct CargoGapsTests {
    @Test("Kim Thành on 31 March: 21 of 205 vehicles without a value, 11 without tonnes")
    func kimThanh() throws {
        let sample = try ScreenFixture.sampleBoard()
        let counts = try #require(sample.summary.crossings.gate("KIMTHANH")?.counts)
        #expect((counts.vehicles, counts.withoutValue, counts.withoutTonnes) == (205, 21, 11))
        for (lang, words) in [
            (Lang.en, "Cargo mix on 2024-03-31 — 21 of 205 vehicles without a value, 11 without tonnes"),
            (.vi, "Cơ cấu hàng hóa ngày 31/03/2024 — 21/205 xe không có giá trị, 11 không có khối lượng"),
        ] {
            let text = Renderer.render(
                AppState(data: sample, lang: lang, path: .gate("KIMTHANH"), width: 120, height: 50)
            ).canvas.lines.joined(separator: "\n")
            #expect(text.contains(words))
        }
    }

    @Test("A cargo whose vehicles all lack a figure shows no figure, not 0")
    func noFigure() {
        var n = CrossingSummary.Counts()
        #expect(n.knownTonnes == nil)
        n.vehicles = 2
        n.withoutTonnes = 2
        n.withoutValue = 1
        n.valueUSD = 10
        #expect(n.knownTonnes == nil && n.knownValueUSD == 10)
    }
}

// Issue 10, item 5: one symbol, one meaning, one legend.
@Suite("One symbol, one meaning")
struct MarksLegendTests {
    @Test("Every mark's symbol is its own, in Unicode and in ASCII, and README's legend lists each with its meaning")
    func distinctAndListed() throws {
        let all = StatusMark.allCases
        #expect(Set(all.map(\.unicodeSymbol)).count == all.count)
        #expect(Set(all.map(\.asciiSymbol)).count == all.count)
        let readme = try String(contentsOfFile: ScreenFixture.root + "/README.md", encoding: .utf8)
        for m in all {
            let ascii = m.asciiSymbol == "|" ? "\\|" : m.asciiSymbol
            #expect(readme.contains("| `\(m.unicodeSymbol)` | `\(ascii)` | \(m.meaning(.en)) |"), "\(m)")
        }
        #expect(readme.contains("the straight-line pace"))
    }

    @Test(
        "A late work is marked overdue (!), stale data ◔, gates suspended ⊘ and proposed for reopening ↺; ? lists them")
    func usedOnce() throws {
        let sample = try ScreenFixture.sampleBoard()
        func text(_ p: ScreenPath, _ w: Int = 120) -> String {
            Renderer.render(AppState(data: sample, lang: .en, path: p, width: w, height: 40)).canvas.lines.joined(
                separator: "\n")
        }
        let overview = text(.overview, 200)
        #expect(overview.contains("(! 2 late)"))
        #expect(!overview.contains("◷ 2 late"))
        #expect(overview.contains("⊘ Lồ Cô Chin") && overview.contains("↺ Na Lốc"))
        #expect(text(.work("KCN01")).contains("! 16 days past due"))
        var help = AppState(data: sample, lang: .en, path: .overview, width: 250, height: 300)
        help.overlay = .help(scroll: 0)
        let legend = Renderer.render(help).canvas.lines.joined(separator: "\n")
        #expect(legend.contains("⊘ gate suspended") && legend.contains("◔ stale data"))
        #expect(legend.contains("│ straight-line pace"))
    }
    @Test("A data error has its own mark (⊠, ASCII E) in the header and the problems list; ! only means past due")
    func dataErrorMark() throws {
        let sample = ScreenFixture.board()
        #expect(sample.problems.errorCount > 0)
        func lines(_ cs: Charset, overlay: Overlay? = nil) -> [String] {
            var s = AppState(data: sample, lang: .en, path: .overview, width: 120, height: 40)
            s.charset = cs
            s.overlay = overlay
            return Renderer.render(s).canvas.lines
        }
        let e = sample.problems.errorCount
        let badge = "\(e) error" + (e == 1 ? "" : "s")
        #expect(lines(.unicode)[0].contains("⊠ " + badge) && !lines(.unicode)[0].contains("! " + badge))
        #expect(lines(.ascii)[0].contains("E " + badge) && !lines(.ascii)[0].contains("! " + badge))
        let problems = lines(.unicode, overlay: .problems(scroll: 0)).joined(separator: "\n")
        #expect(problems.contains("⊠ ") && !problems.contains("! "))
        #expect(StatusMark.dataError.meaning(.en).contains("data error") && StatusMark.dataError.style == .bad)
    }
}

// Issue 10, item 6: labels name the period and the scope.
@Suite("Labels name period and scope")
struct LabelsTests {
    @Test("The year to date's months, the straight-line pace by name, the zones' share's scope, the workers' month")
    func labels() throws {
        let sample = try ScreenFixture.sampleBoard()
        func text(_ p: ScreenPath, _ l: Lang) -> String {
            Renderer.render(AppState(data: sample, lang: l, path: p, width: 120, height: 40)).canvas.lines.joined(
                separator: "\n")
        }
        let en = text(.overview, .en)
        #expect(en.contains("Trade Jan–Mar 2024: 704 M"))
        #expect(en.contains("Output Jan–Mar 2024: 11,836"))
        #expect(en.contains("straight-line 2.82 bn") && !en.contains("linear 2.82"))
        #expect(en.contains("Zones, clusters, EZ areas: 68.5%"))
        let vi = text(.overview, .vi)
        #expect(vi.contains("XNK T1–3/2024: 704 tr"))
        #expect(vi.contains("nhịp đều 2,82 tỷ"))
        #expect(text(.zone("TANGLOONG"), .en).contains("6,631 (2024-03)"))
        #expect(
            MarkdownReport.render(sample.summary, lang: .en).contains(
                "industrial zones, clusters and economic-zone areas"))
    }
}

// Issue 10, item 6: a chart's axis that runs over months says the year.
@Suite("Charts say the year")
struct ChartYearsTests {
    @Test("The years' legend of a month chart is never dropped for the month labels")
    func legendStays() {
        var canvas = Canvas(width: 16, height: 4)
        GroupedBarChart(
            [[1, 2, 3], [2, 3, 4]], styles: [.dim, .barFill], labels: (1...12).map(String.init),
            names: ["2023", "2024"], maxLabel: "4"
        ).render(in: canvas.bounds, on: &canvas)
        #expect(canvas.lines[3].contains("▆2023 ▆2024"), "\(canvas.lines)")
    }

    @Test("An axis of days or weeks writes the year at its first label and at the first label of a new year")
    func longLabels() {
        var canvas = Canvas(width: 40, height: 3)
        let days = (0..<10).map { Day(year: 2023, month: 12, day: 27)! + $0 }
        GroupedBarChart(
            [days.map { _ in 1 }], styles: [.barFill], labels: days.map { String($0.day) },
            longLabels: days.map { Formats.date($0, .vi) }, periods: days.map(\.year), maxLabel: ""
        ).render(in: canvas.bounds, on: &canvas)
        let row = canvas.lines[2]
        #expect(row.hasPrefix("27/12/2023"), "\(row)")
        #expect(row.contains("/01/2024"), "\(row)")
        #expect(!row.contains("…"))
    }

    @Test("The gate and zone screens' charts show their years at every size, language and charset")
    func screens() throws {
        let sample = try ScreenFixture.sampleBoard()
        let year = sample.asOf.year
        var charts = 0
        for (w, h) in [(40, 12), (80, 24), (120, 40), (80, 40), (100, 44), (160, 50)] {
            for lang in [Lang.vi, .en] {
                for cs in [Charset.unicode, .ascii] {
                    for path in [ScreenPath.gate("KIMTHANH"), .zone("TANGLOONG")] {
                        var s = AppState(data: sample, lang: lang, path: path, width: w, height: h)
                        s.charset = cs
                        let lines = Renderer.render(s).canvas.lines
                        let headings = [
                            "Kim ngach theo thang", "Kim ngạch theo tháng", "Trade by month", "Output by month",
                            "Gia tri san xuat theo thang", "Giá trị sản xuất theo tháng",
                        ]
                        guard let at = lines.firstIndex(where: { l in headings.contains { l.contains($0) } })
                        else { continue }
                        charts += 1
                        let block = lines[at..<min(lines.count, at + 12)].joined(separator: "\n")
                        #expect(block.contains("\(year - 1)") && block.contains("\(year)"), "\(path) \(w)x\(h)")
                        let days = ["Xe theo ngay", "Xe theo ngày", "Vehicles per day"]
                        guard let d = lines.firstIndex(where: { l in days.contains { l.contains($0) } }) else {
                            continue
                        }
                        // Under the heading (which names a date of its own).
                        let dayBlock = lines[(d + 1)..<min(lines.count, d + 12)].joined(separator: "\n")
                        #expect(
                            dayBlock.contains("/\(year)") || dayBlock.contains("\(year)-"), "\(w)x\(h) \(lang) \(cs)")
                        if w >= 90 { #expect(dayBlock.contains("/\(year - 1)") || dayBlock.contains("\(year - 1)-")) }
                    }
                }
            }
        }
        #expect(charts >= 8)
    }
}
