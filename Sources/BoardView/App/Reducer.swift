import BoardModel

/// Keys and actions in, a new state out. The app does the I/O the state
/// asks for (`shouldQuit`, `reloadRequested`); everything else is here.
public enum Reducer {
    /// Handles one key: looks it up in the current context's bindings.
    /// `frame` is the last frame drawn (for clicks and page sizes).
    public static func handle(_ key: Key, _ s: inout AppState, frame: Frame?) {
        guard let action = KeyMap.action(for: key, in: s.keyContext, panels: s.panels.count) else { return }
        apply(action, &s, frame: frame)
    }

    public static func apply(_ action: Action, _ s: inout AppState, frame: Frame?) {
        s.message = nil
        if let overlay = s.overlay {
            applyOverlay(action, overlay, &s, frame: frame)
            return
        }
        if s.form != nil {
            ReportFormKeys.apply(action, &s)
            return
        }
        if let jump = s.jump {
            applyJump(action, jump, &s)
            return
        }
        if s.editingFilter {
            applyFilter(action, &s)
            return
        }
        let model = ScreenLists.model(s)
        let page = max(1, (frame?.viewports.first { $0.list == s.screen.focus }?.height ?? s.height - 8) - 1)
        // On an assignment, the page keys scroll its progress reports (the
        // arrows move between its units); the renderer clamps the scroll.
        if case .task = s.screen.path, [.pageUp, .pageDown, .home, .end].contains(action) {
            let o = s.screen.list.offset
            switch action {
            case .pageUp: s.screen.list.offset = max(0, o - page)
            case .pageDown: s.screen.list.offset = o + page
            case .home: s.screen.list.offset = 0
            default: s.screen.list.offset = Int.max / 2
            }
            return
        }
        switch action {
        case .quit: s.shouldQuit = true
        case .startJump: s.jump = JumpState()
        case .help: s.overlay = .help(scroll: 0)
        case .problems: s.overlay = .problems(scroll: 0)
        case .reload: s.reloadRequested = true
        case .toggleLanguage: s.lang = s.lang.toggled
        case .back: goBack(&s)
        case .enter:
            let i = s.screen.list.selection
            if let target = model.target(i) {
                open(target, &s, from: s.screen.path, identity: model.identity(i))
            } else if model.count == 0, s.screen.path == .overview, let first = focusedPanelLinks(s).first {
                // A panel without rows (no project event this year) still
                // leads somewhere: its own screen.
                open(first, &s)
            }
        case .up: move(&s, by: -1, model)
        case .down: move(&s, by: 1, model)
        case .pageUp: move(&s, by: -page, model)
        case .pageDown: move(&s, by: page, model)
        case .home: move(&s, to: 0, model)
        case .end: move(&s, to: model.count - 1, model)
        case .left, .right:
            if s.screen.path == .overview { moveFocusSideways(&s, right: action == .right) }
        case .nextPanel: cycleFocus(&s, by: 1)
        case .previousPanel: cycleFocus(&s, by: -1)
        case .focusPanel(let n):
            if n >= 0, n < s.screen.lists.count { s.screen.focus = n }
        case .zoom:
            if s.screen.path == .overview { s.screen.zoomed.toggle() }
        case .startFilter:
            if model.filterable { s.editingFilter = true }
        case .sort, .reverseSort:
            guard !model.sorts.isEmpty else { break }
            // The selection stays on the same item, wherever it moves to.
            let i = s.screen.list.selection
            if action == .sort {
                s.screen.list.sort = (s.screen.list.sort + 1) % model.sorts.count
                s.screen.list.reversed = false
            } else {
                s.screen.list.reversed.toggle()
            }
            let after = ScreenLists.model(s)
            s.screen.list.selection = after.row(matching: i, of: model) ?? 0
            let name = s.screen.list.sort < model.sorts.count ? model.sorts[s.screen.list.sort] : ("", "")
            let turned = s.screen.list.reversed ? s.lang.pick(", ngược lại", ", reversed") : ""
            s.message =
                name.0.isEmpty
                ? s.lang.pick("Đảo thứ tự", "Order reversed")
                : s.lang.pick("Sắp xếp: ", "Sorted by ") + s.lang.pick(name.0, name.1) + turned
        case .overdueOnly:
            switch s.screen.path {
            case .unit, .assignments: break
            default: return
            }
            s.screen.overdueOnly.toggle()
            // The assignments' list, even with the unit's works focused.
            s.screen.lists[0].selection = 0
        case .openScreen(let path): open(path, &s)
        case .openLead:
            let i = s.screen.list.selection
            if case .plans = s.screen.path, let lead = PlansScreen.lead(at: i, s) { open(.unit(lead), &s) }
        case .openPlanZone:
            let i = s.screen.list.selection
            if case .plans = s.screen.path, let zone = PlansScreen.zone(at: i, s) { open(.zone(zone), &s) }
        case .cycleZoneFilter, .cycleMissingFilter:
            guard case .projects = s.screen.path else { return }
            ProjectFilters.cycle(action, &s.screen, Ctx(s))
            s.screen.list.selection = 0
            s.screen.list.offset = 0
        case .cycleStatusFilter where s.screen.path == .projects:
            ProjectFilters.cycle(action, &s.screen, Ctx(s))
            s.screen.list.selection = 0
            s.screen.list.offset = 0
        case .cycleStatusFilter, .cycleSourceFilter, .cycleDueWindow:
            switch s.screen.path {
            case .unit(let unit): UnitFilters.cycle(action, &s.screen, unit: unit, data: s.data)
            case .assignments: UnitFilters.cycle(action, &s.screen, sources: s.data.summary.assignments.sources)
            default: return
            }
            s.screen.lists[0].selection = 0
            s.screen.lists[0].offset = 0
        case .openAssignments:
            if s.screen.path == .overview { open(.assignments, &s) }
        case .openUnits:
            if s.screen.path == .overview { open(.units, &s) }
        case .openWorks:
            if s.screen.path == .overview { open(.works, &s) }
        case .cycleGrouping:
            guard s.screen.path == .assignments else { return }
            s.screen.grouping = s.screen.grouping.cycled()
            s.screen.list.selection = 0
            s.screen.list.offset = 0
            s.message =
                s.lang.pick("Nhóm theo: ", "Grouped by ") + AssignmentsScreen.groupingName(s.screen.grouping, s.lang)
        case .nextItem, .previousItem:
            ScreenLists.step(&s, forward: action == .nextItem)
        case .asOfBack, .asOfForward, .asOfLatest: AsOfWalk.apply(action, &s)
        case .click(let x, let y): click(x, y, &s, frame: frame, model)
        case .wheel(let up, let x, let y):
            if let hit = frame?.hits.first(where: { $0.rect.contains(x: x, y: y) }), case .panel(let p) = hit.target {
                s.screen.focus = p
            }
            move(&s, by: up ? -3 : 3, ScreenLists.model(s))
        case .openReportForm: ReportFormKeys.open(&s)
        case .resize, .filterType, .filterErase, .filterAccept, .filterCancel, .formType, .formErase, .formNextField,
            .formPreviousField, .formEnter, .formLeft, .formRight, .formCancel, .redraw, .suspend:
            break
        }
    }

