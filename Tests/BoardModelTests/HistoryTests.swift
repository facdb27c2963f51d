// History that is true at any as-of date: the works' dated states
// (`works_updates.csv`) and the assignments' reported statuses
// (`task_updates.csv`'s `status`), by the rules of docs/data-format.md,
// on small hand-made data sets.

import Testing

@testable import BoardModel

let worksUpdatesHeader = "work_id,on,progress_pct,disbursed_bn_vnd,status\n"

enum WorksHistoryFixture {
    static let works =
        worksHeader + """
            W1,Đường,Z1,,U1,10,9,100,operating,2023-02-01,2024-02-28
            W2,Bãi,,G1,U1,20,4,30,under-construction,2024-01-15,2024-12-31
            W3,Kho,,G2,U2,5,,,preparing,,2025-06-30
            W4,Nhà,,,U1,8,2,40,under-construction,2023-06-01,2024-01-31
            W5,Trạm,,,U2,3,3,100,completed,2023-01-01,2024-03-01

            """
    static let updates =
        worksUpdatesHeader + """
            W1,2023-02-01,0,0,under-construction
            W1,2023-09-30,60,5,
            W1,2024-02-20,100,8.5,completed
            W1,2024-03-10,,9,operating
            W2,2024-02-01,10,1,
            W2,2024-03-20,30,4,
            W3,2023-11-01,,,proposed
            W3,2024-03-01,,,preparing
            W5,2024-03-01,100,3,completed

            """
    static let folder: DataFolder = try! load(
        Minimal.with(["works.csv": works, "works_updates.csv": updates]))

    static func works(_ asOf: String, _ d: DataSet = folder.dataSet) -> WorksSummary {
        BoardSummary.compute(d, asOf: day(asOf))!.works
    }
}

@Suite("Works as of a date")
struct WorksHistoryTests {
    @Test func fixtureLoadsCleanly() {
        #expect(WorksHistoryFixture.folder.lines == [])
    }

    @Test func atTheLatestDateEachWorkShowsTodaysState() throws {
        let w = WorksHistoryFixture.works("2024-03-31")
        let w1 = try #require(w.work("W1"))
        #expect(w1.status == .operating && w1.progressPct == 100 && w1.disbursedBnVND == 9)
        // W2 never reports a status: today's (under construction).
        #expect(w.work("W2")?.status == .underConstruction)
        #expect(w.work("W2")?.progressPct == 30)
        #expect(w.work("W3")?.status == .preparing)
        // W4 has no dated state at all: works.csv, and it is said so.
        #expect(w.work("W4")?.progressPct == 40)
        #expect(w.currentStateOnly == ["W4"])
        #expect(w.late.map(\.id) == ["W4"])  // due 01-31, under construction
        #expect(w.notStarted.isEmpty)
    }

    @Test func atTheEndOf2023() throws {
        let w = WorksHistoryFixture.works("2023-12-31")
        // W1: under construction since 2023-02-01, 60 % and 5 bn by 09-30.
        let w1 = try #require(w.work("W1"))
        #expect(w1.status == .underConstruction)
        #expect(w1.progressPct == 60)
        #expect(w1.disbursedBnVND == 5)
        // W2 starts 2024-01-15 and reports no status by then: not started,
        // preparing, with no progress or disbursement figure.
        let w2 = try #require(w.work("W2"))
        #expect(w.notStarted == ["W2"])
        #expect(w2.status == .preparing)
        #expect(w2.progressPct == nil && w2.disbursedBnVND == nil)
        #expect(w.work("W3")?.status == .proposed)  // reported 2023-11-01
        // W5 is first reported (completed) on 2024-03-01: on 2023-12-31 it
        // was still being built, with no figure known.
        let w5 = try #require(w.work("W5"))
        #expect(w5.status == .underConstruction)
        #expect(w5.progressPct == nil && w5.disbursedBnVND == nil)
        // By status: under construction W1, W4, W5 (10 + 8 + 3 = 21 bn);
        // preparing W2 (20); proposed W3 (5).
        let rows = Dictionary(uniqueKeysWithValues: w.byStatus.map { ($0.status, $0) })
        #expect(rows[.underConstruction]?.count == 3)
        #expect(rows[.underConstruction]?.budgetBnVND == 21)
        #expect(rows[.preparing]?.count == 1)
        #expect(rows[.proposed]?.count == 1)
        #expect(rows[.operating]?.count == 0)
        // Disbursed then: W1 5 + W4 2 (today's: no history) = 7.
        #expect(w.disbursedBnVND == 7)
        // Late on 2023-12-31: nothing is due before it.
        #expect(w.late.isEmpty)
        // The dated states shown are those up to the date.
        #expect(w.updates["W1"]?.map(\.on) == [day("2023-02-01"), day("2023-09-30")])
        #expect(w.updates["W2"] == nil)
    }

