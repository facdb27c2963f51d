import BoardModel

/// A table that is one of the screen's lists: it scrolls to keep the
/// selection in view, records what it showed (for page keys and the next
/// frame) and where each row is (for clicks).
struct ListView {
    var columns: [TableColumn]
    var rows: [TableRow]
    var list: ListState
    /// Which of the screen's lists this is.
    var index: Int
    /// Draw the selection (the focused list) or not.
    var showSelection: Bool
    var emptyMessage: String

    /// Draws the table; returns the first row shown and the column slots,
    /// for widgets drawn over cells (sparklines, bars).
    @discardableResult
    func draw(in area: Rect, _ out: inout FrameBuilder) -> (offset: Int, slots: [ColumnSlot]) {
        let table0 = Table(columns: columns, rows: rows)
        let height = table0.bodyHeight(in: area)
        let selection = min(list.selection, max(0, rows.count - 1))
        let offset = Table.visibleRange(selected: selection, count: rows.count, height: height, offset: list.offset)
        let table = Table(columns: columns, rows: rows, selected: showSelection && !rows.isEmpty ? selection : nil,
                          offset: offset, emptyMessage: emptyMessage)
        table.render(in: area, on: &out.canvas)
        out.viewports.append(Viewport(list: index, offset: offset, height: height))
        for i in 0..<min(height, max(0, rows.count - offset)) {
            out.hits.append(Hit(Rect(x: area.x, y: area.y + 1 + i, width: area.width, height: 1),
                                .row(list: index, row: offset + i)))
        }
        return (offset, table.layout(width: area.width, charset: out.canvas.charset))
    }

    /// The rectangle of one cell of a visible row, to draw a widget in.
    static func cell(_ slot: ColumnSlot, row: Int, offset: Int, in area: Rect) -> Rect {
        Rect(x: area.x + slot.x, y: area.y + 1 + row - offset, width: slot.width, height: 1)
    }
}

/// A titled box around a panel or section, with the filter (or the sort
/// order) in its top-right corner.
enum Panels {
    static func box(_ title: String, _ list: ListState?, focused: Bool, sorts: [(String, String)], editing: Bool,
                    _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) -> Rect {
        var right = ""
        if let list {
            if !list.filter.isEmpty || (focused && editing) {
                right = "/" + list.filter
            } else if list.sort > 0, list.sort < sorts.count {
                right = (c.charset == .ascii ? "sort: " : "↕ ") + c.lang.pick(sorts[list.sort].0, sorts[list.sort].1)
            }
        }
        let box = Box(title: title, rightTitle: right, focused: focused)
        box.render(in: area, on: &out.canvas)
        return box.inner(area)
    }
}

/// Year-to-date against the year's target: a gauge with the pace marker
/// (where an even year would be by now) and a mark saying on track or not.
struct PaceGauge {
    var ytd: YearToDate
    var money: (Double) -> String

    func draw(_ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        guard !area.isEmpty else { return }
        let mark: StatusMark? = ytd.onTrack.map { $0 ? .onTrack : .behind }
        var x = area.x
        if let mark {
            x += mark.draw(on: &out.canvas, x: x, y: area.y, clip: area)
            x += 1
        }
        let label = ytd.fractionOfTarget.map { Formats.percent(fraction: $0, c.lang, decimals: 1) } ?? c.t("chưa có mục tiêu", "no target")
        Gauge(fraction: ytd.fractionOfTarget ?? 0, label: label, marker: ytd.target == nil ? nil : ytd.expectedFraction,
              fillStyle: mark == .behind ? Style(.warn) : .barFill)
            .render(in: Rect(x: x, y: area.y, width: area.maxX - x, height: 1), on: &out.canvas)
    }

    /// `704 tr/4,5 tỷ USD · ước cả năm 2,8 tỷ (62,6%)`.
    func facts(_ c: Ctx) -> String {
        var s = money(ytd.total)
        if let t = ytd.target { s += " / " + money(t) }
        if let p = ytd.projected {
            s += c.t(" · ước cả năm ", " · year-end pace ") + money(p)
            if let t = ytd.target, t > 0 { s += " (" + Formats.percent(fraction: p / t, c.lang) + ")" }
        }
        return s
    }
}