    /// The screens the focused overview panel leads to (`OverviewPanel.links`).
    static func focusedPanelLinks(_ s: AppState) -> [ScreenPath] {
        s.panels.panels.indices.contains(s.screen.focus) ? s.panels.panels[s.screen.focus].links : []
    }

    // MARK: Moving

    static func move(_ s: inout AppState, by delta: Int, _ model: ListModel) {
        move(&s, to: s.screen.list.selection + delta, model)
    }

    static func move(_ s: inout AppState, to index: Int, _ model: ListModel) {
        s.screen.list.selection = model.count == 0 ? 0 : min(max(0, index), model.count - 1)
    }

    static func cycleFocus(_ s: inout AppState, by delta: Int) {
        let n = s.screen.lists.count
        guard n > 1 else { return }
        var f = s.screen.focus
        for _ in 1..<n {
            f = ((f + delta) % n + n) % n
            // Off the overview, Tab skips a list that is not drawn (a gate
            // without works, a zone without plans); a filtered-out one stays.
            if s.screen.path == .overview || !s.screen.lists[f].filter.isEmpty
                || ScreenLists.model(s, list: f).count > 0
            {
                s.screen.focus = f
                return
            }
        }
    }

    /// Left and right move to the panel beside the focused one in the
    /// layout on screen (the grid's row, the tabs); the layout follows
    /// from the state, as the renderer draws it.
    static func moveFocusSideways(_ s: inout AppState, right: Bool) {
        let c = Ctx(s)
        let layout = OverviewScreen.layout(
            s.screen, c, in: Rect(x: 0, y: 0, width: s.width, height: Renderer.bodyHeight(s.height)))
        s.screen.focus = layout.sideways(from: s.screen.focus, right: right)
    }

    static func open(_ target: ScreenPath, _ s: inout AppState) {
        s.stack.append(ScreenState(target))
    }

    /// Opens a row's target. The plans screen opened from an assignment
    /// (its plan's link) starts on the row that leads back to it; opened
    /// from a zone's plans, on the plan's row (`identity`: its id). Every
    /// assignment opened from an assignment's meeting is grouped by
    /// meeting, on that meeting's group.
    static func open(_ target: ScreenPath, _ s: inout AppState, from: ScreenPath, identity: String? = nil) {
        open(target, &s)
        if target == .assignments, case .task = from, let meeting = identity {
            return AssignmentsScreen.openOnMeeting(meeting, &s)
        }
        guard target == .plans else { return }
        let back: Int?
        switch from {
        case .task(_, let task):
            back = ScreenLists.model(s).targets.firstIndex {
                if case .task(_, task)? = $0 { true } else { false }
            }
        case .zone:
            back = identity.flatMap { id in
                PlansScreen.items(s.screen.list, s.screen, Ctx(s)).firstIndex { $0.plan.id == id }
            }
        default: back = nil
        }
        if let back { s.screen.list.selection = back }
    }

