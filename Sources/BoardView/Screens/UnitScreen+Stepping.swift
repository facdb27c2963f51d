import BoardModel

extension UnitScreen {
    /// The units `n`/`p` step through from a unit screen: the list the user
    /// came from (the overview's tasks panel or the units screen, in its
    /// order, filter and sort), so a meeting goes down the scorecard unit
    /// by unit; every unit in file order when the unit is not on that list.
    /// The tasks panel lists lead units only: unfiltered, the units that
    /// only support follow them, so that `n` reaches every unit.
    static func neighbours(of id: String, below: ScreenState?, _ c: Ctx) -> [String] {
        var ids: [String] = []
        let all = c.summary.tasks.allUnits.map(\.unit.id)
        if let below {
            switch below.path {
            case .overview:
                if let panel = c.panels.index(of: TasksPanel.self), below.lists.indices.contains(panel) {
                    ids = TasksPanel.items(below.lists[panel], below, c).map(\.unit.id)
                    if below.lists[panel].filter.isEmpty {
                        let listed = Set(ids)
                        ids += all.filter { !listed.contains($0) }
                    }
                }
            case .units: ids = UnitsScreen.items(below.lists[0], below, c).map(\.unit.id)
            default: break
            }
        }
        return ids.contains(id) ? ids : all
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
            guard let panel = c.panels.index(of: TasksPanel.self), below.lists.indices.contains(panel) else { return }
            if let i = TasksPanel.items(below.lists[panel], below, c).firstIndex(where: { $0.unit.id == id }) {
                below.lists[panel].selection = i
            }
        case (.task(_, let task), .assignments):
            let rows = AssignmentsScreen.items(below.lists[0], below, c)
            if let i = rows.firstIndex(where: { row in
                if case .task(_, _, let id) = row { return id == task }
                return false
            }) {
                below.lists[0].selection = i
            }
        case (.unit(let id), .units):
            if let i = UnitsScreen.items(below.lists[0], below, c).firstIndex(where: { $0.unit.id == id }) {
                below.lists[0].selection = i
            }
        default:
            // A gate, zone or work: the row of the list it was opened from.
            let targets = ScreenLists.model(of: below, list: below.focus, c).targets
            guard let i = targets.firstIndex(of: s.screen.path) else { return }
            below.list.selection = i
        }
        s.stack[s.stack.count - 2] = below
    }
}
