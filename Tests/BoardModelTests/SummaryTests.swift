// The figures as docs/report-json.md defines them, and the as-of rule of
// docs/data-format.md, computed on small hand-made data sets. Every
// expected value is worked out by hand in the comment next to it.

import Testing

@testable import BoardModel

/// The hand-made data set of these tests (the minimal set's units, gates,
/// zones and targets: 2024 trade 1000 USD, output 500 bn VND).
enum Fixture {
    static let trade =
        tradeHeader + """
            2023-12,G1,1000,1000,0
            2024-01,G1,100,200,10
            2024-02,G1,50,50,
            2024-02,G2,20,30,5
            2024-04,G1,999,999,999

            """
    // Z1 industrial zone, Z2 `other`, Z3 industrial cluster.
    static let output =
        outputHeader + """
            2023-12,Z1,1000,,
            2024-01,Z1,30,,
            2024-01,Z2,20,,
            2024-02,Z1,20.5,,
            2024-03,Z3,9.5,,
            2024-04,Z1,100,,

            """
    static let crossings =
        crossingsHeader + """
            2024-03-30T18:30:00Z,G1,export,A1,chuối,1,
            2024-03-30T23:59:59,G1,import,A2,phân bón,2,
            2024-03-31T00:00:00,G2,import,A3,phân bón,4,
            2024-03-31T23:30:00+07:00,G1,import,A4,máy móc,8,
            2024-03-31T16:59:59Z,G1,export,A5,chuối,16,
            2024-03-31T17:30:00Z,G1,export,A6,chuối,32,

            """
    static let tasks =
        tasksHeader + """
            T1,Đúng hạn,U1,,,2024-01-01,2024-03-01,done,2024-03-01
            T2,Chậm,U1,U2,,2024-01-01,2024-03-01,done,2024-03-10
            T3,Quá hạn 1 ngày,U1,,,2024-01-01,2024-03-30,in-progress,
            T4,Đến hạn hôm nay,U1,,,2024-01-01,2024-03-31,not-started,
            T5,Thường xuyên,U2,U1,,2024-01-01,,in-progress,
            T6,Vướng mắc,U2,,,2024-01-01,2024-02-01,blocked,
            T7,Xong sau ngày báo cáo,U2,U3,,2024-01-01,2024-03-15,done,2024-04-05
            T8,Giao sau ngày báo cáo,U3,,,2024-04-02,2024-04-30,not-started,
            T9,Xong không hạn,U3,,,2024-01-01,,done,2024-03-01

            """
    static let updates =
        updatesHeader + """
            T3,2024-02-01,40,Đang làm
            T3,2024-04-10,90,Sau ngày báo cáo
            T6,2024-01-15,,Vướng mặt bằng

            """
    static let works =
        worksHeader + """
            W1,Đường,Z1,,U1,10,2,30,under-construction,2023-01-01,2024-03-30
            W2,Bãi,,G1,U1,20.5,,,preparing,,2024-03-31
            W3,Nhà,,G1,U1,5,5,100,completed,2022-01-01,2023-01-01
            W4,Kho,,G2,U2,4.5,4.5,100,operating,2022-01-01,2023-01-01
            W5,Đề xuất,,,U1,100,,,proposed,,
            W6,Đề xuất có hạn,,,U3,1,,,proposed,,2024-01-15

            """
    static let projects =
        projectsHeader + """
            P1,A,Z1,,,operating,2023-05-01
            P2,B,Z1,,,licensed,2024-02-01
            P3,C,Z3,,,adjusted,2023-11-11
            P4,D,Z1,,,revoked,2024-03-01
            P5,E,Z3,,,licensed,2024-04-15
            P6,F,Z1,,,appraising,2024-01-01

            """

    static let files = Minimal.with([
        "trade_monthly.csv": trade, "output_monthly.csv": output, "crossings/2024-03-31.csv": crossings,
        "tasks.csv": tasks, "task_updates.csv": updates, "works.csv": works, "projects.csv": projects,
    ])

    static let folder: DataFolder = try! load(files)

    static func summary(_ asOf: String?) -> BoardSummary {
        BoardSummary.compute(folder.dataSet, asOf: asOf.map(day), problems: folder.problems)!
    }
}

@Suite("Trade and output year to date")
struct YearToDateTests {
    @Test func fixtureLoadsCleanly() {
        #expect(Fixture.folder.lines == [])
    }

