import BoardModel

/// One assignment: the full title, its state in words, the dates, who
/// leads and who supports it (a list: Enter opens that unit), and every
/// progress report in date order with its note wrapped. The arrows move
/// between the units; PgUp/PgDn/Home/End scroll the reports.
///
/// The parts share the height: on a short terminal the title and the
/// units give way (cut with `…`, the units scrolled to the selection) so
/// that a few rows of reports always show.
enum TaskScreen: ListSource {
    static let filterable = false

    /// Its units (lead first), then its works (tasks.csv's `work_ids`)
    /// and the zones or gates they are at, then the meeting it comes from
    /// (`meeting_id`): one list, Enter opens a row.
    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [LinkRow] {
        guard case .task(_, let taskID) = screen.path, let t = c.dataSet.task(taskID) else { return [] }
        return units(t, c) + LinkedAssignments.works(of: t, c) + (meeting(of: t, c).map { [$0] } ?? [])
    }

    static func target(_ item: LinkRow, _ screen: ScreenState) -> ScreenPath? { item.path }
    static func identity(_ item: LinkRow, _ screen: ScreenState) -> String? {
        item.identity ?? item.path.description
    }

    /// `phiên họp  26/01/2024 · Hội nghị tổng kết năm 2023 …`: Enter opens
    /// every assignment grouped by meeting, on this meeting's group.
    static func meeting(of t: BoardTask, _ c: Ctx) -> LinkRow? {
        guard let m = t.meetingID.flatMap({ c.dataSet.meeting($0) }) else { return nil }
        return LinkRow(
            path: .assignments, role: ("phiên họp", "meeting"), text: Formats.date(m.heldOn, c.lang) + " · " + m.title,
            tail: " (" + m.id + ")", identity: m.id)
    }

    static func units(_ t: BoardTask, _ c: Ctx) -> [LinkRow] {
        ([(t.leadID, true)] + t.supportIDs.map { ($0, false) }).map { id, lead in
            let unit = c.dataSet.unit(id)
            return LinkRow(
                path: .unit(id), role: lead ? ("chủ trì", "lead") : ("phối hợp", "support"), text: unit?.name ?? id,
                roleStyle: lead ? .title : .dim, tail: unit == nil ? "" : " (" + id + ")")
        }
    }

