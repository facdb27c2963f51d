import BoardModel
import Testing

@testable import BoardView

@Suite("Assignment screen and moving around")
struct TaskScreenTests {
    /// The tasks panel's place on the overview.
    let tasksPanel = PanelRegistry.standard.index(of: TasksPanel.self) ?? -1
    func paths(_ s: AppState) -> [String] { s.stack.map(\.path.description) }

    @Test("Pictures: an overdue assignment with multi-line notes at 120×40, 80×24 and 40×12")
    func pictures() {
        let nv01 = ScreenPath.task(unit: "BQL", task: "NV01")
        assertPicture(
            Renderer.render(MeetingData.state(nv01, width: 120, height: 40)).canvas, named: "task-NV01-120x40")
        assertPicture(Renderer.render(MeetingData.state(nv01)).canvas, named: "task-NV01-80x24", styles: true)
        assertPicture(
            Renderer.render(MeetingData.state(nv01, width: 40, height: 12, charset: .ascii)).canvas,
            named: "task-NV01-40x12-ascii")
        var s = MeetingData.state(nv01)
        press([.pageDown], &s)
        assertPicture(Renderer.render(s).canvas, named: "task-NV01-80x24-pgdn")
    }

    @Test("Pictures: a standing task (CRLF note), a task done late, one not started without reports")
    func picturesOfKinds() {
        assertPicture(
            Renderer.render(MeetingData.state(.task(unit: "BQL", task: "NV02"))).canvas,
            named: "task-NV02-standing-80x24")
        assertPicture(
            Renderer.render(MeetingData.state(.task(unit: "UBBX", task: "QH01"), width: 120, height: 40, lang: .en))
                .canvas,
            named: "task-QH01-done-late-120x40-en")
        assertPicture(
            Renderer.render(MeetingData.state(.task(unit: "SXD", task: "QH01"))).canvas,
            named: "task-QH01-done-late-80x24")
        assertPicture(
            Renderer.render(MeetingData.state(.task(unit: "CAT", task: "NV04"), width: 120, height: 40)).canvas,
            named: "task-NV04-no-report-120x40")
    }

    @Test("Reports in date order, up to the as-of date; every line of a note shown")
    func reportsInOrder() {
        let screen = Renderer.render(MeetingData.state(.task(unit: "BQL", task: "NV01"), width: 120, height: 40)).canvas
            .text
        let text = String(screen[screen.range(of: "Báo cáo tiến độ")!.lowerBound...])
        let dates = ["20/01/2024", "15/02/2024", "05/03/2024", "28/03/2024"].map { text.range(of: $0)?.lowerBound }
        #expect(dates.allSatisfy { $0 != nil })
        #expect(dates.compactMap { $0 } == dates.compactMap { $0 }.sorted())
        #expect(!text.contains("05/04/2024"))
        #expect(text.contains("Giao Sở Xây dựng rà soát quy hoạch bãi chờ."))
        #expect(text.contains("Đề xuất lùi thời hạn 15 ngày."))
        #expect(text.hasPrefix("Báo cáo tiến độ (4)"))
    }

    @Test("The derived state in words: overdue, standing, done late, done on time")
    func states() {
        func box(_ unit: String, _ task: String, _ lang: Lang = .vi) -> String {
            Renderer.render(MeetingData.state(.task(unit: unit, task: task), lang: lang)).canvas.lines[1]
        }
        #expect(box("BQL", "NV01").contains(" quá hạn 16 ngày ┓"))
        #expect(box("BQL", "NV06").contains(" quá hạn 21 ngày ┓"))
        #expect(box("BQL", "NV02").contains(" nhiệm vụ thường xuyên ┓"))
        #expect(box("UBBX", "QH01", .en).contains(" done 58 days late ┓"))
        #expect(box("BQL", "NV03", .en).contains(" done on time ┓"))
        #expect(box("UBBX", "QH02", .en).contains(" 5 days left ┓"))
    }

    @Test("PgDn/PgUp/Home/End scroll the reports; the arrows move between the units")
    func scrolling() {
        var s = MeetingData.state(.task(unit: "BQL", task: "NV01"))
        press([], &s)
        let first = Renderer.render(s).canvas.text
        #expect(first.contains("dòng 1–"))
        press([.pageDown], &s)
        #expect(s.screen.list.offset > 0)
        #expect(Renderer.render(s).canvas.text != first)
        press([.end], &s)
        let end = s.screen.list.offset
        press([.pageDown], &s)
        #expect(s.screen.list.offset == end)
        press([.home], &s)
        #expect(s.screen.list.offset == 0)
        #expect(Renderer.render(s).canvas.text == first)
        press([.down, .down, .down], &s)
        #expect(s.screen.list.selection == 2)  // three units: BQL, SXD, CAT
    }

