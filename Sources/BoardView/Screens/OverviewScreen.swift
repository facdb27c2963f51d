import BoardModel

/// The four panels: 2×2 when wide, stacked when narrow but tall, and one
/// panel at a time (with a tab line) when the terminal is small. `z` puts
/// the focused panel on the whole screen.
enum OverviewScreen {
    enum Arrangement: Equatable { case grid, stacked, single }

    static func arrangement(width: Int, height: Int, zoomed: Bool) -> Arrangement {
        if zoomed { return .single }
        if width >= 80 && height >= 18 { return .grid }
        if height >= 28 { return .stacked }
        return .single
    }

    static func draw(_ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        switch arrangement(width: area.width, height: area.height, zoomed: screen.zoomed) {
        case .grid:
            let leftWidth = area.width / 2
            let topHeight = gridTopHeight(area.height, c)
            let (top, bottom) = area.splitTop(topHeight)
            let (tl, tr) = top.splitLeft(leftWidth)
            let (bl, br) = bottom.splitLeft(leftWidth)
            for (panel, rect) in zip(Panel.allCases, [tl, tr, bl, br]) { drawPanel(panel, screen, c, in: rect, &out) }
        case .stacked:
            var rest = area
            for (i, panel) in Panel.allCases.enumerated() {
                let h = (area.height - (rest.y - area.y)) / (Panel.allCases.count - i)
                let (rect, remaining) = rest.splitTop(h)
                drawPanel(panel, screen, c, in: rect, &out)
                rest = remaining
            }
        case .single:
            var body = area
            if !screen.zoomed {
                let (tabs, rest) = area.splitTop(1)
                drawTabs(screen, c, in: tabs, &out)
                body = rest
            }
            if let panel = Panel(rawValue: screen.focus) { drawPanel(panel, screen, c, in: body, &out) }
        }
    }

    /// The top row's height in the 2×2 grid: half, unless one row needs
    /// less than half to show all its rows and the other can use the rest
    /// (from the data's row counts, not the filtered ones, so panels do not
    /// jump while a filter is typed).
    static func gridTopHeight(_ h: Int, _ c: Ctx) -> Int {
        // Border 2, table header 1, and the lines above each table.
        let topNeed = max(c.summary.trade.gates.count + 6, c.summary.output.zones.count + 6)
        let bottomNeed = max(c.summary.works.ordered.count + 5, c.summary.tasks.leadUnits.count + 4)
        var top = h / 2
        if topNeed < top {
            top = max(topNeed, min(top, h - bottomNeed))
        } else if bottomNeed < h - top {
            top = min(topNeed, h - bottomNeed)
        }
        return top
    }

    /// `1 Cửa khẩu  2 Khu công nghiệp  …` with the focused one marked; when
    /// the titles do not all fit, the others shrink to their numbers, so
    /// that every panel can still be seen and clicked.
    static func drawTabs(_ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let full = Panel.allCases.map { " \($0.rawValue + 1) \($0.title(c.lang)) " }
        let fits = full.reduce(0) { $0 + Fit.width($1, c) } + full.count - 1 <= area.width
        var x = area.x
        for (panel, text) in zip(Panel.allCases, full) {
            let focused = panel.rawValue == screen.focus
            let shown = fits || focused ? text : " \(panel.rawValue + 1) "
            let w = out.canvas.draw(shown, x: x, y: area.y, style: focused ? .selected : .dim, clip: area)
            out.hits.append(Hit(Rect(x: x, y: area.y, width: w, height: 1), .panel(panel.rawValue)))
            x += w + 1
            if x >= area.maxX { break }
        }
    }

    static func drawPanel(_ panel: Panel, _ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        out.hits.append(Hit(area, .panel(panel.rawValue)))
        let focused = screen.focus == panel.rawValue
        let list = screen.lists[panel.rawValue]
        var title = "\(panel.rawValue + 1) \(panel.title(c.lang))"
        if c.data.stalePanels.contains(panel) {
            title += " " + StatusMark.late.symbol(c.charset) + " " + c.t("dữ liệu cũ", "stale")
        }
        let sorts: [(String, String)]
        switch panel {
        case .trade: sorts = GatesPanel.sorts
        case .output: sorts = ZonesPanel.sorts
        case .works: sorts = WorksPanel.sorts
        case .tasks: sorts = TasksPanel.sorts
        }
        let inner = Panels.box(title, list, focused: focused, sorts: sorts, editing: c.editingFilter, c, in: area, &out)
        guard !inner.isEmpty else { return }
        switch panel {
        case .trade: GatesPanel.draw(list, focused: focused, screen, c, in: inner, &out)
        case .output: ZonesPanel.draw(list, focused: focused, screen, c, in: inner, &out)
        case .works: WorksPanel.draw(list, focused: focused, screen, c, in: inner, &out)
        case .tasks: TasksPanel.draw(list, focused: focused, screen, c, in: inner, &out)
        }
    }
}