    @Test func tradeYearToDateSumsTheAsOfYearUpToTheAsOfMonth() {
        let t = Fixture.summary("2024-03-31").trade
        // 2024-01 G1 100+200+10 = 310; 2024-02 G1 50+50 = 100, G2 20+30+5 = 55.
        // 2023-12 is last year, 2024-04 after the as-of month.
        #expect(t.ytd.year == 2024)
        #expect(t.ytd.total == 465)
        #expect(t.ytd.monthsWithData == 2)
        #expect(t.ytd.projected == 2790)  // 465 × 12 / 2
        #expect(t.ytd.target == 1000)
        #expect(t.exportUSD == 170)  // 100 + 50 + 20
        #expect(t.importUSD == 280)  // 200 + 50 + 30
    }

    @Test func tradePerGate() {
        let t = Fixture.summary("2024-03-31").trade
        let g1 = t.gates.first { $0.gate.id == "G1" }
        let g2 = t.gates.first { $0.gate.id == "G2" }
        #expect(g1?.ytdUSD == 410)  // 310 + 100
        #expect(g1?.exportUSD == 150)
        #expect(g1?.importUSD == 250)
        #expect(g1?.borderTradeUSD == 10)
        #expect(g2?.ytdUSD == 55)
        #expect(g2?.exportUSD == 20)
        #expect(g2?.importUSD == 30)
    }

    @Test func asOfMonthIsIncludedEvenMidMonth() {
        // As of 2024-01-15: January counts: 310, one month → 310 × 12 = 3720.
        let y = Fixture.summary("2024-01-15").trade.ytd
        #expect(y.total == 310)
        #expect(y.monthsWithData == 1)
        #expect(y.projected == 3720)
    }

    @Test func monthsWithoutDataDoNotCountTowardTheProjection() {
        // As of 2024-04-30: Jan 310 + Feb 155 + Apr 2997 = 3462 over 3 months
        // with data (March has none) → 3462 × 12 / 3 = 13848.
        let y = Fixture.summary("2024-04-30").trade.ytd
        #expect(y.total == 3462)
        #expect(y.monthsWithData == 3)
        #expect(y.projected == 13848)
    }

    @Test func noTargetForTheYearIsNil() {
        // 2023: only December, 2000; no 2023 target in targets.csv.
        let y = Fixture.summary("2023-12-31").trade.ytd
        #expect(y.total == 2000)
        #expect(y.projected == 24000)
        #expect(y.target == nil)
    }

    @Test func noDataInTheYearMeansNoProjection() {
        let y = Fixture.summary("2025-02-01").trade.ytd
        #expect(y.total == 0)
        #expect(y.monthsWithData == 0)
        #expect(y.projected == nil)
        #expect(y.target == nil)
    }

    @Test func outputYearToDateAndZonesShare() {
        let o = Fixture.summary("2024-03-31").output
        // Z1 30 + 20.5 = 50.5; Z2 (other) 20; Z3 9.5 → total 80 over 3 months.
        #expect(o.ytd.total == 80)
        #expect(o.ytd.monthsWithData == 3)
        #expect(o.ytd.projected == 320)  // 80 × 12 / 3
        #expect(o.ytd.target == 500)
        // Zones proper (not `other`): 50.5 + 9.5 = 60 of 80 = 0.75.
        #expect(o.zonesShare == 0.75)
        #expect(o.zones.map(\.zone.id) == ["Z1", "Z2", "Z3"])
        #expect(o.zones.map(\.ytdBnVND) == [50.5, 20, 9.5])
    }

    @Test func zonesShareIsNilWithoutOutput() {
        #expect(Fixture.summary("2025-02-01").output.zonesShare == nil)
    }

    @Test func projectsByStatusAndThisYear() {
        // Without project_events.csv each project has the one status of
        // projects.csv, since its status_on.
        let p = Fixture.summary("2024-03-31").projects
        #expect(p.total == 5)  // P5 is licensed on 04-15: not yet a project on 03-31
        let count = Dictionary(uniqueKeysWithValues: p.byStatus.map { ($0.status, $0.count) })
        #expect(count[.operating] == 1)
        #expect(count[.appraising] == 1)
        #expect(count[.adjusted] == 1)
        #expect(count[.revoked] == 1)
        #expect(count[.licensed] == 1)
        #expect(count[.suspended] == 0)
        // The remit is Z1 (the industrial zone): P1, P2, P4, P6; P3 and P5
        // are in the cluster Z3. Monitored: P1, P2, P6 (P4 is revoked).
        #expect(p.monitored == 3)
        // Licensed or adjusted in 2024 by 03-31 in the remit: P2 only (P3
        // is 2023 and in the cluster, P5 is 04-15).
        #expect(p.licensedOrAdjustedThisYear == 1)
        #expect(p.revokedThisYear == 1)  // P4
    }
}

