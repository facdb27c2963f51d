import Testing

@testable import BoardModel

/// The checks a progress report passes before it is written, and the row
/// it becomes (`ProgressReport`, `ReportPermission`).
@Suite("Progress report checks")
struct ProgressReportTests {
    static let today = Day("2024-04-10")!
    static var data: DataSet {
        var d = DataSet()
        d.units = [
            Unit(id: "SXD", name: "Sở Xây dựng", kind: .department),
            Unit(id: "BQL", name: "Ban Quản lý", kind: .board),
            Unit(id: "CAT", name: "Công an tỉnh", kind: .agency),
        ]
        d.tasks = [
            BoardTask(
                id: "QH02", title: "Quy hoạch", leadID: "BQL", supportIDs: ["SXD"], assignedOn: Day("2024-01-10")!,
                status: .inProgress)
        ]
        return d
    }
    static func context(login: String? = "nva", people: [Person]? = nil) -> ReportContext {
        ReportContext(dataSet: data, people: people, today: today, login: login)
    }
    static func draft(
        _ progress: String = "70", on: String = "2024-04-09", note: String = "", status: TaskStatus? = nil
    )
        -> ReportDraft
    {
        ReportDraft(taskID: "QH02", on: Day(on)!, progress: progress, status: status, note: note)
    }
    static func reasons(_ r: Result<CheckedReport, ReportRefusal>) -> String {
        if case .failure(let why) = r { return why.description }
        return ""
    }

    @Test func aGoodReportBecomesItsRowInTheCanonicalOrder() throws {
        let r = try ProgressReport.check(Self.draft(note: "a, \"b\"\nc"), head: [], Self.context()).get()
        #expect(r.text == "QH02,2024-04-09,70,\"a, \"\"b\"\"\nc\",,nva\n")
        #expect(r.record.note == "a, \"b\"\nc" && r.record.by == "nva" && r.record.progressPct == 70)
    }

    @Test func theRowFollowsTheFilesHeaderAndLineEnds() throws {
        let head = Array("\u{FEFF}BY, status ,note,on,task_id,Progress_Pct,remark\r\nQH02,x".utf8)
        let r = try ProgressReport.check(Self.draft(status: .blocked), head: head, Self.context()).get()
        #expect(r.text == "nva,blocked,,2024-04-09,QH02,70,\r\n")
    }

    @Test func everyRuleSaysWhy() {
        let cases: [(ReportDraft, String)] = [
            (Self.draft("101"), "at most 100"),
            (Self.draft("7O"), "not a number"),
            (Self.draft("-1"), "not a number"),
            (Self.draft(on: "2024-04-11"), "after today"),
            (Self.draft(on: "2024-01-09"), "before the assignment was given"),
            (Self.draft(note: "a\u{7}b"), "control character"),
            (Self.draft(note: "a\u{85}b"), "control character"),
            (Self.draft(note: "a\u{2067}b"), "control character"),
            (Self.draft(note: "a\tb"), "a tab"),
            (Self.draft(note: "a\rb"), "carriage return"),
        ]
        for (d, says) in cases {
            #expect(Self.reasons(ProgressReport.check(d, head: [], Self.context())).contains(says), "\(d)")
        }
        #expect(Self.reasons(ProgressReport.check(Self.draft(), head: [], Self.context(login: nil))).contains("login"))
        var unknown = Self.draft()
        unknown.taskID = "NOPE"
        #expect(Self.reasons(ProgressReport.check(unknown, head: [], Self.context())).contains("unknown assignment"))
        let noBy = Array("task_id,on,progress_pct,note,status\n".utf8)
        #expect(Self.reasons(ProgressReport.check(Self.draft(), head: noBy, Self.context())).contains("no 'by' column"))
        let semicolons = Array("task_id;on;progress_pct;note;status;by\n".utf8)
        #expect(Self.reasons(ProgressReport.check(Self.draft(), head: semicolons, Self.context())).contains("comma"))
        // Several problems are said together.
        let many = Self.reasons(ProgressReport.check(Self.draft("140", on: "2030-01-01"), head: [], Self.context()))
        #expect(many.contains("at most 100") && many.contains("after today"))
    }

    @Test func lineBreaksAndVietnameseInEitherFormRoundTrip() throws {
        let nfd = "Vie\u{0323}\u{0302}t Nam\r\ndo\u{0300}ng 2\n  "
        let r = try ProgressReport.check(Self.draft("12.5", note: nfd), head: [], Self.context()).get()
        #expect(r.row == Array(("QH02,2024-04-09,12.5,\"" + nfd + "\",,nva\n").utf8), "the bytes as typed")
        #expect(r.record.note == "Việt Nam\r\ndòng 2\n  ")
    }

    @Test func peopleDecideWhoMayWrite() {
        let people = [
            Person(login: "sxd1", unitID: "SXD", name: "A", role: .member),
            Person(login: "cat1", unitID: "CAT", name: "B", role: .member),
            Person(login: "vp1", unitID: nil, name: "C", role: .secretariat),
        ]
        let task = Self.data.tasks[0]
        #expect(ReportPermission.refusal(login: "anyone", task: task, people: nil) == nil)
        #expect(ReportPermission.refusal(login: "sxd1", task: task, people: people) == nil)
        #expect(ReportPermission.refusal(login: "vp1", task: task, people: people) == nil)
        #expect(ReportPermission.refusal(login: "cat1", task: task, people: people)?.contains("neither leads") == true)
        #expect(ReportPermission.refusal(login: "x", task: task, people: people)?.contains("not in people.csv") == true)
        #expect(ReportPermission.refusal(login: "x", task: task, people: []) != nil, "an empty file lets nobody in")
    }
}

/// `people.csv`'s rules, as `ezboard check` reports them.
@Suite("people.csv rules")
struct PeopleTableTests {
    @Test func everyRuleAtItsCell() throws {
        let people = """
            login,unit_id,name,role
            nva,U2,Nguyễn Văn A,member
            nva,U3,Trùng tên,member
            no unit,,Không có đơn vị,member
            vp1,,Văn phòng,secretariat
            ttb,U9,Đơn vị lạ,member
            lvc,U1,Vai trò lạ,chief
            """
        let folder = try load(Minimal.with(["people.csv": people + "\n"]))
        #expect(
            folder.locations("people.csv") == ["3:1 error", "4:1 error", "4:9 error", "6:5 error", "7:19 error"],
            "\(folder.lines)")
        #expect(folder.dataSet.people.map(\.login) == ["nva", "vp1"])
        #expect(folder.has(.people))
        let without = try load(Minimal.files)
        #expect(!without.has(.people) && without.dataSet.people.isEmpty)
    }
}
