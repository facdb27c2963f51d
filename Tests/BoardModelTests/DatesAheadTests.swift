// Dates in the future and observations far ahead of the others
// (docs/data-format.md, "Dates in the future" and "The as-of date"), with
// today's date given by the test, never the machine's clock.

import Testing

@testable import BoardModel

/// Loads `files` as if today were `today`.
func load(_ files: [String: String], today: String) throws -> DataFolder {
    try withTempFolder(files) { try DataFolder.load($0, today: day(today)) }
}

@Suite("Dates after today")
struct FutureDatesTests {
    @Test func aProgressReportIn2042IsAWarningAndNotTheAsOfDate() throws {
        let updates = updatesHeader + "T1,2024-01-20,10,Đã khởi động\nT1,2042-03-01,20,Gõ nhầm năm\n"
        let f = try load(Minimal.with(["task_updates.csv": updates]), today: "2024-03-31")
        #expect(
            f.lines == [
                "task_updates.csv:3:4: warning: date 2042-03-01 is after today (2024-03-31): check the year; "
                    + "it is not used for the default as-of date"
            ])
        // The row still counts (the report is shown) …
        #expect(f.dataSet.taskUpdates.count == 2)
        // … but the default as-of date is the latest observation not after
        // today: the trade and output month 2024-01 (observed on 01-31).
        #expect(AsOf.latestObservation(in: f.dataSet, today: day("2024-03-31")) == day("2024-01-31"))
        #expect(BoardSummary.compute(f.dataSet, today: day("2024-03-31"))?.asOf == day("2024-01-31"))
    }

    @Test func aMonthAfterTodayIsAWarningButTheCurrentMonthIsNot() throws {
        let trade = tradeHeader + "2024-03,G1,1,1,\n2024-04,G1,1,1,\n"
        let f = try load(Minimal.with(["trade_monthly.csv": trade]), today: "2024-03-15")
        #expect(f.locations("trade_monthly.csv") == ["3:1 warning"])
        #expect(f.problems(of: "trade_monthly.csv").first?.message.hasPrefix("month 2024-04 is after today") == true)
        // March has begun: its figures so far count, observed today.
        #expect(AsOf.latestObservation(in: f.dataSet, today: day("2024-03-15")) == day("2024-03-15"))
    }

    @Test func aCrossingAfterTodayIsAWarningAtItsTime() throws {
        let log =
            crossingsHeader + """
                2024-03-31T23:59:00,G1,export,A1,chuối,1,
                2024-03-31T17:30:00Z,G1,import,A2,phân bón,2,
                2024-04-02T08:00:00,G2,import,A3,phân bón,3,

                """
        let f = try load(Minimal.with(["crossings/log.csv": log]), today: "2024-03-31")
        // 17:30 UTC on the 31st is 00:30 on 1 April in the province.
        #expect(
            f.lines == [
                "crossings/log.csv:3:1: warning: time 2024-04-01 00:30 is after today (2024-03-31): check the year; "
                    + "it is not used for the default as-of date",
                "crossings/log.csv:4:1: warning: time 2024-04-02 08:00 is after today (2024-03-31): check the year; "
                    + "it is not used for the default as-of date",
            ])
        #expect(f.dataSet.crossingCount == 3)
        #expect(AsOf.latestObservation(in: f.dataSet, today: day("2024-03-31")) == day("2024-03-31"))
    }

    @Test func plansMayBeInTheFutureAndOtherDatesMayNot() throws {
        let tasks =
            tasksHeader
            + "T1,Việc,U1,,,2024-01-10,2030-06-28,in-progress,\nT2,Giao sau,U1,,,2024-05-01,,done,2024-06-01\n"
        let works = worksHeader + "W1,Bãi,,G1,U1,10,,,preparing,2029-01-01,2030-06-30\n"
        let f = try load(Minimal.with(["tasks.csv": tasks, "works.csv": works]), today: "2024-03-31")
        // due_on and start_on are plans; assigned_on and done_on are not.
        #expect(f.locations("works.csv") == [])
        #expect(f.locations("tasks.csv") == ["3:18 warning", "3:35 warning"])
    }

    @Test func withoutTodayNothingIsChecked() throws {
        let updates = updatesHeader + "T1,2024-01-20,10,x\nT1,2024-05-01,20,y\n"
        let f = try load(Minimal.with(["task_updates.csv": updates]))
        #expect(f.lines == [])
    }
}