    static func draw(
        _ screen: ScreenState, unit: String, task taskID: String, _ c: Ctx, in area: Rect,
        _ out: inout FrameBuilder
    ) {
        guard let task = c.dataSet.task(taskID) else {
            return Detail.missing(c.t("nhiệm vụ", "assignment"), taskID, c, in: area, &out)
        }
        let view = c.summary.tasks.view(taskID)
        let box = Box(
            title: task.id, rightTitle: view.map { $0.state.words(c.lang) } ?? c.t("chưa giao", "not yet assigned"),
            focused: true, rightTitleStyle: view.map { style($0) } ?? .dim)
        box.render(in: area, on: &out.canvas)
        var rest = box.inner(area).inset(dx: 1, dy: 0)
        guard !rest.isEmpty else { return }
        let h = rest.height
        // Roomy: every fact on its own line; spacious: blank lines between parts.
        let roomy = h >= 16
        let spacious = h >= 28

        // The full title, wrapped; capped on a short screen.
        let titleRows = TextLayout.wrap(task.title, width: rest.width, charset: c.charset)
        let titleCap = h >= 24 ? max(1, h / 3) : max(1, h / 4)
        ReportText.draw(
            titleRows.map { Spans([($0, .title)]) }, in: rest.splitTop(min(titleRows.count, titleCap)).top, &out)
        rest = rest.splitTop(min(titleRows.count, titleCap) + (spacious ? 1 : 0)).rest

        // The facts: state, dates, progress, source; one line when short.
        let updates = view?.updates ?? c.dataSet.updates(of: taskID)
        if roomy {
            let wide = rest.width >= 100  // where `Detail.facts` uses two columns
            rest =
                rest.splitTop(
                    Detail.facts(facts(task, view, updates, wide: wide, c), c, in: rest, &out) + (spacious ? 1 : 0)
                ).rest
        } else {
            compactFacts(task, view, c).draw(in: rest.splitTop(1).top, &out)
            rest = rest.splitTop(1).rest
        }

        // The units, works and meeting, then the reports; the reports keep a few rows.
        let unitLinks = units(task, c)
        let links = items(screen.list, screen, c)
        let meetingLinks = meeting(of: task, c).map { [$0] } ?? []
        let workLinks = Array(links.dropFirst(unitLinks.count).dropLast(meetingLinks.count))
        let reportRows = reportLines(updates, width: rest.width, c)
        // Every section lines its names up after the longest role.
        let roleWidth = max(
            LinkList.roleWidth(links, c),
            [true, false].map { Fit.width(UnitScreen.roleName($0, c), c) }.max() ?? 0)
        // The meeting's section: its heading and its row; on a short
        // screen the row alone (its role says what it is).
        var meetingHeight = meetingLinks.isEmpty ? 0 : rest.height >= 12 ? 2 : 1
        let budget = max(0, rest.height - 2 - meetingHeight)
        let reportsWanted = min(reportRows.count, max(3, budget / 3))
        // The works' section (its heading and a row at least) when it has any.
        let workRows = workLinks.isEmpty ? 0 : max(1, min(workLinks.count, (budget - reportsWanted - 1) / 2))
        let unitRows = max(1, min(unitLinks.count, budget - reportsWanted - (workRows > 0 ? 1 + workRows : 0)))
        // The meeting's title wraps, up to three lines, over rows the
        // others leave (the reports keep theirs); cut with `…` without.
        let spare = budget - reportsWanted - unitRows - (workRows > 0 ? 1 + workRows : 0)
        if meetingHeight > 0 {
            let wrapped = LinkList.wrappedHeight(meetingLinks, roleWidth: roleWidth, width: rest.width, c)
            meetingHeight += max(0, min(min(wrapped, 3) - 1, spare))
        }
        let linkArea = rest.splitTop(1 + unitRows + (workRows > 0 ? 1 + workRows : 0) + meetingHeight).top
        let (unitArea, below) = linkArea.splitTop(1 + unitRows)
        let (workArea, meetingArea) = below.splitTop(below.height - meetingHeight)
        LinkList.draw(
            c.t(
                "Đơn vị chủ trì, phối hợp (\(unitLinks.count)) · Enter để mở",
                "Lead and support units (\(unitLinks.count)) · Enter opens"), unitLinks,
            selection: screen.list.selection, roleWidth: roleWidth, c, in: unitArea, &out)
        if workRows > 0 {
            LinkList.draw(
                LinkedAssignments.worksHeading(workLinks, c), workLinks, first: unitLinks.count,
                selection: screen.list.selection, roleWidth: roleWidth, c, in: workArea, &out)
        }
        if meetingHeight > 0 {
            LinkList.draw(
                rest.height < 12
                    ? nil
                    : c.t(
                        "Phiên họp giao nhiệm vụ · Enter xem các nhiệm vụ của phiên họp",
                        "Meeting that gave it · Enter lists the meeting's assignments"), meetingLinks,
                first: links.count - meetingLinks.count, selection: screen.list.selection, roleWidth: roleWidth,
                wrapping: true, c, in: meetingArea, &out)
        }
        rest =
            rest.splitTop(linkArea.height + (spacious && rest.height - linkArea.height > reportsWanted + 2 ? 1 : 0))
            .rest

        guard !rest.isEmpty else { return }
        let (head, body) = rest.splitTop(1)
        let scroll = min(
            max(0, screen.list.offset), Paragraph.maxScroll(rowCount: reportRows.count, height: body.height))
        let title = c.t("Báo cáo tiến độ (\(updates.count))", "Progress reports (\(updates.count))")
        var titles = [title]
        if reportRows.count > body.height, body.height > 0 {
            // Which rows show, and the keys that scroll: shorter when narrow.
            let last = min(reportRows.count, scroll + body.height)
            let n = reportRows.count
            titles = [
                title
                    + c.t(
                        " · dòng \(scroll + 1)–\(last)/\(n) · PgUp/PgDn",
                        " · lines \(scroll + 1)–\(last) of \(n) · PgUp/PgDn"),
                title + " · \(scroll + 1)–\(last)/\(n)", title,
            ]
        }
        let fits = titles.first { TextLayout.width($0, charset: c.charset) + 4 <= head.width } ?? title
        Detail.heading(fits, c, in: head, &out)
        ReportText.draw(Array(reportRows.dropFirst(scroll)), in: body, &out)
        out.viewports.append(Viewport(list: 0, offset: scroll, height: body.height))
    }