    @Test("Overview → unit → assignment → support unit, then back × 3 lands where it started")
    func roundTrip() {
        var s = MeetingData.state()
        press(keys("4"), &s)
        let start = Renderer.render(s).canvas
        press([.enter], &s)
        #expect(paths(s) == ["overview", "tasks/BQL"])
        press([.enter], &s)
        #expect(paths(s) == ["overview", "tasks/BQL", "tasks/BQL/NV06"])
        press([.down, .enter], &s)
        #expect(paths(s) == ["overview", "tasks/BQL", "tasks/BQL/NV06", "tasks/SXD"])
        #expect(
            Renderer.render(s).canvas.lines[0].contains("ezboard › … › NV06 › Sở XD")
                || Renderer.render(s).canvas.lines[0].contains("Tổng quan › BQL KKT › NV06 › Sở XD"))
        press([.escape, .escape, .escape], &s)
        #expect(paths(s) == ["overview"])
        #expect(s.screen.focus == tasksPanel)
        #expect(Renderer.render(s).canvas == start)
    }

    @Test("--screen tasks/UNIT/TASK opens there with the path behind it")
    func openedByPath() {
        var s = MeetingData.state(ScreenPath("tasks/SXD/NV04")!)
        #expect(paths(s) == ["overview", "tasks/SXD", "tasks/SXD/NV04"])
        #expect(Renderer.render(s).canvas.lines[0].contains("Tổng quan › Sở XD › NV04"))
        press([.backspace], &s)
        #expect(paths(s) == ["overview", "tasks/SXD"])
        press([.escape], &s)
        #expect(paths(s) == ["overview"])
    }

    @Test("n/p step through the unit's list and wrap; Esc lands on the assignment last seen")
    func nextPrevious() {
        var s = MeetingData.state(.unit("BQL"))
        press([.end, .enter], &s)
        #expect(paths(s).last == "tasks/BQL/NV03")
        press(keys("n"), &s)
        #expect(paths(s).last == "tasks/BQL/NV06")  // wrapped to the first
        press(keys("p"), &s)
        #expect(paths(s).last == "tasks/BQL/NV03")  // and back to the last
        press(keys("pp"), &s)
        #expect(paths(s).last == "tasks/BQL/NV02")
        press([.char("]")], &s)
        #expect(paths(s).last == "tasks/BQL/QH01")
        #expect(paths(s).count == 3)
        press([.escape], &s)
        #expect(paths(s) == ["overview", "tasks/BQL"])
        #expect(s.screen.list.selection == 5)  // QH01's row
    }

    @Test("With only the overdue shown, n/p step through the overdue ones")
    func nextPreviousFiltered() {
        var s = MeetingData.state(.unit("BQL"))
        press(keys("o") + [.enter], &s)
        #expect(paths(s).last == "tasks/BQL/NV06")
        press(keys("n"), &s)
        #expect(paths(s).last == "tasks/BQL/NV01")
        press(keys("n"), &s)
        #expect(paths(s).last == "tasks/BQL/NV04")
        press(keys("n"), &s)
        #expect(paths(s).last == "tasks/BQL/NV06")
        press(keys("p"), &s)
        #expect(paths(s).last == "tasks/BQL/NV04")
        press([.escape], &s)
        #expect(s.screen.overdueOnly)
        #expect(s.screen.list.selection == 2)
    }

    @Test("n/p between units follow the overview's scorecard, keep the filters, and Esc lands on the last unit")
    func nextPreviousUnits() {
        var s = MeetingData.state()
        press(keys("4") + [.enter] + keys("o"), &s)
        #expect(paths(s) == ["overview", "tasks/BQL"])
        press(keys("n"), &s)
        #expect(paths(s) == ["overview", "tasks/CAT"])
        #expect(s.screen.overdueOnly)
        press(keys("n"), &s)
        #expect(paths(s).last == "tasks/UBBX")
        // After the scorecard's lead units, the unit that only supports.
        press(keys("n"), &s)
        #expect(paths(s).last == "tasks/SXD")
        press(keys("p"), &s)
        #expect(paths(s).last == "tasks/UBBX")
        press([.escape], &s)
        #expect(paths(s) == ["overview"])
        #expect(s.screen.lists[tasksPanel].selection == 2)
    }

    @Test("A click selects a unit row; a second click opens it")
    func click() {
        var s = MeetingData.state(.task(unit: "BQL", task: "NV01"), width: 120, height: 40)
        let frame = press([], &s)
        guard let hit = frame.hits.first(where: { $0.target == .row(list: 0, row: 2) }) else {
            Issue.record("no row for CAT")
            return
        }
        let click = Key.mouse(MouseEvent(.press, x: hit.rect.x + 3, y: hit.rect.y))
        press([click], &s)
        #expect(s.screen.list.selection == 2)
        press([click], &s)
        #expect(paths(s).last == "tasks/CAT")
    }

    @Test("Never drawn outside the screen, at any size, in either charset and language")
    func sizes() {
        for path in [
            "tasks/BQL", "tasks/SXD", "tasks/SKHCN", "tasks/BQL/NV01", "tasks/BQL/NV02", "tasks/UBBX/QH01", "tasks/X",
            "tasks/BQL/X",
        ] {
            for (w, h) in [(40, 12), (41, 13), (60, 16), (80, 24), (100, 30), (120, 40), (200, 60)] {
                for cs in [Charset.unicode, .ascii] {
                    for lang in Lang.allCases {
                        let canvas = Renderer.render(
                            MeetingData.state(ScreenPath(path)!, width: w, height: h, lang: lang, charset: cs)
                        ).canvas
                        #expect(canvas.width == w && canvas.height == h)
                        if cs == .ascii { #expect(canvas.text.utf8.allSatisfy { $0 < 0x80 }, "\(path) \(w)x\(h)") }
                    }
                }
            }
        }
    }
}
