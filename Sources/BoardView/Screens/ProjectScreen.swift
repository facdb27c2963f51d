import BoardModel

/// One investment project as of the date: its status and capital, its
/// timeline of events, its procedures checklist, and a list of where to go
/// from it (Enter): its zone, and the assignments that name it.
enum ProjectScreen: ListSource {
    static let filterable = false

    /// The zone, then the assignments naming the project.
    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [LinkRow] {
        guard case .project(let id) = screen.path, let s = c.summary.projects.state(id) else { return [] }
        var links = [LinkRow.zone(s.project.zoneID, c, showingID: false)]
        for v in c.summary.tasks.mentioning(s.project) {
            let lead = c.dataSet.unit(v.task.leadID).map(Titles.unitName) ?? v.task.leadID
            links.append(
                LinkRow(
                    path: .task(unit: v.task.leadID, task: v.task.id), role: ("nhiệm vụ", "assignment"),
                    text: v.task.id + " · " + lead + " · " + v.state.words(c.lang) + " · " + v.task.title,
                    style: v.isOverdue ? .bad : .normal))
        }
        return links
    }

    static func target(_ item: LinkRow, _ screen: ScreenState) -> ScreenPath? { item.path }

    /// The projects `n`/`p` step through: the list the user came from (all
    /// projects, a zone's, the year's events) in its order and filters;
    /// every project known on the date, the latest change first, otherwise.
    static func neighbours(below: ScreenState?, _ c: Ctx) -> [String] {
        if let below {
            switch below.path {
            case .projects: return ProjectsScreen.items(below.lists[0], below, c).map(\.id)
            case .zone: return ZoneScreen.items(below.lists[0], below, c).map(\.project.id)
            case .overview:
                if let i = c.panels.index(of: ProjectsPanel.self), below.lists.indices.contains(i) {
                    var seen = Set<String>()
                    return ProjectsPanel.items(below.lists[i], below, c).map(\.state.project.id).filter {
                        seen.insert($0).inserted
                    }
                }
            default: break
            }
        }
        let p = c.summary.projects
        return p.byDate.map { p.states[$0].project.id }
    }

    static func draw(_ screen: ScreenState, id: String, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        guard let s = c.summary.projects.state(id) else {
            return Detail.missing(c.t("dự án", "project"), id, c, in: area, &out)
        }
        let p = s.project
        let title = Detail.title(p.id + " · " + p.name, short: c.t("Dự án ", "Project ") + p.id, width: area.width, c)
        let box = Box(
            title: title, rightTitle: stateWords(s, c), focused: true,
            rightTitleStyle: ProjectsScreen.statusStyle(s.status) ?? .accent)
        box.render(in: area, on: &out.canvas)
        var rest = box.inner(area).inset(dx: 1, dy: 0)
        guard !rest.isEmpty else { return }
        if !title.hasSuffix(p.name) { rest = rest.splitTop(Detail.name(p.name, c, in: rest, &out)).rest }
        let wide = rest.width >= 100
        rest = rest.splitTop(Detail.facts(facts(s, c), c, in: rest, &out) + (rest.height >= 24 ? 1 : 0)).rest
        // Where to go (Enter) first, as the assignment screen does; then the
        // timeline and the checklist share what is left.
        let links = items(screen.list, screen, c)
        let linkRows = max(1, min(links.count, rest.height / 4))
        let (linkArea, below) = rest.splitTop(min(rest.height, 1 + linkRows))
        // `── Khu và nhiệm vụ liên quan (2) · Enter để mở ──` and a row each.
        LinkList.draw(
            c.t(
                "Khu và nhiệm vụ liên quan (\(links.count)) · Enter để mở",
                "Zone and assignments (\(links.count)) · Enter opens"), links, selection: screen.list.selection,
            roleWidth: LinkList.roleWidth(links, c), countHidden: false, c, in: linkArea, &out)
        rest = below.splitTop(below.height >= 12 ? 1 : 0).rest
        guard rest.height >= 2 else { return }
        let timeline = timelineRows(s, width: wide ? rest.width * 3 / 5 - 2 : rest.width, c)
        let checklist = procedureRows(s, c)
        if wide {
            let (left, right) = rest.splitLeft(rest.width * 3 / 5)
            section(timelineTitle(s, c), timeline, c, in: left.splitLeft(left.width - 2).left, &out)
            section(
                c.t("Thủ tục (\(s.procedures.count))", "Procedures (\(s.procedures.count))"), checklist, c, in: right,
                &out)
        } else {
            let share = min(timeline.count + 1, max(2, (rest.height - 1) * 3 / 5))
            let (top, bottom) = rest.splitTop(share)
            section(timelineTitle(s, c), timeline, c, in: top, &out)
            section(
                c.t("Thủ tục (\(s.procedures.count))", "Procedures (\(s.procedures.count))"), checklist, c,
                in: bottom.splitTop(bottom.height >= 6 ? 1 : 0).rest, &out)
        }
    }

    /// `cấp mới từ 22/08/2023`, or `chưa có đến 31/12/2022`.
    static func stateWords(_ s: ProjectState, _ c: Ctx) -> String {
        guard let status = s.status, let since = s.since else {
            return c.t("chưa có tính đến ", "not yet on ") + Formats.date(c.asOf, c.lang)
        }
        return status.name(c.lang) + c.t(" từ ", " since ") + Formats.date(since, c.lang)
    }

