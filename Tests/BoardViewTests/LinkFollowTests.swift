import BoardModel
import Testing

@testable import BoardView

// Issue 11, item 2's last links: a plan's zone, an assignment's meeting.
@Suite("Links followed: a plan's zone, an assignment's meeting")
struct LinkFollowTests {
    @Test("Plans: z opens the selected plan's zone; Esc comes back to the same row")
    func planZone() throws {
        var s = Session(AppState(data: try ScreenFixture.sampleBoard(), path: .plans, width: 120, height: 40))
        #expect(s.footer.contains("z xem khu"))
        let plans = PlansScreen.items(s.state.screen.list, s.state.screen, Ctx(s.state))
        let i = try #require(plans.firstIndex { $0.plan.zoneID != nil && $0.plan.id != plans.first?.plan.id })
        s.press([Key](repeating: .down, count: i))
        s.press(.char("z"))
        #expect(s.state.screen.path == .zone(try #require(plans[i].plan.zoneID)))
        s.press(.escape)
        #expect(s.state.screen.path == .plans)
        #expect(s.state.screen.list.selection == i)
    }

    @Test("An assignment lists its meeting; Enter opens every assignment grouped by meeting, on its group")
    func meeting() throws {
        let board = try ScreenFixture.sampleBoard()
        var s = Session(AppState(data: board, path: .task(unit: "BQLKKT", task: "NV04"), width: 120, height: 40))
        let row = try #require(s.row(containing: "phiên họp  26/01/2024 · Hội nghị tổng kết năm 2023"))
        // Said once: the source names no meeting beside the link.
        #expect(s.text.components(separatedBy: "Hội nghị tổng kết năm 2023").count == 2)
        #expect(s.text.contains("Phiên họp giao nhiệm vụ"))
        let links = TaskScreen.items(s.state.screen.list, s.state.screen, Ctx(s.state))
        let meeting = try #require(links.firstIndex { $0.path == .assignments })
        s.press([Key](repeating: .down, count: meeting))
        #expect(s.lines[row].contains("▸"))
        s.press(.enter)
        #expect(s.state.screen.path == .assignments)
        #expect(s.state.screen.grouping == .meeting)
        let rows = AssignmentsScreen.items(s.state.screen.list, s.state.screen, Ctx(s.state))
        guard case .group(let g, _, _, _, _) = rows[s.state.screen.list.selection] else {
            return #expect(Bool(false), "the selection is not on a group's heading")
        }
        guard case .meeting(let m) = board.summary.assignments.groups(.meeting)[g] else {
            return #expect(Bool(false), "the group is not a meeting")
        }
        #expect(m.id == "HN-TK2023")
        // The selected heading is the meeting's, in view.
        #expect(s.lines.contains { $0.contains("▸ Hội nghị tổng kết năm 2023") })
        s.press(.escape)
        #expect(s.state.screen.path == .task(unit: "BQLKKT", task: "NV04"))
        #expect(s.state.screen.list.selection == meeting)
    }

