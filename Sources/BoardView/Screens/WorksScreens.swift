import BoardModel

/// Every infrastructure work, late ones first.
enum WorksScreen: ListSource {
    typealias Sort = WorksPanel.Sort

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [Work] {
        WorksPanel.items(list, screen, c)
    }

    static func target(_ item: Work, _ screen: ScreenState) -> ScreenPath? { .work(item.id) }

    static func draw(_ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let inner = Panels.box(
            c.t("Công trình hạ tầng", "Infrastructure works"), screen.list, focused: true, sorts: sorts,
            editing: c.editingFilter, c, in: area, &out)
        let rows = items(screen.list, screen, c)
        // Totals and the stages with their budgets above the list, when the
        // list keeps enough rows in view.
        var rest = inner
        let lines = Panels.linesAbove(
            WorksPanel.linesAbove(c).count, height: inner.height, rows: c.summary.works.ordered.count)
        if inner.height >= 8 { WorksPanel.drawLinesAbove(c, count: lines, budget: true, in: &rest, &out) }
        let columns = [
            TableColumn("", width: .fixed(1), priority: 9),
            // Minimums that keep each column readable: below them the
            // column is dropped rather than shown as `Chủ …`.
            TableColumn(c.t("Mã", "ID"), width: .fit(min: 6, max: 8), priority: 4),
            TableColumn(c.t("Công trình", "Work"), width: .flex(min: 24, weight: 4), priority: 9),
            TableColumn(c.t("Chủ đầu tư", "Owner"), width: .fit(min: 10, max: 12), priority: 2),
            TableColumn(c.t("Trạng thái", "Status"), width: .fit(min: 13, max: 18), priority: 3),
            TableColumn(
                c.t("Tiến độ", "Progress"), width: .fit(min: c.lang == .vi ? 7 : 8, max: 8), alignment: .right,
                priority: 6),
            TableColumn(c.t("Tổng mức", "Budget"), width: .fit(min: 6, max: 8), alignment: .right, priority: 5),
            TableColumn(c.t("Giải ngân", "Disbursed"), width: .fit(min: 6, max: 9), alignment: .right, priority: 1),
            TableColumn(c.t("Hạn", "Due"), width: .fit(min: 8, max: 10), alignment: .right, priority: 7),
        ]
        let tails = c.data.titleTails.get(.works, c.dataSet)
        let tableRows = rows.map { w -> TableRow in
            let mark = WorksPanel.mark(w, c.asOf)
            let owner = c.dataSet.unit(w.ownerID).map(Titles.unitName) ?? w.ownerID
            return TableRow([
                TableCell(mark?.symbol(c.charset) ?? "", style: mark?.style), TableCell(w.id),
                TableCell(w.name, tailFrom: tails[w.id] ?? 0),
                TableCell(owner),
                TableCell(
                    c.summary.works.notStarted.contains(w.id)
                        ? c.t("chưa khởi công", "not started") : w.status.name(c.lang)),
                TableCell(w.progressPct.map { Formats.percent($0, c.lang) } ?? "–"),
                TableCell(Formats.bnVNDShort(w.budgetBnVND, c.lang)),
                TableCell(w.disbursedBnVND.map { Formats.bnVNDShort($0, c.lang) } ?? "–"),
                TableCell(w.dueOn.map { Formats.date($0, c.lang) } ?? "–", style: w.isLate(asOf: c.asOf) ? .late : nil),
            ])
        }
        ListView(
            columns: columns, rows: tableRows, list: screen.list, index: 0, showSelection: true,
            emptyMessage: screen.list.filter.isEmpty
                ? c.t("Chưa có công trình nào", "No works") : c.t("Không có công trình khớp bộ lọc", "No work matches"),
            sortedColumn: Sort(screen.list).screenColumn, fullText: ListView.selected(rows, screen.list)?.name,
            fullTextHeading: ListView.selected(rows, screen.list)?.id ?? "", textColumn: 2
        ).draw(in: rest, &out)
    }
}

/// One work: its figures, budget and progress bars, and its timeline.
enum WorkScreen {
    /// Its list (`LinkedAssignments.ofWork`): where it is first, so that
    /// Enter on a work as it opens leads back to its zone or gate (the way
    /// back from a gate's or zone's list of works); its owner; its
    /// assignments.
    static func model(_ id: String, _ c: Ctx) -> ListModel {
        ListModel(targets: LinkedAssignments.ofWork(id, c).map(\.path), filterable: false)
    }

