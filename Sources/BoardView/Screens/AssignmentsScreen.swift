import BoardModel

/// Every assignment of every unit on one screen: lead and supporting units
/// by short name, due date, state, status, latest progress and report, and
/// days since the last report (silent ones marked). Grouped by lead unit,
/// by the meeting or source it comes from, or not at all (`v` cycles); the
/// unit screen's filters (`o`, `t`, `c`, `w`, `/`) and sort orders apply.
/// Enter opens an assignment, or the unit of a lead-unit heading.
///
/// Built for thousands of rows: the groups and orders come precomputed
/// (`AssignmentList`), the search text folded (`AssignmentIndex`), and only
/// the rows in view are formatted.
enum AssignmentsScreen: ListSource {
    enum Sort: Int, SortOrder {
        case mostUrgent, dueDate, quietest, id
        var name: (vi: String, en: String) {
            switch self {
            case .mostUrgent: return ("khẩn cấp trước", "most urgent")
            case .dueDate: return ("hạn", "due date")
            case .quietest: return ("lâu chưa báo cáo nhất", "longest without a report")
            case .id: return ("mã", "id")
            }
        }
        var order: AssignmentList.Order {
            switch self {
            case .mostUrgent: return .urgency
            case .dueDate: return .dueDate
            case .quietest: return .quietest
            case .id: return .id
            }
        }
    }

    /// A row of the list: a group's heading (with what the filters left
    /// of it) or an assignment (its place in `TaskSummary.tasks`).
    enum Row: Equatable {
        case group(Int, count: Int, overdue: Int, silent: Int, unit: String?)
        case task(Int, lead: String, id: String)
    }

    static func groupingName(_ g: AssignmentList.Grouping, _ l: Lang) -> String {
        switch g {
        case .leadUnit: return l.pick("đơn vị chủ trì", "lead unit")
        case .meeting: return l.pick("phiên họp, nguồn giao", "meeting or source")
        case .none: return l.pick("không nhóm", "no groups")
        }
    }

    /// The unit screen's filters, on an assignment's facts.
    static func keep(_ f: AssignmentFacts, _ screen: ScreenState, source: Int32?) -> Bool {
        if screen.overdueOnly && !f.isOverdue { return false }
        if !screen.statusFilter.keeps(isDone: f.isDone, isOverdue: f.isOverdue, status: f.status, isSilent: f.isSilent)
        {
            return false
        }
        if let source, f.source != source { return false }
        return screen.dueWindow.keeps(state: f.state)
    }

    /// What the rows depend on besides the board: the filters, the order
    /// and the grouping.
    struct RowsKey: Equatable, Sendable {
        var filter: String
        var sort: Int
        var reversed: Bool
        var overdueOnly: Bool
        var statusFilter: StatusFilter
        var sourceFilter: SourceFilter
        var dueWindow: DueWindow
        var grouping: AssignmentList.Grouping

        init(_ list: ListState, _ screen: ScreenState) {
            filter = list.filter
            sort = list.sort
            reversed = list.reversed
            overdueOnly = screen.overdueOnly
            statusFilter = screen.statusFilter
            sourceFilter = screen.sourceFilter
            dueWindow = screen.dueWindow
            grouping = screen.grouping
        }
    }

    /// The rows, made once for the board and `RowsKey` (`ListRows`).
    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [Row] {
        guard screen.path == .assignments else { return [] }
        return c.data.listRows.assignments.rows(for: RowsKey(list, screen)) { makeItems(list, screen, c) }
    }