    @Test func completedInFebruary() throws {
        // 2024-02-25: W1 completed on 02-20 (before its 02-28 due date).
        let w = WorksHistoryFixture.works("2024-02-25")
        let w1 = try #require(w.work("W1"))
        #expect(w1.status == .completed)
        #expect(w1.progressPct == 100 && w1.disbursedBnVND == 8.5)
        // W2 started 2024-01-15: no longer "not started"; its progress
        // reported on 02-01.
        #expect(w.notStarted.isEmpty)
        #expect(w.work("W2")?.progressPct == 10)
        // W4 is late (due 01-31), 25 days.
        #expect(w.late.map(\.id) == ["W4"])
        #expect(w.work("W4")?.daysLate(asOf: day("2024-02-25")) == 25)
    }

    @Test func beforeTheFirstStateAFigureIsUnknown() throws {
        // 2023-06-30: W3's first status (proposed, 2023-11-01) is later, so
        // it is the first one reported; W1 is under construction at 0 %.
        let w = WorksHistoryFixture.works("2023-06-30")
        #expect(w.work("W3")?.status == .proposed)
        #expect(w.work("W1")?.progressPct == 0)
    }

    @Test func withoutTheFileAWorkNotStartedIsStillNotStarted() throws {
        // No works_updates.csv: every work shows today's state, except that
        // a work whose start is after the date is not started.
        let f = try load(Minimal.with(["works.csv": WorksHistoryFixture.works]))
        let w = WorksHistoryFixture.works("2023-12-31", f.dataSet)
        #expect(w.currentStateOnly.count == 5)
        #expect(w.notStarted == ["W2"])
        #expect(w.work("W2")?.status == .preparing)
        #expect(w.work("W1")?.status == .operating)  // today's, the screens say so
    }

    @Test func aRowWithoutAnyStateIsAnError() throws {
        let f = try load(
            Minimal.with([
                "works_updates.csv": worksUpdatesHeader
                    + "W1,2024-01-01,,,\nW1,2024-02-01,,,Preparing\nWX,2024-02-01,5,,\n"
            ]))
        #expect(f.locations("works_updates.csv") == ["2:15 error", "3:17 warning", "4:1 error"])
        #expect(f.problems(of: "works_updates.csv")[0].message.contains("gives no state"))
        #expect(f.dataSet.worksUpdates.count == 1)
    }

    @Test func aDatedStateIsAnObservation() throws {
        // The latest observation may be a work's dated state.
        let f = try load(
            Minimal.with(["works_updates.csv": worksUpdatesHeader + "W1,2024-02-10,55,,\n"]))
        #expect(AsOf.latestObservation(in: f.dataSet) == day("2024-02-10"))
    }
}