    static func draw(_ screen: ScreenState, id: String, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        guard let w = c.summary.works.work(id) else {
            return Detail.missing(c.t("công trình", "work"), id, c, in: area, &out)
        }
        let title = Detail.title(w.id + " · " + w.name, short: c.t("Công trình ", "Work ") + w.id, width: area.width, c)
        let inner = Panels.box(title, nil, focused: true, sorts: [], editing: false, c, in: area, &out)
        let place: String = {
            if let z = w.zoneID { return c.dataSet.zone(z).map { $0.name } ?? z }
            if let g = w.gateID { return c.dataSet.gate(g).map { $0.name } ?? g }
            return "–"
        }()
        let daysLate = w.daysLate(asOf: c.asOf)
        let late = daysLate != nil
        var state = w.status.name(c.lang)
        if let daysLate {
            // How late first: it is what a cut line must not lose.
            state =
                StatusMark.overdue.symbol(c.charset) + " "
                + c.t(
                    "chậm \(daysLate) ngày so với hạn · ",
                    "\(daysLate) days past due · ") + state
        } else if w.status.isFinished {
            state = StatusMark.done.symbol(c.charset) + " " + state
        } else if c.summary.works.notStarted.contains(w.id) {
            state = c.t("chưa khởi công", "not started") + " (" + state + ")"
        }
        var facts: [(String, String, Style)] = [
            (c.t("Trạng thái", "Status"), state, late ? .late : (w.status.isFinished ? .good : .normal)),
            (c.t("Địa điểm", "Where"), place, .normal),
            (c.t("Chủ đầu tư", "Owner"), c.dataSet.unit(w.ownerID)?.name ?? w.ownerID, .normal),
            (c.t("Tổng mức đầu tư", "Budget"), Formats.bnVND(w.budgetBnVND, c.lang), .accent),
            (
                c.t("Đã giải ngân", "Disbursed"),
                w.disbursedBnVND.map { Formats.bnVND($0, c.lang) } ?? c.t("chưa có số liệu", "no figure"), .normal
            ),
            (c.t("Khởi công", "Start"), w.startOn.map { Formats.date($0, c.lang) } ?? "–", .normal),
            (c.t("Hạn hoàn thành", "Due"), w.dueOn.map { Formats.date($0, c.lang) } ?? "–", late ? .late : .normal),
        ]
        if c.data.isPast, c.summary.works.currentStateOnly.contains(w.id) {
            facts.append(
                (
                    c.t("Lưu ý", "Note"),
                    StatusMark.warning.symbol(c.charset) + " "
                        + c.t(
                            "trạng thái hiện tại, không phải ngày xem (không có lịch sử)",
                            "today's state, not the date's (no history)"), .warn
                ))
        }
        var rest = inner.inset(dx: 1, dy: 0)
        // The name in full under a title too short for it.
        if !title.hasSuffix(w.name) { rest = rest.splitTop(Detail.name(w.name, c, in: rest, &out)).rest }
        rest = rest.splitTop(Detail.facts(facts, c, in: rest, &out) + 1).rest
        // Where to go (Enter) before the bars, as on an assignment's and a
        // project's screen.
        let links = LinkedAssignments.ofWork(w.id, c)
        if !links.isEmpty, rest.height >= 3 {
            // Up to half of what is left: the bars and the timeline below
            // repeat the facts, the links do not.
            let rows = max(1, min(links.count, (rest.height - 1) / 2))
            let (linkArea, below) = rest.splitTop(1 + rows)
            LinkList.draw(
                LinkedAssignments.workHeading(links, c), links, selection: screen.list.selection,
                roleWidth: LinkList.roleWidth(links, c), c, in: linkArea, &out)
            rest = below.splitTop(below.height >= 12 ? 1 : 0).rest
        }
        let labelWidth = 14
        func bar(_ label: String, figure: Double?, share: Double?, _ text: String, _ style: Style) {
            // No figure, no bar: the facts above already say so.
            guard rest.height >= 1, figure != nil else { return }
            let (line, r) = rest.splitTop(2)
            out.canvas.draw(label, x: line.x, y: line.y, style: .dim, maxWidth: labelWidth)
            let area = Rect(x: line.x + labelWidth, y: line.y, width: min(60, line.width - labelWidth), height: 1)
            if let share {
                Gauge(fraction: share, label: text, fillStyle: style).render(in: area, on: &out.canvas)
            } else {
                // A figure without a share (a zero budget): no bar to fill.
                out.canvas.draw(text, x: area.x, y: area.y, style: .dim, maxWidth: area.width)
            }
            rest = r
        }
        bar(
            c.t("Giải ngân", "Disbursed"), figure: w.disbursedBnVND, share: w.disbursedShare,
            Formats.percent(fraction: w.disbursedShare, c.lang, decimals: 0), .barFill)
        bar(
            c.t("Tiến độ", "Progress"), figure: w.progressPct, share: w.progressPct.map { $0 / 100 },
            Formats.percent(w.progressPct, c.lang), late ? .late : .barFill)
        rest = timeline(w, c, in: rest, &out)
        history(w, c, in: rest, &out)
    }

