import BoardModel

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
        cycle(action, &screen, sources: action == .cycleSourceFilter ? sources(unit: unit, c) : [])
    }

    /// The same with the sources `c` cycles through given (every
    /// assignment's on the all-assignments screen).
    static func cycle(_ action: Action, _ screen: inout ScreenState, sources: [String]) {
        switch action {
        case .cycleStatusFilter: screen.statusFilter = screen.statusFilter.cycled()
        case .cycleSourceFilter: screen.sourceFilter = nextSource(after: screen.sourceFilter, in: sources)
        case .cycleDueWindow: screen.dueWindow = screen.dueWindow.cycled()
        default: break
        }
    }

    /// All, then each source in turn, then all again. A source no longer
    /// in the data starts the round again.
    static func nextSource(after current: SourceFilter, in sources: [String]) -> SourceFilter {
        switch current {
        case .all: return sources.first.map(SourceFilter.only) ?? .all
        case .only(let s):
            guard let i = sources.firstIndex(of: s), i + 1 < sources.count else { return .all }
            return .only(sources[i + 1])
        }
    }

    static func keep(_ a: UnitAssignment, _ screen: ScreenState) -> Bool {
        let v = a.view
        if screen.overdueOnly && !v.isOverdue { return false }
        if !screen.statusFilter.keeps(v) { return false }
        if case .only(let source) = screen.sourceFilter, a.task.source != source { return false }
        return screen.dueWindow.keeps(v)
    }

    /// The active filters in words (`chỉ quá hạn`, `trạng thái: vướng mắc`,
    /// `nguồn: Kế hoạch 82`, `đến hạn trong 7 ngày`), empty when none.
    static func active(_ screen: ScreenState, _ c: Ctx) -> [String] {
        var parts: [String] = []
        if screen.overdueOnly { parts.append(c.t("chỉ quá hạn", "overdue only")) }
        if screen.statusFilter != .all {
            let s = screen.statusFilter.name
            parts.append(c.t("trạng thái: ", "status: ") + c.lang.pick(s.vi, s.en))
        }
        if case .only(let source) = screen.sourceFilter {
            parts.append(c.t("nguồn: ", "source: ") + source)
        }
        if screen.dueWindow != .any {
            parts.append(c.lang.pick(screen.dueWindow.name.vi, screen.dueWindow.name.en))
        }
        return parts
    }
}
