import BoardModel

/// Drawing the unit screen: the scorecard line, the filter line, the
/// table (its columns chosen by the width) and the selected assignment.
extension UnitScreen {
    static func draw(_ screen: ScreenState, id: String, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        guard let unit = c.dataSet.unit(id) else { return Detail.missing(c.t("đơn vị", "unit"), id, c, in: area, &out) }
        let full = TextLayout.width(unit.name, charset: c.charset) + TextLayout.width(unit.id, charset: c.charset) + 4
        let name = full > area.width - 2 ? Titles.unitName(unit) : unit.name
        let box = Box(title: name, rightTitle: unit.id, focused: true, rightTitleStyle: .dim)
        box.render(in: area, on: &out.canvas)
        var rest = box.inner(area)
        guard !rest.isEmpty else { return }
        // The works it owns (works.csv's `owner_id`), the second list (Tab),
        // under the assignments (what the unit is scored on): right under
        // a short list, at the bottom under a long one. A blank line first.
        let worksHeight =
            LinkedWorks.has(screen, c) && rest.height >= 10
            ? LinkedWorks.sectionHeight(screen, c, rows: max(2, min(6, rest.height / 4))) + 1 : 0
        let whole = rest
        func drawWorks(below used: Int) {
            guard worksHeight > 0 else { return }
            let y = min(whole.y + used, whole.maxY - worksHeight) + 1
            let section = Rect(x: whole.x, y: y, width: whole.width, height: worksHeight - 1)
            LinkedWorks.drawSection(screen, c, in: section, &out)
        }
        let everything = all(id, c)
        if everything.isEmpty {
            drawWorks(below: whole.height)
            return drawNothing(c, in: rest.splitBottom(worksHeight).rest, &out)
        }

        if rest.height >= 12, let s = c.summary.tasks.score(id) {
            let (line, r) = rest.splitTop(1)
            Spans.fitting(scoreLines(s, c), width: line.width, c.charset).draw(in: line, &out)
            rest = r
        }
        // The assignments are list 0 whichever list has the focus.
        let list = screen.lists[0]
        let rows = items(list, screen, c)
        if rest.height >= 4 {
            let (line, r) = rest.splitTop(1)
            filterLine(screen, shown: rows.count, total: everything.count, c).draw(in: line, &out)
            rest = r
        }
        // The selected assignment in full, under the list, when tall enough.
        // A short list has it right under its last row, a long one at the bottom.
        // The preview is shown by the height before the works take theirs:
        // the works come out of the list's rows, not the selected one's text.
        // Shorter, the strip under the list gives its heading and title.
        let preview = rest.height >= 26 && !rows.isEmpty
        rest = rest.splitBottom(worksHeight).rest
        // What the list and its preview take, for the works below them.
        // Without the preview, the strip of the selected row's title may
        // come right under the rows: the works go below its lines too.
        var used = rest.y - whole.y + max(1, rows.count + 1) + (preview ? 0 : ListView.stripHeight(rest.height))
        if preview {
            let height = previewHeight
            let tableHeight = min(rest.height - height, rows.count + 2)
            let (r, below) = rest.splitTop(tableHeight)
            let selected = rows[min(max(0, list.selection), rows.count - 1)]
            drawPreview(selected, c, in: below.splitTop(height).top, &out)
            used = rest.y - whole.y + tableHeight + height
            rest = r
        }
        drawWorks(below: used)
        let cols = columns(width: rest.width, rows, c)
        let tagged = !cols.contains(.role) && rows.contains { !$0.isLead }
        let titleMin = min(40, max(12, rest.width * 45 / 100))
        func tableColumns(legend: Bool) -> [TableColumn] {
            cols.map { col -> TableColumn in
                let width: ColumnWidth
                switch col {
                case .title: width = .flex(min: titleMin, weight: 3)
                case .note: width = .flex(min: noteMin, weight: 2)
                case .mark: width = .fixed(markWidth(rows))
                default: width = .fit(min: 1, max: 40)
                }
                return TableColumn(
                    header(col, c, tagged: legend), width: width, alignment: isRight(col) ? .right : .left,
                    priority: col == .title ? 10 : (required.contains(col) ? 9 : 5))
            }
        }
        let tableRows = rows.map { a in
            TableRow(cols.map { cell($0, a, c, tagged: tagged) }, style: a.view.isDone ? .dim : nil)
        }
        // The title's header explains the `[PH]` tag when there is room for it.
        var legend = tagged
        if legend, let i = cols.firstIndex(of: .title),
            let slot = Table(columns: tableColumns(legend: true), rows: tableRows).layout(
                width: rest.width, charset: c.charset
            )
            .first(where: { $0.column == i }),
            slot.width < TextLayout.width(header(.title, c, tagged: true), charset: c.charset)
        {
            legend = false
        }
        let tableColumns = tableColumns(legend: legend)
        let empty = c.t(
            "Không có nhiệm vụ nào khớp bộ lọc (o t c w để đổi, / để tìm).",
            "No assignment matches the filters (o t c w change them, / searches).")
        let selected = preview ? nil : ListView.selected(rows, list)
        ListView(
            columns: tableColumns, rows: tableRows, list: list, index: 0, showSelection: screen.focus == 0,
            emptyMessage: empty, fullText: selected?.task.title,
            fullTextHeading: selected.map { previewHeading($0.view, who: roleName($0.isLead, c), c) } ?? "",
            textColumn: cols.firstIndex(of: .title)
        )
        .draw(in: rest, &out)
    }

