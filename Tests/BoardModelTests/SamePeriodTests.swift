// The same period last year, the change on it, the seasonal projection
// and the monthly amount still needed (docs/report-json.md), worked out by
// hand on small data sets. Every expected value has its arithmetic beside
// it.

import Testing

@testable import BoardModel

/// Trade of two gates over 2023 and the first quarter of 2024, and output
/// of two zones (targets: 1000 USD of trade, 500 bn VND of output in 2024).
enum Seasons {
    // G1 2023: Jan 40, Feb 60, Mar 100, then 100 a month (Q1 200, year 1100).
    // G2 2023: 10 in each of Jan–Mar only (Q1 30).
    // 2024: G1 100, G2 20 in each of Jan–Mar (Q1 360).
    static let trade: String = {
        var rows = ["2023-01,G1,40,0,", "2023-02,G1,60,0,", "2023-03,G1,100,0,"]
        rows += (4...12).map { "2023-\($0 < 10 ? "0" : "")\($0),G1,100,0," }
        rows += (1...3).map { "2023-0\($0),G2,10,0," }
        rows += (1...3).map { "2024-0\($0),G1,60,40," }
        rows += (1...3).map { "2024-0\($0),G2,5,10,5" }
        return tradeHeader + rows.joined(separator: "\n") + "\n"
    }()
    // Z1 2023: 10 a month (year 120); Z2 2023: 5 a month (year 60) → 15 a
    // month, 180 in the year. 2024: Z1 30, Z2 10 in Jan and Feb (80).
    static let output: String = {
        var rows = (1...12).map { "2023-\($0 < 10 ? "0" : "")\($0),Z1,10,," }
        rows += (1...12).map { "2023-\($0 < 10 ? "0" : "")\($0),Z2,5,," }
        rows += ["2024-01,Z1,30,,", "2024-02,Z1,30,,", "2024-01,Z2,10,,", "2024-02,Z2,10,,"]
        return outputHeader + rows.joined(separator: "\n") + "\n"
    }()

    static func summary(_ asOf: String, trade: String = trade, output: String = output) throws -> BoardSummary {
        let f = try load(Minimal.with(["trade_monthly.csv": trade, "output_monthly.csv": output]))
        #expect(f.lines == [])
        return BoardSummary.compute(f.dataSet, asOf: day(asOf))!
    }
}

/// `a == b` within a millionth (the figures are quotients).
func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-6 } ?? false }

@Suite("The same period last year and the seasonal pace")
struct SamePeriodTests {
    @Test func tradeAgainstTheFirstQuarterOfLastYear() throws {
        let y = try Seasons.summary("2024-03-31").trade.ytd
        #expect(y.total == 360)  // (100 + 20) × 3
        #expect(y.month == 3)
        #expect(y.samePeriodLastYear == 230)  // G1 40 + 60 + 100, G2 10 × 3
        #expect(y.lastYearTotal == 1130)  // G1 1100 + G2 30
        #expect(close(y.yoyPct, 56.521739))  // 100 × (360 / 230 − 1)
        #expect(close(y.projectedSeasonal, 1768.695652))  // 360 × 1130 / 230
        #expect(y.projected == 1440)  // 360 × 12 / 3
        #expect(close(y.requiredMonthly, 71.111111))  // (1000 − 360) / 9
        // The verdict: by the seasons, 1768.7 ≥ 1000 (the straight line would say the same).
        #expect(y.verdictProjection?.method == .seasonal)
        #expect(y.onTrack == true)
    }

    @Test func perGate() throws {
        let t = try Seasons.summary("2024-03-31").trade
        let g1 = try #require(t.gates.first { $0.gate.id == "G1" })
        let g2 = try #require(t.gates.first { $0.gate.id == "G2" })
        #expect(g1.samePeriodLastYearUSD == 200)
        #expect(g1.yoyPct == 50)  // 300 / 200
        #expect(g2.samePeriodLastYearUSD == 30)
        #expect(g2.yoyPct == 100)  // 60 / 30
        // As of April, G2 has no April 2023 row: no same period for it; the
        // total still has one (G1 traded in April 2023).
        let april = try Seasons.summary("2024-04-30").trade
        #expect(april.gates.first { $0.gate.id == "G2" }?.samePeriodLastYearUSD == nil)
        #expect(april.gates.first { $0.gate.id == "G2" }?.yoyPct == nil)
        #expect(april.ytd.samePeriodLastYear == 330)  // 230 + G1's April 100
    }