@Suite("Observations far ahead of the others")
struct FarAheadTests {
    @Test func aDateMoreThanAYearAfterTheRestIsAWarning() throws {
        // Today is 2026: 2025-08-01 is not in the future, but it is 548 days
        // after the latest other observation (2024-01-31).
        let updates = updatesHeader + "T1,2024-01-20,10,x\nT1,2025-08-01,20,y\n"
        let f = try load(Minimal.with(["task_updates.csv": updates]), today: "2026-06-01")
        #expect(
            f.lines == [
                "task_updates.csv:3:4: warning: 2025-08-01 is more than a year after every other observation "
                    + "(the latest before it is 2024-01-31): check the year; it is not used for the default as-of date"
            ])
        #expect(AsOf.latestObservation(in: f.dataSet, today: day("2026-06-01")) == day("2024-01-31"))
    }

    @Test func exactlyAYearIsNotFarAhead() throws {
        // 2024-01-31 + 365 days = 2025-01-30 (2024 has 29 February).
        let near = updatesHeader + "T1,2024-01-20,10,x\nT1,2025-01-30,20,y\n"
        #expect(try load(Minimal.with(["task_updates.csv": near]), today: "2026-06-01").lines == [])
        let far = updatesHeader + "T1,2024-01-20,10,x\nT1,2025-01-31,20,y\n"
        #expect(
            try load(Minimal.with(["task_updates.csv": far]), today: "2026-06-01").locations("task_updates.csv") == [
                "3:4 warning"
            ])
    }

    @Test func theOldFewAreNotTakenForTheRestBeingAhead() throws {
        // A project changed status in 2019, everything else is 2024: the
        // 2024 observations are the many, not a typo.
        let projects = projectsHeader + "P1,Nhà máy,Z1,,,operating,2019-05-01\n"
        let f = try load(Minimal.with(["projects.csv": projects]), today: "2024-03-31")
        #expect(f.lines == [])
        #expect(AsOf.farAhead(AsOf.observationCounts(in: f.dataSet)) == nil)
    }

    @Test func aCrossingLogFarAheadGetsOneWarning() throws {
        let log = crossingsHeader + "2025-09-01T08:00:00,G1,export,A1,chuối,1,\n2025-09-01T09:00:00,G2,import,A2,x,2,\n"
        let f = try load(Minimal.with(["crossings/late.csv": log]), today: "2026-06-01")
        #expect(
            f.lines == [
                "crossings/late.csv:1:1: warning: 2 crossings are on or after 2025-09-01, more than a year after "
                    + "every other observation (the latest before it is 2024-01-31): check the gate system's clock"
            ])
    }

    @Test func theRuleOnCounts() {
        func counts(_ pairs: [(String, Int)]) -> [Day: Int] {
            Dictionary(uniqueKeysWithValues: pairs.map { (day($0.0), $0.1) })
        }
        // Two typed years (2026, 2042) above a gap: both, from the lowest gap.
        #expect(
            AsOf.farAhead(counts([("2024-01-31", 10), ("2024-03-31", 10), ("2026-01-01", 1), ("2042-01-01", 1)]))
                == day("2026-01-01"))
        // Half or more above the gap: not a typo.
        #expect(AsOf.farAhead(counts([("2020-01-01", 2), ("2024-01-01", 2)])) == nil)
        #expect(AsOf.farAhead(counts([("2020-01-01", 3), ("2024-01-01", 2)])) == day("2024-01-01"))
        #expect(AsOf.farAhead([:]) == nil)
        #expect(AsOf.farAhead(counts([("2024-01-01", 1)])) == nil)
    }
}
