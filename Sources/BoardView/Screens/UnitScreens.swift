import BoardModel

/// Every unit with its record on the assignments it leads and supports.
enum UnitsScreen: ListSource {
    static let sorts = [("quá hạn trước", "overdue first"), ("tên", "name"), ("phối hợp", "support")]

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [UnitScore] {
        var rows = c.summary.tasks.allUnits.filter {
            Filtering.matches(list.filter, [$0.unit.id, $0.unit.name, $0.unit.shortName ?? ""])
        }
        switch list.sort {
        case 1: rows.sort { Filtering.key($0.unit.name) < Filtering.key($1.unit.name) }
        case 2: rows.sort { ($0.supportOpen, $1.unit.id) > ($1.supportOpen, $0.unit.id) }
        default:
            rows.sort {
                ($1.leadOverdue + $1.supportOverdue, $1.leadOpen, $0.unit.id) < (
                    $0.leadOverdue + $0.supportOverdue, $0.leadOpen, $1.unit.id
                )
            }
        }
        return rows
    }

    static func target(_ item: UnitScore, _ screen: ScreenState) -> ScreenPath? { .unit(item.unit.id) }

    static func draw(_ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let inner = Panels.box(
            c.t("Đơn vị và nhiệm vụ", "Units and their assignments"), screen.list, focused: true,
            sorts: sorts, editing: c.editingFilter, c, in: area, &out)
        let columns = [
            TableColumn(c.t("Đơn vị", "Unit"), width: .flex(min: 10, weight: 3), priority: 9),
            TableColumn(c.t("Chủ trì", "Leads"), width: .fit(min: 5, max: 7), alignment: .right, priority: 6),
            TableColumn(c.t("Đang", "Open"), width: .fit(min: 4, max: 5), alignment: .right, priority: 7),
            TableColumn(c.t("Quá hạn", "Overdue"), width: .fit(min: 5, max: 8), alignment: .right, priority: 8),
            TableColumn(c.t("Xong", "Done"), width: .fit(min: 4, max: 5), alignment: .right, priority: 5),
            TableColumn(c.t("Đúng hạn", "On time"), width: .fit(min: 5, max: 8), alignment: .right, priority: 5),
            TableColumn(c.t("Phối hợp", "Supports"), width: .fit(min: 5, max: 9), alignment: .right, priority: 4),
        ]
        let rows = items(screen.list, screen, c).map { u -> TableRow in
            TableRow([
                TableCell(u.unit.name), TableCell(String(u.leadTotal)), TableCell(String(u.leadOpen)),
                u.leadOverdue > 0
                    ? TableCell(StatusMark.overdue.symbol(c.charset) + " \(u.leadOverdue)", style: .bad) : "0",
                TableCell(String(u.leadDone)), TableCell(Formats.percent(u.onTimePct, c.lang)),
                TableCell(u.supportTotal > 0 ? "\(u.supportOpen)/\(u.supportTotal)" : "–"),
            ])
        }
        ListView(
            columns: columns, rows: rows, list: screen.list, index: 0, showSelection: true,
            emptyMessage: c.t("Không có đơn vị", "No units")
        ).draw(in: inner, &out)
    }
}

/// One of a unit's assignments: the task as of the date, and whether the
/// unit leads it or supports it.
struct UnitAssignment {
    enum Role { case lead, support }
    var view: TaskView
    var role: Role
    var task: BoardTask { view.task }
    var isLead: Bool { role == .lead }
}

/// The unit screen's filters: status, source and due window, each cycled
/// by a key, plus "overdue only". They live in the screen's state, so they
/// survive a visit to an assignment and back.
enum UnitFilters {
    static let statuses: [(String, String)] = [
        ("tất cả", "all"), ("chưa xong", "not done"), ("quá hạn", "overdue"),
        ("hoàn thành", "done"), ("vướng mắc", "blocked"), ("chưa bắt đầu", "not started"),
    ]
    static let windows: [(String, String)] = [
        ("mọi thời hạn", "any due date"), ("đến hạn trong 7 ngày", "due within 7 days"),
        ("đến hạn trong 30 ngày", "due within 30 days"), ("thường xuyên", "standing"),
    ]

    /// The distinct sources of the unit's assignments (as of the date), in
    /// first-seen order: what `c` cycles through.
    static func sources(unit: String, _ c: Ctx) -> [String] {
        let (lead, support) = c.summary.tasks.assignments(of: unit)
        var seen: [String] = []
        for v in lead + support {
            if let s = v.task.source, !seen.contains(s) { seen.append(s) }
        }
        return seen
    }