    @Test(
        "The meeting's title wraps under itself where the screen has room, cut with … where not; Enter still opens it")
    func meetingWraps() throws {
        let board = try ScreenFixture.sampleBoard()
        let path = ScreenPath.task(unit: "BQLKKT", task: "NV10")
        let title =
            "26/01/2024 · Hội nghị tổng kết năm 2023 của Ban Chỉ đạo các khu kinh tế cửa khẩu và khu công nghiệp"
        // 120×40: the box's inside is 116 columns, the text starts after
        // `▸ phiên họp  ` (13): 103 columns. The date and title take 104,
        // so `tỉnh` and the id go to a second row, under the text.
        var s = Session(AppState(data: board, path: path, width: 120, height: 40))
        let row = try #require(s.row(containing: "phiên họp  26/01/2024"))
        #expect(s.lines[row] == "┃   phiên họp  " + title + String(repeating: " ", count: 5) + "┃")
        #expect(
            s.lines[row + 1] == "┃" + String(repeating: " ", count: 14) + "tỉnh (HN-TK2023)"
                + String(repeating: " ", count: 88) + "┃")
        // One row of the list: both lines are selected together, Enter opens the meeting's group.
        let links = TaskScreen.items(s.state.screen.list, s.state.screen, Ctx(s.state))
        let meeting = try #require(links.firstIndex { $0.path == .assignments })
        #expect(!s.isSelected("tỉnh (HN-TK2023)"))
        s.press([Key](repeating: .down, count: meeting))
        #expect(s.lines[row].contains("▸ phiên họp"))
        #expect(s.isSelected("tỉnh (HN-TK2023)") && s.isSelected("Hội nghị tổng kết"))
        s.press(.enter)
        #expect(s.state.screen.path == .assignments)
        #expect(s.state.screen.grouping == .meeting)
        s.press(.escape)
        #expect(s.state.screen.path == path)
        #expect(s.state.screen.list.selection == meeting)
        #expect(s.isSelected("tỉnh (HN-TK2023)"))
        // At 120 columns in Vietnamese Enter's hint takes its short words,
        // so that every other hint fits, `L English` (the way to a
        // language one can read) too; help keeps the full words.
        #expect(s.footer.hasPrefix("Enter mở mục đã chọn  Esc quay lại  n/] nhiệm vụ tiếp theo"))
        #expect(s.footer.contains("q thoát  L English"))
        // With room for all, the full words name the meeting among what
        // Enter opens.
        let wide = Session(AppState(data: board, path: path, width: 200, height: 60))
        #expect(wide.footer.hasPrefix("Enter mở đơn vị, công trình, phiên họp  Esc quay lại  n/] nhiệm vụ tiếp theo"))
        #expect(wide.footer.contains("L English"))
        // n and p step to the next assignment and back; the title wraps again.
        s.press(.char("n"))
        #expect(s.state.screen.path != path)
        s.press(.char("p"))
        #expect(s.state.screen.path == path)
        #expect(s.lines.contains { $0.hasPrefix("┃" + String(repeating: " ", count: 14) + "tỉnh (HN-TK2023)") })

        // 80×24: 76 − 13 = 63 columns; `…các khu` ends the first row at 63.
        let narrow = Session(AppState(data: board, path: path, width: 80, height: 24))
        let r = try #require(narrow.row(containing: "phiên họp  26/01/2024"))
        #expect(narrow.lines[r] == "┃   phiên họp  26/01/2024 · Hội nghị tổng kết năm 2023 của Ban Chỉ đạo các khu ┃")
        #expect(
            narrow.lines[r + 1] == "┃" + String(repeating: " ", count: 14)
                + "kinh tế cửa khẩu và khu công nghiệp tỉnh (HN-TK2023)" + String(repeating: " ", count: 12) + "┃")
        // Too narrow for the whole label with the stepping key: its short words.
        #expect(narrow.footer.hasPrefix("Enter mở mục đã chọn  Esc quay lại  n/] nhiệm vụ tiếp theo  ? trợ giúp"))
        var english = Session(AppState(data: board, path: path, width: 80, height: 24))
        english.press(.char("L"))
        #expect(english.footer.hasPrefix("Enter open unit, work or meeting  Esc back  n/] next assignment"))

        // 60×23: 43 columns, three rows wanted, two to spare: the second ends in `…`.
        let short = Session(AppState(data: board, path: path, width: 60, height: 23))
        let t = try #require(short.row(containing: "phiên họp  26/01/2024"))
        #expect(short.lines[t] == "┃   phiên họp  26/01/2024 · Hội nghị tổng kết năm 2023 của ┃")
        #expect(
            short.lines[t + 1] == "┃" + String(repeating: " ", count: 14)
                + "Ban Chỉ đạo các khu kinh tế cửa khẩu và kh… ┃")
        #expect(!short.text.contains("HN-TK2023"))
        // 60×16: no room at all: the one row, cut.
        let tiny = Session(AppState(data: board, path: path, width: 60, height: 16))
        let u = try #require(tiny.row(containing: "phiên họp  26/01/2024"))
        #expect(tiny.lines[u].hasSuffix("… ┃"))
        #expect(tiny.lines[u + 1].contains("Báo cáo tiến độ"))
    }

    @Test("An assignment from no meeting on record has no meeting link")
    func noMeeting() throws {
        let s = Session(
            AppState(
                data: try ScreenFixture.sampleBoard(), path: .task(unit: "BQLKKT", task: "QH01"), width: 120, height: 40
            ))
        #expect(!s.text.contains("Phiên họp giao nhiệm vụ"))
        #expect(
            !TaskScreen.items(s.state.screen.list, s.state.screen, Ctx(s.state)).contains { $0.path == .assignments })
    }
}
