import BoardModel
import Testing

@testable import BoardView

// The all-assignments screen on the sample data (34 assignments, 13 lead
// units, the 2023 review conference as a meeting) and on the fixture:
// how it is reached, grouped, filtered, sorted and left, and pictures of
// it at 120×40 and 80×24 in both languages.

@Suite("All assignments")
struct AssignmentsScreenTests {
    static func sample(_ path: ScreenPath = .overview, width: Int = 120, height: Int = 40, lang: Lang = .vi) throws
        -> Session
    {
        var state = ScreenFixture.state(path, width: width, height: height, lang: lang)
        state.data = try ScreenFixture.sampleBoard()
        return Session(state)
    }

    /// The rows the screen lists now.
    static func rows(_ s: Session) -> [AssignmentsScreen.Row] {
        AssignmentsScreen.items(s.state.screen.list, s.state.screen, Ctx(s.state))
    }

    /// The ids of the assignment rows the screen lists now, headings left out.
    static func ids(_ s: Session) -> [String] {
        rows(s).compactMap { if case .task(_, _, let id) = $0 { id } else { nil } }
    }

    @Test("The index is made when first read and follows the data: another as-of date, another index")
    func indexFollowsTheData() throws {
        let board = try ScreenFixture.sampleBoard()
        let index = board.assignmentIndex
        #expect(index.ids == board.summary.tasks.tasks.map(\.task.id))
        #expect(index.ids.count == 34)
        // Read again, or made beforehand: the same index.
        board.prepareIndexes()
        #expect(board.assignmentIndex.ids == index.ids)
        #expect(board.assignmentIndex.maxOverdue == index.maxOverdue)
        // A year earlier fewer assignments are given, and none of today's
        // figures are kept.
        let earlier = board.at(board.asOf + -365)
        #expect(earlier.assignmentIndex.ids == earlier.summary.tasks.tasks.map(\.task.id))
        #expect(earlier.assignmentIndex.ids.count < index.ids.count)
    }

    @Test("a on the overview and a click on the tasks panel's figures open it; Esc goes back")
    func reached() throws {
        var s = try Self.sample()
        #expect(s.footer.contains("a mọi nhiệm vụ"))
        s.press(.char("a"))
        #expect(s.path == .assignments)
        #expect(s.header.contains("Tổng quan › Mọi nhiệm vụ"))
        s.press(.escape)
        #expect(s.path == .overview)
        // The tasks panel's figures are a link to every assignment.
        let link = s.frame.hits.first { $0.target == .link(.assignments) }
        #expect(link.map { s.lines[$0.rect.y].contains("quá hạn 7") } == true)
        if let r = link?.rect { s.press(.mouse(MouseEvent(.press, x: r.x + 2, y: r.y))) }
        #expect(s.path == .assignments)
        // Elsewhere `a` does nothing.
        var unit = try Self.sample(.unit("BQLKKT"))
        unit.press(.char("a"))
        #expect(unit.path == .unit("BQLKKT"))
    }