enum StatusHistoryFixture {
    static let tasks =
        tasksHeader + """
            T1,Mở lối mở,U1,,,2024-01-01,2024-06-30,blocked,
            T2,Kế hoạch năm,U1,,,2024-01-01,2024-03-15,done,2024-03-10
            T3,Không ghi trạng thái,U2,,,2024-01-01,,in-progress,
            T4,Chưa làm,U2,,,2024-01-01,2024-05-01,not-started,
            T5,Báo cáo muộn,U3,,,2024-02-01,2024-04-01,blocked,

            """
    static let updates = """
        task_id,on,progress_pct,note,status
        T1,2024-01-20,10,Bắt đầu,in-progress
        T1,2024-02-20,30,Vướng mặt bằng,blocked
        T1,2024-03-10,40,Gỡ được một phần,in-progress
        T1,2024-03-25,40,Lại vướng,blocked
        T2,2024-02-01,50,Đang làm,in-progress
        T2,2024-03-05,100,Xong sớm,done
        T3,2024-02-10,20,Không ghi trạng thái,
        T5,2024-03-20,0,Chưa làm được,blocked

        """
    static let folder: DataFolder = try! load(
        Minimal.with(["tasks.csv": tasks, "task_updates.csv": updates]))

    static func status(_ id: String, _ asOf: String) -> TaskStatus? {
        BoardSummary.compute(folder.dataSet, asOf: day(asOf))!.tasks.view(id)?.status
    }
}

@Suite("Assignment statuses as of a date")
struct StatusHistoryTests {
    @Test func fixtureLoadsCleanly() {
        #expect(StatusHistoryFixture.folder.lines == [])
    }

    @Test func theLatestReportedStatusOnOrBeforeTheDate() {
        #expect(StatusHistoryFixture.status("T1", "2024-01-25") == .inProgress)
        #expect(StatusHistoryFixture.status("T1", "2024-02-25") == .blocked)
        #expect(StatusHistoryFixture.status("T1", "2024-03-15") == .inProgress)
        #expect(StatusHistoryFixture.status("T1", "2024-03-31") == .blocked)
    }

    @Test func doneOnStillDecidesDone() {
        // T2 reported done on 03-05, but done_on is 03-10: in progress on 03-07.
        #expect(StatusHistoryFixture.status("T2", "2024-03-07") == .inProgress)
        #expect(StatusHistoryFixture.status("T2", "2024-03-10") == .done)
        #expect(StatusHistoryFixture.status("T2", "2024-02-15") == .inProgress)
    }

    @Test func beforeAnyReportedStatus() {
        // T1's statuses all come later than 01-10 and nothing was reported
        // by then: not started. T5 likewise on 02-15.
        #expect(StatusHistoryFixture.status("T1", "2024-01-10") == .notStarted)
        #expect(StatusHistoryFixture.status("T5", "2024-02-15") == .notStarted)
        // T5 was given on 02-01: before that it does not exist.
        #expect(StatusHistoryFixture.status("T5", "2024-01-15") == nil)
    }

    @Test func withoutAnyReportedStatusTheFilesStatus() {
        // T3's only report gives no status; T4 has no report: tasks.csv's.
        #expect(StatusHistoryFixture.status("T3", "2024-01-05") == .inProgress)
        #expect(StatusHistoryFixture.status("T3", "2024-03-31") == .inProgress)
        #expect(StatusHistoryFixture.status("T4", "2024-01-05") == .notStarted)
    }

    @Test func countsFollowTheStatuses() {
        // On 2024-02-25: T1 blocked; the rest not done; T2 in progress.
        let s = BoardSummary.compute(StatusHistoryFixture.folder.dataSet, asOf: day("2024-02-25"))!.tasks
        let blocked = s.tasks.filter { $0.status == .blocked }.map(\.task.id)
        #expect(blocked == ["T1"])
        #expect(s.done == 0)
        // On 03-31: T1 and T5 blocked, T2 done.
        let end = BoardSummary.compute(StatusHistoryFixture.folder.dataSet, asOf: day("2024-03-31"))!.tasks
        #expect(end.tasks.filter { $0.status == .blocked }.map(\.task.id) == ["T1", "T5"])
        #expect(end.done == 1)
    }

    @Test func aWrongStatusIsAnError() throws {
        let f = try load(
            Minimal.with(["task_updates.csv": "task_id,on,progress_pct,note,status\nT1,2024-01-20,10,x,finished\n"]))
        #expect(f.locations("task_updates.csv") == ["2:20 error"])
    }
}
