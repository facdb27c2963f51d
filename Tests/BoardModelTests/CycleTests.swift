import Foundation
import Testing

@testable import BoardModel

/// The committee's cycle on a data set worked out by hand, as of
/// 31/03/2024 with the default 30 silent days:
///
/// | task | lead | support | from | assigned | due | state at 31/03 | latest report | days |
/// |---|---|---|---|---|---|---|---|---|
/// | A1 | BQL | SXD | M1 | 26/01 | 15/03 | overdue 16 | 01/03 "Đang làm." | 30: not silent |
/// | A2 | BQL | HQ | M1 | 26/01 | 30/06 | open 91 left | 29/02 asks the committee | 31: silent |
/// | A3 | UBBX | BQL, SXD | "Kế hoạch 82" | 01/03 | — | standing | none (assigned 01/03) | 30: not silent |
/// | A4 | UBBX | HQ | "Kế hoạch 82" | 29/02 | 31/03 | blocked, due today | none (assigned 29/02) | 31: silent |
/// | A5 | CAT | HQ | M2 | 20/03 | 30/04 | open 30 left | 25/03 asks the Ministry | 6 |
/// | A6 | BQL | — | — | 01/06/2023 | 31/12/2023 | done late 25 (25/01) | 01/07/2023 | done |
/// | A7 | CAT | SXD | M2 | 20/03 | 30/03 | done on time (28/03) | — | done |
/// | A8 | SXD | BQL | M3 | 16/04 | — | not yet assigned | — | — |
/// | A9 | HQ | — | "Kết luận hội nghị" | 26/01 | 20/03 | overdue 11 | 31/03 asks the head | 0 |
///
/// Meetings: M1 26/01 and M2 20/03 held; M3 15/04 still to come.
enum CycleData {
    static func day(_ s: String) -> Day { Day(s)! }
    static let asOf = day("2024-03-31")

