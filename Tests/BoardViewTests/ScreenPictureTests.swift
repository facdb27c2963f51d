import BoardModel
import BoardView
import Testing

// Every screen as a text picture (`Tests/Pictures/BoardViewTests/screen-*.txt`)
// on the fixed data set of `ScreenFixture`, at the sizes people use:
// 120×40 (a desktop terminal), 80×24 (the classic), 40×12 (the smallest
// that draws a dashboard) and 1×1 (the "too small" message, not a crash).
// Role grids are kept wherever a style carries meaning: the focused panel,
// the selected row, overdue and late marks. Re-record with
// `EZBOARD_RECORD=1 swift test` and review the diff.

/// The sizes every screen is pictured at.
let screenSizes: [(width: Int, height: Int)] = [(120, 40), (80, 24), (40, 12), (1, 1)]

/// Renders a state and compares it with its picture.
func assertScreen(
    _ state: AppState, named name: String, styles: Bool = true,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let frame = Renderer.render(state)
    assertPicture(frame.canvas, named: name, styles: styles, sourceLocation: sourceLocation)
}

/// The picture name of a path: `gates/KIMTHANH` → `gate-KIMTHANH`.
func pictureName(_ path: ScreenPath) -> String {
    switch path {
    case .overview: return "overview"
    case .gate(let id): return "gate-\(id)"
    case .zone(let id): return "zone-\(id)"
    case .works: return "works"
    case .work(let id): return "work-\(id)"
    case .units: return "units"
    case .unit(let id): return "unit-\(id)"
    case .task(let unit, let task): return "task-\(unit)-\(task)"
    case .assignments: return "assignments"
    case .projects: return "projects"
    case .project(let id): return "project-\(id)"
    case .plans: return "plans"
    }
}

@Suite("Screen pictures")
struct ScreenPictureTests {
    static let paths: [ScreenPath] = [
        .overview, .gate("KIMTHANH"), .zone("TANGLOONG"), .works, .work("KCN01"), .units, .assignments, .projects,
        .project("DA-TL-002"), .plans,
    ]

    @Test("Every screen at 120×40, 80×24, 40×12 and 1×1 (Vietnamese, Unicode)", arguments: paths)
    func everyScreen(_ path: ScreenPath) {
        for size in screenSizes {
            let state = ScreenFixture.state(path, width: size.width, height: size.height)
            assertScreen(
                state, named: "screen-\(pictureName(path))-\(size.width)x\(size.height)",
                styles: size.width > 1)
        }
    }

    @Test("English: every label and number format switches", arguments: paths)
    func english(_ path: ScreenPath) {
        assertScreen(
            ScreenFixture.state(path, width: 80, height: 24, lang: .en),
            named: "screen-\(pictureName(path))-80x24-en")
    }

    @Test("ASCII: no line drawing, no diacritics, marks as letters and signs", arguments: paths)
    func ascii(_ path: ScreenPath) {
        let state = ScreenFixture.state(path, width: 80, height: 24, charset: .ascii)
        let frame = Renderer.render(state)
        #expect(frame.canvas.lines.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
        assertPicture(frame.canvas, named: "screen-\(pictureName(path))-80x24-ascii", styles: true)
    }

    @Test("English and ASCII together at the smallest dashboard size")
    func englishAsciiSmall() {
        assertScreen(
            ScreenFixture.state(.overview, width: 40, height: 12, lang: .en, charset: .ascii),
            named: "screen-overview-40x12-en-ascii")
    }

    @Test("The sample data set's overview at 120×40 and 80×24")
    func sampleOverview() throws {
        var state = ScreenFixture.state(width: 120, height: 40)
        state.data = try ScreenFixture.sampleBoard()
        assertScreen(state, named: "screen-sample-overview-120x40")
        state.width = 80
        state.height = 24
        assertScreen(state, named: "screen-sample-overview-80x24")
    }

    @Test("Help over the overview, over a list screen, scrolled, and in a small window")
    func help() {
        var s = Session(ScreenFixture.state(width: 80, height: 24))
        s.press(.char("?"))
        assertPicture(s.frame.canvas, named: "screen-help-overview-80x24", styles: true)
        s.press(.end)
        assertPicture(s.frame.canvas, named: "screen-help-overview-80x24-end", styles: false)

        var g = Session(ScreenFixture.state(.gate("KIMTHANH"), width: 120, height: 40, lang: .en))
        g.press(.char("?"))
        assertPicture(g.frame.canvas, named: "screen-help-gate-120x40-en", styles: false)

        var small = Session(ScreenFixture.state(width: 40, height: 12, charset: .ascii))
        small.press(.char("?"))
        assertPicture(small.frame.canvas, named: "screen-help-overview-40x12-ascii", styles: true)
    }

