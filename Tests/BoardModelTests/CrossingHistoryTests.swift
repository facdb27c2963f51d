// Vehicles over time (per day for 30 days, per week for 26 weeks), the
// counts per day each chunk of a log keeps, and the day's rows found by
// binary search: all checked against counting the rows by hand.

import TestSupport
import Testing

@testable import BoardModel

@Suite("Crossings over time")
struct CrossingHistoryTests {
    /// 2024-03-01 … 03-31 covered: G1 one export every day, G2 two imports
    /// on each Sunday (3, 10, 17, 24, 31 March).
    static let log: String = {
        var rows: [String] = []
        for d in 1...31 {
            let date = "2024-03-\(d < 10 ? "0" : "")\(d)"
            rows.append("\(date)T08:00:00,G1,export,A\(d),chuối,1,")
            if d % 7 == 3 {
                rows.append("\(date)T09:00:00,G2,import,B\(d),phân bón,2,")
                rows.append("\(date)T10:00:00,G2,import,C\(d),phân bón,2,")
            }
        }
        return crossingsHeader + rows.joined(separator: "\n") + "\n"
    }()

    static let folder: DataFolder = try! load(Minimal.with(["crossings/march.csv": log]))

    static func history(_ asOf: String) -> CrossingHistory {
        BoardSummary.compute(folder.dataSet, asOf: day(asOf))!.crossings.history
    }

    @Test func thirtyDaysEndingOnTheAsOfDate() throws {
        let h = Self.history("2024-03-31")
        #expect(h.days.first == day("2024-03-02"))
        #expect(h.days.last == day("2024-03-31"))
        let g1 = try #require(h.gate("G1"))
        #expect(g1.days.count == 30)
        #expect(g1.days.allSatisfy { $0 == CrossingHistory.Flow(export: 1, import: 0) })
        let g2 = try #require(h.gate("G2"))
        // Sundays 3, 10, 17, 24, 31 → indices 1, 8, 15, 22, 29.
        #expect(g2.days[1] == CrossingHistory.Flow(export: 0, import: 2))
        #expect(g2.days[29] == CrossingHistory.Flow(export: 0, import: 2))
        #expect(g2.days[2] == CrossingHistory.Flow())  // covered, no vehicle: 0, not nil
    }

    @Test func daysOutsideTheLogHaveNoFigure() throws {
        // As of 2024-04-10: 1–10 April are after the log's last day.
        let h = Self.history("2024-04-10")
        let g1 = try #require(h.gate("G1"))
        #expect(g1.days.suffix(10).allSatisfy { $0 == nil })
        #expect(g1.days.prefix(20).allSatisfy { $0?.export == 1 })  // 12–31 March
        #expect(h.covered == day("2024-03-01")...day("2024-03-31"))
        // Before the log: the first day of the window, 2024-01-31, is nil.
        #expect(Self.history("2024-03-01").gate("G1")?.days.first.flatMap { $0 } == nil)
        #expect(Self.history("2024-03-01").gate("G1")?.days.last == CrossingHistory.Flow(export: 1, import: 0))
    }

    @Test func weeksAreTheSevenDaysEndingOnEachDate() throws {
        let h = Self.history("2024-03-31")
        #expect(h.weekEnds.last == day("2024-03-31"))
        #expect(h.weekEnds[h.weekEnds.count - 2] == day("2024-03-24"))
        let g1 = try #require(h.gate("G1"))
        // 25–31 March: 7 exports; 18–24: 7; 26 Feb – 3 March: only 1–3
        // March are covered, 3 exports; earlier weeks: no figure.
        #expect(g1.weeks.last == CrossingHistory.Flow(export: 7, import: 0))
        #expect(g1.weeks[g1.weeks.count - 5] == CrossingHistory.Flow(export: 3, import: 0))
        #expect(g1.weeks[g1.weeks.count - 6] == nil)
        // G2: one Sunday in each week ending on a Sunday: 2 imports.
        #expect(h.gate("G2")?.weeks.last == CrossingHistory.Flow(export: 0, import: 2))
    }

    @Test func theDayIsCoveredOrNot() {
        let s = BoardSummary.compute(Self.folder.dataSet, asOf: day("2024-04-10"))!
        #expect(!s.crossings.isCovered)
        #expect(s.crossings.total.vehicles == 0)
        let j = try? JSONReader.parse(JSONReport.render(s))
        #expect(j?["crossings"]?["vehicles"]?.isNull == true)
        let covered = BoardSummary.compute(Self.folder.dataSet, asOf: day("2024-03-31"))!
        #expect(covered.crossings.isCovered)
        // The CSV report: G1's vehicles that day (1), or no figure; no same
        // period (2023 has no rows): empty, never 0.
        func g1(_ s: BoardSummary, _ figure: String) -> String? {
            let prefix = s.asOf.description + ",gate,G1,"
            return CSVReport.render(s, lang: .vi).split(separator: "\r\n").map(String.init).first {
                $0.hasPrefix(prefix) && $0.contains("," + figure + ",")
            }.map { String($0.split(separator: ",", omittingEmptySubsequences: false).last ?? "") }
        }
        #expect(g1(covered, "vehicles_on_as_of") == "1")
        #expect(g1(s, "vehicles_on_as_of") == "")
        #expect(g1(covered, "share") == "1")
        #expect(g1(covered, "same_period_last_year_usd") == "")
        #expect(g1(covered, "yoy_pct") == "")
    }