@Suite("Crossings on the as-of date")
struct CrossingSummaryTests {
    @Test func onlyRowsOnTheLocalAsOfDateCount() {
        let c = Fixture.summary("2024-03-31").crossings
        // 2024-03-30T18:30Z = 03-31 01:30 local ✓; 03-30 23:59:59 local ✗;
        // 03-31 00:00 local ✓; 03-31 23:30+07 ✓; 03-31T16:59:59Z = 23:59:59 local ✓;
        // 03-31T17:30Z = 04-01 00:30 local ✗.
        #expect(c.date == day("2024-03-31"))
        #expect(c.total.vehicles == 4)
        #expect(c.total.export == 2)  // A1, A5
        #expect(c.total.import == 2)  // A3, A4
        #expect(c.total.tonnes == 29)  // 1 + 4 + 8 + 16
        #expect(c.logRows == 6)
    }

    @Test func crossingsPerGateAndHour() {
        let c = Fixture.summary("2024-03-31").crossings
        #expect(c.gate("G1")?.counts.vehicles == 3)
        #expect(c.gate("G2")?.counts.vehicles == 1)
        // Local hours: A1 01, A3 00, A4 23, A5 23.
        var hours = [Int](repeating: 0, count: 24)
        hours[0] = 1
        hours[1] = 1
        hours[23] = 2
        #expect(c.byHour == hours)
    }

    @Test func theNextLocalDayHoldsTheLateUTCRow() {
        let c = Fixture.summary("2024-04-01").crossings
        #expect(c.total.vehicles == 1)  // A6 at 00:30 local
        let d = Fixture.summary("2024-03-30").crossings
        #expect(d.total.vehicles == 1)  // A2 at 23:59:59 local
    }
}

@Suite("The as-of date")
struct AsOfTests {
    /// The minimal set's latest observation is 2024-01-31 (trade and output
    /// for 2024-01); its task update is 01-20, its project status 2023-05-01,
    /// while its due dates (2024-06-28, 2024-06-30) never count.
    @Test func defaultIsTheLastDayOfTheLatestMonth() throws {
        let f = try load(Minimal.files)
        #expect(AsOf.latestObservation(in: f.dataSet) == day("2024-01-31"))
        #expect(BoardSummary.compute(f.dataSet)?.asOf == day("2024-01-31"))
    }

    @Test func lastDayOfAFebruaryInALeapYear() throws {
        let f = try load(Minimal.with(["trade_monthly.csv": tradeHeader + "2024-02,G1,1,1,1\n"]))
        #expect(AsOf.latestObservation(in: f.dataSet) == day("2024-02-29"))
    }

    @Test(arguments: [
        ("task_updates.csv", updatesHeader + "T1,2024-03-05,20,x\n", "2024-03-05"),
        ("projects.csv", projectsHeader + "P1,A,Z1,,,licensed,2024-03-10\n", "2024-03-10"),
        ("tasks.csv", tasksHeader + "T1,A,U1,,,2024-01-10,2024-12-31,done,2024-03-12\n", "2024-03-12"),
        ("crossings/2024-03-31.csv", crossingsHeader + "2024-03-31T17:30:00Z,G1,export,A,x,,\n", "2024-04-01"),
        ("crossings/2024-03-31.csv", crossingsHeader + "2024-03-31T16:59:59Z,G1,export,A,x,,\n", "2024-03-31"),
    ])
    func laterObservationsMoveTheDefault(file: String, content: String, expected: String) throws {
        let f = try load(Minimal.with([file: content]))
        #expect(f.lines == [])
        #expect(AsOf.latestObservation(in: f.dataSet) == day(expected))
    }

