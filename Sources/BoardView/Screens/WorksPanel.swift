import BoardModel

/// Panel 3: infrastructure works by status and budget, disbursement, and
/// the works themselves, late ones first, with progress bars.
enum WorksPanel: ListSource {
    static let sorts = [("chậm trước", "late first"), ("tổng mức đầu tư", "budget"), ("tiến độ", "progress")]

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [Work] {
        var rows = c.summary.works.ordered.filter {
            Filtering.matches(list.filter, [$0.id, $0.name, $0.status.name(c.lang), $0.status.rawValue])
        }
        switch list.sort {
        case 1: rows.sort { ($0.budgetBnVND, $1.id) > ($1.budgetBnVND, $0.id) }
        case 2: rows.sort { ($0.progressPct ?? -1, $1.id) > ($1.progressPct ?? -1, $0.id) }
        default: break
        }
        return rows
    }

    static func target(_ item: Work, _ screen: ScreenState) -> ScreenPath? { .work(item.id) }

    /// The mark that says what state a work is in, never by colour alone.
    static func mark(_ w: Work, _ asOf: Day) -> StatusMark? {
        if w.isLate(asOf: asOf) { return .late }
        if w.status.isFinished { return .done }
        return nil
    }

    static func draw(_ list: ListState, focused: Bool, _ screen: ScreenState, _ c: Ctx, in area: Rect,
                     _ out: inout FrameBuilder) {
        let w = c.summary.works
        var rest = area
        if area.height >= 3 {
            let (f, r) = rest.splitTop(1)
            let total = w.byStatus.reduce(0) { $0 + $1.count }
            let disbursed = w.budgetBnVND > 0 ? w.disbursedBnVND / w.budgetBnVND : nil
            out.canvas.draw(c.t("\(total) công trình · \(Formats.bnVND(w.budgetBnVND, c.lang)) · giải ngân ",
                                "\(total) works · \(Formats.bnVND(w.budgetBnVND, c.lang)) · disbursed ")
                            + Formats.percent(fraction: disbursed, c.lang, decimals: 0), x: f.x, y: f.y, maxWidth: f.width)
            rest = r
        }
        if area.height >= 4 {
            let (f, r) = rest.splitTop(1)
            var x = f.x
            if !w.late.isEmpty {
                x += StatusMark.late.draw(on: &out.canvas, x: x, y: f.y, clip: f)
                x += out.canvas.draw(c.t(" \(w.late.count) chậm tiến độ  ", " \(w.late.count) late  "), x: x, y: f.y,
                                     style: .late, clip: f)
            }
            let parts = w.byStatus.filter { $0.count > 0 }.map { "\($0.status.name(c.lang)) \($0.count)" }
            out.canvas.draw(parts.joined(separator: " · "), x: x, y: f.y, style: .dim, clip: f)
            rest = r
        }
        let columns = [
            TableColumn("", width: .fixed(1), priority: 7),
            TableColumn(c.t("Công trình", "Work"), width: .flex(min: 10, weight: 3), priority: 9),
            TableColumn(c.t("Tiến độ", "Progress"), width: .fixed(10), priority: 5),
            TableColumn(c.t("Tỷ đồng", "bn VND"), width: .fit(min: 6, max: 7), alignment: .right, priority: 4),
            TableColumn(c.t("Hạn", "Due"), width: .fit(min: 7, max: 10), alignment: .right, priority: 6),
        ]
        let rows = items(list, screen, c)
        let tableRows = rows.map { work -> TableRow in
            let mark = mark(work, c.asOf)
            let late = work.isLate(asOf: c.asOf)
            return TableRow([TableCell(mark?.symbol(c.charset) ?? "", style: mark?.style), TableCell(work.name),
                             TableCell(work.progressPct.map { Formats.percent($0, c.lang) } ?? work.status.name(c.lang)),
                             TableCell(Formats.bnVNDShort(work.budgetBnVND, c.lang)),
                             TableCell(work.dueOn.map { Formats.date($0, c.lang) } ?? "–", style: late ? .late : nil)])
        }
        let (offset, slots) = ListView(columns: columns, rows: tableRows, list: list, index: Panel.works.rawValue,
                                       showSelection: focused, emptyMessage: c.t("Không có công trình", "No works"))
            .draw(in: rest, &out)
        if let bar = slots.first(where: { $0.column == 2 }) {
            for i in offset..<min(rows.count, offset + max(0, rest.height - 1)) {
                guard let pct = rows[i].progressPct else { continue }
                let selected = focused && i == min(list.selection, rows.count - 1)
                Gauge(fraction: pct / 100, label: Formats.percent(pct, c.lang),
                      fillStyle: Style(rows[i].isLate(asOf: c.asOf) ? .late : .barFill, reverse: selected),
                      labelStyle: Style(.normal, reverse: selected))
                    .render(in: ListView.cell(bar, row: i, offset: offset, in: rest), on: &out.canvas)
            }
        }
    }
}