    static func facts(_ s: ProjectState, _ c: Ctx) -> [(String, String, Style)] {
        let p = s.project
        let zone = c.dataSet.zone(p.zoneID)
        let none = c.t("chưa có số liệu", "no figure")
        var implemented = none
        if let i = s.implementedBnVND {
            implemented = Formats.bnVND(i, c.lang)
            if let f = ProjectsScreen.implementedShare(s) {
                implemented += " (" + Formats.percent(fraction: f, c.lang) + ")"
            }
        }
        let missing = s.missing.map { ProjectProcedure.name($0, c.lang) }
        let procedures: (String, Style) =
            s.procedures.isEmpty
            ? (none, .dim)
            : missing.isEmpty
                ? (c.t("không thiếu thủ tục nào", "none missing"), .good)
                : (c.t("còn thiếu ", "missing ") + missing.joined(separator: ", "), .bad)
        return [
            (c.t("Trạng thái", "Status"), stateWords(s, c), ProjectsScreen.statusStyle(s.status) ?? .normal),
            (
                c.t("Khu", "Zone"),
                (zone.map(Titles.zoneName) ?? p.zoneID) + (zone.map { " · " + $0.kind.name(c.lang) } ?? ""), .normal
            ),
            (c.t("Theo dõi", "Monitored"), monitoredWords(s, c), s.isMonitored ? .normal : .dim),
            (c.t("Nhà đầu tư", "Investor"), p.investor ?? "–", p.investor == nil ? .dim : .normal),
            (c.t("Vốn đăng ký", "Registered"), s.registeredBnVND.map { Formats.bnVND($0, c.lang) } ?? none, .accent),
            (c.t("Vốn thực hiện", "Put in"), implemented, s.implementedBnVND == nil ? .dim : .normal),
            (c.t("Thủ tục", "Procedures"), procedures.0, procedures.1),
        ]
    }

    /// Whether the review's figures count it, and why not.
    static func monitoredWords(_ s: ProjectState, _ c: Ctx) -> String {
        if !s.inRemit { return c.t("không: ngoài KCN và KKT", "no: outside the zones and economic zone") }
        if s.status == nil { return c.t("không: chưa có đến ngày này", "no: not yet on this date") }
        if s.status == .revoked { return c.t("không: đã thu hồi", "no: revoked") }
        return c.t("có", "yes")
    }

    static func timelineTitle(_ s: ProjectState, _ c: Ctx) -> String {
        s.hasEvents
            ? c.t("Diễn biến (\(s.history.count))", "Timeline (\(s.history.count))")
            : c.t("Diễn biến (theo projects.csv, chưa có sự kiện)", "Timeline (from projects.csv: no events)")
    }

    /// One row per event, oldest first: day, event, capital after it, and
    /// its note wrapped under itself. Events after the as-of date are
    /// dimmed and say so.
    static func timelineRows(_ s: ProjectState, width: Int, _ c: Ctx) -> [Spans] {
        let eventWidth = ProjectStatus.allCases.map { Fit.width($0.name(c.lang), c) }.max() ?? 0
        let capitals = s.history.compactMap { $0.capitalBnVND }.map {
            Formats.bnVNDShort($0, c.lang) + c.t(" tỷ", " bn")
        }
        let capitalWidth = capitals.map { Fit.width($0, c) }.max() ?? 0
        return s.history.enumerated().flatMap { i, e -> [Spans] in
            let later = i >= s.historyAsOf
            var row = Spans([(Formats.date(e.on, c.lang) + "  ", later ? .dim : .accent)])
            row.add(
                TextLayout.pad(e.event.name(c.lang), width: eventWidth, charset: c.charset) + "  ",
                later ? .dim : (ProjectsScreen.statusStyle(e.event) ?? .normal))
            if capitalWidth > 0 {
                let capital = e.capitalBnVND.map { Formats.bnVNDShort($0, c.lang) + c.t(" tỷ", " bn") } ?? ""
                row.add(TextLayout.pad(capital, width: capitalWidth, alignRight: true, charset: c.charset) + "  ", .dim)
            }
            var note = later ? c.t("(sau ngày xem)", "(after the date)") : ""
            if let n = e.note { note += (note.isEmpty ? "" : " ") + SafeText.oneLine(n) }
            let indent = row.width(c.charset)
            guard !note.isEmpty else { return [row] }
            let lines = TextLayout.wrap(note, width: max(10, width - indent), charset: c.charset)
            row.add(lines.first ?? "", later ? .dim : .normal)
            return [row]
                + lines.dropFirst().map {
                    Spans([(String(repeating: " ", count: indent) + $0, later ? .dim : .normal)])
                }
        }
    }

    /// The checklist, in the known order: `✓ đầu tư   đã xong  24/06/2023`.
    static func procedureRows(_ s: ProjectState, _ c: Ctx) -> [Spans] {
        if s.procedures.isEmpty {
            return [Spans([(c.t("Chưa có số liệu thủ tục.", "No procedure recorded."), .dim)])]
        }
        let nameWidth = s.procedures.map { Fit.width(ProjectProcedure.name($0.procedure, c.lang), c) }.max() ?? 0
        let statusWidth = ProcedureStatus.allCases.map { Fit.width($0.name(c.lang), c) }.max() ?? 0
        return s.procedures.map { p in
            let style: Style = p.status == .done ? .good : (p.status == .missing ? .bad : .warn)
            let mark = p.status == .done ? StatusMark.done.symbol(c.charset) : " "
            return Spans([
                (mark + " ", style),
                (
                    TextLayout.pad(ProjectProcedure.name(p.procedure, c.lang), width: nameWidth, charset: c.charset)
                        + "  ", .normal
                ),
                (TextLayout.pad(p.status.name(c.lang), width: statusWidth, charset: c.charset) + "  ", style),
                (Formats.date(p.on, c.lang), .dim),
            ])
        }
    }

    static func section(_ title: String, _ rows: [Spans], _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        guard !area.isEmpty else { return }
        Detail.heading(title, c, in: area.splitTop(1).top, &out)
        ReportText.draw(rows, in: area.splitTop(1).rest, &out)
    }
}