    @Test func dueDatesAndStartDatesNeverCount() throws {
        let f = try load(
            Minimal.with([
                "tasks.csv": tasksHeader + "T1,A,U1,,,2024-01-10,2030-12-31,in-progress,\n",
                "works.csv": worksHeader + "W1,A,,G1,U1,10,,,preparing,2029-01-01,2030-12-31\n",
            ]))
        #expect(f.lines == [])
        #expect(AsOf.latestObservation(in: f.dataSet) == day("2024-01-31"))
    }

    @Test func fixtureDefaultIsTheLatestLocalCrossingDate() {
        // Candidates: trade/output 2024-04 → 04-30; crossing A6 → 04-01; task
        // update 04-10; project P5 04-15; T7 done 04-05. Latest: 2024-04-30.
        #expect(Fixture.summary(nil).asOf == day("2024-04-30"))
    }

    @Test func asOfOverrideWins() throws {
        let f = try load(Minimal.files)
        #expect(BoardSummary.compute(f.dataSet, asOf: day("2023-06-30"))?.asOf == day("2023-06-30"))
    }

    @Test func emptyDataSetHasNoAsOfDate() {
        #expect(BoardSummary.compute(DataSet()) == nil)
        #expect(BoardSummary.compute(DataSet(), asOf: day("2024-03-31"))?.asOf == day("2024-03-31"))
    }
}

@Suite("Tasks as of the date")
struct TaskSummaryTests {
    // As of 2024-03-31: T8 (assigned 04-02) does not count; T7 (done 04-05)
    // is not done yet. Done: T1, T2, T9 = 3. Open: T3, T4, T5, T6, T7 = 5.
    // Overdue (not done, due before 03-31): T3 (1 day), T6 (Feb 1 → Mar 31 =
    // 29 + 30 = 59 days), T7 (03-15 → 16 days) = 3.
    static var t: TaskSummary { Fixture.summary("2024-03-31").tasks }

    @Test func countsOpenOverdueDone() {
        let t = Self.t
        #expect(t.tasks.count == 8)
        #expect(t.done == 3)
        #expect(t.open == 5)
        #expect(t.overdue == 3)
    }

    @Test func overdueIdsLongestFirst() {
        #expect(Self.t.overdueIDs == ["T6", "T7", "T3"])
    }

    @Test func doneOnTheDueDateIsOnTimeAndAfterItIsLate() {
        let t = Self.t
        #expect(t.view("T1")?.state == .doneOnTime)
        #expect(t.view("T2")?.state == .doneLate(days: 9))  // 03-10 − 03-01
        #expect(t.view("T9")?.state == .done)
    }

    @Test func dueOnTheAsOfDateIsNotOverdue() {
        #expect(Self.t.view("T4")?.state == .open(daysLeft: 0))
        #expect(Self.t.view("T3")?.state == .overdue(days: 1))
    }

    @Test func standingTaskIsNeverOverdue() {
        #expect(Self.t.view("T5")?.state == .standing)
        // Even ten years on.
        #expect(Fixture.summary("2034-03-31").tasks.view("T5")?.state == .standing)
    }

    @Test func taskDoneAfterTheAsOfDateWasNotDoneThen() {
        let v = Self.t.view("T7")
        #expect(v?.isDone == false)
        #expect(v?.status == .inProgress)
        #expect(v?.state == .overdue(days: 16))
        // As of 2024-04-05 it is done, 21 days late (03-15 → 04-05).
        #expect(Fixture.summary("2024-04-05").tasks.view("T7")?.state == .doneLate(days: 21))
    }

    @Test func taskAssignedAfterTheAsOfDateDoesNotCount() {
        #expect(Self.t.view("T8") == nil)
        #expect(Fixture.summary("2024-04-02").tasks.view("T8") != nil)
    }

    @Test func updatesAfterTheAsOfDateAreNotShown() {
        let v = Self.t.view("T3")
        #expect(v?.updates.map(\.note) == ["Đang làm"])
        #expect(v?.latestProgress == 40)
    }

    @Test func perLeadUnit() {
        let t = Self.t
        // U1 leads T1 (on time), T2 (late), T3 (overdue), T4 (open): open 2, overdue 1, done 2, 1 of 2 on time.
        let u1 = t.score("U1")
        #expect(u1?.leadOpen == 2)
        #expect(u1?.leadOverdue == 1)
        #expect(u1?.leadDone == 2)
        #expect(u1?.onTimePct == 50)
        // U2 leads T5 (standing), T6 (overdue), T7 (overdue): open 3, overdue 2, none done.
        let u2 = t.score("U2")
        #expect(u2?.leadOpen == 3)
        #expect(u2?.leadOverdue == 2)
        #expect(u2?.leadDone == 0)
        #expect(u2?.onTimePct == nil)
        // U3 leads T9 (done, no due date; T8 not yet assigned): on_time_pct has nothing to measure.
        let u3 = t.score("U3")
        #expect(u3?.leadOpen == 0)
        #expect(u3?.leadDone == 1)
        #expect(u3?.onTimePct == nil)
    }

