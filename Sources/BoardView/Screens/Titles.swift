import BoardModel

/// Short names for breadcrumbs and titles.
enum Titles {
    static func crumb(_ path: ScreenPath, _ c: Ctx) -> String {
        switch path {
        case .overview: return c.t("Tổng quan", "Overview")
        case .gate(let id): return c.dataSet.gate(id).map(gateName) ?? id
        case .zone(let id): return c.dataSet.zone(id).map(zoneName) ?? id
        case .works: return c.t("Hạ tầng", "Works")
        case .work(let id): return id
        case .units: return c.t("Nhiệm vụ", "Assignments")
        case .unit(let id): return c.dataSet.unit(id).map(unitName) ?? id
        case .task(_, let task): return task
        case .projects: return c.t("Dự án", "Projects")
        case .project(let id): return id
        case .plans: return c.t("Quy hoạch", "Plans")
        case .assignments: return c.t("Mọi nhiệm vụ", "All assignments")
        }
    }

    static func gateName(_ g: Gate) -> String { g.shortName ?? g.name }
    static func zoneName(_ z: Zone) -> String { z.shortName ?? z.name }
    static func unitName(_ u: Unit) -> String { u.shortName ?? u.name }
}

/// The next or previous item of the same kind, for `n`/`p`.
enum Neighbours {
    static func next(of path: ScreenPath, forward: Bool, below: ScreenState?, _ c: Ctx) -> ScreenPath? {
        func cycle<T: Equatable>(_ items: [T], _ current: T) -> T? {
            guard !items.isEmpty else { return nil }
            guard let i = items.firstIndex(of: current) else { return items.first }
            return items[(i + (forward ? 1 : items.count - 1)) % items.count]
        }
        // The list the screen was opened from, as it shows now (its
        // filter and sort), when the item is on it.
        if let below, let shown = onList(path, below, c) { return cycle(shown, path) }
        switch path {
        case .gate(let id): return cycle(c.dataSet.gates.map(\.id), id).map(ScreenPath.gate)
        case .zone(let id): return cycle(c.dataSet.zones.map(\.id), id).map(ScreenPath.zone)
        case .work(let id): return cycle(c.summary.works.ordered.map(\.id), id).map(ScreenPath.work)
        case .task(_, let task) where below?.path == .assignments:
            // In the order the all-assignments screen lists them.
            guard let below else { return nil }
            let rows = AssignmentsScreen.items(below.lists[0], below, c)
            let tasks = rows.compactMap { row -> ScreenPath? in
                if case .task(_, let lead, let id) = row { return .task(unit: lead, task: id) }
                return nil
            }
            guard let current = tasks.first(where: { if case .task(_, task) = $0 { true } else { false } }) else {
                return tasks.first
            }
            return cycle(tasks, current)
        case .task(let unit, let task):
            // In the order the unit's screen lists them, filters included.
            let unitScreen = below.flatMap { $0.path == .unit(unit) ? $0 : nil } ?? ScreenState(.unit(unit))
            let ids = UnitScreen.items(unitScreen.lists[0], unitScreen, c).map(\.task.id)
            return cycle(ids, task).map { ScreenPath.task(unit: unit, task: $0) }
        case .unit(let id):
            return cycle(UnitScreen.neighbours(of: id, below: below, c), id).map(ScreenPath.unit)
        case .project(let id):
            return cycle(ProjectScreen.neighbours(below: below, c), id).map(ScreenPath.project)
        case .overview, .works, .units, .assignments, .projects, .plans: return nil
        }
    }

    /// For a gate, zone or work: the targets of the focused list of the
    /// screen below that lead to the same kind of screen, when `path` is
    /// one of them. (Units and assignments have rules of their own.)
    static func onList(_ path: ScreenPath, _ below: ScreenState, _ c: Ctx) -> [ScreenPath]? {
        func kind(_ p: ScreenPath) -> Int? {
            switch p {
            case .gate: return 0
            case .zone: return 1
            case .work: return 2
            // From a work's or a project's list: its other assignments.
            // (From a unit or all assignments: rules of their own, below.)
            case .task:
                switch below.path {
                case .work, .project: return 3
                default: return nil
                }
            default: return nil
            }
        }
        guard let k = kind(path) else { return nil }
        let targets = ScreenLists.model(of: below, list: below.focus, c).targets.compactMap { $0 }
            .filter { kind($0) == k }
        return targets.contains(path) ? targets : nil
    }
}
