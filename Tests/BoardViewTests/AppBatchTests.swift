import BoardModel
import BoardView
import TestSupport
import Testing

// The event handler the dashboard's loop drives (`App.handle`) takes a
// batch: whatever one read of the terminal brought. These hold it to one
// rule: keys in a batch do exactly what the same keys do one by one (a
// burst on a slow SSH link, key repeat, a paste), each acting on the
// screen the keys before it left; and the screen is drawn once.

/// A reload that reads a different board: the fixture without one gate.
struct OtherBoard: DataReloading {
    var reads = 0
    mutating func reloadAll() -> Event? {
        reads += 1
        var board = ScreenFixture.board(problems: [])
        board.dataSet.gates.removeAll { $0.id == "HOKIEU" }
        return .data(
            BoardData(dataSet: board.dataSet, problems: [], asOf: ScreenFixture.asOf, fallback: ScreenFixture.asOf))
    }
}

/// A reload that fails: the folder has gone.
struct NoFolder: DataReloading {
    mutating func reloadAll() -> Event? {
        .readFailed("/srv/ezboard/data: cannot read the data folder: no such folder")
    }
}

@Suite("Event handler: batches")
struct AppBatchTests {
    /// What the user sees and the app keeps, for comparing two runs.
    struct Outcome: Equatable {
        var lines: [String]
        var hits: [Hit]
        var stack: [ScreenState]
        var overlay: Overlay?
        var editingFilter: Bool
        var message: String?
        var lang: Lang
        var quit: Bool

        init(_ app: App) {
            lines = app.frame.canvas.lines
            hits = app.frame.hits
            stack = app.state.stack
            overlay = app.state.overlay
            editingFilter = app.state.editingFilter
            message = app.state.message
            lang = app.state.lang
            quit = app.state.shouldQuit
        }
    }

    /// The keys one by one (each its own batch), as typed slowly; a quit
    /// ends it as it ends the dashboard.
    static func oneByOne(_ state: AppState, _ events: [Event]) -> App {
        var app = App(state)
        for e in events where !app.state.shouldQuit { app.handle([e]) }
        return app
    }

    static func together(_ state: AppState, _ events: [Event]) -> App {
        var app = App(state)
        app.handle(events)
        return app
    }

    @Test(
        "PgDn twice then a click on the first row shown, in one batch: the click lands on the row the user saw after PgDn"
    )
    func pageThenClick() throws {
        // The works screen at 80×12 shows four of its six works (and the
        // selected one's full title under them).
        let state = ScreenFixture.state(.works, width: 80, height: 12)
        var probe = Session(state)
        probe.press(.pageDown, .pageDown)
        #expect(probe.state.screen.list.offset == 2)
        // The first row shown after the two pages is the third work.
        let first = try #require(probe.frame.hits.first { if case .row = $0.target { true } else { false } })
        #expect(first.target == .row(list: 0, row: 2))
        let click = Event.key(.mouse(MouseEvent(.press, x: first.rect.x + 2, y: first.rect.y)))
        let events: [Event] = [.key(.pageDown), .key(.pageDown), click]
        let batch = Self.together(state, events)
        #expect(batch.state.screen.list.selection == 2 && batch.state.screen.path == .works)
        #expect(Outcome(batch) == Outcome(Self.oneByOne(state, events)))
        // A second click on the same row, in the next batch, opens it.
        var app = batch
        app.handle([click])
        #expect(app.state.screen.path == .work("KKT01"))
    }

    @Test("/ then a filter, Enter and Enter in one batch: the filter is kept and the one row left opens")
    func filterThenOpen() {
        let keys: [Key] = [.char("/")] + "ho kieu".map { .char($0) } + [.enter, .enter]
        let state = ScreenFixture.state(width: 80, height: 24)
        let batch = Self.together(state, keys.map { .key($0) })
        #expect(batch.state.screen.path == .gate("HOKIEU"))
        #expect(batch.state.stack[0].lists[0].filter == "ho kieu" && !batch.state.editingFilter)
        #expect(batch.frame.canvas.lines[0].contains("Tổng quan › Hồ Kiều"))
        #expect(Outcome(batch) == Outcome(Self.oneByOne(state, keys.map { .key($0) })))
    }

    @Test("Help's End then k in one batch stops one row above the last page, as when typed apart")
    func helpEndThenUp() {
        let state = ScreenFixture.state(width: 80, height: 24)
        let events: [Event] = [.key(.char("?")), .key(.end), .key(.char("k"))]
        let batch = Self.together(state, events)
        let apart = Self.oneByOne(state, events)
        #expect(Outcome(batch) == Outcome(apart))
        guard case .help(let scroll) = batch.state.overlay,
            case .help(let end) = Self.together(state, Array(events.prefix(2))).state.overlay
        else {
            Issue.record("help closed")
            return
        }
        #expect(scroll == end - 1 && end > 1)
    }