    /// Label, value and style of each fact, in the order `Detail.facts`
    /// lays them out. Wide (two columns): state, progress and source on
    /// the left, the three dates on the right; narrow: the dates on one line.
    static func facts(
        _ task: BoardTask, _ view: TaskView?, _ updates: [TaskUpdate], wide: Bool,
        _ c: Ctx
    ) -> [(String, String, Style)] {
        var state: (String, String, Style)
        if let v = view {
            state = (
                c.t("Tình trạng", "State"),
                (UnitScreen.mark(v).map { $0.symbol(c.charset) + " " } ?? "")
                    + v.state.words(c.lang) + (v.isDone ? "" : " · " + v.status.name(c.lang)), style(v)
            )
        } else {
            state = (
                c.t("Tình trạng", "State"),
                c.t("chưa giao tính đến ngày ", "not yet assigned as of ")
                    + Formats.date(c.asOf, c.lang), .dim
            )
        }
        var progress = c.t("chưa có báo cáo", "no report yet")
        if let v = view, let last = v.latestUpdate {
            progress =
                (v.latestProgress.map { Formats.percent($0, c.lang) + " · " } ?? "")
                + c.t("báo cáo gần nhất ", "latest report ") + Formats.date(last.on, c.lang)
        } else if let v = view, v.isDone {
            progress = "100%"
        }
        var progressStyle = Style.normal
        if let v = view, v.isSilent {
            progress =
                StatusMark.silent.symbol(c.charset) + " " + progress
                + c.t(
                    " · chậm báo cáo: \(v.daysSinceReport) ngày (quá \(c.summary.tasks.silentDays))",
                    " · silent: \(v.daysSinceReport) days (over \(c.summary.tasks.silentDays))")
            progressStyle = StatusMark.silent.style
        }
        // The meeting it comes from is a link of its own (`meeting(of:)`).
        let sourceText = task.source ?? ""
        let source = (
            c.t("Nguồn giao", "Source"), sourceText.isEmpty ? "–" : sourceText, sourceText.isEmpty ? Style.dim : .normal
        )
        let assigned = Formats.date(task.assignedOn, c.lang)
        let due = task.dueOn.map { Formats.date($0, c.lang) }
        let done = view?.isDone == true ? task.doneOn.map { Formats.date($0, c.lang) } : nil
        guard wide else {
            var dates = c.t("giao ", "assigned ") + assigned
            dates += due.map { c.t(" · hạn ", " · due ") + $0 } ?? c.t(" · không có hạn", " · no due date")
            if let done { dates += c.t(" · xong ", " · done ") + done }
            return [
                state, (c.t("Ngày", "Dates"), dates, .normal), (c.t("Tiến độ", "Progress"), progress, progressStyle),
                source,
            ]
        }
        return [
            state, (c.t("Tiến độ", "Progress"), progress, progressStyle), source,
            (c.t("Ngày giao", "Assigned"), assigned, .normal),
            (
                c.t("Hạn", "Due"), due ?? c.t("không có (nhiệm vụ thường xuyên)", "none (standing task)"),
                due == nil ? .dim : .normal
            ),
            (c.t("Hoàn thành", "Done"), done ?? c.t("chưa", "not yet"), done == nil ? .dim : .normal),
        ]
    }

