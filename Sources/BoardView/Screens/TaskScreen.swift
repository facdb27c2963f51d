import BoardModel

/// One assignment: the full title, who leads and who supports (the list:
/// Enter opens that unit), the dates, its state in words, and every
/// progress report in date order. PgUp/PgDn scroll the reports.
enum TaskScreen: ListSource {
    static let sorts: [(String, String)] = []
    static let filterable = false

    struct Link { var unitID: String; var lead: Bool }

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [Link] {
        guard case .task(_, let taskID) = screen.path, let t = c.dataSet.task(taskID) else { return [] }
        return [Link(unitID: t.leadID, lead: true)] + t.supportIDs.map { Link(unitID: $0, lead: false) }
    }

    static func target(_ item: Link, _ screen: ScreenState) -> ScreenPath? { .unit(item.unitID) }

    static func draw(_ screen: ScreenState, unit: String, task taskID: String, _ c: Ctx, in area: Rect,
                     _ out: inout FrameBuilder) {
        guard let task = c.dataSet.task(taskID) else {
            return Detail.missing(c.t("nhiệm vụ", "assignment"), taskID, c, in: area, &out)
        }
        let view = c.summary.tasks.view(taskID)
        let box = Box(title: task.id, rightTitle: view.map { $0.state.words(c.lang) } ?? c.t("chưa giao", "not yet assigned"),
                      focused: true, rightTitleStyle: view.map { style($0) } ?? .dim)
        box.render(in: area, on: &out.canvas)
        var rest = box.inner(area).inset(dx: 1, dy: 0)
        // The full title, wrapped.
        let titleRows = TextLayout.wrap(task.title, width: rest.width, charset: c.charset)
        for (i, line) in titleRows.prefix(max(0, rest.height - 4)).enumerated() {
            out.canvas.draw(line, x: rest.x, y: rest.y + i, style: .title)
        }
        rest = rest.splitTop(min(titleRows.count, max(0, rest.height - 4)) + 1).rest
        var facts: [(String, String, Style)] = []
        if let v = view {
            facts.append((c.t("Tình trạng", "State"), (UnitScreen.mark(v).map { $0.symbol(c.charset) + " " } ?? "")
                          + v.state.words(c.lang) + " · " + v.status.name(c.lang), style(v)))
        }
        facts.append((c.t("Nguồn giao", "Source"), task.source ?? "–", .normal))
        var dates = c.t("giao ", "assigned ") + Formats.date(task.assignedOn, c.lang)
        dates += c.t(" · hạn ", " · due ") + (task.dueOn.map { Formats.date($0, c.lang) } ?? c.t("không (thường xuyên)", "none (standing)"))
        if let d = task.doneOn, view?.isDone == true { dates += c.t(" · xong ", " · done ") + Formats.date(d, c.lang) }
        facts.append((c.t("Ngày", "Dates"), dates, .normal))
        rest = rest.splitTop(Detail.facts(facts, c, in: rest, &out) + 1).rest
        // The units: lead first, then support; Enter opens one.
        let links = items(screen.list, screen, c)
        Detail.heading(c.t("Đơn vị", "Units"), c, in: rest.splitTop(1).top, &out)
        rest = rest.splitTop(1).rest
        let selection = min(screen.list.selection, max(0, links.count - 1))
        for (i, link) in links.enumerated() where i < rest.height {
            let name = c.dataSet.unit(link.unitID)?.name ?? link.unitID
            let role = link.lead ? c.t("chủ trì  ", "lead     ") : c.t("phối hợp ", "support  ")
            let rowRect = Rect(x: rest.x, y: rest.y + i, width: rest.width, height: 1)
            if i == selection { out.canvas.fill(rowRect, with: Cell(" ", .selected)) }
            let st: Style = i == selection ? .selected : .normal
            let w = out.canvas.draw(role, x: rowRect.x, y: rowRect.y, style: i == selection ? st : .dim, clip: rowRect)
            out.canvas.draw(name, x: rowRect.x + w, y: rowRect.y, style: st, clip: rowRect)
            out.hits.append(Hit(rowRect, .row(list: 0, row: i)))
        }
        rest = rest.splitTop(min(links.count, rest.height) + 1).rest
        // Progress reports, oldest first, notes wrapped (they may hold line breaks).
        let updates = view?.updates ?? c.dataSet.updates(of: taskID)
        Detail.heading(c.t("Báo cáo tiến độ (\(updates.count))", "Progress reports (\(updates.count))"), c, in: rest.splitTop(1).top, &out)
        rest = rest.splitTop(1).rest
        var lines: [Paragraph.Line] = []
        if updates.isEmpty { lines.append(Paragraph.Line(c.t("Chưa có báo cáo.", "No report yet."), style: .dim)) }
        for u in updates {
            lines.append(Paragraph.Line(Formats.date(u.on, c.lang) + (u.progressPct.map { "  " + Formats.percent($0, c.lang) } ?? ""),
                                        style: .accent))
            lines.append(Paragraph.Line(u.note))
        }
        let rows = Paragraph(lines).rows(width: rest.width, charset: c.charset).count
        let scroll = min(screen.list.offset, Paragraph.maxScroll(rowCount: rows, height: rest.height))
        Paragraph(lines, scroll: scroll).render(in: rest, on: &out.canvas)
        out.viewports.append(Viewport(list: 0, offset: scroll, height: rest.height))
    }

    static func style(_ v: TaskView) -> Style {
        switch v.state {
        case .overdue: return .bad
        case .doneLate: return .late
        case .doneOnTime, .done: return .good
        case .standing: return .dim
        case .open(let left): return left <= TaskSummary.dueSoonDays ? .warn : .normal
        }
    }
}