    /// A unit with no assignment at all says so plainly.
    static func drawNothing(_ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let lines = [
            Paragraph.Line(
                c.t(
                    "Đơn vị này không chủ trì và không phối hợp nhiệm vụ nào của Ban Chỉ đạo tính đến ngày ",
                    "This unit neither leads nor supports any of the committee's assignments as of ")
                    + Formats.date(c.asOf, c.lang) + "."),
            Paragraph.Line(""),
            Paragraph.Line(
                c.t("n/p: đơn vị tiếp theo / trước · Esc: quay lại", "n/p: next / previous unit · Esc: back"),
                style: .dim),
        ]
        Paragraph(lines).render(in: area.inset(dx: 1, dy: area.height >= 6 ? 1 : 0), on: &out.canvas)
    }

    /// `Chủ trì 14: đang 9 · quá hạn 3 · xong 5 (đúng hạn 80%) · Phối hợp 18: …`,
    /// longest first; the screen takes the first that fits.
    static func scoreLines(_ s: UnitScore, _ c: Ctx) -> [Spans] {
        func lead(onTime: Bool, soon: Bool, reporting: Bool) -> Spans {
            guard s.leadTotal > 0 else {
                return Spans([(c.t("Không chủ trì nhiệm vụ nào", "Leads no assignment"), .dim)])
            }
            // Overdue and due soon are parts of the open ones: in brackets
            // after them, so open + done is every one led.
            var l = Spans([
                (c.t("Chủ trì \(s.leadTotal): ", "Leads \(s.leadTotal): "), .title),
                (c.t("đang \(s.leadOpen)", "\(s.leadOpen) open"), .normal), (" (", .dim),
            ])
            l.add(c.t("quá hạn \(s.leadOverdue)", "\(s.leadOverdue) overdue"), s.leadOverdue > 0 ? .bad : .normal)
            if soon && s.leadDueSoon > 0 {
                l.add(", ", .dim)
                l.add(c.t("sắp đến hạn \(s.leadDueSoon)", "\(s.leadDueSoon) due within 7 days"), .warn)
            }
            l.add(") · ", .dim)
            l.add(c.t("xong \(s.leadDone)", "\(s.leadDone) done"))
            if onTime, s.onTimePct != nil {
                l.add(
                    c.t(
                        " (đúng hạn \(Formats.percent(s.onTimePct, c.lang)))",
                        " (\(Formats.percent(s.onTimePct, c.lang)) on time)"))
            }
            if reporting && s.leadOpen > 0 {
                let n = c.summary.tasks.silentDays
                l.add(" · ", .dim)
                l.add(
                    c.t(
                        "báo cáo trong \(n) ngày \(s.leadReportedWithin)/\(s.leadOpen)",
                        "reported within \(n) days: \(s.leadReportedWithin) of \(s.leadOpen) open"),
                    s.leadSilent > 0 ? .warn : .normal)
            }
            return l
        }
        func support(full: Bool) -> Spans {
            guard s.supportTotal > 0 else {
                return Spans([(c.t("không phối hợp nhiệm vụ nào", "supports none"), .dim)])
            }
            var p = Spans([
                (c.t("Phối hợp \(s.supportTotal): ", "Supports \(s.supportTotal): "), .title),
                (c.t("đang \(s.supportOpen)", "\(s.supportOpen) open"), .normal),
            ])
            if full || s.supportOverdue > 0 {
                p.add(" (", .dim)
                p.add(
                    c.t("quá hạn \(s.supportOverdue)", "\(s.supportOverdue) overdue"),
                    s.supportOverdue > 0 ? .bad : .normal)
                p.add(")", .dim)
            }
            if full {
                let done = s.supportTotal - s.supportOpen
                p.add(" · ", .dim)
                p.add(c.t("xong \(done)", "\(done) done"))
            }
            return p
        }
        let sep = Spans([("   ", .normal)])
        let variants = [
            (true, true, true, true), (true, false, true, true), (false, false, true, true),
            (true, true, false, true), (true, false, false, true), (false, false, false, true),
            (false, false, false, false),
        ]
        return variants.map { v in
            var line = lead(onTime: v.0, soon: v.1, reporting: v.2)
            line.add(sep)
            line.add(support(full: v.3))
            return line
        }
    }