    static var dataSet: DataSet {
        var d = DataSet()
        d.units = [
            BoardModel.Unit(id: "BQL", name: "Ban Quản lý Khu Kinh tế tỉnh", shortName: "BQL KKT", kind: .board),
            BoardModel.Unit(id: "SXD", name: "Sở Xây dựng", shortName: "Sở XD", kind: .department),
            BoardModel.Unit(id: "CAT", name: "Công an tỉnh", kind: .agency),
            BoardModel.Unit(id: "UBBX", name: "UBND huyện Bát Xát", shortName: "UBND Bát Xát", kind: .district),
            BoardModel.Unit(id: "HQ", name: "Cục Hải quan tỉnh", shortName: "Hải quan", kind: .agency),
        ]
        d.meetings = [
            Meeting(id: "M1", heldOn: day("2024-01-26"), title: "Hội nghị tổng kết 2023"),
            Meeting(id: "M2", heldOn: day("2024-03-20"), title: "Phiên họp quý I"),
            Meeting(id: "M3", heldOn: day("2024-04-15"), title: "Phiên họp tháng 4"),
        ]
        d.tasks = [
            BoardTask(
                id: "A1", title: "Phân luồng phương tiện", leadID: "BQL", supportIDs: ["SXD"],
                source: "Kết luận hội nghị", assignedOn: day("2024-01-26"), dueOn: day("2024-03-15"),
                status: .inProgress, meetingID: "M1"),
            BoardTask(
                id: "A2", title: "Vốn hạ tầng", leadID: "BQL", supportIDs: ["HQ"], assignedOn: day("2024-01-26"),
                dueOn: day("2024-06-30"), status: .inProgress, meetingID: "M1"),
            BoardTask(
                id: "A3", title: "Báo cáo định kỳ", leadID: "UBBX", supportIDs: ["BQL", "SXD"], source: "Kế hoạch 82",
                assignedOn: day("2024-03-01"), status: .inProgress),
            BoardTask(
                id: "A4", title: "Quy hoạch Quang Kim", leadID: "UBBX", supportIDs: ["HQ"], source: "Kế hoạch 82",
                assignedOn: day("2024-02-29"), dueOn: day("2024-03-31"), status: .blocked),
            BoardTask(
                id: "A5", title: "Bãi chờ xe", leadID: "CAT", supportIDs: ["HQ"], assignedOn: day("2024-03-20"),
                dueOn: day("2024-04-30"), status: .notStarted, meetingID: "M2"),
            BoardTask(
                id: "A6", title: "Tham mưu dự án", leadID: "BQL", assignedOn: day("2023-06-01"),
                dueOn: day("2023-12-31"), status: .done, doneOn: day("2024-01-25")),
            BoardTask(
                id: "A7", title: "Kiểm tra an toàn", leadID: "CAT", supportIDs: ["SXD"], assignedOn: day("2024-03-20"),
                dueOn: day("2024-03-30"), status: .done, doneOn: day("2024-03-28"), meetingID: "M2"),
            BoardTask(
                id: "A8", title: "Giao sau", leadID: "SXD", supportIDs: ["BQL"], assignedOn: day("2024-04-16"),
                status: .notStarted, meetingID: "M3"),
            BoardTask(
                id: "A9", title: "Thông quan", leadID: "HQ", source: "Kết luận hội nghị", assignedOn: day("2024-01-26"),
                dueOn: day("2024-03-20"), status: .inProgress),
        ]
        d.taskUpdates = [
            TaskUpdate(taskID: "A1", on: day("2024-03-01"), progressPct: 40, note: "Đang làm."),
            TaskUpdate(
                taskID: "A2", on: day("2024-02-29"), progressPct: 10,
                note: "Chưa có vốn. Đề nghị Ban Chỉ đạo cho ý kiến về nguồn vốn."),
            TaskUpdate(taskID: "A5", on: day("2024-03-25"), note: "Đề nghị Bộ Công an hỗ trợ."),
            TaskUpdate(taskID: "A6", on: day("2023-07-01"), progressPct: 50, note: "Nửa chặng."),
            TaskUpdate(taskID: "A9", on: day("2024-01-26"), note: "Nhận nhiệm vụ."),
            TaskUpdate(
                taskID: "A9", on: day("2024-03-31"), progressPct: 80,
                note: "Xong phần lớn.\nKính đề nghị Trưởng Ban cho ý kiến."),
        ]
        d.works = [
            Work(
                id: "W1", name: "Bãi hàng", ownerID: "BQL", budgetBnVND: 10, status: .underConstruction,
                dueOn: day("2024-03-25")),
            Work(
                id: "W2", name: "Đường nội bộ", ownerID: "BQL", budgetBnVND: 5, status: .preparing,
                dueOn: day("2024-03-19")),
            Work(
                id: "W3", name: "Nhà liên ngành", ownerID: "BQL", budgetBnVND: 8, status: .underConstruction,
                dueOn: day("2024-03-18")),
            Work(
                id: "W4", name: "Cổng kiểm soát", ownerID: "BQL", budgetBnVND: 2, status: .underConstruction,
                dueOn: day("2024-03-31")),
            Work(
                id: "W5", name: "Trạm cân", ownerID: "BQL", budgetBnVND: 3, status: .completed, dueOn: day("2024-03-25")
            ),
        ]
        return d
    }

    static func summary(_ d: DataSet = dataSet, asOf: Day = asOf, silentDays: Int = 30) -> BoardSummary {
        BoardSummary.compute(d, asOf: asOf, silentDays: silentDays)!
    }

    static var names: AssignmentItems.Names { AssignmentItems.Names(dataSet) }
}

@Suite("Reporting discipline: silent, blocked, asking")
struct ReportingTests {
    let t = CycleData.summary().tasks

    @Test("Silent: more than 30 days since the latest report, or since assigned_on without one; never when done")
    func silent() {
        let days = t.tasks.map { ($0.task.id, $0.daysSinceReport, $0.isSilent) }
        #expect(days.map(\.0) == ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A9"])  // A8 not yet assigned
        #expect(days.map(\.1) == [30, 31, 30, 31, 6, 274, 11, 0])
        #expect(days.map(\.2) == [false, true, false, true, false, false, false, false])
        #expect(t.silentIDs == ["A4", "A2"])  // urgency order: due today before 91 days left
        #expect(t.silentDays == 30)
    }