    @Test func supportCounts() {
        let t = Self.t
        // U1 supports T5 (open). U2 supports T2 (done). U3 supports T7 (open, overdue).
        #expect(t.score("U1")?.supportOpen == 1)
        #expect(t.score("U2")?.supportTotal == 1)
        #expect(t.score("U2")?.supportOpen == 0)
        #expect(t.score("U3")?.supportOverdue == 1)
    }
}

@Suite("Works")
struct WorksSummaryTests {
    // As of 2024-03-31. W1 under construction, due 03-30 → late. W2 due
    // 03-31 (the as-of date) → not late. W3 completed and W4 operating, due
    // 2023 → never late. W5 no due date. W6 proposed, due 01-15 → late.
    static var w: WorksSummary { Fixture.summary("2024-03-31").works }

    @Test func countsAndBudgetByStatus() {
        let rows = Dictionary(uniqueKeysWithValues: Self.w.byStatus.map { ($0.status, $0) })
        #expect(rows[.proposed]?.count == 2)
        #expect(rows[.preparing]?.count == 1)
        #expect(rows[.underConstruction]?.count == 1)
        #expect(rows[.completed]?.count == 1)
        #expect(rows[.operating]?.count == 1)
        #expect(rows[.proposed]?.budgetBnVND == 101)  // 100 + 1
        #expect(Self.w.budgetBnVND == 141)  // 10 + 20.5 + 5 + 4.5 + 100 + 1
        #expect(Self.w.disbursedBnVND == 11.5)  // 2 + 5 + 4.5
    }

    @Test func lateWorksLongestOverdueFirst() {
        #expect(Self.w.late.map(\.id) == ["W6", "W1"])
    }

    @Test func dueExactlyOnTheAsOfDateIsNotLate() {
        #expect(!Self.w.late.contains { $0.id == "W2" })
        #expect(Fixture.summary("2024-04-01").works.late.map(\.id) == ["W6", "W1", "W2"])
    }

    @Test func daysLateCountFromTheDueDate() {
        let d = Fixture.summary("2024-03-31")
        let late = Dictionary(uniqueKeysWithValues: d.works.late.map { ($0.id, $0.daysLate(asOf: d.asOf)) })
        #expect(late["W1"] == 1)  // due 03-30
        #expect(late["W6"] == 76)  // due 01-15: 16 days of January, 29 of February, 31 of March
        let w2 = Work(id: "W2", name: "", ownerID: "U1", budgetBnVND: 1, status: .preparing, dueOn: Day("2024-03-31"))
        #expect(w2.daysLate(asOf: Day("2024-03-31")!) == nil)
        let done = Work(id: "D", name: "", ownerID: "U1", budgetBnVND: 1, status: .completed, dueOn: Day("2023-01-01"))
        #expect(done.daysLate(asOf: Day("2024-03-31")!) == nil)
    }

    /// One rule for the disbursed share, all works or one: nil without a
    /// disbursed figure or without a budget, never a division by zero.
    @Test func disbursedShareIsNilWithoutAFigureOrABudget() {
        #expect(Self.w.disbursedShare == 11.5 / 141)
        func work(budget: Double, disbursed: Double?) -> Work {
            Work(id: "X", name: "", ownerID: "U1", budgetBnVND: budget, disbursedBnVND: disbursed, status: .preparing)
        }
        #expect(work(budget: 10, disbursed: 2.5).disbursedShare == 0.25)
        #expect(work(budget: 10, disbursed: nil).disbursedShare == nil)
        #expect(work(budget: 0, disbursed: 5).disbursedShare == nil)
        #expect(work(budget: 0, disbursed: 0).disbursedShare == nil)
        var d = DataSet()
        d.works = [work(budget: 0, disbursed: 5)]
        #expect(BoardSummary.compute(d, asOf: Day("2024-03-31"))?.works.disbursedShare == nil)
    }
}
