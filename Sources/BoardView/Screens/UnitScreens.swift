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
                ($1.leadOverdue + $1.supportOverdue, $1.leadOpen, $0.unit.id) < ($0.leadOverdue + $0.supportOverdue, $0.leadOpen, $1.unit.id)
            }
        }
        return rows
    }

    static func target(_ item: UnitScore, _ screen: ScreenState) -> ScreenPath? { .unit(item.unit.id) }

    static func draw(_ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let inner = Panels.box(c.t("Đơn vị và nhiệm vụ", "Units and their assignments"), screen.list, focused: true,
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
            TableRow([TableCell(u.unit.name), TableCell(String(u.leadTotal)), TableCell(String(u.leadOpen)),
                      u.leadOverdue > 0 ? TableCell(StatusMark.overdue.symbol(c.charset) + " \(u.leadOverdue)", style: .bad) : "0",
                      TableCell(String(u.leadDone)), TableCell(Formats.percent(u.onTimePct, c.lang)),
                      TableCell(u.supportTotal > 0 ? "\(u.supportOpen)/\(u.supportTotal)" : "–")])
        }
        ListView(columns: columns, rows: rows, list: screen.list, index: 0, showSelection: true,
                 emptyMessage: c.t("Không có đơn vị", "No units")).draw(in: inner, &out)
    }
}

/// One of a unit's assignments: the task as of the date, and whether the
/// unit leads it or supports it.
struct UnitAssignment {
    enum Role { case lead, support }
    var view: TaskView
    var role: Role
    var task: BoardTask { view.task }
}

/// The unit screen's filters: status, source and due window, each cycled
/// by a key, plus "overdue only".
enum UnitFilters {
    static let statuses: [(String, String)] = [("tất cả", "all"), ("đang thực hiện", "open"), ("quá hạn", "overdue"),
                                               ("hoàn thành", "done"), ("vướng mắc", "blocked"), ("chưa bắt đầu", "not started")]
    static let windows: [(String, String)] = [("mọi thời hạn", "any due date"), ("đến hạn trong 7 ngày", "due within 7 days"),
                                              ("đến hạn trong 30 ngày", "due within 30 days"), ("thường xuyên", "standing")]

