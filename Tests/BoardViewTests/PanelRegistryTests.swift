import BoardModel
import Testing

@testable import BoardView

// The overview is built from its panel registry: every layout, key and
// mark follows from the list. These hold it to that for today's five
// panels and for six and seven (two panels that exist only in the tests,
// `ExtraPanels.swift`), at the sizes people use.

/// The sizes the overview is held to: a wide and a desktop terminal, the
/// classic 80×24 and the smallest dashboard.
let panelSizes: [(width: Int, height: Int)] = [(200, 60), (120, 40), (80, 24), (40, 12)]

@Suite("Panel registry")
struct PanelRegistryTests {
    static let registries: [PanelRegistry] = [.standard, .six, .seven]

    static func session(_ panels: PanelRegistry, _ width: Int, _ height: Int, lang: Lang = .vi) -> Session {
        Session(ScreenFixture.state(width: width, height: height, lang: lang, panels: panels))
    }

    /// Where panel `i` is on screen: its box in the grid or column, its tab
    /// in the tab line (the first hit for it: the tabs come before the
    /// focused panel's box).
    static func rect(of panel: Int, _ frame: Frame) -> Rect? {
        frame.hits.first { $0.target == .panel(panel) }?.rect
    }

    static func layout(_ s: Session) -> OverviewLayout {
        OverviewLayout(
            count: s.state.panels.count, width: s.state.width, height: Renderer.bodyHeight(s.state.height),
            zoomed: s.state.screen.zoomed)
    }