    @Test("v groups by lead unit (14 headings), by meeting or source (4), or not at all")
    func grouping() throws {
        var s = try Self.sample(.assignments)
        let rows = { Self.rows(s) }
        #expect(rows().count == 34 + 14)
        #expect(rows().first.map { if case .group(_, 11, 2, 0, "BQLKKT") = $0 { true } else { false } } == true)
        #expect(s.text.contains("▸ BQL KKT — Ban Quản lý Khu Kinh tế tỉnh  11 nhiệm vụ (trong đó ! quá hạn 2)"))
        s.press(.char("v"))
        #expect(s.state.screen.grouping == .meeting)
        #expect(rows().count == 34 + 4)
        #expect(s.footer.contains("Nhóm theo: phiên họp, nguồn giao"))
        #expect(s.text.contains("▸ Hội nghị tổng kết năm 2023 của Ban Chỉ đạo các khu kinh tế"))
        // Its counts stay whole at the right; the long title gives way.
        #expect(s.text.contains("  15 nhiệm vụ (trong đó ! quá hạn 2, ◌ chậm báo cáo 2)┃"))
        // The conference's 15 first: its conclusions NV01–NV11 and the points raised there NV15–NV18.
        #expect(
            Set(Self.ids(s).prefix(15))
                == Set(
                    ["NV01", "NV02", "NV03", "NV04", "NV05", "NV06", "NV07", "NV08", "NV09", "NV10", "NV11"]
                        + ["NV15", "NV16", "NV17", "NV18"]))
        s.press(.char("v"))
        #expect(s.state.screen.grouping == .none)
        #expect(rows().count == 34)
        #expect(Self.ids(s).prefix(7) == ["QH05", "QH06", "QH10", "NV02", "NV04", "NV13", "NV22"])
        s.press(.char("v"))
        #expect(s.state.screen.grouping == .leadUnit)
    }

    @Test("The unit screen's filters: o, t (down to silent), c, w and / work here too")
    func filters() throws {
        var s = try Self.sample(.assignments)
        s.press(.char("v"), .char("v"))  // no groups
        s.press(.char("o"))
        #expect(Self.ids(s) == ["QH05", "QH06", "QH10", "NV02", "NV04", "NV13", "NV22"])
        #expect(s.text.contains("Hiển thị 7/34 · nhóm theo không nhóm · lọc: chỉ quá hạn"))
        s.press(.char("o"))
        s.press(keys("tttttt"))  // not done, overdue, done, blocked, not started, silent
        #expect(Self.ids(s) == ["QH10", "NV22", "NV09", "NV17"])
        s.press(.char("t"))  // all
        #expect(Self.ids(s).count == 34)
        s.press(.char("c"))  // the first source in file order
        #expect(s.state.screen.sourceFilter == .only("UBND tỉnh giao năm 2023"))
        #expect(Self.ids(s).count == 16)  // QH01–QH12, NV12–NV14, NV19
        s.press(.char("w"))  // due within 7 days: QH07, due today
        #expect(Self.ids(s) == ["QH07"])
        s.press(.char("c"))  // the conclusions' wording: none due within 7 days
        #expect(s.state.screen.sourceFilter == .only("Kết luận hội nghị tổng kết 2023"))
        #expect(Self.ids(s).isEmpty)
        #expect(s.text.contains("Không có nhiệm vụ nào khớp bộ lọc"))
        s.press(.char("w"), .char("w"), .char("w"))  // back to any due date
        #expect(Self.ids(s).count == 9)  // NV01, NV04–NV11 as written; NV02, NV03 cite their plan
        s.press(keys("ccccc"))  // through the other four sources back to all
        #expect(s.state.screen.sourceFilter == .all)
        s.press(.char("/"))
        s.type("kim thanh")
        s.press(.enter)
        // Kim Thành in a title or a progress note, most urgent first.
        #expect(Self.ids(s) == ["NV04", "NV22", "NV05", "QH03", "QH12", "NV08", "NV11", "QH02", "QH01"])
    }

    @Test("s sorts within the groups: due date, the longest without a report, id")
    func sorting() throws {
        var s = try Self.sample(.assignments)
        s.press(.char("v"), .char("v"))
        s.press(.char("s"), .char("s"))
        #expect(s.footer.contains("Sắp xếp: lâu chưa báo cáo nhất"))
        #expect(Self.ids(s).prefix(4) == ["QH10", "NV09", "NV22", "NV17"])  // 69, 65, 65, 40 days
        s.press(.char("s"))
        #expect(Self.ids(s).prefix(3) == ["NV01", "NV02", "NV03"])
    }

    @Test("Enter opens an assignment (n steps through this list) or a lead unit from its heading")
    func enter() throws {
        var s = try Self.sample(.assignments)
        s.press(.enter)  // the first heading: the Economic Zone Management Board
        #expect(s.path == .unit("BQLKKT"))
        s.press(.escape, .down, .enter)
        #expect(s.path == .task(unit: "BQLKKT", task: "NV04"))
        s.press(.char("n"))
        #expect(s.path == .task(unit: "BQLKKT", task: "NV13"))
        s.press(.escape)
        #expect(s.path == .assignments && s.selection == 2)  // the list follows
        s.press(.char("v"), .char("v"), .end, .enter)  // the last assignment, no groups
        #expect(s.path == .task(unit: "BQLKKT", task: "NV12"))
        s.press(.char("n"))  // wraps to the first
        #expect(s.path == .task(unit: "BATXAT", task: "QH05"))
    }

    @Test("From the overview to every assignment of each unit that only supports")
    func supportOnlyUnits() throws {
        let expected: [String: [String]] = [
            "BDBP": [
                "QH04", "QH07", "QH08", "QH11", "NV01", "NV02", "NV03", "NV04", "NV05", "NV08", "NV10", "NV11",
                "NV17", "NV21",
            ],
            "HQ": ["QH03", "NV01", "NV02", "NV03", "NV04", "NV05", "NV07", "NV08", "NV09", "NV11", "NV21"],
            "LDLD": ["NV16", "NV20"],
            "SGTVT": ["QH02", "NV04", "NV13", "NV17"],
            "STC": ["NV01", "NV12", "NV15", "NV18"],
            "STNMT": ["QH06", "NV02", "NV06", "NV14", "NV15", "NV22"],
            "STTTT": ["NV05"],
        ]
        for (unit, tasks) in expected {
            // a, no groups, / and the unit's id, Enter: its assignments.
            var s = try Self.sample()
            s.press(.char("a"), .char("v"), .char("v"), .char("/"))
            s.type(unit.lowercased())
            s.press(.enter)
            var seen: [String] = []
            for _ in 0..<Self.ids(s).count {
                s.press(.enter)
                guard case .task(_, let task) = s.path else {
                    Issue.record("\(unit): Enter did not open an assignment")
                    break
                }
                #expect(s.state.data.dataSet.task(task)?.supportIDs.contains(unit) == true, "\(unit) \(task)")
                seen.append(task)
                s.press(.escape, .down)
            }
            #expect(seen.sorted() == tasks.sorted(), "\(unit)")
            // And through an assignment's units (lead first, then the
            // supporting ones) to the unit's own screen, then every row of it.
            s.press(.home, .enter)
            guard case .task(_, let first) = s.path, let t = s.state.data.dataSet.task(first),
                let place = ([t.leadID] + t.supportIDs).firstIndex(of: unit)
            else {
                Issue.record("\(unit): no assignment to start from")
                continue
            }
            s.press([Key](repeating: .down, count: place))
            s.press(.enter)
            #expect(s.path == .unit(unit))
            var fromUnit: [String] = []
            for _ in tasks {
                s.press(.enter)
                if case .task(let u, let task) = s.path, u == unit { fromUnit.append(task) }
                s.press(.escape, .down)
            }
            #expect(fromUnit.sorted() == tasks.sorted(), "\(unit) from its screen")
        }
    }

    @Test("Pictures on the sample data: 120×40 and 80×24, Vietnamese and English")
    func pictures() throws {
        for lang in [Lang.vi, .en] {
            for (w, h) in [(120, 40), (80, 24)] {
                let s = try Self.sample(.assignments, width: w, height: h, lang: lang)
                assertPicture(s.frame.canvas, named: "assignments-sample-\(w)x\(h)-\(lang)", styles: true)
            }
        }
        // Grouped by meeting, one assignment selected, at 120×40.
        var s = try Self.sample(.assignments)
        s.press(.char("v"), .down)
        assertPicture(s.frame.canvas, named: "assignments-sample-by-meeting-120x40", styles: true)
    }
}
