import BoardModel
import Testing

@testable import BoardView

// Issue 11, item 3: `:` finds any gate, zone, work, unit, assignment or
// project by id or name, without diacritics and by the first letters of
// its words, and opens it with a sensible breadcrumb.

@Suite("Jump prompt")
struct JumpTests {
    static func sample(_ path: ScreenPath = .overview) throws -> Session {
        var state = ScreenFixture.state(path, width: 120, height: 40)
        state.data = try ScreenFixture.sampleBoard()
        return Session(state)
    }

    /// `:`, the text, Enter.
    static func jump(_ s: inout Session, _ text: String) {
        s.press(.char(":"))
        s.type(text)
        s.press(.enter)
    }

    @Test("By id, any case: a gate, a zone, a work, a unit, an assignment")
    func byID() throws {
        var s = try Self.sample()
        for (text, path) in [
            ("kimthanh", ScreenPath.gate("KIMTHANH")), ("TANGLOONG", .zone("TANGLOONG")), ("kcn01", .work("KCN01")),
            ("stnmt", .unit("STNMT")),
        ] {
            Self.jump(&s, text)
            #expect(s.path == path, "\(text)")
        }
        Self.jump(&s, "nv13")
        #expect(s.path == .task(unit: "BQLKKT", task: "NV13"))
        // The path a user would take, so the breadcrumb reads it and Esc walks it.
        #expect(s.header.contains("Tổng quan › BQL KKT › NV13"))
        s.press(.escape)
        #expect(s.path == .unit("BQLKKT"))
        s.press(.escape)
        #expect(s.path == .overview)
    }

    @Test("By name without diacritics, by the first letters of its words, and fuzzily")
    func byName() throws {
        var s = try Self.sample()
        Self.jump(&s, "hai quan")
        #expect(s.path == .unit("HQ"))
        Self.jump(&s, "tang lo")
        #expect(s.path == .zone("TANGLOONG"))
        Self.jump(&s, "hoa chu")
        #expect(s.path == .gate("HOACHUPHUNG"))
        // Ranked: the id first, then words; ↓ picks the next one, typing goes on.
        s.press(.char(":"))
        s.type("kim")
        let found = Jump.matches("kim", Ctx(s.state))
        #expect(found.count > 1 && found[0].kind == .gate)
        s.press(.down)
        #expect(s.state.jump?.selection == 1)
        s.type(" thanh")
        #expect(s.state.jump?.text == "kim thanh" && !s.state.shouldQuit)
        s.press(.escape)
        #expect(s.state.jump == nil && s.path == .gate("HOACHUPHUNG"))
    }

    @Test("The box lists what is found with kind and id; nothing found says so; Backspace on empty closes it")
    func box() throws {
        var s = Session(ScreenFixture.state(width: 100, height: 30))
        s.press(.char(":"))
        s.type("ban qua")
        #expect(s.text.contains(": ban qua"))
        #expect(s.text.contains("Khu") && s.text.contains("BANQUA") && s.text.contains("Cụm công nghiệp Bản Qua"))
        #expect(s.text.contains("KCN05"))
        #expect(s.footer.hasPrefix(":ban qua"))
        s.type("zzz")
        #expect(s.text.contains("Không tìm thấy"))
        for _ in 0..<11 { s.press(.backspace) }
        #expect(s.state.jump == nil && s.path == .overview)
        // A project opens its own screen, under all projects.
        s.press(.char(":"))
        s.type("DA-TL-003")
        s.press(.enter)
        #expect(s.path == .project("DA-TL-003"))
        #expect(s.state.stack.map(\.path) == [.overview, .projects, .project("DA-TL-003")])
    }

    @Test("/ on a unit's list also searches the supporting units and the progress notes")
    func filterSearchesMore() throws {
        var s = try Self.sample(.unit("BQLKKT"))
        func ids() -> [String] { UnitScreen.items(s.state.screen.list, s.state.screen, Ctx(s.state)).map(\.task.id) }
        let all = ids()
        s.press(.char("/"))
        s.type("SXD")
        #expect(ids().contains("QH01") && ids().count < all.count)
        s.press(.escape, .char("/"))
        s.type("hai quan")
        #expect(ids().contains("QH03"))
        s.press(.escape, .char("/"))
        s.type("khao sat dia hinh")
        #expect(ids() == ["QH01"])
    }
}