    @Test("The registry: at most nine panels, titles in both languages, today's five in their order")
    func registry() {
        #expect(PanelRegistry.standard.count == 5)
        #expect(
            (0..<5).map { PanelRegistry.standard.title($0, .vi) } == [
                "Cửa khẩu", "Khu công nghiệp", "Hạ tầng", "Nhiệm vụ", "Dự án đầu tư",
            ])
        #expect(PanelRegistry.standard.title(0, .en) == "Border gates")
        #expect(PanelRegistry.standard.title(4, .en) == "Investment projects")
        #expect(PanelRegistry.seven.index(of: DistrictsTestPanel.self) == PanelRegistry.standard.count + 1)
        #expect(PanelRegistry.standard.index(of: DistrictsTestPanel.self) == nil)
    }

    @Test("Every panel's title is on screen in every layout, at every size, in both languages", arguments: registries)
    func titles(_ panels: PanelRegistry) {
        for size in panelSizes {
            for lang in [Lang.vi, .en] {
                var s = Self.session(panels, size.width, size.height, lang: lang)
                let titles = (0..<panels.count).map { "\($0 + 1) " + panels.title($0, lang) }
                switch Self.layout(s).arrangement {
                case .grid, .stacked:
                    for title in titles { #expect(s.text.contains(title), "\(size) \(lang): '\(title)'\n\(s.text)") }
                case .single:
                    // One panel at a time: each shows its title when focused,
                    // and every panel keeps its number in the tab line.
                    for (i, title) in titles.enumerated() {
                        s.press(.char(Character(String(i + 1))))
                        #expect(s.lines[2].contains(title), "\(size) \(lang): '\(title)'\n\(s.text)")
                        for n in 1...panels.count { #expect(s.lines[1].contains(" \(n) "), "tab \(n) at \(size)") }
                    }
                }
                // Zoomed, each panel fills the screen under its title.
                for (i, title) in titles.enumerated() {
                    s.press(.char(Character(String(i + 1))), .char("z"))
                    #expect(s.lines[1].contains(title), "zoomed \(size) \(lang): '\(title)'")
                    s.press(.char("z"))
                }
            }
        }
    }

    @Test("Four and more panels lay out as a grid where there is room: two columns, three when very wide")
    func layouts() {
        func arrangement(_ n: Int, _ w: Int, _ h: Int) -> OverviewLayout.Arrangement {
            OverviewLayout(count: n, width: w, height: Renderer.bodyHeight(h), zoomed: false).arrangement
        }
        // Today's four: unchanged.
        #expect(arrangement(4, 200, 60) == .grid(columns: 2))
        #expect(arrangement(4, 120, 40) == .grid(columns: 2))
        #expect(arrangement(4, 80, 24) == .grid(columns: 2))
        #expect(arrangement(4, 80, 19) == .stacked || arrangement(4, 80, 19) == .single)
        #expect(arrangement(4, 60, 30) == .stacked)
        #expect(arrangement(4, 40, 12) == .single)
        // Five and six: three columns on a wide terminal, two by three on
        // a desktop one and on 80×24, tabs on the smallest.
        for n in [5, 6] {
            #expect(arrangement(n, 200, 60) == .grid(columns: 3))
            #expect(arrangement(n, 120, 40) == .grid(columns: 2))
            #expect(arrangement(n, 80, 24) == .grid(columns: 2))
            #expect(arrangement(n, 40, 12) == .single)
        }
        #expect(OverviewLayout(count: 5, width: 200, height: 58, zoomed: false).rows == [[0, 1, 2], [3, 4]])
        #expect(OverviewLayout(count: 5, width: 120, height: 38, zoomed: false).rows == [[0, 1], [2, 3], [4]])
        #expect(OverviewLayout(count: 6, width: 120, height: 38, zoomed: true).arrangement == .single)
    }

    @Test("Heights are shared by what each row of panels wants; the rows fill the body exactly")
    func heights() {
        // Two rows: the old rule (a row that needs less gives the rest away).
        #expect(OverviewLayout.shareHeights(38, wanted: [10, 30]) == [10, 28])
        #expect(OverviewLayout.shareHeights(38, wanted: [30, 10]) == [28, 10])
        #expect(OverviewLayout.shareHeights(38, wanted: [30, 30]) == [19, 19])
        #expect(OverviewLayout.shareHeights(38, wanted: [5, 6]) == [19, 19])
        #expect(OverviewLayout.shareHeights(23, wanted: [30, 30]) == [11, 12])
        // Three rows: spare rows go to the rows that want them, top first.
        #expect(OverviewLayout.shareHeights(36, wanted: [4, 20, 20]) == [4, 16, 16])
        #expect(OverviewLayout.shareHeights(36, wanted: [4, 30, 8]) == [4, 24, 8])
        for total in [18, 22, 38, 58] {
            for wanted in [[9, 9], [3, 40, 7], [12, 12, 12], [50, 2, 2]] {
                let h = OverviewLayout.shareHeights(total, wanted: wanted)
                #expect(h.reduce(0, +) == total && h.allSatisfy { $0 >= 0 }, "\(total) \(wanted): \(h)")
            }
        }
    }

    @Test("Each panel's box fills its place: no two overlap, and together they cover the body", arguments: registries)
    func boxesTileTheBody(_ panels: PanelRegistry) {
        for size in panelSizes {
            let s = Self.session(panels, size.width, size.height)
            guard case .grid = Self.layout(s).arrangement else { continue }
            let boxes = (0..<panels.count).compactMap { Self.rect(of: $0, s.frame) }
            #expect(boxes.count == panels.count)
            #expect(boxes.reduce(0) { $0 + $1.width * $1.height } == size.width * (size.height - 2), "\(size)")
            for (i, a) in boxes.enumerated() {
                for b in boxes[(i + 1)...] {
                    #expect(a.intersection(b).isEmpty, "\(size): \(a) and \(b) overlap")
                }
            }
        }
    }

    @Test(
        "Every focus survives every movement key at every size: in range, and ←/→ go to the panel beside it on screen",
        arguments: registries)
    func movement(_ panels: PanelRegistry) {
        let keys: [Key] =
            [.tab, .backTab, .left, .right, .char("h"), .char("l")]
            + (1...9).map { .char(Character(String($0))) }
        for size in panelSizes {
            for zoomed in [false, true] {
                for start in 0..<panels.count {
                    for key in keys {
                        var s = Self.session(panels, size.width, size.height)
                        s.press(.char(Character(String(start + 1))))
                        if zoomed { s.press(.char("z")) }
                        #expect(s.focus == start)
                        let before = s.frame
                        s.press(key)
                        let place = "\(size) zoomed=\(zoomed) from \(start + 1) by \(key)"
                        #expect((0..<panels.count).contains(s.focus), "\(place): focus \(s.focus)")
                        #expect(s.state.screen.lists.count == panels.count)
                        switch key {
                        case .tab: #expect(s.focus == (start + 1) % panels.count, "\(place)")
                        case .backTab: #expect(s.focus == (start + panels.count - 1) % panels.count, "\(place)")
                        case .char(let c) where c.isNumber:
                            let n = c.wholeNumberValue! - 1
                            #expect(s.focus == (n < panels.count ? n : start), "\(place)")
                        default:
                            let right = key == .right || key == .char("l")
                            #expect(
                                s.focus == Self.beside(start, right: right, zoomed: zoomed, panels.count, before),
                                "\(place)")
                        }
                    }
                }
            }
        }
    }

    /// The panel a user sees beside `panel` on the screen `frame` shows:
    /// the nearest box (or tab) to the right or left on the same rows;
    /// zoomed, the neighbouring tab of the hidden tab line; none: itself.
    static func beside(_ panel: Int, right: Bool, zoomed: Bool, _ count: Int, _ frame: Frame) -> Int {
        if zoomed { return min(count - 1, max(0, panel + (right ? 1 : -1))) }
        guard let here = rect(of: panel, frame) else { return panel }
        let others = (0..<count).compactMap { i -> (Int, Rect)? in
            guard i != panel, let r = rect(of: i, frame), r.y == here.y else { return nil }
            return (i, r)
        }
        let candidates = others.filter { right ? $0.1.x >= here.maxX : $0.1.maxX <= here.x }
        let nearest = right ? candidates.min { $0.1.x < $1.1.x } : candidates.max { $0.1.x < $1.1.x }
        return nearest?.0 ?? panel
    }

    @Test(
        "The digit keys and their label follow the number of panels, in the keys, help and the README table",
        arguments: registries)
    func digits(_ panels: PanelRegistry) {
        let n = panels.count
        let digits = KeyMap.bindings(.overview, panels: n).first {
            if case .focusPanel = $0.action { true } else { false }
        }
        #expect(digits?.keys == (1...n).map { .char(Character(String($0))) })
        #expect(digits?.label == "1–\(n)" && digits?.en == "panel 1–\(n)")
        #expect(KeyMap.action(for: .char(Character(String(n))), in: .overview, panels: n) == .focusPanel(n - 1))
        #expect(KeyMap.action(for: .char(Character(String(n + 1))), in: .overview, panels: n) == nil)
        var s = Self.session(panels, 120, 120)
        s.press(.char("?"))
        #expect(s.lines.contains { $0.contains("1–\(n)") && $0.contains("chọn khung 1–\(n)") }, "\(s.text)")
    }

    @Test("A panel is marked stale from the feeds it declares; the header says so once any is", arguments: registries)
    func stale(_ panels: PanelRegistry) {
        let now: Int64 = 1_711_861_200
        let old = now - 40 * 86400
        for (i, panel) in panels.panels.enumerated() {
            var state = ScreenFixture.state(width: 200, height: 60, problems: [], panels: panels)
            // Every feed current, then this panel's feeds old.
            var written: [DataFeed: Int64] = [.crossingLogs: now]
            for file in DataFile.allCases { written[.file(file)] = now }
            for feed in panel.feeds { written[feed] = old }
            state.data.freshness = Freshness(written: written, now: now)
            let lines = Renderer.render(state).canvas.lines
            let marked = (0..<panels.count).filter { j in
                lines.contains { $0.contains("\(j + 1) \(panels.title(j, .vi)) ◔ dữ liệu cũ") }
            }
            // A panel sharing a feed with this one is stale too (none do today).
            let sharing = (0..<panels.count).filter { j in
                panels.panels[j].feeds.contains { panel.feeds.contains($0) }
            }
            #expect(marked == sharing && marked.contains(i), "panel \(i + 1): marked \(marked)")
            #expect(lines[0].contains("◔ cũ"))
            // The next to turn stale: the crossing log in a day, unless it
            // is this panel's and already old; else the tables in 35 days.
            let logsCurrent = !panel.feeds.contains(.crossingLogs)
            #expect(panels.nextStaleChange(state.data.freshness) == now + (logsCurrent ? 86400 : 35 * 86400) + 1)
        }
        // Nothing known: nothing stale, no wake-up.
        let fresh = ScreenFixture.state(width: 120, height: 40, panels: panels)
        #expect(panels.stalePanels(fresh.data.freshness).isEmpty && panels.nextStaleChange(fresh.data.freshness) == nil)
    }

    @Test("Six and seven panels: the digits, Tab and a click reach the new panels; Enter opens their rows")
    func moreKeys() throws {
        let panels = PanelRegistry.seven
        let units = try #require(panels.index(of: UnitsTestPanel.self))
        let districts = try #require(panels.index(of: DistrictsTestPanel.self))
        var s = Self.session(panels, 120, 40)
        s.press(.char(Character(String(units + 1))))
        #expect(s.focus == units && s.isSelected("Ban Quản lý Khu Kinh tế tỉnh"))
        s.press(.down, .enter)
        #expect(s.path == .unit("HQ"))
        s.press(.escape, .tab)
        #expect(s.focus == districts && s.state.screen.lists[units].selection == 1)
        s.press(.tab)
        #expect(s.focus == 0)
        // A click on the seventh panel's row focuses it and selects the row.
        let row = try #require(s.point(of: "Si Ma Cai"))
        s.press(.mouse(MouseEvent(.press, x: row.x, y: row.y)))
        #expect(s.focus == districts && s.selection == 1)
        // Sorting the sixth panel uses its own orders.
        s.press(.char(Character(String(units + 1))), .char("s"))
        #expect(s.footer.hasPrefix("Sắp xếp: mã"))
        #expect((s.row(containing: "BATXAT") ?? 99) < (s.row(containing: "BQLKKT") ?? 0))
    }

    @Test("Pictures: today's five panels at 200×60 (three columns), six at 120×40 and 80×24, seven at 200×60")
    func pictures() {
        assertScreen(ScreenFixture.state(width: 200, height: 60), named: "overview-5-panels-200x60", styles: false)
        assertScreen(
            ScreenFixture.state(width: 120, height: 40, panels: .six), named: "overview-6-panels-120x40", styles: false)
        assertScreen(
            ScreenFixture.state(width: 80, height: 24, panels: .six), named: "overview-6-panels-80x24", styles: false)
        assertScreen(
            ScreenFixture.state(width: 200, height: 60, panels: .seven), named: "overview-7-panels-200x60",
            styles: false)
    }
}
