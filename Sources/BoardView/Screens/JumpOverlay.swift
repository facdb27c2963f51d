/// The `:` prompt's box over the screen: what the typed text finds, best
/// first, each with its kind and id; Enter opens the selected one.
enum JumpOverlay {
    static func draw(_ jump: JumpState, _ c: Ctx, in body: Rect, _ out: inout FrameBuilder) {
        let found = Jump.matches(jump.text, c)
        let width = min(body.width, max(40, body.width * 3 / 4))
        let height = min(body.height, max(5, min(found.count, 15) + 4))
        let area = Rect(x: body.x + (body.width - width) / 2, y: body.y, width: width, height: height)
        out.canvas.fill(area)
        let caret = c.charset == .ascii ? "_" : "▏"
        let count = found.count == 200 ? "200+" : String(found.count)
        let box = Box(title: ": " + jump.text + caret, rightTitle: count, focused: true)
        box.render(in: area, on: &out.canvas)
        let inner = box.inner(area)
        let columns = [
            TableColumn(c.t("Loại", "Kind"), width: .fit(min: 4, max: 10), priority: 5),
            TableColumn(c.t("Mã", "ID"), width: .fit(min: 4, max: 14), priority: 6),
            TableColumn(c.t("Tên", "Name"), width: .flex(min: 10, weight: 1), priority: 9),
        ]
        let rows = found.map { e in
            TableRow([TableCell(e.kind.name(c), style: .dim), TableCell(e.id), TableCell(e.name)])
        }
        var list = ListState()
        list.selection = jump.selection
        let table0 = Table(columns: columns, rows: rows)
        let offset = Table.visibleRange(
            selected: jump.selection, count: rows.count, height: table0.bodyHeight(in: inner), offset: 0)
        Table(
            columns: columns, rows: rows, selected: rows.isEmpty ? nil : jump.selection, offset: offset,
            emptyMessage: c.t("Không tìm thấy", "Nothing found")
        ).render(in: inner, on: &out.canvas)
    }
}