    static func cycle(_ action: Action, _ screen: inout ScreenState, unit: String, data: BoardData) {
        let c = Ctx(data: data, lang: .vi, charset: .unicode, editingFilter: false)
        switch action {
        case .cycleStatusFilter: screen.statusFilter = (screen.statusFilter + 1) % statuses.count
        case .cycleSourceFilter: screen.sourceFilter = (screen.sourceFilter + 1) % (sources(unit: unit, c).count + 1)
        case .cycleDueWindow: screen.dueWindow = (screen.dueWindow + 1) % windows.count
        default: break
        }
    }

    static func keep(_ a: UnitAssignment, _ screen: ScreenState, sources: [String]) -> Bool {
        let v = a.view
        if screen.overdueOnly && !v.isOverdue { return false }
        switch screen.statusFilter {
        case 1: if v.isDone { return false }
        case 2: if !v.isOverdue { return false }
        case 3: if !v.isDone { return false }
        case 4: if v.status != .blocked { return false }
        case 5: if v.status != .notStarted { return false }
        default: break
        }
        if screen.sourceFilter > 0, screen.sourceFilter <= sources.count,
            a.task.source != sources[screen.sourceFilter - 1]
        {
            return false
        }
        switch screen.dueWindow {
        case 1, 2:
            guard case .open(let left) = v.state else { return false }
            return left <= (screen.dueWindow == 1 ? 7 : 30)
        case 3: return v.state == .standing
        default: return true
        }
    }

    /// The active filters in words (`chỉ quá hạn`, `trạng thái: vướng mắc`,
    /// `nguồn: Kế hoạch 82`, `đến hạn trong 7 ngày`), empty when none.
    static func active(_ screen: ScreenState, unit: String, _ c: Ctx) -> [String] {
        var parts: [String] = []
        if screen.overdueOnly { parts.append(c.t("chỉ quá hạn", "overdue only")) }
        if screen.statusFilter > 0, screen.statusFilter < statuses.count {
            let s = statuses[screen.statusFilter]
            parts.append(c.t("trạng thái: ", "status: ") + c.lang.pick(s.0, s.1))
        }
        let srcs = sources(unit: unit, c)
        if screen.sourceFilter > 0, screen.sourceFilter <= srcs.count {
            parts.append(c.t("nguồn: ", "source: ") + srcs[screen.sourceFilter - 1])
        }
        if screen.dueWindow > 0, screen.dueWindow < windows.count {
            parts.append(c.lang.pick(windows[screen.dueWindow].0, windows[screen.dueWindow].1))
        }
        return parts
    }

    /// The same, joined: for titles and tests.
    static func describe(_ screen: ScreenState, unit: String, _ c: Ctx) -> String {
        active(screen, unit: unit, c).joined(separator: " · ")
    }
}

/// Styled pieces of one line of text, drawn left to right and cut with
/// `…` at the end of the row: the summary lines above a list.
struct Spans {
    var parts: [(text: String, style: Style)] = []

    init(_ parts: [(String, Style)] = []) { self.parts = parts.map { (text: $0.0, style: $0.1) } }

    mutating func add(_ text: String, _ style: Style = .normal) { parts.append((text, style)) }
    mutating func add(_ other: Spans) { parts += other.parts }

    func width(_ charset: Charset) -> Int { parts.reduce(0) { $0 + TextLayout.width($1.text, charset: charset) } }

    /// Draws the pieces on `row`; a line too long ends in `…`. Returns
    /// the columns used.
    @discardableResult
    func draw(in row: Rect, _ out: inout FrameBuilder) -> Int {
        guard !row.isEmpty else { return 0 }
        let cs = out.canvas.charset
        var x = row.x
        for (i, p) in parts.enumerated() {
            let room = row.maxX - x
            guard room > 0 else { break }
            let more = parts[(i + 1)...].contains { !$0.text.isEmpty }
            // A piece that ends exactly at the edge with more to come is
            // cut, so the reader sees the line goes on.
            let text = more && TextLayout.width(p.text, charset: cs) == room ? p.text + " " : p.text
            x += out.canvas.draw(text, x: x, y: row.y, style: p.style, clip: row)
        }
        return x - row.x
    }

