import BoardModel

/// Drawing the all-assignments screen: the counts, the filter line, the
/// table (only the rows in view are made; column widths come from the
/// widest value of all the data, so they stay put while scrolling), and
/// the selected row in full when tall.
extension AssignmentsScreen {
    enum Column: CaseIterable { case mark, id, title, lead, support, due, left, status, progress, reported, quiet }

    static func header(_ col: Column, _ c: Ctx) -> String {
        switch col {
        case .mark: return ""
        case .id: return c.t("Mã", "ID")
        case .title: return c.t("Nhiệm vụ", "Assignment")
        case .lead: return c.t("Chủ trì", "Lead")
        case .support: return c.t("Phối hợp", "Supporting")
        case .due: return c.t("Hạn", "Due")
        case .left: return c.t("Thời hạn", "Deadline")
        case .status: return c.t("Trạng thái", "Status")
        case .progress: return "%"
        case .reported: return c.t("Báo cáo", "Reported")
        case .quiet: return c.t("Chưa BC", "Quiet")
        }
    }

    /// When space runs out, lower ones go first.
    static func priority(_ col: Column) -> Int {
        switch col {
        case .title: return 10
        case .mark, .id: return 9
        case .left: return 8
        case .lead: return 7
        case .quiet: return 6
        case .due: return 5
        case .status: return 4
        case .support: return 3
        case .progress: return 2
        case .reported: return 1
        }
    }

    /// Each column's width from the whole data's widest value.
    static func width(_ col: Column, _ c: Ctx) -> ColumnWidth {
        let index = c.data.assignmentIndex
        func w(_ texts: [String]) -> Int { texts.map { Fit.width($0, c) }.max() ?? 1 }
        let date = Fit.width(Formats.date(c.asOf, c.lang), c)
        switch col {
        case .mark: return .fixed(2)
        case .id: return .fixed(max(index.idWidth, Fit.width(header(.id, c), c)))
        // Wide enough to read: the least needed columns give way first.
        case .title: return .flex(min: 28, weight: 4)
        case .lead: return .fixed(min(18, max(index.leadWidth, Fit.width(header(.lead, c), c))))
        case .support: return .flex(min: 10, weight: 1)
        case .due, .reported: return .fixed(max(date, Fit.width(header(col, c), c)))
        case .left:
            return .fixed(
                w([
                    header(.left, c), c.t("quá \(index.maxOverdue) ngày", "\(index.maxOverdue) d late"),
                    c.t("còn \(index.maxLeft) ngày", "\(index.maxLeft) d left"), c.t("thường xuyên", "standing"),
                    c.t("đúng hạn", "on time"),
                ]))
        case .status: return .fixed(w([header(.status, c)] + TaskStatus.allCases.map { $0.name(c.lang) }))
        case .progress: return .fixed(4)
        case .quiet: return .fixed(w([header(.quiet, c), "◌ \(index.maxSinceReport)"]))
        }
    }

    static func isRight(_ col: Column) -> Bool { [.due, .left, .progress, .reported, .quiet].contains(col) }

    static func cell(_ col: Column, _ v: TaskView, _ c: Ctx) -> TableCell {
        switch col {
        case .mark:
            let m = UnitScreen.mark(v)
            let state = m?.symbol(c.charset) ?? " "
            let silent = v.isSilent ? StatusMark.silent.symbol(c.charset) : ""
            return TableCell(state + silent, style: m?.style ?? (v.isSilent ? StatusMark.silent.style : nil))
        case .id: return TableCell(v.task.id)
        case .title: return TableCell(v.task.title, tailFrom: c.data.titleTails.get(.tasks, c.dataSet)[v.task.id] ?? 0)
        case .lead: return TableCell(c.data.assignmentIndex.shortName(v.task.leadID))
        case .support:
            let names = v.task.supportIDs.map { c.data.assignmentIndex.shortName($0) }.joined(separator: ", ")
            return TableCell(names.isEmpty ? "–" : names, style: names.isEmpty ? .dim : nil)
        case .due: return TableCell(v.task.dueOn.map { Formats.date($0, c.lang) } ?? "–")
        case .left: return UnitScreen.stateCell(v, c)
        case .status:
            let st: Style? = v.status == .blocked ? .bad : (v.status == .notStarted && !v.isDone ? .warn : nil)
            return TableCell(v.status.name(c.lang), style: st)
        case .progress: return TableCell(v.latestProgress.map { Formats.percent($0, c.lang) } ?? "–")
        case .reported: return TableCell(v.latestUpdate.map { Formats.date($0.on, c.lang) } ?? "–")
        case .quiet:
            if v.isDone { return TableCell("–", style: .dim) }
            return v.isSilent
                ? TableCell(StatusMark.silent.symbol(c.charset) + " \(v.daysSinceReport)", style: .warn)
                : TableCell("\(v.daysSinceReport)")
        }
    }

