import BoardModel

/// `render(state) -> frame`: the whole screen as a pure function of the
/// app state. The terminal only copies the canvas out; `ezboard snapshot`
/// prints the very same canvas as text.
public enum Renderer {
    /// Below this size the screen says what it needs instead of drawing
    /// an unreadable dashboard; it recovers by itself when resized.
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    public static func render(_ s: AppState) -> Frame {
        var out = FrameBuilder(canvas: Canvas(width: s.width, height: s.height, charset: s.charset))
        let c = Ctx(s)
        guard s.width >= minimumWidth, s.height >= minimumHeight else {
            tooSmall(s, c, &out)
            return out.frame
        }
        let (top, rest) = out.canvas.bounds.splitTop(1)
        let (body, bottom) = rest.splitBottom(1)
        // The keys' idea of the overview's layout (`Reducer`) starts here.
        assert(body.height == bodyHeight(s.height))
        Chrome.header(s, c, in: top, &out)
        switch s.overlay {
        case .help(let scroll): HelpOverlay.draw(s, c, scroll: scroll, in: body, &out)
        case .problems(let scroll): ProblemsOverlay.draw(c, scroll: scroll, in: body, &out)
        case nil:
            drawScreen(s.screen, c, in: body, &out)
            if let form = s.form { ReportFormView.draw(form, s, c, in: body, &out) }
            if let jump = s.jump { JumpOverlay.draw(jump, c, in: body, &out) }
        }
        Chrome.footer(s, c, in: bottom, &out)
        return out.frame
    }

    /// The rows between the header and the footer.
    static func bodyHeight(_ height: Int) -> Int { max(0, height - 2) }

    static func drawScreen(_ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        switch screen.path {
        case .overview: OverviewScreen.draw(screen, c, in: area, &out)
        case .gate(let id): GateScreen.draw(screen, id: id, c, in: area, &out)
        case .zone(let id): ZoneScreen.draw(screen, id: id, c, in: area, &out)
        case .works: WorksScreen.draw(screen, c, in: area, &out)
        case .work(let id): WorkScreen.draw(screen, id: id, c, in: area, &out)
        case .units: UnitsScreen.draw(screen, c, in: area, &out)
        case .unit(let id): UnitScreen.draw(screen, id: id, c, in: area, &out)
        case .task(let unit, let task): TaskScreen.draw(screen, unit: unit, task: task, c, in: area, &out)
        case .projects: ProjectsScreen.draw(screen, c, in: area, &out)
        case .project(let id): ProjectScreen.draw(screen, id: id, c, in: area, &out)
        case .plans: PlansScreen.draw(screen, c, in: area, &out)
        case .assignments: AssignmentsScreen.draw(screen, c, in: area, &out)
        }
    }

    static func tooSmall(_ s: AppState, _ c: Ctx, _ out: inout FrameBuilder) {
        let message = c.t(
            "Cửa sổ quá nhỏ: cần ít nhất \(minimumWidth)×\(minimumHeight), hiện \(s.width)×\(s.height).",
            "Window too small: needs at least \(minimumWidth)×\(minimumHeight), now \(s.width)×\(s.height).")
        Notice(
            title: "ezboard", message: c.charset == .ascii ? message.replacingOccurrences("×", "x") : message,
            style: .warn, maxWidth: 36
        ).render(in: out.canvas.bounds, on: &out.canvas)
    }
}

/// Where the screen's lists come from, for the reducer.
public enum ScreenLists {
    /// The list `list` of the state's screen (the focused one by default).
    public static func model(_ s: AppState, list: Int? = nil) -> ListModel {
        model(of: s.screen, list: list ?? s.screen.focus, Ctx(s))
    }

    /// The list `list` of any screen of the stack (`n`/`p` read the one
    /// below).
    static func model(of screen: ScreenState, list: Int, _ c: Ctx) -> ListModel {
        guard list >= 0, list < screen.lists.count else { return .empty }
        let l = screen.lists[list]
        switch screen.path {
        case .overview:
            guard c.panels.panels.indices.contains(list) else { return .empty }
            return c.panels.panels[list].model(l, screen, c)
        case .gate: return list == 1 ? LinkedWorks.model(l, screen, c) : GateScreen.model(l, screen, c)
        case .zone:
            switch list {
            case 1: return LinkedWorks.model(l, screen, c)
            case 2: return LinkedPlans.model(l, screen, c)
            default: return ZoneScreen.model(l, screen, c)
            }
        case .works: return WorksScreen.model(l, screen, c)
        case .work(let id): return WorkScreen.model(id, c)
        case .units: return UnitsScreen.model(l, screen, c)
        case .unit: return list == 1 ? LinkedWorks.model(l, screen, c) : UnitScreen.model(l, screen, c)
        case .task: return TaskScreen.model(l, screen, c)
        case .projects: return ProjectsScreen.model(l, screen, c)
        case .project: return ProjectScreen.model(l, screen, c)
        case .plans: return PlansScreen.model(l, screen, c)
        case .assignments: return AssignmentsScreen.model(l, screen, c)
        }
    }

    /// Next / previous item of the same kind without leaving the screen:
    /// the next gate, zone, work, or the unit's next assignment. Wraps.
    public static func step(_ s: inout AppState, forward: Bool) {
        let c = Ctx(s)
        guard let next = Neighbours.next(of: s.screen.path, forward: forward, below: s.stack.dropLast().last, c) else {
            return
        }
        let old = s.screen
        s.screen = ScreenState(next)
        UnitScreen.stepped(from: old, &s, c)
    }
}

extension String {
    func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