    @Test("Data problems: the list with marks, and the all-clear")
    func problems() {
        var s = Session(ScreenFixture.state(width: 80, height: 24))
        s.press(.char("e"))
        assertPicture(s.frame.canvas, named: "screen-problems-80x24", styles: true)
        var clear = Session(ScreenFixture.state(width: 80, height: 24, lang: .en, problems: []))
        clear.press(.char("e"))
        assertPicture(clear.frame.canvas, named: "screen-problems-none-80x24-en", styles: true)
        var small = Session(ScreenFixture.state(width: 40, height: 12))
        small.press(.char("e"))
        assertPicture(small.frame.canvas, named: "screen-problems-40x12", styles: false)
    }

    @Test("Edge cases: a gate without figures, a zone of kind other, an unknown id, a stale panel")
    func edges() {
        assertScreen(
            ScreenFixture.state(.gate("LOCOCHIN"), width: 120, height: 40), named: "screen-gate-LOCOCHIN-120x40")
        assertScreen(
            ScreenFixture.state(.zone("NGOAIKCN"), width: 80, height: 24, lang: .en),
            named: "screen-zone-NGOAIKCN-80x24-en")
        assertScreen(
            ScreenFixture.state(.work("NOPE"), width: 80, height: 24), named: "screen-work-NOPE-80x24", styles: false)
        var stale = ScreenFixture.state(width: 80, height: 24, problems: [])
        // The trade file last written 40 days before "now": the gates
        // panel (and only it) is stale.
        let now: Int64 = 1_711_861_200
        stale.data.freshness = Freshness(
            written: [.file(.trade): now - 40 * 86400, .file(.output): now, .crossingLogs: now, .file(.works): now],
            now: now)
        stale.data.lastChange = 1_711_861_200  // 2024-03-31 12:00 local
        assertScreen(stale, named: "screen-overview-stale-80x24")
        assertScreen(ScreenFixture.state(width: 39, height: 11), named: "screen-too-small-39x11", styles: false)
    }

    @Test("Overview states: zoomed, another panel in the small layout, a typed filter, a sort order")
    func overviewStates() {
        var zoom = Session(ScreenFixture.state(width: 80, height: 24))
        zoom.press(.char("3"), .char("z"))
        assertPicture(zoom.frame.canvas, named: "screen-overview-zoomed-works-80x24", styles: true)

        var small = Session(ScreenFixture.state(width: 40, height: 12))
        small.press(.char("4"))
        assertPicture(small.frame.canvas, named: "screen-overview-40x12-tasks", styles: true)

        var filter = Session(ScreenFixture.state(width: 80, height: 24))
        filter.press(.char("/"))
        filter.type("kim thanh")
        assertPicture(filter.frame.canvas, named: "screen-overview-filter-80x24", styles: true)

        var sort = Session(ScreenFixture.state(width: 80, height: 24, lang: .en))
        sort.press(.char("2"), .char("s"), .char("s"))
        assertPicture(sort.frame.canvas, named: "screen-overview-sorted-80x24-en", styles: true)
    }

    @Test("Rendering is a pure function of the state: the same state draws the same frame")
    func pure() {
        for path in Self.paths {
            let state = ScreenFixture.state(path, width: 80, height: 24)
            let a = Renderer.render(state)
            let b = Renderer.render(state)
            #expect(a.canvas.lines == b.canvas.lines)
            #expect(a.hits == b.hits)
            #expect(a.viewports == b.viewports)
        }
    }

    @Test("Any size, any screen, both charsets and languages: no crash, ASCII stays ASCII")
    func anySize() {
        let widths = [1, 2, 5, 12, 39, 40, 41, 59, 79, 80, 81, 99, 100, 119, 120, 121, 200]
        let heights = [1, 2, 3, 11, 12, 13, 17, 18, 23, 24, 27, 28, 40, 60]
        let paths = Self.paths + [.gate("LOCOCHIN"), .zone("NGOAIKCN"), .work("DXCK01"), .work("NOPE")]
        for path in paths {
            for w in widths {
                for h in heights {
                    for (lang, charset) in [(Lang.vi, Charset.unicode), (.en, .ascii)] {
                        let frame = Renderer.render(
                            ScreenFixture.state(path, width: w, height: h, lang: lang, charset: charset))
                        #expect(frame.canvas.width == w && frame.canvas.height == h)
                        if charset == .ascii {
                            #expect(
                                frame.canvas.lines.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }, "\(path) \(w)×\(h)")
                        }
                    }
                }
            }
        }
    }
}