    static func draw(_ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let t = c.summary.tasks
        let box = Box(
            title: c.t("Mọi nhiệm vụ của Ban Chỉ đạo", "Every assignment of the committee"),
            rightTitle: c.t("\(t.tasks.count) nhiệm vụ", "\(t.tasks.count) assignments"), focused: true,
            rightTitleStyle: .dim)
        box.render(in: area, on: &out.canvas)
        var rest = box.inner(area)
        guard !rest.isEmpty else { return }
        if t.tasks.isEmpty {
            let line =
                c.t(
                    "Chưa có nhiệm vụ nào tính đến ngày ", "No assignment has been given as of ")
                + Formats.date(c.asOf, c.lang) + "."
            Paragraph([Paragraph.Line(line)]).render(in: rest.inset(dx: 1, dy: 0), on: &out.canvas)
            return
        }
        if rest.height >= 12 {
            let (line, r) = rest.splitTop(1)
            Spans.fitting(countsLine(t, c), width: line.width, c.charset).draw(in: line, &out)
            rest = r
        }
        let rows = items(screen.list, screen, c)
        if rest.height >= 4 {
            let (line, r) = rest.splitTop(1)
            filterLine(screen, shown: rows.count { if case .task = $0 { true } else { false } }, c)
                .draw(in: line, &out)
            rest = r
        }
        let selection = min(max(0, screen.list.selection), max(0, rows.count - 1))
        if rest.height >= 26, !rows.isEmpty {
            let height = UnitScreen.previewHeight
            let tableHeight = min(rest.height - height, rows.count + 2)
            let (r, below) = rest.splitTop(tableHeight)
            drawPreview(rows[selection], c, in: below.splitTop(height).top, &out)
            rest = r
        } else if !rows.isEmpty {
            // Shorter: the strip under the list, its heading and whole title
            // (a group's whole name).
            let h = ListView.stripHeight(rest.height)
            let (r, strip) = rest.splitTop(rest.height - h)
            switch rows[selection] {
            case .task(let i, _, _):
                let v = c.summary.tasks.tasks[i]
                let lead = c.data.assignmentIndex.shortName(v.task.leadID) + c.t(" chủ trì", " leads")
                ListView.drawStrip(
                    heading: UnitScreen.previewHeading(v, who: lead, c), text: v.task.title, c.charset, in: strip,
                    &out)
            case .group(let g, _, _, _, _):
                let groups = c.summary.assignments.groups(screen.grouping)
                if groups.indices.contains(g) {
                    ListView.drawStrip(
                        heading: c.t("Nhóm", "Group"), text: groupTitle(groups[g], c), c.charset, in: strip, &out)
                }
            }
            rest = r
        }
        drawTable(rows, selection: selection, screen, c, in: rest, &out)
    }

    /// Only the rows in view become table rows; headings are drawn across.
    static func drawTable(
        _ rows: [Row], selection: Int, _ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder
    ) {
        // Grouped by lead unit, the heading names the lead: no column for it.
        let shownColumns = Column.allCases.filter { $0 != .lead || screen.grouping != .leadUnit }
        let columns = shownColumns.map { col in
            TableColumn(
                header(col, c), width: width(col, c), alignment: isRight(col) ? .right : .left,
                priority: priority(col))
        }
        let height = max(0, area.height - 1)
        let first = Table.visibleRange(
            selected: selection, count: rows.count, height: height, offset: screen.list.offset)
        let shown = rows.isEmpty ? [] : Array(rows[first..<min(rows.count, first + height)])
        let views = c.summary.tasks.tasks
        let tableRows = shown.map { row -> TableRow in
            guard case .task(let i, _, _) = row else { return TableRow([]) }
            let v = views[i]
            return TableRow(shownColumns.map { cell($0, v, c) }, style: v.isDone ? .dim : nil)
        }
        let empty = c.t(
            "Không có nhiệm vụ nào khớp bộ lọc (o t c w để đổi, / để tìm).",
            "No assignment matches the filters (o t c w change them, / searches).")
        Table(
            columns: columns, rows: tableRows, selected: rows.isEmpty ? nil : selection - first, offset: 0,
            emptyMessage: empty
        ).render(in: area, on: &out.canvas)
        out.viewports.append(Viewport(list: 0, offset: first, height: height))
        let groups = c.summary.assignments.groups(screen.grouping)
        for (k, row) in shown.enumerated() {
            let line = Rect(x: area.x, y: area.y + 1 + k, width: area.width, height: 1)
            out.hits.append(Hit(line, .row(list: 0, row: first + k)))
            guard case .group(let g, let count, let overdue, let silent, _) = row, groups.indices.contains(g) else {
                continue
            }
            let selected = first + k == selection
            out.canvas.fill(line, with: Cell(" ", selected ? .selected : .normal))
            // The counts keep their place at the right; a long title is cut before them.
            var counts = groupCounts(count: count, overdue: overdue, silent: silent, c)
            if selected { counts = Spans([(counts.parts.map(\.text).joined(), .selected)]) }
            let countsWidth = min(counts.width(c.charset), max(0, line.width - 12))
            let title = Spans([
                ((c.charset == .ascii ? "> " : "▸ ") + groupTitle(groups[g], c), selected ? .selected : .title)
            ])
            let titleRoom = Rect(x: line.x, y: line.y, width: max(0, line.width - countsWidth - 2), height: 1)
            let used = title.draw(in: titleRoom, &out)
            let x = min(line.x + used + 2, line.maxX - countsWidth)
            counts.draw(in: Rect(x: x, y: line.y, width: line.maxX - x, height: 1), &out)
        }
    }