    @Test("The number of days is a setting: 29 adds A1 and A3, 31 leaves none")
    func silentDaysSetting() {
        #expect(CycleData.summary(silentDays: 29).tasks.silentIDs == ["A1", "A4", "A2", "A3"])
        #expect(CycleData.summary(silentDays: 31).tasks.silentIDs.isEmpty)
        #expect(CycleData.summary(silentDays: 31).tasks.silentDays == 31)
    }

    @Test("Blocked and asking for the committee's direction; a request to someone else is not one")
    func blockedAndAsking() {
        #expect(t.blockedIDs == ["A4"])
        #expect(t.askingIDs == ["A9", "A2"])
        #expect(!t.view("A5")!.asksDirection)
        #expect(CommitteeRequest.asks("Đề nghị Ban Chỉ đạo cho ý kiến chỉ đạo tháo gỡ."))
        #expect(CommitteeRequest.asks("de nghi ban chi dao xem xet"))
        #expect(CommitteeRequest.asks("Tạm dừng.\nĐỀ NGHỊ BAN CHỈ ĐẠO CHO Ý KIẾN"))
        #expect(!CommitteeRequest.asks("Đề nghị Bộ Ngoại giao hỗ trợ."))
        // The committee and the request must be in one sentence.
        #expect(!CommitteeRequest.asks("Đã báo cáo Ban Chỉ đạo. Đề nghị Sở Tài chính bố trí vốn."))
        #expect(!CommitteeRequest.asks("Ban Chỉ đạo đã họp."))
        // Every name, in capitals too, passes the quick test before the
        // sentences are read; notes naming none of them never do.
        for name in CommitteeRequest.committee {
            #expect(CommitteeRequest.asks("Kính đề nghị \(name) cho ý kiến"), "\(name)")
            #expect(CommitteeRequest.asks("KÍNH ĐỀ NGHỊ \(name.uppercased()) CHO Ý KIẾN"), "\(name)")
        }
        #expect(CommitteeRequest.mayNameCommittee("xin ý kiến BCĐ"))
        #expect(CommitteeRequest.mayNameCommittee("Steering"))
        #expect(!CommitteeRequest.mayNameCommittee("Đề nghị Sở Tài chính bố trí vốn; xin ý kiến UBND tỉnh."))
        #expect(!CommitteeRequest.mayNameCommittee("Steerin g b an"))
        // Done: nothing is asked any more.
        var d = CycleData.dataSet
        d.taskUpdates.append(TaskUpdate(taskID: "A7", on: CycleData.day("2024-03-28"), note: "Đề nghị BCĐ ghi nhận."))
        #expect(!CycleData.summary(d).tasks.view("A7")!.asksDirection)
    }

    @Test("Reports in date order, file order within a day: by buckets, or across centuries by sorting")
    func dateOrder() {
        func u(_ day: String, _ note: String) -> TaskUpdate {
            TaskUpdate(taskID: "A1", on: CycleData.day(day), note: note)
        }
        let reports = [
            u("2024-03-02", "a"), u("2024-03-01", "b"), u("2024-03-02", "c"), u("2024-02-29", "d"),
            u("2024-03-01", "e"),
        ]
        #expect(Reporting.dateOrder(reports) == [3, 1, 4, 0, 2])
        #expect(Reporting.dateOrder(reports + [u("2999-01-01", "f"), u("1900-01-01", "g")]) == [6, 3, 1, 4, 0, 2, 5])
        #expect(Reporting.dateOrder([u("2024-01-01", "x"), u("2024-01-02", "y")]) == [0, 1])
        #expect(Reporting.dateOrder([]) == [])
    }

