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
    /// The column the list is sorted by, marked in the header once the
    /// user has chosen an order (`s`, `S`): ▾ as sorted, ▴ turned round.
    var sortedColumn: Int? = nil

    /// The selected row's full text (its title uncut), shown in a strip
    /// under the table when some row's text is cut (`textColumn`) and the
    /// list keeps rows enough; `fullTextHeading` names it (its id).
    var fullText: String? = nil
    var fullTextHeading: String = ""
    /// The column whose texts may be cut (the title).
    var textColumn: Int? = nil
    /// A column (the id) shown only when two rows in view would read the
    /// same in `textColumn` once cut, or when there is room for it beside
    /// every text whole (a wide or zoomed panel): otherwise distinct
    /// titles keep the room.
    var idColumn: Int? = nil

    /// Draws the table (and the strip of the selected row's full text);
    /// returns the first row shown, the column slots (indices into
    /// `columns`) and the table's own area, for widgets drawn over cells
    /// (sparklines, bars).
    @discardableResult
    func draw(in area: Rect, _ out: inout FrameBuilder) -> (offset: Int, slots: [ColumnSlot], table: Rect) {
        var columns = columns
        if let i = sortedColumn, columns.indices.contains(i), list.sort > 0 || list.reversed {
            let ascii = out.canvas.charset == .ascii
            columns[i].header += list.reversed ? (ascii ? "^" : "▴") : (ascii ? "v" : "▾")
            // One more column for the mark, so that the header is not cut.
            switch columns[i].width {
            case .fit(let min, let max): columns[i].width = .fit(min: min, max: max == Int.max ? max : max + 1)
            case .fixed(let n): columns[i].width = .fixed(n + 1)
            case .flex: break
            }
        }
        let charset = out.canvas.charset
        let selection = min(list.selection, max(0, rows.count - 1))
        var tableArea = area
        var strip: Rect? = nil
        if showSelection, !rows.isEmpty, let full = fullText, let tc = textColumn,
            ListView.isCut(column: tc, Table(columns: columns, rows: rows), width: area.width, charset)
        {
            let h = ListView.stripHeight(area.height)
            if h > 0 && !full.isEmpty {
                // A short list has it right under its last row.
                let (t, s) = area.splitTop(min(area.height - h, rows.count + 1))
                tableArea = t
                strip = s.splitTop(h).top
            }
        }
        var rows = rows
        var columns0 = columns
        var hidden: Int? = nil
        if let id = idColumn, columns.indices.contains(id), let tc = textColumn {
            // Without the id column first; back with it when titles collide.
            let fewer = Array(columns[..<id] + columns[(id + 1)...])
            let fewerRows = rows.map { r in
                TableRow(r.cells.indices.filter { $0 != id }.map { r.cells[$0] }, style: r.style)
            }
            let table = Table(columns: fewer, rows: fewerRows)
            let height = table.bodyHeight(in: tableArea)
            let first = Table.visibleRange(selected: selection, count: rows.count, height: height, offset: list.offset)
            let tcShifted = tc > id ? tc - 1 : tc
            let roomy = !ListView.isCut(
                column: tc, Table(columns: columns, rows: rows), width: tableArea.width, charset)
            if !roomy,
                let slot = table.layout(width: tableArea.width, charset: charset).first(where: {
                    $0.column == tcShifted
                }),
                !ListView.collide(fewerRows, tcShifted, first..<min(rows.count, first + height), slot.width, charset)
            {
                columns0 = fewer
                rows = fewerRows
                hidden = id
            }
        }
        columns = columns0
        let table0 = Table(columns: columns, rows: rows)
        let height = table0.bodyHeight(in: tableArea)
        let offset = Table.visibleRange(selected: selection, count: rows.count, height: height, offset: list.offset)
        var table = Table(
            columns: columns, rows: rows, selected: showSelection && !rows.isEmpty ? selection : nil,
            offset: offset, emptyMessage: emptyMessage)
        table.flexToContent = true
        let drawn = table.renderColumns(in: tableArea, on: &out.canvas)
        out.viewports.append(Viewport(list: index, offset: offset, height: height))
        for i in 0..<min(height, max(0, rows.count - offset)) {
            out.hits.append(
                Hit(
                    Rect(x: tableArea.x, y: tableArea.y + 1 + i, width: tableArea.width, height: 1),
                    .row(list: index, row: offset + i)))
        }
        if let strip, let full = fullText {
            ListView.drawStrip(heading: fullTextHeading, text: full, charset, in: strip, &out)
        }
        // The columns as drawn, when drawn whole in the area (else measured again).
        var slots =
            !drawn.isEmpty && tableArea.intersection(out.canvas.bounds) == tableArea
            ? drawn : table.layout(width: tableArea.width, charset: charset)
        if let hidden {
            for k in slots.indices where slots[k].column >= hidden { slots[k].column += 1 }
        }
        return (offset, slots, tableArea)
    }

    /// The item a list's selection is on, nil when it is empty.
    static func selected<T>(_ items: [T], _ list: ListState) -> T? {
        items.isEmpty ? nil : items[min(max(0, list.selection), items.count - 1)]
    }

    /// Whether some row's text in `column` is wider than the column gets.
    static func isCut(column: Int, _ table: Table, width: Int, _ charset: Charset) -> Bool {
        guard let slot = table.layout(width: width, charset: charset).first(where: { $0.column == column }) else {
            return false
        }
        return table.rows.contains {
            column < $0.cells.count && TextLayout.width($0.cells[column].text, charset: charset) > slot.width
        }
    }

    /// Whether two of `rows` (those in `range`) read the same in `column`
    /// once fitted to `width`.
    static func collide(_ rows: [TableRow], _ column: Int, _ range: Range<Int>, _ width: Int, _ charset: Charset)
        -> Bool
    {
        var seen = Set<String>()
        for i in range where column < rows[i].cells.count {
            let shown = Table.shown(rows[i].cells[column], width: width, charset: charset)
            if !seen.insert(TextLayout.truncate(shown, width: width, charset: charset)).inserted { return true }
        }
        return false
    }

    /// Rows of the strip under a list of `height` rows: a heading and two
    /// lines of text when the list keeps eight rows or more, one line
    /// when it keeps four, none below. The same for every row selected,
    /// so the list does not jump as the selection moves.
    static func stripHeight(_ height: Int) -> Int {
        if height >= 3 + 9 { return 3 }
        if height >= 1 + 5 { return 1 }
        return 0
    }

    /// The strip: `── KCN05 ─────` and the text wrapped (cut with `…` on
    /// its last line if longer still); one line of text when that is all
    /// the room.
    static func drawStrip(heading: String, text: String, _ charset: Charset, in area: Rect, _ out: inout FrameBuilder) {
        guard !area.isEmpty else { return }
        var body = area
        if area.height >= 2 {
            let rule = charset == .ascii ? "-" : "─"
            let top = body.splitTop(1)
            let head = rule + rule + " " + heading + " "
            let w = out.canvas.draw(head, x: top.top.x, y: top.top.y, style: .title, maxWidth: top.top.width)
            if top.top.width > w {
                out.canvas.draw(
                    String(repeating: rule, count: top.top.width - w), x: top.top.x + w, y: top.top.y, style: .border)
            }
            body = top.rest.inset(dx: 1, dy: 0)
        }
        var lines = TextLayout.wrap(text, width: body.width, charset: charset)
        if lines.count > body.height, body.height > 0 {
            // The last line holds the rest, cut with `…`.
            lines = Array(lines.prefix(body.height - 1)) + [lines[(body.height - 1)...].joined(separator: " ")]
        }
        // One line alone has a mark, so that it does not read as a row.
        let mark = area.height >= 2 ? "" : (charset == .ascii ? ">> " : "» ")
        if !mark.isEmpty, body.height == 1 { lines = [lines.joined(separator: " ")] }
        for (k, line) in lines.prefix(body.height).enumerated() {
            out.canvas.draw(
                (k == 0 ? mark : "") + line, x: body.x, y: body.y + k, style: .title, maxWidth: body.width, clip: body)
        }
    }

    /// A list too long to lay out whole (thousands of projects): only the
    /// rows in view are made (`row(i)`), so a key costs the same for ten
    /// rows or ten thousand. Column widths must not depend on the rows
    /// (`.fixed`, `.flex`): they would change as the list scrolls.
    /// `fullText` of row i: the strip of the selected row's full text
    /// (heading, text), reserved whatever the rows (they are not measured).
    static func drawWindow(
        columns: [TableColumn], count: Int, list: ListState, index: Int, emptyMessage: String,
        row: (Int) -> TableRow, fullText: ((Int) -> (String, String))? = nil, in whole: Rect,
        _ out: inout FrameBuilder
    ) {
        var area = whole
        if let fullText, count > 0 {
            let h = stripHeight(whole.height)
            let (t, s) = whole.splitTop(min(whole.height - h, count + 1))
            area = t
            let (heading, text) = fullText(min(max(0, list.selection), count - 1))
            drawStrip(heading: heading, text: text, out.canvas.charset, in: s.splitTop(h).top, &out)
        }
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
            } else if list.sort > 0 || list.reversed, list.sort < sorts.count {
                right =
                    (c.charset == .ascii ? "sort: " : "↕ ") + c.lang.pick(sorts[list.sort].0, sorts[list.sort].1)
                    + (list.reversed ? c.t(", ngược", ", reversed") : "")
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
