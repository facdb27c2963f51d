import BoardModel

/// Panel 4: the committee's assignments: open, overdue, due soon, done,
/// and a scorecard per lead unit, most overdue first.
enum TasksPanel: ListSource {
    static let sorts = [("quá hạn trước", "overdue first"), ("đang thực hiện", "open"), ("đúng hạn", "on time")]

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [UnitScore] {
        var rows = c.summary.tasks.leadUnits.filter {
            Filtering.matches(list.filter, [$0.unit.id, $0.unit.name, $0.unit.shortName ?? ""])
        }
        switch list.sort {
        case 1: rows.sort { ($0.leadOpen, $1.unit.id) > ($1.leadOpen, $0.unit.id) }
        case 2: rows.sort { ($0.onTimePct ?? -1, $1.unit.id) > ($1.onTimePct ?? -1, $0.unit.id) }
        default: break
        }
        return rows
    }

    static func target(_ item: UnitScore, _ screen: ScreenState) -> ScreenPath? { .unit(item.unit.id) }

    static func draw(_ list: ListState, focused: Bool, _ screen: ScreenState, _ c: Ctx, in area: Rect,
                     _ out: inout FrameBuilder) {
        let t = c.summary.tasks
        var rest = area
        if area.height >= 3 {
            let (f, r) = rest.splitTop(1)
            var x = f.x
            x += out.canvas.draw(c.t("Đang thực hiện \(t.open)  ", "Open \(t.open)  "), x: x, y: f.y, clip: f)
            if t.overdue > 0 {
                x += StatusMark.overdue.draw(on: &out.canvas, x: x, y: f.y, clip: f)
                x += out.canvas.draw(c.t(" quá hạn \(t.overdue)  ", " overdue \(t.overdue)  "), x: x, y: f.y, style: .bad, clip: f)
            }
            if t.dueSoon > 0 {
                x += out.canvas.draw(c.t("sắp đến hạn \(t.dueSoon)  ", "due in 7 days \(t.dueSoon)  "), x: x, y: f.y, style: .warn, clip: f)
            }
            x += StatusMark.done.draw(on: &out.canvas, x: x, y: f.y, clip: f)
            out.canvas.draw(c.t(" xong \(t.done)", " done \(t.done)"), x: x, y: f.y, style: .good, clip: f)
            rest = r
        }
        let columns = [
            TableColumn(c.t("Đơn vị chủ trì", "Lead unit"), width: .flex(min: 8, weight: 3), priority: 9),
            TableColumn(c.t("Đang", "Open"), width: .fit(min: 4, max: 5), alignment: .right, priority: 7),
            TableColumn(c.t("Quá hạn", "Overdue"), width: .fit(min: 5, max: 8), alignment: .right, priority: 8),
            TableColumn(c.t("Xong", "Done"), width: .fit(min: 4, max: 5), alignment: .right, priority: 5),
            TableColumn(c.t("Đúng hạn", "On time"), width: .fit(min: 5, max: 8), alignment: .right, priority: 6),
        ]
        let rows = items(list, screen, c).map { u -> TableRow in
            let overdue = u.leadOverdue > 0
                ? TableCell(StatusMark.overdue.symbol(c.charset) + " \(u.leadOverdue)", style: .bad) : TableCell("0")
            return TableRow([TableCell(Titles.unitName(u.unit)), TableCell(String(u.leadOpen)), overdue,
                             TableCell(String(u.leadDone)), TableCell(Formats.percent(u.onTimePct, c.lang))])
        }
        ListView(columns: columns, rows: rows, list: list, index: Panel.tasks.rawValue, showSelection: focused,
                 emptyMessage: c.t("Chưa có nhiệm vụ", "No assignments")).draw(in: rest, &out)
    }
}
