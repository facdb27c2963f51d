/// Rows of text in columns, with a header, a selected row and scrolling:
///
///     Cửa khẩu      Xuất   Nhập
///     Kim Thành    120,5   98,2
///     Tân Thanh    310,0  402,7     ← selected: Style.selected, full width
///
/// Columns are sized by display width (`layout(width:charset:)`), texts are
/// cut with `…`, figures aligned right. A right-aligned text (a figure, a
/// date) is never cut, since `1.31…` would read as a smaller figure: when it
/// does not fit it shows as `#####`, as in a spreadsheet. When there are no rows, the
/// `emptyMessage` line says so instead of a blank panel, with no header.
public struct Table: Widget {
    public var columns: [TableColumn]
    public var rows: [TableRow]
    /// The selected row index, if any; kept in view by scrolling.
    public var selected: Int?
    /// The first row shown, as kept by the screen's state; adjusted with
    /// `visibleRange` so that the selection is visible.
    public var offset: Int
    public var showHeader: Bool
    public var emptyMessage: String
    /// Blank columns between two columns.
    public var columnGap: Int
    /// Flex columns grow no wider than their widest text (`layout`): set
    /// for lists laid out from all their rows; a window of rows (thousands
    /// of projects) keeps widths that do not depend on the rows in view.
    public var flexToContent = false

    public init(
        columns: [TableColumn], rows: [TableRow], selected: Int? = nil, offset: Int = 0,
        showHeader: Bool = true, emptyMessage: String = "—", columnGap: Int = 1
    ) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = offset
        self.showHeader = showHeader
        self.emptyMessage = emptyMessage
        self.columnGap = columnGap
    }

    /// The first row to show so that `selected` is visible in `height`
    /// rows, moving as little as possible from `offset`, and never leaving
    /// blank rows at the bottom when there are rows to fill them.
    public static func visibleRange(selected: Int?, count: Int, height: Int, offset: Int) -> Int {
        guard height > 0, count > 0 else { return 0 }
        var first = min(max(0, offset), max(0, count - height))
        if let s = selected {
            let s = min(max(0, s), count - 1)
            if s < first { first = s }
            if s >= first + height { first = s - height + 1 }
        }
        return first
    }

    /// Rows of data that fit in `area` (the header takes one).
    public func bodyHeight(in area: Rect) -> Int { max(0, area.height - (showHeader ? 1 : 0)) }

    public func render(in area: Rect, on canvas: inout Canvas) { _ = renderColumns(in: area, on: &canvas) }

    /// Draws the table; returns the columns as laid out (none when
    /// nothing was drawn or there are no rows), so that a caller needing
    /// them does not measure every row again.
    public func renderColumns(in area: Rect, on canvas: inout Canvas) -> [ColumnSlot] {
        let a = area.intersection(canvas.bounds)
        guard !a.isEmpty else { return [] }
        // No rows: the message alone, where the header would be. A header
        // over nothing reads as columns of a list that is not there.
        if rows.isEmpty {
            canvas.draw(emptyMessage, x: a.x, y: a.y, style: .dim, clip: a)
            return []
        }
        let slots = layout(width: a.width, charset: canvas.charset)
        var y = a.y
        if showHeader {
            // One style across the whole header row, gaps included: one
            // attribute change for the row, not one per column.
            canvas.fill(Rect(x: a.x, y: y, width: a.width, height: 1), with: Cell(" ", .header))
            for slot in slots {
                let c = columns[slot.column]
                drawAligned(
                    c.header, slot: slot, alignment: c.alignment, x0: a.x, y: y, style: .header, figure: false,
                    on: &canvas, clip: a)
            }
            y += 1
        }
        let height = a.maxY - y
        guard height > 0 else { return slots }
        let first = Table.visibleRange(selected: selected, count: rows.count, height: height, offset: offset)
        for i in first..<min(rows.count, first + height) {
            drawRow(rows[i], selected: i == selected, slots: slots, y: y + i - first, area: a, on: &canvas)
        }
        return slots
    }

    private func drawRow(
        _ row: TableRow, selected isSelected: Bool, slots: [ColumnSlot], y: Int,
        area a: Rect, on canvas: inout Canvas
    ) {
        if isSelected { canvas.fill(Rect(x: a.x, y: y, width: a.width, height: 1), with: Cell(" ", .selected)) }
        for slot in slots where slot.column < row.cells.count {
            let cell = row.cells[slot.column]
            var style = cell.style ?? row.style ?? .normal
            if isSelected {
                // The selection shows as reverse video; a cell's own meaning
                // (overdue in `.bad`) keeps its role inside it.
                if cell.style != nil || row.style != nil { style.reverse = true } else { style = .selected }
            }
            drawAligned(
                Table.shown(cell, width: slot.width, charset: canvas.charset), slot: slot,
                alignment: columns[slot.column].alignment, x0: a.x, y: y, style: style, on: &canvas, clip: a)
        }
    }

    /// The text a cell shows in `width` columns: its distinguishing tail
    /// when it has one and is too long (`SharedPrefix.elided`), else the
    /// text, which drawing cuts at its end.
    static func shown(_ cell: TableCell, width: Int, charset: Charset) -> String {
        guard cell.tailFrom > 0 else { return cell.text }
        return SharedPrefix.elided(
            cell.text, tailFrom: cell.tailFrom, headKept: cell.headKept, width: width, charset: charset) ?? cell.text
    }

    /// `figure`: a right-aligned cell that does not fit shows `###`
    /// rather than a cut number; headers are words and are cut with `…`.
    private func drawAligned(
        _ text: String, slot: ColumnSlot, alignment: TextLayout.Alignment, x0: Int, y: Int,
        style: Style, figure: Bool = true, on canvas: inout Canvas, clip: Rect
    ) {
        let w = TextLayout.width(text, charset: canvas.charset)
        if w > slot.width && alignment == .right && figure {
            canvas.draw(String(repeating: "#", count: slot.width), x: x0 + slot.x, y: y, style: style, clip: clip)
            return
        }
        let x = TextLayout.start(x: x0 + slot.x, width: slot.width, textWidth: w, alignment)
        canvas.draw(text, x: x, y: y, style: style, maxWidth: slot.width, clip: clip)
    }
}