    /// `Đang 24 (! quá hạn 7, ✗ vướng mắc 2, ◌ chậm báo cáo 4 quá 30 ngày) · ✓
    /// xong 10`: overdue, blocked and silent are among the open ones (and
    /// may overlap), so they go in brackets after them; open + done is
    /// every assignment. Shorter wordings when narrow.
    static func countsLine(_ t: TaskSummary, _ c: Ctx) -> [Spans] {
        let n = t.silentDays
        let cs = c.charset
        func line(words: Bool, days: Bool) -> Spans {
            var s = Spans([(c.t("Đang \(t.open)", "Open \(t.open)") + " (", .normal)])
            s.add(
                StatusMark.overdue.symbol(cs) + (words ? c.t(" quá hạn", " overdue") : "") + " \(t.overdue)",
                t.overdue > 0 ? .bad : .normal)
            s.add(", ", .dim)
            s.add(
                StatusMark.blocked.symbol(cs) + (words ? c.t(" vướng mắc", " blocked") : "") + " \(t.blockedIDs.count)",
                t.blockedIDs.isEmpty ? .normal : .bad)
            s.add(", ", .dim)
            s.add(
                StatusMark.silent.symbol(cs) + (words ? c.t(" chậm báo cáo", " silent") : "") + " \(t.silentIDs.count)"
                    + (days ? c.t(" quá \(n) ngày", " over \(n) days") : ""),
                t.silentIDs.isEmpty ? .normal : .warn)
            s.add(") · ", .dim)
            s.add(StatusMark.done.symbol(cs) + (words ? c.t(" xong", " done") : "") + " \(t.done)", .good)
            return s
        }
        return [line(words: true, days: true), line(words: true, days: false), line(words: false, days: false)]
    }

    /// `Hiển thị 32/34 · nhóm theo đơn vị chủ trì · lọc: … · tìm 'kim'`, or the keys when no filter is on.
    static func filterLine(_ screen: ScreenState, shown: Int, _ c: Ctx) -> Spans {
        let total = c.summary.tasks.tasks.count
        var line = Spans([(c.t("Hiển thị \(shown)/\(total)", "Showing \(shown) of \(total)"), .accent)])
        line.add(c.t(" · nhóm theo ", " · by ") + groupingName(screen.grouping, c.lang), .dim)
        let sort = Sort(screen.list)
        FilterLine.add(
            to: &line, active: UnitFilters.active(screen, c), screen, sortName: sort != .mostUrgent ? sort.name : nil,
            lead: (vi: "   ", en: "   "),
            keys: [
                ("v", "nhóm", "group"), ("o", "quá hạn", "overdue"), ("t", "trạng thái", "status"),
                ("c", "nguồn", "source"), ("w", "thời hạn", "due window"),
            ], c)
        return line
    }

    /// The selected assignment in full: id, lead and supporting units,
    /// due date and state, the whole title and its latest report; for a
    /// heading, the group's name and what Enter does.
    static func drawPreview(_ row: Row, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        guard case .task(let i, _, _) = row else {
            guard case .group(_, let count, let overdue, let silent, let unit) = row else { return }
            Detail.heading(c.t("Nhóm", "Group"), c, in: area.splitTop(1).top, &out)
            var lines = [groupCounts(count: count, overdue: overdue, silent: silent, c)]
            if let unit, let u = c.dataSet.unit(unit) {
                lines.insert(Spans([(u.name, .title)]), at: 0)
                lines.append(Spans([(c.t("Enter: mở màn hình của đơn vị.", "Enter opens the unit's screen."), .dim)]))
            }
            ReportText.draw(lines, in: area.splitTop(1).rest.inset(dx: 1, dy: 0), &out)
            return
        }
        let v = c.summary.tasks.tasks[i]
        let index = c.data.assignmentIndex
        let lead = index.shortName(v.task.leadID) + c.t(" chủ trì", " leads")
        guard let body = UnitScreen.previewTop(v, who: lead, c, in: area, &out) else { return }
        var rows = UnitScreen.previewTitle(v, width: body.width, c)
        if !v.task.supportIDs.isEmpty {
            rows.append(
                Spans([
                    (c.t("Phối hợp: ", "Supporting: "), .dim),
                    (v.task.supportIDs.map(index.shortName).joined(separator: ", "), .normal),
                ]))
        }
        if let u = v.latestUpdate {
            rows += ReportText.rows(u, width: body.width, c)
        } else {
            rows.append(Spans([(c.t("Chưa có báo cáo tiến độ.", "No progress report yet."), .dim)]))
        }
        ReportText.draw(rows, in: body, &out)
    }
}