    /// `! quá hạn 16 ngày · hạn 15/03/2024 · 70%` for a short screen.
    static func compactFacts(_ task: BoardTask, _ view: TaskView?, _ c: Ctx) -> Spans {
        guard let v = view else { return Spans([(c.t("chưa giao", "not yet assigned"), .dim)]) }
        var s = Spans([
            ((UnitScreen.mark(v).map { $0.symbol(c.charset) + " " } ?? "") + v.state.words(c.lang), style(v))
        ])
        if let due = task.dueOn { s.add(c.t(" · hạn ", " · due ") + Formats.date(due, c.lang), .dim) }
        if let p = v.latestProgress { s.add(" · " + Formats.percent(p, c.lang), .dim) }
        if v.isSilent {
            s.add(" · " + StatusMark.silent.symbol(c.charset) + " \(v.daysSinceReport)", StatusMark.silent.style)
        }
        return s
    }

    /// Every report as display rows, oldest first.
    static func reportLines(_ updates: [TaskUpdate], width: Int, _ c: Ctx) -> [Spans] {
        if updates.isEmpty { return [Spans([(c.t("Chưa có báo cáo tiến độ.", "No progress report yet."), .dim)])] }
        // A later report of the same day corrects an earlier one: the
        // earlier stays listed (nothing is deleted), dimmed and marked.
        return updates.indices.flatMap { i in
            ReportText.rows(
                updates[i], width: width, c,
                superseded: i + 1 < updates.count && updates[i + 1].on == updates[i].on)
        }
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

/// A progress report as display rows, shared by the assignment screen and
/// the unit screen's preview. Wide: the date and figure, then the note
/// wrapped beside them with its continuation rows (and its own line
/// breaks, LF or CRLF) indented under it:
///
///     28/03/2024   70%  Dự thảo phương án đã lấy ý kiến Công an tỉnh,
///                       Sở Giao thông Vận tải.
///
/// Narrow: the date and figure on one row, the note below, indented.
enum ReportText {
    /// `superseded`: a later report of the same day corrects this one
    /// (dimmed, marked). Who wrote it (`by`) ends the report, dimmed.
    static func rows(_ u: TaskUpdate, width: Int, _ c: Ctx, superseded: Bool = false) -> [Spans] {
        guard width > 0 else { return [] }
        let date = Formats.date(u.on, c.lang)
        let pct = u.progressPct.map { Formats.percent($0, c.lang) } ?? ""
        var note = u.note.trimmingCharacters(in: " ")
        if superseded { note = c.t("(đã sửa bằng báo cáo sau) ", "(corrected by a later report) ") + note }
        let noteStyle: Style = superseded ? .dim : .normal
        let by = u.by.map { "— " + $0 }
        if width >= 50 {
            let prefix = date + "  " + TextLayout.pad(pct, width: 4, alignRight: true, charset: c.charset) + "  "
            return Spans.hanging(
                Spans([(prefix, .accent)]), note, style: noteStyle, tail: by.map { ($0, .dim) }, width: width,
                c.charset)
        }
        var head = Spans([(date + (pct.isEmpty ? "" : " · " + pct), .accent)])
        if let by { head.add(" " + by, .dim) }
        var out = [head]
        if !note.isEmpty {
            out += TextLayout.wrap(note, width: width - 2, charset: c.charset).map { Spans([("  " + $0, noteStyle)]) }
        }
        return out
    }

    /// Draws rows from the top of `area`; when some do not fit, the last
    /// row shown ends in `…` so nothing looks complete that is not.
    static func draw(_ rows: [Spans], in area: Rect, _ out: inout FrameBuilder) {
        guard !area.isEmpty else { return }
        for (i, row) in rows.prefix(area.height).enumerated() {
            let line = Rect(x: area.x, y: area.y + i, width: area.width, height: 1)
            let used = row.draw(in: line, &out)
            if i == area.height - 1, rows.count > area.height {
                let x = min(line.x + used + (used > 0 ? 1 : 0), line.maxX - 1)
                out.canvas.draw(c(out.canvas.charset), x: x, y: line.y, style: .dim, clip: line)
            }
        }
    }

    private static func c(_ charset: Charset) -> String { charset == .ascii ? "~" : "…" }
}