    @Test("Scorecards: reported within 30 days, x of y open lead assignments")
    func scorecards() throws {
        func card(_ id: String) throws -> UnitScore { try #require(t.score(id)) }
        #expect(try card("BQL").leadOpen == 2)
        #expect(try card("BQL").leadSilent == 1)
        #expect(try card("BQL").leadReportedWithin == 1)
        #expect(try card("UBBX").leadReportedWithin == 1)
        #expect(try card("UBBX").leadSilent == 1)
        #expect(try card("CAT").leadReportedWithin == 1)
        #expect(try card("HQ").leadReportedWithin == 1)
        #expect(try card("HQ").supportSilent == 2)  // A2 and A4
        #expect(try card("SXD").leadOpen == 0)
        #expect(try card("SXD").supportSilent == 0)
    }

    @Test("The sample data at 31/03/2024: QH10, NV22, NV09 and NV17 are silent; QH06 and NV10 blocked; QH06 asks")
    func sample() throws {
        let folder = try DataFolder.load(sampleDataPath)
        let t = BoardSummary.compute(folder.dataSet, asOf: day("2024-03-31"))!.tasks
        #expect(t.silentIDs == ["QH10", "NV22", "NV09", "NV17"])
        #expect(t.silentIDs.map { t.view($0)!.daysSinceReport } == [69, 65, 65, 40])
        #expect(t.blockedIDs == ["QH06", "NV10"])
        #expect(t.askingIDs == ["QH06"])
        #expect(t.score("BQLKKT")?.leadReportedWithin == 6)
        #expect(t.score("CACDONVI")?.leadReportedWithin == 3)  // NV02, NV03, NV05
        #expect(t.score("SCT")?.leadSilent == 1)  // NV09
    }
}

@Suite("Every assignment in one list: groups and orders")
struct AssignmentListTests {
    let s = CycleData.summary()

    func ids(_ positions: [Int]) -> [String] { positions.map { s.tasks.tasks[$0].task.id } }

    @Test("Orders: urgency, due date, the longest without a report, id")
    func orders() {
        let a = s.assignments
        #expect(ids(a.order(.urgency)) == ["A1", "A9", "A4", "A5", "A2", "A3", "A7", "A6"])
        #expect(ids(a.order(.dueDate)) == ["A6", "A1", "A9", "A7", "A4", "A5", "A2", "A3"])
        #expect(ids(a.order(.quietest)) == ["A2", "A4", "A1", "A3", "A5", "A9", "A6", "A7"])
        #expect(ids(a.order(.id)) == ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A9"])
    }

    @Test("By lead unit: most overdue first, then most open; by meeting: latest first, then sources, then none")
    func groups() {
        let a = s.assignments
        #expect(a.groups(.leadUnit) == [.unit("BQL"), .unit("HQ"), .unit("UBBX"), .unit("CAT")])
        let m = a.groups(.meeting)
        #expect(m.count == 5)
        #expect(m[0] == .meeting(Meeting(id: "M2", heldOn: CycleData.day("2024-03-20"), title: "Phiên họp quý I")))
        #expect(
            m[1] == .meeting(Meeting(id: "M1", heldOn: CycleData.day("2024-01-26"), title: "Hội nghị tổng kết 2023")))
        #expect(m[2...] == [.source("Kế hoạch 82"), .source("Kết luận hội nghị"), .noSource])
        func members(_ g: AssignmentList.Grouping) -> [[String]] {
            let of = a.groupOf(g)!
            return a.groups(g).indices.map { gi in ids(a.order(.urgency).filter { of[$0] == gi }) }
        }
        #expect(members(.leadUnit) == [["A1", "A2", "A6"], ["A9"], ["A4", "A3"], ["A5", "A7"]])
        // A1 comes from M1 even though its source says otherwise.
        #expect(members(.meeting) == [["A5", "A7"], ["A1", "A2"], ["A4", "A3"], ["A9"], ["A6"]])
        #expect(a.groups(.none).isEmpty && a.groupOf(.none) == nil)
        #expect(a.sources == ["Kết luận hội nghị", "Kế hoạch 82"])
    }
}

@Suite("The brief")
struct BriefTests {
    @Test("Since defaults to the latest meeting held by the as-of date; a meeting still to come does not count")
    func sinceMeeting() {
        let b = Brief.compute(CycleData.summary(), CycleData.dataSet)
        #expect(b.since == CycleData.day("2024-03-20"))
        #expect(b.sinceRule == .meeting)
        #expect(b.meeting?.id == "M2")
        // As of the day of M1: M1 (held that day) starts the period.
        let early = Brief.compute(CycleData.summary(asOf: CycleData.day("2024-01-26")), CycleData.dataSet)
        #expect(early.since == CycleData.day("2024-01-26") && early.meeting?.id == "M1")
    }