    @Test func midYearTheMonthsSoFarCount() throws {
        // As of 2024-02-15 (m = 2): Jan + Feb.
        let y = try Seasons.summary("2024-02-15").trade.ytd
        #expect(y.total == 240)  // 120 × 2
        #expect(y.samePeriodLastYear == 120)  // 40 + 60 + 10 + 10
        #expect(y.yoyPct == 100)
        #expect(y.projectedSeasonal == 2260)  // 240 × 1130 / 120
        #expect(y.requiredMonthly == 76)  // (1000 − 240) / 10
    }

    @Test func aYearWithAMissingMonth() throws {
        // Without February 2023, months 1–3 of 2023 are not all there: no
        // same period, no change, no seasonal projection; the straight line
        // and the verdict on it stay.
        let trade = Seasons.trade.split(separator: "\n").filter { !$0.hasPrefix("2023-02") }.joined(separator: "\n")
        let y = try Seasons.summary("2024-03-31", trade: trade + "\n").trade.ytd
        #expect(y.samePeriodLastYear == nil)
        #expect(y.yoyPct == nil)
        #expect(y.lastYearTotal == nil)
        #expect(y.projectedSeasonal == nil)
        #expect(y.projected == 1440)
        #expect(y.verdictProjection?.method == .straightLine)
        #expect(y.onTrack == true)  // 1440 ≥ 1000
        // In January the same period is January 2023, which is there; the
        // seasonal projection still needs all twelve months.
        let january = try Seasons.summary("2024-01-31", trade: trade + "\n").trade.ytd
        #expect(january.samePeriodLastYear == 50)  // G1 40 + G2 10
        #expect(january.yoyPct == 140)  // 120 / 50 = 2.4
        #expect(january.projectedSeasonal == nil)
    }

    @Test func decemberNeedsNothingMore() throws {
        // m = 12: no month is left, so no monthly amount; the same period is
        // the whole of 2023, so the seasonal projection is the year to date.
        let y = try Seasons.summary("2024-12-31").trade.ytd
        #expect(y.month == 12)
        #expect(y.requiredMonthly == nil)
        #expect(y.samePeriodLastYear == 1130)
        #expect(y.projectedSeasonal == 360)  // 360 × 1130 / 1130
        #expect(close(y.yoyPct, -68.141593))  // 100 × (360 / 1130 − 1)
        #expect(y.onTrack == false)  // 360 < 1000, by the seasons
    }

    @Test func aTargetAlreadyExceeded() throws {
        // 2024-04: G1 exports 900 → 1260 by April, above the 1000 target:
        // nothing more is needed (0, never negative).
        let y = try Seasons.summary("2024-04-30", trade: Seasons.trade + "2024-04,G1,900,0,\n").trade.ytd
        #expect(y.total == 1260)
        #expect(y.requiredMonthly == 0)
        #expect(y.onTrack == true)
    }

    @Test func nullsWithoutATargetOrALastYear() throws {
        // 2025: no target and no row. Its same period, 2024's first quarter,
        // is there (360), but a year to date of no month is no figure to
        // compare: no change (not -100 %), no seasonal projection.
        let y = try Seasons.summary("2025-03-31").trade.ytd
        #expect(y.target == nil)
        #expect(y.requiredMonthly == nil)
        #expect(y.samePeriodLastYear == 360)
        #expect(y.monthsWithData == 0)
        #expect(y.yoyPct == nil)
        #expect(y.projectedSeasonal == nil)
        let june = try Seasons.summary("2025-06-30").trade.ytd
        #expect(june.samePeriodLastYear == nil)  // 2024 has no April–June
        #expect(june.onTrack == nil)
        #expect(june.verdictProjection == nil)  // no 2025 month has data
        // 2023 as of December: 2022 has no rows.
        let last = try Seasons.summary("2023-12-31").trade.ytd
        #expect(last.samePeriodLastYear == nil && last.projectedSeasonal == nil && last.yoyPct == nil)
    }

    @Test func aSamePeriodOfZeroGivesNoChange() throws {
        // 2023's first quarter all zero: the same period is 0, so there is
        // no percentage change and no seasonal projection (÷ 0).
        let trade =
            tradeHeader
            + ((1...12).map { "2023-\($0 < 10 ? "0" : "")\($0),G1,\($0 <= 3 ? 0 : 100),0," }
            + ["2024-01,G1,10,0,"]).joined(separator: "\n") + "\n"
        let y = try Seasons.summary("2024-03-31", trade: trade).trade.ytd
        #expect(y.samePeriodLastYear == 0)
        #expect(y.yoyPct == nil)
        #expect(y.projectedSeasonal == nil)
        #expect(y.verdictProjection?.method == .straightLine)
    }

