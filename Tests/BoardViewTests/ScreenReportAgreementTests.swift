import BoardModel
import BoardView
import Testing

// Screens show the figures BoardModel computes, the same ones the reports
// print: these tests read a figure off a screen and off a report (or the
// summary both are made from) and check they agree, and check the figure
// itself by hand on the fixture.

@Suite("Screens and reports agree")
struct ScreenReportAgreementTests {
    static func screen(_ path: ScreenPath, _ d: DataSet = ScreenFixture.dataSet, width: Int = 120) -> [String] {
        let board = BoardData(
            dataSet: d, problems: [], asOf: ScreenFixture.asOf, fallback: ScreenFixture.asOf, folder: "/data")
        let state = AppState(data: board, lang: .vi, charset: .unicode, path: path, width: width, height: 40)
        return Renderer.render(state).canvas.lines
    }

    static var summary: BoardSummary {
        BoardSummary.compute(ScreenFixture.dataSet, asOf: ScreenFixture.asOf)!
    }

    @Test func theGateChartIsTheSummarysMonthlyTrade() throws {
        let row = try #require(Self.summary.trade.gates.first { $0.gate.id == "KIMTHANH" })
        // 15 months to March 2024: the fixture's trade starts in April 2023.
        #expect(row.monthly.months.first == YearMonth(year: 2023, month: 1))
        #expect(row.monthly.months.last == YearMonth(year: 2024, month: 3))
        #expect(row.monthly.values.prefix(3).allSatisfy { $0 == nil })
        // March 2024 (i = 11): export 40 + 2·11, import 52 + 1·(11 % 4),
        // border 4: 62 + 55 + 4 = 121 million.
        let march: Double? = 121e6
        #expect(row.monthly.values.last == march)
        #expect(row.last12Months == Array(row.monthly.values.suffix(12)))
        // The chart's top label is that series' peak.
        let top = try #require(row.monthly.peak)
        #expect(Self.screen(.gate("KIMTHANH")).contains { $0.contains(Formats.usdShort(top, .vi)) })
    }

    @Test func theZoneChartIsTheSummarysMonthlyOutput() throws {
        let s = Self.summary
        let row = try #require(s.output.zones.first { $0.zone.id == "TANGLOONG" })
        let byHand = ScreenFixture.dataSet.output.filter { $0.zoneID == "TANGLOONG" && $0.month.year == 2024 }
            .reduce(0) { $0 + $1.outputBnVND }
        // This year's months of the chart add up to the year to date the
        // report prints.
        let thisYear = zip(row.monthly.months, row.monthly.values).filter { $0.0.year == 2024 }
            .reduce(0) { $0 + ($1.1 ?? 0) }
        #expect(thisYear == byHand)
        #expect(thisYear == row.ytdBnVND)
        let top = try #require(row.monthly.peak)
        #expect(Self.screen(.zone("TANGLOONG")).contains { $0.contains(Formats.bnVNDShort(top, .vi)) })
    }

    @Test func aLateWorksDaysAreTheSameOnItsScreenAndInTheReport() throws {
        // KCN01 was due 2024-03-15: 16 days late on 2024-03-31.
        let work = try #require(ScreenFixture.dataSet.work("KCN01"))
        #expect(work.daysLate(asOf: ScreenFixture.asOf) == 16)
        #expect(Self.screen(.work("KCN01")).contains { $0.contains("chậm 16 ngày so với hạn") })
        let report = MarkdownReport.render(Self.summary, lang: .vi)
        #expect(report.contains("hạn 15/03/2024, chậm 16 ngày"))
    }

    @Test func theOverviewsDisbursedShareIsTheSummarysOverTheReportsFigures() throws {
        let s = Self.summary
        let share = try #require(s.works.disbursedShare)
        let disbursed = try #require(s.works.disbursedBnVND)
        #expect(share == disbursed / s.works.budgetBnVND)
        let json = JSONReport.render(s)
        #expect(json.contains("\"disbursed_bn_vnd\": \(Formats.machine(disbursed))"))
        #expect(json.contains("\"budget_bn_vnd\": \(Formats.machine(s.works.budgetBnVND))"))
        let text = Self.screen(.overview).joined(separator: "\n")
        #expect(text.contains("giải ngân " + Formats.percent(fraction: share, .vi, decimals: 0)))
    }

    /// A work with no budget has no disbursed share: "–" on the overview
    /// and on its screen, never a percentage made of a division by zero.
    @Test func aZeroBudgetShowsNoShareAnywhere() throws {
        var d = DataSet()
        d.units = ScreenFixture.dataSet.units
        d.works = [
            Work(
                id: "Z0", name: "Công trình chưa có tổng mức", ownerID: "BQLKKT", budgetBnVND: 0,
                disbursedBnVND: 5, progressPct: 10, status: .preparing)
        ]
        let summary = try #require(BoardSummary.compute(d, asOf: ScreenFixture.asOf))
        #expect(summary.works.disbursedShare == nil)
        #expect(d.works[0].disbursedShare == nil)
        let overview = Self.screen(.overview, d).joined(separator: "\n")
        #expect(overview.contains("giải ngân –"))
        let work = Self.screen(.work("Z0"), d)
        let bar = try #require(work.first { $0.contains("┃ Giải ngân") })
        #expect(bar.contains("–"))
        #expect(!bar.contains("%"), "\(bar)")
        // The figure itself is still shown.
        #expect(work.contains { $0.contains("Đã giải ngân") && $0.contains("5,0 tỷ đồng") })
    }

    @Test func theCargoSharesAreTheSummarys() throws {
        let gate = try #require(Self.summary.crossings.gate("KIMTHANH"))
        // 8 vehicles at Kim Thành on the as-of date (at 7, 7, 8, 9, 9, 10,
        // 13 and 16 h; the one at 21 h the day before does not count), 3 of
        // them Thanh long (7, 9 and 13 h): 37.5%, shown as 38%.
        let fruit = try #require(gate.cargo.first { $0.cargo == "Thanh long" })
        #expect(gate.counts.vehicles == 8)
        #expect(fruit.share == 0.375)
        #expect(Self.screen(.gate("KIMTHANH")).contains { $0.contains("Thanh long") && $0.contains("38%") })
    }
}