    @Test("A resize in a batch: the keys after it move in the new layout")
    func resizeThenKeys() {
        var s = Session(ScreenFixture.state(width: 120, height: 40))
        s.press(.char("2"))
        // In the grid panel 2 is the right column: → stays. In the tab line
        // of 40×12 the tab right of 2 is 3.
        var grid = s.app
        grid.handle([.key(.right)])
        #expect(grid.state.screen.focus == 1)
        s.app.handle([.resize(width: 40, height: 12), .key(.right)])
        #expect(s.focus == 2 && s.lines.count == 12 && s.lines[2].hasPrefix("┏ 3 Hạ tầng"))
    }

    @Test("r in a batch reads the data again before the keys after it; a failed read says why and keeps the data")
    func reloadInABatch() {
        let state = ScreenFixture.state(width: 80, height: 24)
        var app = App(state)
        var reader = OtherBoard()
        // End on the gates: the last of four before, of three after.
        app.handle([.key(.char("r")), .key(.end)], reloading: &reader)
        #expect(reader.reads == 1)
        #expect(app.state.data.dataSet.gates.count == 3 && app.state.screen.list.selection == 2)
        #expect(!app.frame.canvas.lines.joined().contains("Hồ Kiều"))
        app.handle([.key(.char("r"))], reloading: &reader)
        #expect(
            app.state.message == "Đã đọc lại dữ liệu" && app.frame.canvas.lines.last?.hasPrefix("Đã đọc lại") == true)

        var failing = App(state)
        var gone = NoFolder()
        failing.handle([.key(.char("r"))], reloading: &gone)
        #expect(failing.state.data.dataSet.gates.count == 4)
        #expect(failing.frame.canvas.lines.last?.hasPrefix("/srv/ezboard/data: cannot read") == true)
    }

    @Test("q ends the batch: nothing after it is handled, and there is no frame to show")
    func quitEndsTheBatch() {
        var app = App(ScreenFixture.state(width: 80, height: 24))
        #expect(app.handle([.key(.char("j")), .key(.char("q")), .key(.char("j"))]) == false)
        #expect(app.state.shouldQuit && app.state.screen.list.selection == 1)
    }

    @Test("Nothing new, nothing drawn: an unchanged size is not a change; new data, a resize and keys are")
    func whatChanges() {
        var app = App(ScreenFixture.state(width: 80, height: 24))
        #expect(app.handle([]) == false)
        #expect(app.handle([.resize(width: 80, height: 24)]) == false)
        #expect(app.handle([.resize(width: 100, height: 30)]) == true && app.frame.canvas.width == 100)
        #expect(app.handle([.key(.down)]) == true)
        let board = ScreenFixture.board(problems: [])
        #expect(app.handle([.data(board)]) == true && !app.frame.canvas.lines[0].contains("lỗi"))
    }

    @Test("Random bursts at random sizes and screens: one batch does what the same keys do one by one")
    func randomBursts() {
        var rng = SplitMix64(state: 0x5EED_0009)
        let paths: [ScreenPath] = [
            .overview, .works, .gate("KIMTHANH"), .zone("TANGLOONG"), .units, .unit("BQLKKT"),
            .task(unit: "BQLKKT", task: "QH03"), .work("KCN01"),
        ]
        let sizes = [(200, 60), (120, 40), (80, 24), (60, 30), (40, 12), (80, 12)]
        let plain: [Key] = [
            .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .escape,
            .backspace, .char("/"), .char("k"), .char("i"), .char("m"), .char("s"), .char("z"), .char("?"),
            .char("e"), .char("L"), .char("n"), .char("p"), .char("o"), .char("t"), .char("c"), .char("w"),
            .char("1"), .char("2"), .char("3"), .char("4"), .char("j"), .char("G"), .char("g"), .char("r"),
        ]
        for round in 0..<300 {
            let (w, h) = rng.pick(sizes)
            let path = rng.pick(paths)
            let state = ScreenFixture.state(path, width: w, height: h, lang: rng.below(2) == 0 ? .vi : .en)
            var events: [Event] = []
            for _ in 0..<(2 + rng.below(8)) {
                switch rng.below(10) {
                case 0:
                    let kind: MouseEvent.Kind = rng.pick([.press, .press, .wheelUp, .wheelDown])
                    events.append(.key(.mouse(MouseEvent(kind, x: rng.below(w), y: rng.below(h)))))
                case 1:
                    let (nw, nh) = rng.pick(sizes)
                    events.append(.resize(width: nw, height: nh))
                default: events.append(.key(rng.pick(plain)))
                }
            }
            // Compared whole; on a difference only the case is printed
            // (the two screens would drown it).
            if Outcome(Self.together(state, events)) != Outcome(Self.oneByOne(state, events)) {
                Issue.record("round \(round), \(path) at \(w)×\(h): \(events)")
                return
            }
        }
    }
}