    /// The first of `variants` that fits `width`, else the last.
    static func fitting(_ variants: [Spans], width: Int, _ charset: Charset) -> Spans {
        variants.first { $0.width(charset) <= width } ?? variants.last ?? Spans()
    }
}

/// One unit: every assignment it leads and every one it supports, with its
/// scorecard, the filters in force, and (when tall) the selected
/// assignment's full title and latest report.
enum UnitScreen: ListSource {
    static let sorts = [
        ("khẩn cấp trước", "most urgent"), ("hạn", "due date"), ("chủ trì trước", "lead first"),
        ("báo cáo gần nhất", "latest report"), ("mã", "id"),
    ]

    /// The unit's assignments as the screen lists them: filters, search
    /// and sort applied. `Neighbours` steps through these for `n`/`p`.
    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [UnitAssignment] {
        guard case .unit(let id) = screen.path else { return [] }
        let sources = UnitFilters.sources(unit: id, c)
        var rows = all(id, c)
            .filter { UnitFilters.keep($0, screen, sources: sources) }
            .filter { Filtering.matches(list.filter, [$0.task.id, $0.task.title, $0.task.source ?? ""]) }
        // The same order as `ezboard report --unit`, lead before support on ties.
        func urgent(_ a: UnitAssignment, _ b: UnitAssignment) -> Bool {
            let ua = UnitReport.urgency(a.view)
            let ub = UnitReport.urgency(b.view)
            return (ua.0, ua.1, a.isLead ? 0 : 1, a.task.id) < (ub.0, ub.1, b.isLead ? 0 : 1, b.task.id)
        }
        switch list.sort {
        case 1:
            rows.sort {
                ($0.task.dueOn?.daysSinceEpoch ?? Int.max, $0.task.id) < (
                    $1.task.dueOn?.daysSinceEpoch ?? Int.max, $1.task.id
                )
            }
        case 2: rows.sort { a, b in a.isLead != b.isLead ? a.isLead : urgent(a, b) }
        case 3:
            rows.sort {
                ($0.view.latestUpdate?.on.daysSinceEpoch ?? Int.min, $1.task.id) > (
                    $1.view.latestUpdate?.on.daysSinceEpoch ?? Int.min, $0.task.id
                )
            }
        case 4: rows.sort { $0.task.id < $1.task.id }
        default: rows.sort(by: urgent)
        }
        return rows
    }

    /// Every assignment of the unit, lead then support, unfiltered.
    static func all(_ id: String, _ c: Ctx) -> [UnitAssignment] {
        let (lead, support) = c.summary.tasks.assignments(of: id)
        return lead.map { UnitAssignment(view: $0, role: .lead) }
            + support.map { UnitAssignment(view: $0, role: .support) }
    }

    static func target(_ item: UnitAssignment, _ screen: ScreenState) -> ScreenPath? {
        guard case .unit(let id) = screen.path else { return nil }
        return .task(unit: id, task: item.task.id)
    }

    static func mark(_ v: TaskView) -> StatusMark? {
        switch v.state {
        case .overdue: return .overdue
        case .doneLate: return .late
        case .doneOnTime, .done: return .done
        case .standing: return .standing
        case .open: return v.status == .blocked ? .blocked : nil
        }
    }

    /// Days overdue or left, or how it ended, in a few words for a column.
    static func stateCell(_ v: TaskView, _ c: Ctx) -> TableCell {
        switch v.state {
        case .overdue(let d): return TableCell(c.t("quá \(d) ngày", "\(d) d over"), style: .bad)
        case .open(let d):
            return TableCell(
                d == 0 ? c.t("hôm nay", "due today") : c.t("còn \(d) ngày", "\(d) d left"),
                style: d <= TaskSummary.dueSoonDays ? .warn : nil)
        case .standing: return TableCell(c.t("thường xuyên", "standing"), style: .dim)
        case .doneOnTime: return TableCell(c.t("đúng hạn", "on time"), style: .good)
        case .doneLate(let d): return TableCell(c.t("chậm \(d) ngày", "\(d) d late"), style: .late)
        case .done: return TableCell(c.t("xong", "done"), style: .good)
        }
    }

    static func roleName(_ lead: Bool, _ c: Ctx) -> String {
        lead ? c.t("chủ trì", "lead") : c.t("phối hợp", "support")
    }

    /// Put before a supported assignment's title when there is no room for
    /// the role column.
    static func supportTag(_ c: Ctx) -> String { c.t("[PH]", "[sup]") }