    /// The distinct sources of a unit's assignments, in first-seen order.
    static func sources(unit: String, _ c: Ctx) -> [String] {
        var seen: [String] = []
        for t in c.dataSet.tasks where t.leadID == unit || t.supportIDs.contains(unit) {
            if let s = t.source, !seen.contains(s) { seen.append(s) }
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
        if screen.sourceFilter > 0, screen.sourceFilter <= sources.count, a.task.source != sources[screen.sourceFilter - 1] {
            return false
        }
        switch screen.dueWindow {
        case 1, 2:
            guard let left = v.daysLeft, case .open = v.state else { return false }
            return left <= (screen.dueWindow == 1 ? 7 : 30)
        case 3: return v.state == .standing
        default: return true
        }
    }

    /// The active filters in words, for the panel title.
    static func describe(_ screen: ScreenState, unit: String, _ c: Ctx) -> String {
        var parts: [String] = []
        if screen.overdueOnly { parts.append(c.t("chỉ quá hạn", "overdue only")) }
        if screen.statusFilter > 0 { parts.append(c.lang.pick(statuses[screen.statusFilter].0, statuses[screen.statusFilter].1)) }
        let srcs = sources(unit: unit, c)
        if screen.sourceFilter > 0, screen.sourceFilter <= srcs.count { parts.append(srcs[screen.sourceFilter - 1]) }
        if screen.dueWindow > 0 { parts.append(c.lang.pick(windows[screen.dueWindow].0, windows[screen.dueWindow].1)) }
        return parts.joined(separator: " · ")
    }
}

/// One unit: every assignment it leads and every one it supports.
enum UnitScreen: ListSource {
    static let sorts = [("quá hạn trước", "most urgent"), ("hạn", "due date"), ("mã", "id"), ("báo cáo gần nhất", "latest report")]

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [UnitAssignment] {
        guard case .unit(let id) = screen.path else { return [] }
        let (lead, support) = c.summary.tasks.assignments(of: id)
        let sources = UnitFilters.sources(unit: id, c)
        var rows = (lead.map { UnitAssignment(view: $0, role: .lead) } + support.map { UnitAssignment(view: $0, role: .support) })
            .filter { UnitFilters.keep($0, screen, sources: sources) }
            .filter { Filtering.matches(list.filter, [$0.task.id, $0.task.title, $0.task.source ?? ""]) }
        func urgency(_ a: UnitAssignment) -> (Int, Int) {
            switch a.view.state {
            case .overdue(let d): return (0, -d)
            case .open(let left): return (1, left)
            case .standing: return (2, 0)
            default: return (3, -(a.task.doneOn?.daysSinceEpoch ?? 0))
            }
        }
        switch list.sort {
        case 1: rows.sort { ($0.task.dueOn?.daysSinceEpoch ?? Int.max, $0.task.id) < ($1.task.dueOn?.daysSinceEpoch ?? Int.max, $1.task.id) }
        case 2: rows.sort { $0.task.id < $1.task.id }
        case 3: rows.sort { ($0.view.latestUpdate?.on.daysSinceEpoch ?? Int.min, $1.task.id) > ($1.view.latestUpdate?.on.daysSinceEpoch ?? Int.min, $0.task.id) }
        default:
            rows.sort { a, b in
                let ua = urgency(a), ub = urgency(b)
                return (ua.0, ua.1, a.role == .lead ? 0 : 1, a.task.id) < (ub.0, ub.1, b.role == .lead ? 0 : 1, b.task.id)
            }
        }
        return rows
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

    static func draw(_ screen: ScreenState, id: String, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        guard let unit = c.dataSet.unit(id) else { return Detail.missing(c.t("đơn vị", "unit"), id, c, in: area, &out) }
        let filters = UnitFilters.describe(screen, unit: id, c)
        let box = Box(title: unit.name, rightTitle: !screen.list.filter.isEmpty || c.editingFilter ? "/" + screen.list.filter : filters,
                      focused: true)
        box.render(in: area, on: &out.canvas)
        var rest = box.inner(area)
        let score = c.summary.tasks.score(id)
        if let s = score, rest.height >= 3 {
            let (line, r) = rest.splitTop(1)
            var x = line.x
            x += out.canvas.draw(c.t("Chủ trì \(s.leadTotal): đang \(s.leadOpen) · ", "Leads \(s.leadTotal): open \(s.leadOpen) · "),
                                 x: x, y: line.y, clip: line)
            x += out.canvas.draw(c.t("quá hạn \(s.leadOverdue)", "overdue \(s.leadOverdue)"), x: x, y: line.y,
                                 style: s.leadOverdue > 0 ? .bad : .normal, clip: line)
            x += out.canvas.draw(c.t(" · xong \(s.leadDone) (đúng hạn \(Formats.percent(s.onTimePct, c.lang)))",
                                     " · done \(s.leadDone) (on time \(Formats.percent(s.onTimePct, c.lang)))"), x: x, y: line.y, clip: line)
            out.canvas.draw(c.t("  ·  Phối hợp \(s.supportTotal): đang \(s.supportOpen)", "  ·  Supports \(s.supportTotal): open \(s.supportOpen)"),
                            x: x, y: line.y, style: .dim, clip: line)
            rest = r
        }
        let rows = items(screen.list, screen, c)
        let columns = [
            TableColumn("", width: .fixed(1), priority: 8),
            TableColumn(c.t("Mã", "ID"), width: .fit(min: 4, max: 8), priority: 7),
            TableColumn(c.t("Nhiệm vụ", "Assignment"), width: .flex(min: 12, weight: 4), priority: 9),
            TableColumn(c.t("Vai trò", "Role"), width: .fit(min: 5, max: 9), priority: 6),
            TableColumn(c.t("Hạn", "Due"), width: .fit(min: 8, max: 10), alignment: .right, priority: 5),
            TableColumn(c.t("Còn/quá", "Left"), width: .fit(min: 6, max: 16), alignment: .right, priority: 8),
            TableColumn(c.t("Trạng thái", "Status"), width: .fit(min: 6, max: 14), priority: 3),
            TableColumn("%", width: .fit(min: 4, max: 5), alignment: .right, priority: 4),
            TableColumn(c.t("Báo cáo", "Reported"), width: .fit(min: 8, max: 10), alignment: .right, priority: 2),
        ]
        let tableRows = rows.map { a -> TableRow in
            let v = a.view
            let m = mark(v)
            let state: TableCell
            switch v.state {
            case .overdue(let d): state = TableCell(c.t("quá \(d) ngày", "\(d) d over"), style: .bad)
            case .open(let d): state = TableCell(d == 0 ? c.t("hôm nay", "today") : c.t("còn \(d) ngày", "\(d) d left"),
                                                 style: d <= TaskSummary.dueSoonDays ? .warn : nil)
            case .standing: state = TableCell(c.t("thường xuyên", "standing"), style: .dim)
            case .doneOnTime: state = TableCell(c.t("đúng hạn", "on time"), style: .good)
            case .doneLate(let d): state = TableCell(c.t("chậm \(d) ngày", "\(d) d late"), style: .late)
            case .done: state = TableCell(c.t("xong", "done"), style: .good)
            }
            return TableRow([TableCell(m?.symbol(c.charset) ?? "", style: m?.style), TableCell(a.task.id), TableCell(a.task.title),
                             TableCell(a.role == .lead ? c.t("chủ trì", "lead") : c.t("phối hợp", "support"),
                                       style: a.role == .lead ? nil : .dim),
                             TableCell(a.task.dueOn.map { Formats.date($0, c.lang) } ?? "–"), state,
                             TableCell(v.status.name(c.lang), style: v.status == .blocked ? .bad : nil),
                             TableCell(v.latestProgress.map { Formats.percent($0, c.lang) } ?? "–"),
                             TableCell(v.latestUpdate.map { Formats.date($0.on, c.lang) } ?? "–")])
        }
        let empty: String
        let all = c.summary.tasks.assignments(of: id)
        if all.lead.isEmpty && all.support.isEmpty {
            empty = c.t("Đơn vị này chưa được giao nhiệm vụ nào.", "This unit has no assignments.")
        } else {
            empty = c.t("Không có nhiệm vụ khớp bộ lọc.", "No assignment matches the filters.")
        }
        ListView(columns: columns, rows: tableRows, list: screen.list, index: 0, showSelection: true, emptyMessage: empty)
            .draw(in: rest, &out)
    }
}