    /// The model of the rows: the selection follows an assignment by its
    /// place in the summary, a lead unit's heading by its group, through
    /// a new order (another heading has no identity, as it has no target).
    static func model(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> ListModel {
        model(
            items(list, screen, c), screen,
            key: { row in
                switch row {
                case .task(let i, _, _): return i
                case .group(let g, _, _, _, let unit): return unit == nil ? nil : -1 - g
                }
            })
    }

    static func makeItems(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [Row] {
        let all = c.summary.assignments
        let index = c.data.assignmentIndex
        let facts = index.facts
        let filter = ByteNeedle(AssignmentIndex.folded(list.filter))
        let order = list.directed(all.order(Sort(list).order))
        // The source filter as its place in the sources (-2: one no longer there).
        var source: Int32?
        if case .only(let s) = screen.sourceFilter { source = all.sources.firstIndex(of: s).map(Int32.init) ?? -2 }
        func kept(_ i: Int) -> Bool { keep(facts[i], screen, source: source) && index.matches(i, filter) }
        func row(_ i: Int) -> Row { .task(i, lead: index.leads[i], id: index.ids[i]) }
        guard let groupOf = all.groupOf(screen.grouping) else {
            return order.compactMap { kept($0) ? row($0) : nil }
        }
        let groups = all.groups(screen.grouping)
        var buckets = [[Int]](repeating: [], count: groups.count)
        for i in order where kept(i) { buckets[groupOf[i]].append(i) }
        var rows: [Row] = []
        rows.reserveCapacity(order.count + groups.count)
        for (g, bucket) in buckets.enumerated() where !bucket.isEmpty {
            var overdue = 0
            var silent = 0
            for i in bucket {
                if facts[i].isOverdue { overdue += 1 }
                if facts[i].isSilent { silent += 1 }
            }
            var unit: String?
            if case .unit(let id) = groups[g] { unit = id }
            rows.append(.group(g, count: bucket.count, overdue: overdue, silent: silent, unit: unit))
            for i in bucket { rows.append(row(i)) }
        }
        return rows
    }

    /// Groups the screen (the top of `s`'s stack) by meeting and puts the
    /// selection on the heading of meeting `id`'s group (an assignment's
    /// meeting link).
    static func openOnMeeting(_ id: String, _ s: inout AppState) {
        s.screen.grouping = .meeting
        let groups = s.data.summary.assignments.groups(.meeting)
        guard let g = groups.firstIndex(where: { if case .meeting(let m) = $0 { m.id == id } else { false } }) else {
            return
        }
        let rows = items(s.screen.list, s.screen, Ctx(s))
        s.screen.list.selection =
            rows.firstIndex { if case .group(g, _, _, _, _) = $0 { true } else { false } } ?? 0
    }

    static func target(_ row: Row, _ screen: ScreenState) -> ScreenPath? {
        switch row {
        case .group(_, _, _, _, let unit): return unit.map(ScreenPath.unit)
        case .task(_, let lead, let id): return .task(unit: lead, task: id)
        }
    }

    /// A group's heading: `BQL KKT — Ban Quản lý Khu Kinh tế tỉnh`,
    /// `Hội nghị tổng kết năm 2023 (26/01/2024)`, `Nguồn: Kế hoạch 82`.
    static func groupTitle(_ g: AssignmentList.Group, _ c: Ctx) -> String {
        switch g {
        case .unit(let id):
            guard let u = c.dataSet.unit(id) else { return id }
            return u.shortName.map { $0 == u.name ? u.name : $0 + " — " + u.name } ?? u.name
        case .meeting(let m): return m.title + " (" + Formats.date(m.heldOn, c.lang) + ")"
        case .source(let s): return c.t("Nguồn: ", "Source: ") + s
        case .noSource: return c.t("Không ghi nguồn giao", "No source recorded")
        }
    }

    /// The counts of a group's heading: `9 nhiệm vụ (! quá hạn 3, ◌ chậm
    /// báo cáo 1)`: overdue and silent are among the group's, not beside.
    static func groupCounts(count: Int, overdue: Int, silent: Int, _ c: Ctx) -> Spans {
        var s = Spans([(c.t("\(count) nhiệm vụ", "\(count) assignment\(count == 1 ? "" : "s")"), .dim)])
        var parts: [(String, Style)] = []
        if overdue > 0 {
            parts.append(
                (StatusMark.overdue.symbol(c.charset) + c.t(" quá hạn \(overdue)", " \(overdue) overdue"), .bad))
        }
        if silent > 0 {
            parts.append(
                (StatusMark.silent.symbol(c.charset) + c.t(" chậm báo cáo \(silent)", " \(silent) silent"), .warn))
        }
        guard !parts.isEmpty else { return s }
        s.add(c.t(" (trong đó ", " (of which "), .dim)
        for (i, p) in parts.enumerated() {
            if i > 0 { s.add(", ", .dim) }
            s.add(p.0, p.1)
        }
        s.add(")", .dim)
        return s
    }
}
