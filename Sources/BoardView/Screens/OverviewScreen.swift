import BoardModel

/// The overview: every registered panel (`PanelRegistry`), laid out by
/// `OverviewLayout`. `z` puts the focused panel on the whole screen.
enum OverviewScreen {
    /// The layout of `c`'s panels in `area`, by what each needs (worked
    /// out once per board: `PanelNeeds`).
    static func layout(_ screen: ScreenState, _ c: Ctx, in area: Rect) -> OverviewLayout {
        c.data.panelNeeds.layout(width: area.width, height: area.height, zoomed: screen.zoomed, c)
    }

    static func draw(_ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let layout = layout(screen, c, in: area)
        switch layout.arrangement {
        case .grid:
            let rows = layout.rows
            let needs = c.data.panelNeeds.get(c)
            var rest = area
            for (row, height) in zip(rows, OverviewLayout.heights(of: rows, height: area.height, needs)) {
                let (band, below) = rest.splitTop(height)
                var left = band
                for (panel, width) in zip(row, OverviewLayout.widths(of: row, width: band.width, needs)) {
                    let (rect, right) = left.splitLeft(width)
                    drawPanel(panel, screen, c, in: rect, &out)
                    left = right
                }
                rest = below
            }
        case .stacked:
            var rest = area
            for panel in 0..<layout.count {
                let h = (area.height - (rest.y - area.y)) / (layout.count - panel)
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
            if c.panels.panels.indices.contains(screen.focus) { drawPanel(screen.focus, screen, c, in: body, &out) }
        }
    }

    /// `1 Cửa khẩu  2 Khu công nghiệp  …` with the focused one marked; when
    /// the titles do not all fit, the others shrink to their numbers (and
    /// the focused title is cut if it must be), so that every panel can
    /// still be seen and clicked.
    static func drawTabs(_ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let full = (0..<c.panels.count).map { " \($0 + 1) \(c.panels.title($0, c.lang)) " }
        let fits = full.reduce(0) { $0 + Fit.width($1, c) } + full.count - 1 <= area.width
        let numbers = (0..<c.panels.count).filter { $0 != screen.focus }.reduce(0) {
            $0 + Fit.width(" \($1 + 1) ", c) + 1
        }
        var x = area.x
        for (panel, text) in full.enumerated() {
            let focused = panel == screen.focus
            let shown = fits || focused ? text : " \(panel + 1) "
            let room = fits || !focused ? Int.max : max(3, area.width - numbers)
            let w = out.canvas.draw(
                shown, x: x, y: area.y, style: focused ? .selected : .dim, maxWidth: room, clip: area)
            out.hits.append(Hit(Rect(x: x, y: area.y, width: w, height: 1), .panel(panel)))
            x += w + 1
            if x >= area.maxX { break }
        }
    }

    static func drawPanel(_ index: Int, _ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let panel = c.panels.panels[index]
        out.hits.append(Hit(area, .panel(index)))
        let focused = screen.focus == index
        let list = screen.lists.indices.contains(index) ? screen.lists[index] : ListState()
        var title = "\(index + 1) \(c.panels.title(index, c.lang))"
        if c.data.freshness.isStale(panel.feeds) {
            title += " " + StatusMark.stale.symbol(c.charset) + " " + c.t("dữ liệu cũ", "stale")
        }
        // The box names the sort order only when it is not the default.
        let inner = Panels.box(
            title, list, focused: focused, sorts: list.sort > 0 || list.reversed ? panel.sorts : [],
            editing: c.editingFilter, c,
            in: area, &out)
        guard !inner.isEmpty else { return }
        panel.draw(list, index: index, focused: focused, screen, c, in: inner, &out)
    }
}