    @Test func outputTheSameFive() throws {
        let o = try Seasons.summary("2024-03-31").output
        // 2024 to March: Jan 40, Feb 40, no March row → 80 over 2 months.
        #expect(o.ytd.total == 80)
        #expect(o.ytd.samePeriodLastYear == 45)  // 15 × 3
        #expect(close(o.ytd.yoyPct, 77.777778))  // 100 × (80 / 45 − 1)
        #expect(o.ytd.lastYearTotal == 180)
        #expect(o.ytd.projectedSeasonal == 320)  // 80 × 180 / 45
        #expect(o.ytd.projected == 480)  // 80 × 12 / 2
        #expect(close(o.ytd.requiredMonthly, 46.666667))  // (500 − 80) / 9
        #expect(o.ytd.onTrack == false)  // seasonal 320 < 500 (the straight line, 480, too)
        let z1 = try #require(o.zones.first { $0.zone.id == "Z1" })
        #expect(z1.samePeriodLastYearBnVND == 30)
        #expect(z1.yoyPct == 100)  // 60 / 30
        let z3 = try #require(o.zones.first { $0.zone.id == "Z3" })
        #expect(z3.samePeriodLastYearBnVND == nil && z3.yoyPct == nil)  // no rows at all
    }

    @Test func theVerdictUsesTheSeasonsWhenTheStraightLineDisagrees() throws {
        // A slow first quarter: 2023 Q1 is 10 % of the year (30 of 300).
        // 2024 Q1 = 60: straight line 240 < 250, seasonal 600 ≥ 250.
        let trade =
            tradeHeader
            + ((1...12).map { "2023-\($0 < 10 ? "0" : "")\($0),G1,\($0 <= 3 ? 10 : 30),0," }
            + (1...3).map { "2024-0\($0),G1,20,0," }).joined(separator: "\n") + "\n"
        let targets = "year,metric,value\n2024,trade_usd,250\n2024,output_bn_vnd,500\n"
        let f = try load(Minimal.with(["trade_monthly.csv": trade, "targets.csv": targets]))
        let y = BoardSummary.compute(f.dataSet, asOf: day("2024-03-31"))!.trade.ytd
        #expect(y.projected == 240)
        #expect(y.projectedSeasonal == 600)  // 60 × 300 / 30
        #expect(y.verdictProjection?.method == .seasonal)
        #expect(y.onTrack == true)
    }

    @Test func theJSONReportCarriesThemUnderTheirKeys() throws {
        let s = try Seasons.summary("2024-03-31")
        let j = try JSONReader.parse(JSONReport.render(s))
        let t = try #require(j["trade"])
        #expect(t["same_period_last_year_usd"]?.number == 230)
        #expect(close(t["yoy_pct"]?.number, 56.521739))
        #expect(close(t["projected_seasonal_usd"]?.number, 1768.695652))
        #expect(close(t["required_monthly_usd"]?.number, 71.111111))
        #expect(t["on_track"] == .bool(true))
        #expect(t["on_track_by"]?.string == "seasonal")
        let g2 = t["gates"]?.array?.first { $0["id"]?.string == "G2" }
        #expect(g2?["same_period_last_year_usd"]?.number == 30)
        #expect(g2?["yoy_pct"]?.number == 100)
        let o = try #require(j["output"])
        #expect(o["same_period_last_year_bn_vnd"]?.number == 45)
        #expect(o["projected_seasonal_bn_vnd"]?.number == 320)
        let z3 = o["zones"]?.array?.first { $0["id"]?.string == "Z3" }
        #expect(z3?["same_period_last_year_bn_vnd"]?.isNull == true)
        #expect(z3?["yoy_pct"]?.isNull == true)
        // December: no monthly amount, `null` (not 0).
        let december = try JSONReader.parse(JSONReport.render(try Seasons.summary("2024-12-31")))
        #expect(december["trade"]?["required_monthly_usd"]?.isNull == true)
    }

    @Test func signedChanges() {
        #expect(Formats.change(92.646, .vi) == "+92,6%")
        #expect(Formats.change(-4.12, .en) == "-4.1%")
        #expect(Formats.change(0.01, .en) == "0.0%")
        #expect(Formats.change(nil, .vi) == "–")
    }
}