    static func goBack(_ s: inout AppState) {
        if s.screen.zoomed {
            s.screen.zoomed = false
        } else if !s.screen.list.filter.isEmpty {
            s.screen.list.filter = ""
            s.screen.list.selection = 0
        } else if s.stack.count > 1 {
            s.stack.removeLast()
        }
    }

    static func click(_ x: Int, _ y: Int, _ s: inout AppState, frame: Frame?, _ model: ListModel) {
        guard let hit = frame?.hits.last(where: { $0.rect.contains(x: x, y: y) }) else { return }
        switch hit.target {
        case .panel(let p): s.screen.focus = p
        case .link(let path): open(path, &s)
        case .crumb(let depth):
            if depth >= 0, depth < s.stack.count - 1 { s.stack.removeLast(s.stack.count - 1 - depth) }
        case .row(let list, let row):
            let wasSelected = s.screen.focus == list && s.screen.list.selection == row
            s.screen.focus = list
            let m = ScreenLists.model(s, list: list)
            move(&s, to: row, m)
            // A click on the selected row opens it, like Enter.
            if wasSelected, let target = m.target(row) {
                open(target, &s, from: s.screen.path, identity: m.identity(row))
            }
        }
    }

    // MARK: Filter typing

    static func applyFilter(_ action: Action, _ s: inout AppState) {
        switch action {
        case .filterType(let c):
            s.screen.list.filter.append(c)
            s.screen.list.selection = 0
            s.screen.list.offset = 0
        case .filterErase:
            if s.screen.list.filter.isEmpty { s.editingFilter = false } else { s.screen.list.filter.removeLast() }
            s.screen.list.selection = 0
        case .filterAccept: s.editingFilter = false
        case .filterCancel:
            s.screen.list.filter = ""
            s.editingFilter = false
            s.screen.list.selection = 0
        case .up, .down, .pageUp, .pageDown:
            // The prompt stays open: the arrows only move in the list
            // below it, so the letters typed next stay letters.
            let model = ScreenLists.model(s)
            let page = max(1, s.height - 9)
            switch action {
            case .up: move(&s, by: -1, model)
            case .down: move(&s, by: 1, model)
            case .pageUp: move(&s, by: -page, model)
            default: move(&s, by: page, model)
            }
        default: break
        }
    }

    // MARK: The `:` prompt

    static func applyJump(_ action: Action, _ jump: JumpState, _ s: inout AppState) {
        var j = jump
        switch action {
        case .filterType(let c):
            j.text.append(c)
            j.selection = 0
        case .filterErase:
            if j.text.isEmpty {
                s.jump = nil
                return
            }
            j.text.removeLast()
            j.selection = 0
        case .filterCancel:
            s.jump = nil
            return
        case .filterAccept:
            let found = Jump.matches(j.text, Ctx(s))
            s.jump = nil
            if found.indices.contains(j.selection) { Jump.open(found[j.selection], &s) }
            return
        case .up, .down, .pageUp, .pageDown:
            let count = Jump.matches(j.text, Ctx(s)).count
            let step = [Action.up: -1, .down: 1, .pageUp: -10, .pageDown: 10][action] ?? 0
            j.selection = count == 0 ? 0 : min(max(0, j.selection + step), count - 1)
        default: return
        }
        s.jump = j
    }

    // MARK: Overlays

    static func applyOverlay(_ action: Action, _ overlay: Overlay, _ s: inout AppState, frame: Frame?) {
        let page = max(1, s.height - 6)
        func scrolled(_ scroll: Int) -> Int {
            switch action {
            case .up: return scroll - 1
            case .down: return scroll + 1
            case .pageUp: return scroll - page
            case .pageDown: return scroll + page
            case .home: return 0
            case .end: return Int.max / 2
            case .wheel(let up, _, _): return scroll + (up ? -3 : 3)
            default: return scroll
            }
        }
        switch action {
        case .back: s.overlay = nil
        case .quit: s.shouldQuit = true
        case .reload: s.reloadRequested = true
        case .toggleLanguage: s.lang = s.lang.toggled
        default:
            // The renderer clamps the scroll to what there is to see.
            switch overlay {
            case .help(let scroll): s.overlay = .help(scroll: max(0, scrolled(scroll)))
            case .problems(let scroll): s.overlay = .problems(scroll: max(0, scrolled(scroll)))
            }
        }
    }

    /// Takes in what the last frame showed (scroll offsets, clamped scroll
    /// of overlays) so the next key moves from there.
    public static func commit(_ frame: Frame, _ s: inout AppState) {
        for v in frame.viewports where v.list < s.screen.lists.count {
            s.screen.lists[v.list].offset = v.offset
        }
        if let scroll = frame.overlayScroll {
            switch s.overlay {
            case .help: s.overlay = .help(scroll: scroll)
            case .problems: s.overlay = .problems(scroll: scroll)
            case nil: break
            }
        }
    }
}