    /// The dated states up to the as-of date, the latest first.
    static func history(_ w: Work, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let updates = c.summary.works.updates[w.id] ?? []
        guard area.height >= 3, !updates.isEmpty else { return }
        Detail.heading(c.t("Các lần cập nhật", "Dated states"), c, in: area.splitTop(1).top, &out)
        for (i, u) in updates.reversed().prefix(area.height - 1).enumerated() {
            var parts: [String] = []
            if let s = u.status { parts.append(s.name(c.lang)) }
            if let p = u.progressPct { parts.append(c.t("tiến độ ", "progress ") + Formats.percent(p, c.lang)) }
            if let d = u.disbursedBnVND { parts.append(c.t("giải ngân ", "disbursed ") + Formats.bnVND(d, c.lang)) }
            let y = area.y + 1 + i
            let x =
                area.x + out.canvas.draw(Formats.date(u.on, c.lang) + "  ", x: area.x, y: y, style: .dim, clip: area)
            out.canvas.draw(parts.joined(separator: " · "), x: x, y: y, clip: area)
        }
    }

    /// Start ── as-of ── due on one line, with where the as-of date falls.
    /// Returns the area left below it.
    static func timeline(_ w: Work, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) -> Rect {
        guard let start = w.startOn, let due = w.dueOn, due > start, area.height >= 3 else { return area }
        let below = area.splitTop(4).rest
        Detail.heading(c.t("Tiến trình", "Timeline"), c, in: area.splitTop(1).top, &out)
        let y = area.y + 1
        let width = min(area.width, 72)
        let left = Formats.date(start, c.lang)
        let right = Formats.date(due, c.lang)
        let barX = area.x + TextLayout.width(left) + 1
        let barWidth = width - TextLayout.width(left) - TextLayout.width(right) - 2
        guard barWidth >= 6 else { return area }
        out.canvas.draw(left, x: area.x, y: y, style: .dim)
        out.canvas.draw(right, x: barX + barWidth + 1, y: y, style: w.isLate(asOf: c.asOf) ? .late : .dim)
        let rule = c.charset == .ascii ? "-" : "─"
        out.canvas.draw(String(repeating: rule, count: barWidth), x: barX, y: y, style: .border)
        let f = Double(c.asOf - start) / Double(due - start)
        let pos = barX + min(barWidth - 1, max(0, Int((f * Double(barWidth - 1)).rounded())))
        out.canvas.draw(c.charset == .ascii ? "|" : "┃", x: pos, y: y, style: .accent)
        // Only an unfinished work can be late: a completed or operating
        // one past its due date says what it is, not "past due".
        let pastDue = f > 1 && w.isLate(asOf: c.asOf)
        let label =
            c.t("đến ngày ", "as of ") + Formats.date(c.asOf, c.lang)
            + (pastDue
                ? c.t(" (đã quá hạn)", " (past due)") : w.status.isFinished ? " (" + w.status.name(c.lang) + ")" : "")
        let lx = max(area.x, min(pos - TextLayout.width(label) / 2, area.x + width - TextLayout.width(label)))
        out.canvas.draw(label, x: lx, y: y + 1, style: pastDue ? .late : .accent, maxWidth: area.maxX - lx)
        return below
    }
}
