import BoardModel
import Testing

@testable import BoardView

// Issue 11, item 6: on a wide terminal the overview gives its room to the
// panels that need it, across rows as well as within a row; the room each
// panel needs is worked out once per board, not for every frame.
@Suite("Wide terminals: room by need across the grid")
struct WideLayoutTests {
    static func session(_ width: Int, _ height: Int) throws -> Session {
        Session(AppState(data: try ScreenFixture.sampleBoard(), width: width, height: height))
    }

    static func layout(_ s: Session) -> OverviewLayout {
        OverviewScreen.layout(
            s.state.screen, Ctx(s.state),
            in: Rect(x: 0, y: 0, width: s.state.width, height: Renderer.bodyHeight(s.state.height)))
    }

    static func box(_ panel: Int, _ s: Session) -> Rect? {
        s.frame.hits.first { $0.target == .panel(panel) }?.rect
    }

    @Test("200×60: works beside the tasks, every work title whole, no row of three with a cut panel")
    func wide() throws {
        let s = try Self.session(200, 60)
        let layout = Self.layout(s)
        #expect(layout.rows == [[0, 1], [2, 3], [4]])
        let needs = s.state.data.panelNeeds.get(Ctx(s.state))
        let works = try #require(Self.box(2, s))
        let worksNeed = try #require(needs[2].width)
        #expect(works.width >= worksNeed)
        // Every work on screen reads whole: no title is cut.
        let names = s.state.data.summary.works.ordered.map(\.name)
        let shown = names.filter { s.text.contains($0) }
        #expect(shown.count >= 12, "\(shown.count) whole titles\n\(s.text)")
        // Fewer of the cells the panels want are left out than by the rows of three.
        let body = Renderer.bodyHeight(60)
        #expect(
            OverviewLayout.missing(layout.rows, width: 200, height: body, needs)
                < OverviewLayout.missing([[0, 1, 2], [3, 4]], width: 200, height: body, needs))
        // No panel is left with a third of its rows blank.
        for panel in 0..<5 {
            let rect = try #require(Self.box(panel, s))
            #expect(
                rect.height - needs[panel].height < rect.height / 3, "panel \(panel): \(rect) wants \(needs[panel])")
        }
    }

    @Test("←/→ follow the rows chosen by need")
    func sideways() throws {
        var s = try Self.session(200, 60)
        s.press(.char("3"), .right)
        #expect(s.state.screen.focus == 3)
        s.press(.right)
        #expect(s.state.screen.focus == 3)
        s.press(.left, .left)
        #expect(s.state.screen.focus == 2)
    }

    @Test("300×100: three a row, every panel whole; 120×40 and 80×24 keep their rows; 40×12 its tabs")
    func otherSizes() throws {
        let huge = try Self.session(300, 100)
        let layout = Self.layout(huge)
        #expect(layout.rows == [[0, 1, 2], [3, 4]])
        let needs = huge.state.data.panelNeeds.get(Ctx(huge.state))
        #expect(OverviewLayout.missing(layout.rows, width: 300, height: Renderer.bodyHeight(100), needs) == 0)
        #expect(Self.layout(try Self.session(120, 40)).rows == [[0, 1], [2, 3], [4]])
        #expect(Self.layout(try Self.session(80, 24)).rows == [[0, 1], [2, 3], [4]])
        #expect(Self.layout(try Self.session(40, 12)).arrangement == .single)
    }

    @Test("The panels' needs are worked out once per board, not for every frame or key")
    func needsOnce() throws {
        var s = try Self.session(300, 100)
        let needs = s.state.data.panelNeeds
        s.press(.down, .down, .tab, .down, .right, .char("s"))
        #expect(needs.made == 1)
        // Another language measures again, once.
        s.press(.char("L"), .down)
        #expect(needs.made == 2)
        // Another as-of date is another board, with needs of its own.
        s.press(.char("<"))
        #expect(s.state.data.panelNeeds !== needs)
    }
}