    /// `Hiển thị 7/32 · lọc: chỉ quá hạn, nguồn: Kế hoạch 82 · tìm 'kim' · sắp xếp: hạn`,
    /// or the filter keys when no filter is on.
    static func filterLine(_ screen: ScreenState, shown: Int, total: Int, _ c: Ctx) -> Spans {
        var line = Spans([(c.t("Hiển thị \(shown)/\(total)", "Showing \(shown) of \(total)"), .accent)])
        let sort = Sort(screen.lists[0])
        FilterLine.add(
            to: &line, active: UnitFilters.active(screen, c), screen, sortName: sort != .mostUrgent ? sort.name : nil,
            lead: FilterLine.noFilter,
            keys: [
                ("o", "quá hạn", "overdue"), ("t", "trạng thái", "status"), ("c", "nguồn", "source"),
                ("w", "thời hạn", "due window"),
            ], c)
        return line
    }

    /// The preview's height: the same whichever row is selected (so the
    /// list does not jump as the selection moves) and whatever the texts
    /// (measuring every row's wrapped title and report each frame cost
    /// more than the rest of the screen): a heading, two rows of title and
    /// four of the latest report.
    static let previewHeight = 7

    /// The heading of a selected assignment's preview — `NV04 · chủ trì ·
    /// hạn 15/03/2024 · quá hạn 16 ngày · chậm báo cáo 40 ngày`, `who`
    /// being the role here or the lead on the all-assignments screen — and
    /// the area below it, nil when there is none.
    static func previewTop(_ v: TaskView, who: String, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) -> Rect? {
        Detail.heading(previewHeading(v, who: who, c), c, in: area.splitTop(1).top, &out)
        let body = area.splitTop(1).rest.inset(dx: 1, dy: 0)
        return body.isEmpty ? nil : body
    }

    /// The preview's heading; also the heading of the strip under a list
    /// too short for the preview (`ListView.fullText`).
    static func previewHeading(_ v: TaskView, who: String, _ c: Ctx) -> String {
        var heading = v.task.id + " · " + who
        if let due = v.task.dueOn { heading += c.t(" · hạn ", " · due ") + Formats.date(due, c.lang) }
        heading += " · " + v.state.words(c.lang)
        if v.isSilent {
            heading += " · " + c.t("chậm báo cáo \(v.daysSinceReport) ngày", "silent \(v.daysSinceReport) days")
        }
        return heading
    }

    /// The first two lines of a previewed assignment's title.
    static func previewTitle(_ v: TaskView, width: Int, _ c: Ctx) -> [Spans] {
        TextLayout.wrap(v.task.title, width: width, charset: c.charset).prefix(2).map { Spans([($0, .title)]) }
    }

    /// The selected assignment: a heading with its id, role and state,
    /// the full title, and its latest report with the note.
    static func drawPreview(_ a: UnitAssignment, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let v = a.view
        guard let body = previewTop(v, who: roleName(a.isLead, c), c, in: area, &out) else { return }
        var rows = previewTitle(v, width: body.width, c)
        if let u = v.latestUpdate {
            rows += ReportText.rows(u, width: body.width, c)
        } else {
            rows.append(Spans([(c.t("Chưa có báo cáo tiến độ.", "No progress report yet."), .dim)]))
        }
        ReportText.draw(rows, in: body, &out)
    }
}