    @Test func dayCountsOfRowsInAnyOrderAreTheSame() {
        // A chunk's counts per day, gate and direction, from rows in time
        // order and the same rows shuffled, against a count by hand.
        var rng = SplitMix64(state: 13)
        let base = LocalTime.parse("2024-01-01T00:00:00")!
        var time: [Int64] = []
        var gate: [UInt16] = []
        var direction: [UInt8] = []
        for _ in 0..<5000 {
            time.append(base + Int64(rng.below(90 * 86400)))
            gate.append(UInt16(rng.below(5)))
            direction.append(UInt8(rng.below(2)))
        }
        var byHand: [String: UInt32] = [:]
        for i in time.indices {
            byHand["\(LocalTime.day(ofEpochSeconds: time[i]).daysSinceEpoch)/\(gate[i])/\(direction[i])", default: 0] +=
                1
        }
        func flat(_ c: DayCounts) -> [String: UInt32] {
            var out: [String: UInt32] = [:]
            for i in c.day.indices {
                out["\(c.day[i])/\(c.gateDirection[i] >> 1)/\(c.gateDirection[i] & 1)"] = c.count[i]
            }
            return out
        }
        let order = time.indices.sorted { time[$0] < time[$1] }
        let sorted = DayCounts(
            time: order.map { time[$0] }, gate: order.map { gate[$0] }, direction: order.map { direction[$0] })
        let shuffled = DayCounts(time: time, gate: gate, direction: direction)
        #expect(flat(sorted) == byHand)
        #expect(flat(shuffled) == byHand)
        #expect(sorted == shuffled)  // the same entries, in the same order
        #expect(shuffled.day == shuffled.day.sorted())
    }

    @Test func aDaysRowsByBinarySearchAreTheRowsOfTheDay() {
        var rng = SplitMix64(state: 7)
        let base = LocalTime.parse("2024-03-01T00:00:00")!
        let times = (0..<3000).map { _ in base + Int64(rng.below(10 * 86400)) }.sorted()
        let chunk = CrossingLog.Chunk(
            time: times, gate: times.map { _ in 0 }, direction: times.map { _ in 0 }, cargo: times.map { _ in 0 },
            tonnes: times.map { _ in .nan }, valueUSD: times.map { _ in .nan }, cargoNames: ["x"])
        #expect(chunk.isSorted)
        for d in 0..<12 {
            let start = base + Int64(d) * 86400 - 3600
            let end = start + 86400
            let range = chunk.rows(from: start, before: end)
            #expect(range?.count == times.filter { $0 >= start && $0 < end }.count)
            #expect(range.map { $0.allSatisfy { times[$0] >= start && times[$0] < end } } == true)
        }
        let unsorted = CrossingLog.Chunk(
            time: times.reversed(), gate: times.map { _ in 0 }, direction: times.map { _ in 0 },
            cargo: times.map { _ in 0 }, tonnes: times.map { _ in .nan }, valueUSD: times.map { _ in .nan },
            cargoNames: ["x"])
        #expect(!unsorted.isSorted)
        #expect(unsorted.rows(from: base, before: base + 86400) == nil)
    }

    @Test func theDaySummaryOfAnUnsortedLogIsTheSame() throws {
        // The same rows, the file's order reversed: the day's figures agree.
        let lines = Self.log.split(separator: "\n").map(String.init)
        let reversed = ([lines[0]] + lines.dropFirst().reversed()).joined(separator: "\n") + "\n"
        let f = try load(Minimal.with(["crossings/march.csv": reversed]))
        for date in ["2024-03-03", "2024-03-04", "2024-03-31"] {
            let a = BoardSummary.compute(f.dataSet, asOf: day(date))!.crossings
            let b = BoardSummary.compute(Self.folder.dataSet, asOf: day(date))!.crossings
            #expect(a.total == b.total)
            #expect(a.byHour == b.byHour)
            #expect(a.gates.map(\.gateID) == b.gates.map(\.gateID))
        }
        #expect(
            BoardSummary.compute(f.dataSet, asOf: day("2024-03-31"))!.crossings.history.gates
                == BoardSummary.compute(Self.folder.dataSet, asOf: day("2024-03-31"))!.crossings.history.gates)
    }
}
