import BoardModel
import Testing

@testable import BoardView

// A unit screen has two lists (its assignments, the works it owns), each
// with its own `/` search: the assignments' filter line says only theirs.
@Suite("A unit's two searches kept apart")
struct UnitWorksFilterTests {
    @Test("A unit's works keep their own search: it never shows in the assignments' filter line")
    func unitWorksFilter() throws {
        var s = Session(AppState(data: try ScreenFixture.sampleBoard(), path: .unit("BQLKKT"), width: 100, height: 32))
        s.press(.tab)
        #expect(s.state.screen.focus == 1)
        s.press(.char("/"))
        s.type("nạo")
        // While typed, and once kept with Enter.
        func check(_ s: Session) throws {
            let line = try #require(s.row(containing: "Hiển thị"))
            #expect(!s.lines[line].contains("nạo"), "\(s.lines[line])")
            #expect(s.lines[line].contains("không lọc"))
            #expect(s.text.contains("Công trình làm chủ đầu tư (1) · tìm 'nạo'"))
        }
        try check(s)
        s.press(.enter)
        #expect(!s.state.editingFilter)
        try check(s)
        // The assignments' own search still shows there.
        s.press(.tab, .char("/"))
        s.type("kim")
        let line = try #require(s.row(containing: "Hiển thị"))
        #expect(s.lines[line].contains("tìm 'kim'"))
    }
}
