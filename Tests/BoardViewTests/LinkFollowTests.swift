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