    // MARK: Columns

    /// The table's columns, in display order. Which show depends on the
    /// width: the mark, id, title and days overdue/left always; then, while
    /// the title keeps a readable width, the due date, progress, report
    /// date, status and role; the latest note only when very wide.
    enum Column: CaseIterable { case mark, id, title, role, due, left, status, progress, reported, note }

    static let required: [Column] = [.mark, .id, .title, .left]
    static let optional: [Column] = [.due, .progress, .reported, .status, .role]

    static func header(_ col: Column, _ c: Ctx, tagged: Bool) -> String {
        switch col {
        case .mark: return ""
        case .id: return c.t("Mã", "ID")
        case .title:
            return c.t("Nhiệm vụ", "Assignment")
                + (tagged ? c.t("  (\(supportTag(c)) = phối hợp)", "  (\(supportTag(c)) = supporting)") : "")
        case .role: return c.t("Vai trò", "Role")
        case .due: return c.t("Hạn", "Due")
        case .left: return c.t("Còn/quá hạn", "Left/over")
        case .status: return c.t("Trạng thái", "Status")
        case .progress: return "%"
        case .reported: return c.t("Báo cáo", "Reported")
        case .note: return c.t("Báo cáo gần nhất", "Latest report")
        }
    }

    static func cell(_ col: Column, _ a: UnitAssignment, _ c: Ctx, tagged: Bool) -> TableCell {
        let v = a.view
        switch col {
        case .mark:
            let m = mark(v)
            return TableCell(m?.symbol(c.charset) ?? "", style: m?.style)
        case .id: return TableCell(a.task.id)
        case .title: return TableCell(tagged && !a.isLead ? supportTag(c) + " " + a.task.title : a.task.title)
        case .role: return TableCell(roleName(a.isLead, c))
        case .due: return TableCell(a.task.dueOn.map { Formats.date($0, c.lang) } ?? "–")
        case .left: return stateCell(v, c)
        case .status:
            let st: Style? = v.status == .blocked ? .bad : (v.status == .notStarted && !v.isDone ? .warn : nil)
            return TableCell(v.status.name(c.lang), style: st)
        case .progress: return TableCell(v.latestProgress.map { Formats.percent($0, c.lang) } ?? "–")
        case .reported: return TableCell(v.latestUpdate.map { Formats.date($0.on, c.lang) } ?? "–")
        case .note:
            return TableCell(
                v.latestUpdate.map { SafeText.oneLine($0.note) } ?? "–", style: v.latestUpdate == nil ? .dim : nil)
        }
    }

    static func isRight(_ col: Column) -> Bool { [.due, .left, .progress, .reported].contains(col) }

    /// The columns that fit `width` for these rows (see `Column`).
    static func columns(width: Int, _ rows: [UnitAssignment], _ c: Ctx) -> [Column] {
        func measure(_ col: Column) -> Int {
            var w = TextLayout.width(header(col, c, tagged: false), charset: c.charset)
            for a in rows { w = max(w, TextLayout.width(cell(col, a, c, tagged: false).text, charset: c.charset)) }
            return col == .mark ? 1 : w
        }
        let titleMin = min(40, max(12, width * 45 / 100))
        var used = measure(.mark) + measure(.id) + measure(.left) + titleMin + 3
        var chosen = Set(required)
        for col in optional {
            let w = measure(col) + 1
            if used + w <= width {
                chosen.insert(col)
                used += w
            }
        }
        if used + 1 + noteMin <= width { chosen.insert(.note) }
        return Column.allCases.filter { chosen.contains($0) }
    }

    static let noteMin = 30

    // MARK: Drawing

