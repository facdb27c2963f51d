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
        let table = Table(
            columns: columns, rows: rows, selected: showSelection && !rows.isEmpty ? selection : nil,
            offset: offset, emptyMessage: emptyMessage)
        table.render(in: area, on: &out.canvas)
        out.viewports.append(Viewport(list: index, offset: offset, height: height))
        for i in 0..<min(height, max(0, rows.count - offset)) {
            out.hits.append(
                Hit(
                    Rect(x: area.x, y: area.y + 1 + i, width: area.width, height: 1),
                    .row(list: index, row: offset + i)))
        }
        return (offset, table.layout(width: area.width, charset: out.canvas.charset))
    }

    /// A list too long to lay out whole (thousands of projects): only the
    /// rows in view are made (`row(i)`), so a key costs the same for ten
    /// rows or ten thousand. Column widths must not depend on the rows
    /// (`.fixed`, `.flex`): they would change as the list scrolls.
    static func drawWindow(
        columns: [TableColumn], count: Int, list: ListState, index: Int, emptyMessage: String,
        row: (Int) -> TableRow, in area: Rect, _ out: inout FrameBuilder
    ) {
        let height = max(0, area.height - 1)
        let selection = min(list.selection, max(0, count - 1))
        let offset = Table.visibleRange(selected: selection, count: count, height: height, offset: list.offset)
        let shown = (offset..<min(count, offset + height)).map(row)
        Table(
            columns: columns, rows: shown, selected: count > 0 ? selection - offset : nil,
            emptyMessage: emptyMessage
        ).render(in: area, on: &out.canvas)
        out.viewports.append(Viewport(list: index, offset: offset, height: height))
        for i in shown.indices {
            out.hits.append(
                Hit(
                    Rect(x: area.x, y: area.y + 1 + i, width: area.width, height: 1), .row(list: index, row: offset + i)
                ))
        }
    }

    /// The rectangle of one cell of a visible row, to draw a widget in.
    static func cell(_ slot: ColumnSlot, row: Int, offset: Int, in area: Rect) -> Rect {
        Rect(x: area.x + slot.x, y: area.y + 1 + row - offset, width: slot.width, height: 1)
    }
}

/// Text that says as much as the room allows: the first of several
/// wordings (longest first) that fits whole, else the last one, to be cut.
/// Better a shorter sentence than a cut one: a cut line loses its end,
/// which is often the unit (`… tỷ USD`) or the figure that matters.
enum Fit {
    static func first(_ candidates: [String], width: Int, _ c: Ctx) -> String {
        candidates.first { TextLayout.width($0, charset: c.charset) <= width } ?? candidates.last ?? ""
    }

    static func width(_ text: String, _ c: Ctx) -> Int { TextLayout.width(text, charset: c.charset) }
}

/// One line of parts, each with its style and importance: when the line is
/// too long, the least important parts give way whole (the figure of a
/// status never half-shown), and the rest keep their order.
struct PartsLine {
    struct Part {
        var text: String
        var style: Style
        /// Higher stays longer.
        var priority: Int
        init(_ text: String, _ style: Style = .normal, priority: Int = 0) {
            self.text = text
            self.style = style
            self.priority = priority
        }
    }

    var parts: [Part]
    var separator = "  "

    /// The parts that fit in `width` columns.
    func shown(width: Int, _ c: Ctx) -> [Part] {
        var kept = parts
        func total() -> Int {
            kept.reduce(0) { $0 + Fit.width($1.text, c) } + Fit.width(separator, c) * max(0, kept.count - 1)
        }
        while kept.count > 1, total() > width {
            var drop = kept.count - 1
            for i in kept.indices.reversed() where kept[i].priority < kept[drop].priority { drop = i }
            kept.remove(at: drop)
        }
        return kept
    }

    func draw(_ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        guard !area.isEmpty else { return }
        var x = area.x
        for (i, part) in shown(width: area.width, c).enumerated() {
            if i > 0 { x += out.canvas.draw(separator, x: x, y: area.y, style: .dim, clip: area) }
            x += out.canvas.draw(part.text, x: x, y: area.y, style: part.style, clip: area)
        }
    }
}

/// A titled box around a panel or section, with the filter (or the sort
/// order) in its top-right corner.
enum Panels {
    static func box(
        _ title: String, _ list: ListState?, focused: Bool, sorts: [(String, String)], editing: Bool,
        _ c: Ctx, in area: Rect, _ out: inout FrameBuilder
    ) -> Rect {
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

    /// How many of the `wanted` lines of figures above a panel's table to
    /// show in `height` rows: all when there is room, fewer when the table
    /// would otherwise keep fewer than four of its `rows` in view; the
    /// first line (the gauge) as long as there are three rows.
    static func linesAbove(_ wanted: Int, height: Int, rows: Int) -> Int {
        guard height >= 3 else { return 0 }
        return max(1, min(wanted, height - 1 - min(rows, 4)))
    }
}