    @Test("Without a meeting held by then: 90 days before the as-of date")
    func sinceWindow() {
        var d = CycleData.dataSet
        d.meetings = []
        let b = Brief.compute(CycleData.summary(d), d)
        #expect(b.since == CycleData.day("2024-01-01"))  // 31/03 − 90 days, 2024 a leap year
        #expect(b.sinceRule == .window && b.meeting == nil)
        let before = Brief.compute(CycleData.summary(asOf: CycleData.day("2024-01-25")), CycleData.dataSet)
        #expect(before.since == CycleData.day("2023-10-27") && before.sinceRule == .window)
    }

    @Test("The period includes both ends: done, assigned and reports on those days count")
    func windows() {
        let s = CycleData.summary()
        let b = Brief.compute(s, CycleData.dataSet)  // 20/03 – 31/03
        #expect(b.doneSince.map(\.task.id) == ["A7"])
        #expect(b.assignedSince.map(\.task.id) == ["A5", "A7"])  // both on 20/03
        #expect(b.reportsSince == 2 && b.tasksReportedSince == 2)  // A5 25/03, A9 31/03
        let given = Brief.compute(s, CycleData.dataSet, since: CycleData.day("2024-02-29"))
        #expect(given.sinceRule == .given && given.meeting == nil)
        #expect(given.assignedSince.map(\.task.id) == ["A4", "A3", "A5", "A7"])
        #expect(given.reportsSince == 4)  // A2 29/02, A1 01/03, A5, A9
        #expect(Brief.compute(s, CycleData.dataSet, since: CycleData.day("2024-03-01")).reportsSince == 3)
        #expect(
            Brief.compute(s, CycleData.dataSet, since: CycleData.day("2024-01-25")).doneSince.map(\.task.id) == [
                "A6", "A7",
            ])
        #expect(Brief.compute(s, CycleData.dataSet, since: CycleData.day("2024-03-20")).meeting?.id == "M2")
    }

    @Test("Lists: overdue, blocked, asking, silent; works late and those turned late in the period")
    func lists() {
        let b = Brief.compute(CycleData.summary(), CycleData.dataSet)
        #expect(b.overdue.map(\.task.id) == ["A1", "A9"])
        #expect(b.blocked.map(\.task.id) == ["A4"])
        #expect(b.asking.map(\.task.id) == ["A9", "A2"])
        #expect(b.silent.map(\.task.id) == ["A4", "A2"])
        #expect(b.worksLate.map(\.id) == ["W3", "W2", "W1"])
        // W2 due 19/03 is late from 20/03, the period's first day; W3 was late before.
        #expect(b.worksTurnedLate.map(\.id) == ["W2", "W1"])
        #expect(b.overdueByLead().map(\.lead) == ["BQL", "HQ"])
    }

    @Test("JSON: the documented keys, in order, with the lists as ids")
    func json() throws {
        let text = Brief.compute(CycleData.summary(), CycleData.dataSet).json()
        let root = try JSONReader.parse(text)
        #expect(
            root.keys == [
                "sample_data", "as_of", "since", "since_from", "meeting", "silent_days", "trade", "output", "overdue",
                "blocked",
                "asks_direction", "silent", "done_since", "assigned_since", "reports_since", "tasks_reported_since",
                "works_late", "works_turned_late_since", "works_completed_since", "problems",
            ])
        #expect(root["as_of"]?.string == "2024-03-31")
        #expect(root["since"]?.string == "2024-03-20")
        #expect(root["since_from"]?.string == "meeting")
        #expect(root["meeting"]?["id"]?.string == "M2")
        #expect(root["silent_days"]?.number == 30)
        #expect(root["overdue"]?.array?.compactMap(\.string) == ["A1", "A9"])
        #expect(root["blocked"]?.array?.compactMap(\.string) == ["A4"])
        #expect(root["silent"]?.array?.compactMap(\.string) == ["A4", "A2"])
        #expect(root["done_since"]?.array?.compactMap(\.string) == ["A7"])
        #expect(root["assigned_since"]?.array?.compactMap(\.string) == ["A5", "A7"])
        #expect(root["reports_since"]?.number == 2)
        #expect(root["works_completed_since"]?.isNull == true)
        #expect(root["trade"]?["target_usd"]?.isNull == true)  // no targets: null, not 0
    }

    @Test("Markdown: every section, in Vietnamese and in English")
    func markdown() {
        let s = CycleData.summary()
        let b = Brief.compute(s, CycleData.dataSet)
        let vi = b.markdown(names: CycleData.names, lang: .vi)
        #expect(vi.hasPrefix("# Báo cáo phục vụ phiên họp Ban Chỉ đạo — đến ngày 31/03/2024\n\n"))
        #expect(vi.contains("Kỳ báo cáo: từ 20/03/2024 (Phiên họp quý I, phiên họp gần nhất) đến 31/03/2024."))
        for heading in [
            "## Thực hiện mục tiêu năm 2024", "## Nhiệm vụ quá hạn (2)", "### Ban Quản lý Khu Kinh tế tỉnh (1)",
            "### Cục Hải quan tỉnh (1)", "## Vướng mắc, đề nghị Ban Chỉ đạo cho ý kiến (3)",
            "## Nhiệm vụ chậm báo cáo, quá 30 ngày (2)", "## Từ 20/03/2024 đến nay", "## Công trình chậm tiến độ (3)",
        ] {
            #expect(vi.contains("\n" + heading + "\n"), "\(heading)")
        }
        #expect(vi.contains("| A1 | Phân luồng phương tiện | 15/03/2024 | 16 ngày | Sở XD | 01/03/2024: Đang làm. |"))
        #expect(vi.contains("| A4 | Quy hoạch Quang Kim | UBND Bát Xát | chưa có (giao 29/02/2024) | 31 |"))
        #expect(vi.contains("- Hoàn thành: 1 nhiệm vụ: A7\n- Giao mới: 2 nhiệm vụ: A5, A7\n"))
        #expect(vi.contains("- Báo cáo tiến độ nhận được: 2, về 2 nhiệm vụ\n"))
        #expect(vi.contains("- Công trình chuyển sang chậm tiến độ: 2: W2, W1;"))
        let en = b.markdown(names: CycleData.names, lang: .en)
        #expect(en.hasPrefix("# Brief for the committee's meeting — as of 2024-03-31\n"))
        #expect(en.contains("\n## Silent for over 30 days (2)\n"))
        #expect(en.contains("\n## Blocked, or asking the committee for its direction (3)\n"))
        #expect(!en.contains("ngày"))
    }
}