    static func draw(_ screen: ScreenState, id: String, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        guard let unit = c.dataSet.unit(id) else { return Detail.missing(c.t("đơn vị", "unit"), id, c, in: area, &out) }
        let full = TextLayout.width(unit.name, charset: c.charset) + TextLayout.width(unit.id, charset: c.charset) + 4
        let name = full > area.width - 2 ? Titles.unitName(unit) : unit.name
        let box = Box(title: name, rightTitle: unit.id, focused: true, rightTitleStyle: .dim)
        box.render(in: area, on: &out.canvas)
        var rest = box.inner(area)
        guard !rest.isEmpty else { return }
        let everything = all(id, c)
        if everything.isEmpty { return drawNothing(c, in: rest, &out) }

        if rest.height >= 12, let s = c.summary.tasks.score(id) {
            let (line, r) = rest.splitTop(1)
            Spans.fitting(scoreLines(s, c), width: line.width, c.charset).draw(in: line, &out)
            rest = r
        }
        let rows = items(screen.list, screen, c)
        if rest.height >= 4 {
            let (line, r) = rest.splitTop(1)
            filterLine(screen, unit: id, shown: rows.count, total: everything.count, c).draw(in: line, &out)
            rest = r
        }
        // The selected assignment in full, under the list, when tall enough.
        // A short list has it right under its last row, a long one at the bottom.
        if rest.height >= 26, !rows.isEmpty {
            let height = previewHeight
            let tableHeight = min(rest.height - height, rows.count + 2)
            let (r, below) = rest.splitTop(tableHeight)
            let selected = rows[min(max(0, screen.list.selection), rows.count - 1)]
            drawPreview(selected, c, in: below.splitTop(height).top, &out)
            rest = r
        }
        let cols = columns(width: rest.width, rows, c)
        let tagged = !cols.contains(.role) && rows.contains { !$0.isLead }
        let titleMin = min(40, max(12, rest.width * 45 / 100))
        func tableColumns(legend: Bool) -> [TableColumn] {
            cols.map { col -> TableColumn in
                let width: ColumnWidth
                switch col {
                case .title: width = .flex(min: titleMin, weight: 3)
                case .note: width = .flex(min: noteMin, weight: 2)
                case .mark: width = .fixed(1)
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
        ListView(
            columns: tableColumns, rows: tableRows, list: screen.list, index: 0, showSelection: true,
            emptyMessage: empty
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
        func lead(onTime: Bool, soon: Bool) -> Spans {
            guard s.leadTotal > 0 else {
                return Spans([(c.t("Không chủ trì nhiệm vụ nào", "Leads no assignment"), .dim)])
            }
            var l = Spans([
                (c.t("Chủ trì \(s.leadTotal): ", "Leads \(s.leadTotal): "), .title),
                (c.t("đang \(s.leadOpen)", "\(s.leadOpen) open"), .normal), (" · ", .dim),
            ])
            l.add(c.t("quá hạn \(s.leadOverdue)", "\(s.leadOverdue) overdue"), s.leadOverdue > 0 ? .bad : .normal)
            if soon && s.leadDueSoon > 0 {
                l.add(" · ", .dim)
                l.add(c.t("sắp đến hạn \(s.leadDueSoon)", "\(s.leadDueSoon) due within 7 days"), .warn)
            }
            l.add(" · ", .dim)
            l.add(c.t("xong \(s.leadDone)", "\(s.leadDone) done"))
            if onTime, s.onTimePct != nil {
                l.add(
                    c.t(
                        " (đúng hạn \(Formats.percent(s.onTimePct, c.lang)))",
                        " (\(Formats.percent(s.onTimePct, c.lang)) on time)"))
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
                p.add(" · ", .dim)
                p.add(
                    c.t("quá hạn \(s.supportOverdue)", "\(s.supportOverdue) overdue"),
                    s.supportOverdue > 0 ? .bad : .normal)
            }
            return p
        }
        let sep = Spans([("   ", .normal)])
        return [(true, true, true), (true, false, true), (false, false, true), (false, false, false)].map { v in
            var line = lead(onTime: v.0, soon: v.1)
            line.add(sep)
            line.add(support(full: v.2))
            return line
        }
    }

    /// `Hiển thị 7/32 · lọc: chỉ quá hạn, nguồn: Kế hoạch 82 · tìm 'kim' · sắp xếp: hạn`,
    /// or the filter keys when no filter is on.
    static func filterLine(_ screen: ScreenState, unit: String, shown: Int, total: Int, _ c: Ctx) -> Spans {
        var line = Spans([(c.t("Hiển thị \(shown)/\(total)", "Showing \(shown) of \(total)"), .accent)])
        let active = UnitFilters.active(screen, unit: unit, c)
        let searching = !screen.list.filter.isEmpty || c.editingFilter
        if !active.isEmpty {
            line.add(c.t(" · lọc: ", " · filters: "), .dim)
            line.add(active.joined(separator: ", "), .warn)
        }
        if searching {
            line.add(c.t(" · tìm ", " · search "), .dim)
            line.add("'" + screen.list.filter + "'", .warn)
        }
        if screen.list.sort > 0, screen.list.sort < sorts.count {
            line.add(
                c.t(" · sắp xếp: ", " · sorted by ")
                    + c.lang.pick(sorts[screen.list.sort].0, sorts[screen.list.sort].1), .dim)
        }
        if active.isEmpty && !searching {
            line.add(c.t(" · không lọc   ", " · no filter   "), .dim)
            for (key, vi, en) in [
                ("o", "quá hạn", "overdue"), ("t", "trạng thái", "status"), ("c", "nguồn", "source"),
                ("w", "thời hạn", "due window"),
            ] {
                line.add(key, .accent)
                line.add(" " + c.t(vi, en) + "  ", .dim)
            }
        }
        return line
    }

    /// The preview's height: the same whichever row is selected (so the
    /// list does not jump as the selection moves) and whatever the texts
    /// (measuring every row's wrapped title and report each frame cost
    /// more than the rest of the screen): a heading, two rows of title and
    /// four of the latest report.
    static let previewHeight = 7

    /// The selected assignment: a heading with its id, role and state,
    /// the full title, and its latest report with the note.
    static func drawPreview(_ a: UnitAssignment, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let v = a.view
        var heading = a.task.id + " · " + roleName(a.isLead, c)
        if let due = a.task.dueOn { heading += c.t(" · hạn ", " · due ") + Formats.date(due, c.lang) }
        heading += " · " + v.state.words(c.lang)
        Detail.heading(heading, c, in: area.splitTop(1).top, &out)
        let body = area.splitTop(1).rest.inset(dx: 1, dy: 0)
        guard !body.isEmpty else { return }
        var rows: [Spans] = TextLayout.wrap(a.task.title, width: body.width, charset: c.charset).prefix(2).map {
            Spans([($0, .title)])
        }
        if let u = v.latestUpdate {
            rows += ReportText.rows(u, width: body.width, c)
        } else {
            rows.append(Spans([(c.t("Chưa có báo cáo tiến độ.", "No progress report yet."), .dim)]))
        }
        ReportText.draw(rows, in: body, &out)
    }
}

// MARK: Next / previous

extension UnitScreen {
    /// The units `n`/`p` step through from a unit screen: the list the user
    /// came from (the overview's tasks panel or the units screen, in its
    /// order, filter and sort), so a meeting goes down the scorecard unit
    /// by unit; every unit in file order when the unit is not on that list.
    static func neighbours(of id: String, below: ScreenState?, _ c: Ctx) -> [String] {
        var ids: [String] = []
        if let below {
            switch below.path {
            case .overview: ids = TasksPanel.items(below.lists[Panel.tasks.rawValue], below, c).map(\.unit.id)
            case .units: ids = UnitsScreen.items(below.lists[0], below, c).map(\.unit.id)
            default: break
            }
        }
        return ids.contains(id) ? ids : c.summary.tasks.allUnits.map(\.unit.id)
    }

    /// After `n`/`p` replaced the screen on top of `s.stack`: from unit to
    /// unit the filters stay on (a meeting reads every unit's overdue
    /// assignments with `o` pressed once); the list below follows, so that
    /// Esc lands on the row of the unit or assignment last seen.
    static func stepped(from old: ScreenState, _ s: inout AppState, _ c: Ctx) {
        if case .unit = old.path, case .unit = s.screen.path {
            s.screen.overdueOnly = old.overdueOnly
            s.screen.statusFilter = old.statusFilter
            s.screen.dueWindow = old.dueWindow
            s.screen.lists[0].sort = old.lists[0].sort
        }
        guard s.stack.count >= 2 else { return }
        var below = s.stack[s.stack.count - 2]
        switch (s.screen.path, below.path) {
        case (.task(let unit, let task), .unit(let belowUnit)) where unit == belowUnit:
            if let i = items(below.lists[0], below, c).firstIndex(where: { $0.task.id == task }) {
                below.lists[0].selection = i
            }
        case (.unit(let id), .overview):
            let panel = Panel.tasks.rawValue
            if let i = TasksPanel.items(below.lists[panel], below, c).firstIndex(where: { $0.unit.id == id }) {
                below.lists[panel].selection = i
            }
        case (.unit(let id), .units):
            if let i = UnitsScreen.items(below.lists[0], below, c).firstIndex(where: { $0.unit.id == id }) {
                below.lists[0].selection = i
            }
        default: return
        }
        s.stack[s.stack.count - 2] = below
    }
}