@Suite("report --assignments")
struct AssignmentsReportTests {
    let s = CycleData.summary()
    let names = CycleData.names

    @Test("Grouped by lead unit with names; --overdue keeps every unit's overdue ones; --unit narrows to a unit's")
    func groups() {
        let all = AssignmentsReport.groups(s, .init())
        #expect(all.map(\.lead) == ["BQL", "HQ", "UBBX", "CAT"])
        #expect(all.map { $0.views.map(\.task.id) } == [["A1", "A2", "A6"], ["A9"], ["A4", "A3"], ["A5", "A7"]])
        let overdue = AssignmentsReport.groups(s, .init(overdueOnly: true))
        #expect(overdue.map { $0.views.map(\.task.id) } == [["A1"], ["A9"]])
        let hq = AssignmentsReport.groups(s, .init(unit: CycleData.dataSet.unit("HQ")))
        #expect(hq.map { $0.views.map(\.task.id) } == [["A2"], ["A9"], ["A4"], ["A5"]])
    }

    @Test("Markdown: a heading per lead unit with its names, supporting units by short name, silent in bold")
    func markdown() {
        let md = AssignmentsReport.markdown(s, .init(), names: names, lang: .vi)
        #expect(md.hasPrefix("# Nhiệm vụ Ban Chỉ đạo giao — tất cả các đơn vị, đến ngày 31/03/2024\n\n"))
        #expect(
            md.contains(
                "- 8 nhiệm vụ: đang thực hiện 6 (quá hạn **2**, không báo cáo quá 30 ngày **2**), hoàn thành 2\n"))
        #expect(md.contains("\n## Ban Quản lý Khu Kinh tế tỉnh (BQL KKT) — chủ trì 3\n"))
        #expect(md.contains("\n## Công an tỉnh — chủ trì 2\n"))  // no short name: said once
        #expect(
            md.contains(
                "| A2 | Vốn hạ tầng | Hải quan | 30/06/2024 | còn 91 ngày | đang thực hiện | 10% | 29/02/2024 | **31 ngày — chậm báo cáo** | Chưa có vốn. Đề nghị Ban Chỉ đạo cho ý kiến về nguồn vốn. |"
            ))
        #expect(md.contains("| A6 | Tham mưu dự án | – | 31/12/2023 |"))
        let none = AssignmentsReport.markdown(
            s, .init(unit: CycleData.dataSet.unit("SXD"), overdueOnly: true), names: names, lang: .en)
        #expect(none.contains("- Only the **overdue** assignments are listed.\n"))
        #expect(none.contains("\n## Ban Quản lý Khu Kinh tế tỉnh (BQL KKT) — leads 1\n"))  // A1, SXD supports
    }

    @Test("JSON: the report --unit item shape plus names, days since the report, silent; role only for a unit")
    func json() throws {
        let root = try JSONReader.parse(AssignmentsReport.json(s, .init(), names: names))
        #expect(root.keys == ["sample_data", "as_of", "unit", "overdue_only", "silent_days", "assignments"])
        #expect(root["unit"]?.isNull == true)
        let items = try #require(root["assignments"]?.array)
        #expect(items.compactMap { $0["id"]?.string } == ["A1", "A2", "A6", "A9", "A4", "A3", "A5", "A7"])
        #expect(items.allSatisfy { $0["role"]?.isNull == true })
        let a4 = try #require(items.first { $0["id"]?.string == "A4" })
        #expect(a4["lead_name"]?.string == "UBND huyện Bát Xát")
        #expect(a4["support_names"]?.array?.compactMap(\.string) == ["Cục Hải quan tỉnh"])
        #expect(a4["days_since_report"]?.number == 31)
        #expect(a4["silent"] == .bool(true))
        #expect(a4["state"]?.string == "open" && a4["days_left"]?.number == 0)
        #expect(items.first { $0["id"]?.string == "A6" }?["days_since_report"]?.isNull == true)
        let unit = try JSONReader.parse(
            AssignmentsReport.json(s, .init(unit: CycleData.dataSet.unit("HQ")), names: names))
        #expect(unit["unit"]?["id"]?.string == "HQ")
        #expect(
            unit["assignments"]?.array?.compactMap { $0["role"]?.string } == ["support", "lead", "support", "support"])
    }

    @Test("CSV: a byte-order mark, the report --unit columns, every assignment, grouped by lead unit")
    func csv() {
        let csv = AssignmentsReport.csv(s, .init(), names: names)
        #expect(csv.hasPrefix("\u{FEFF}" + AssignmentItems.csvHeader.joined(separator: ",") + "\r\n"))
        let rows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(
            rows.map { $0.split(separator: ",", omittingEmptySubsequences: false)[2] } == [
                "A1", "A2", "A6", "A9", "A4", "A3", "A5", "A7",
            ])
        #expect(rows.first!.hasPrefix("2024-03-31,,A1,Phân luồng phương tiện,,BQL,SXD,"))
    }
}

@Suite("CSV documents")
struct CSVTableTests {
    @Test("A text cell a spreadsheet would run gets an apostrophe; numbers and ezboard's own words never do")
    func neutralised() {
        var t = CSVTable(header: ["text", "value"])
        for text in ["=1+2", "+84 912", "-x", "@SUM(A1)", "  =cmd", "a=b", "Kim Thành", ""] {
            t.add([.text(text), .number(-3)])
        }
        let lines = t.rendered(bom: false).components(separatedBy: "\r\n")
        #expect(
            lines == [
                "text,value", "'=1+2,-3", "'+84 912,-3", "'-x,-3", "'@SUM(A1),-3", "'  =cmd,-3", "a=b,-3",
                "Kim Thành,-3", ",-3", "",
            ])
    }

    @Test("Quotes, commas, line breaks and control characters; the byte-order mark")
    func quoting() {
        var t = CSVTable(header: ["a", "b"])
        t.add([.text("x, \"y\""), .text("line\nbreak\u{1B}")])
        t.add([.value(""), .int(nil)])
        let text = t.rendered()
        #expect(text == "\u{FEFF}a,b\r\n\"x, \"\"y\"\"\",line break␛\r\n,\r\n")
        #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }
}
