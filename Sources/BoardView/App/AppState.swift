import BoardModel

/// One list on a screen: its selection, scroll, filter and sort order.
public struct ListState: Sendable, Equatable {
    public var selection = 0
    /// First visible row; kept so that the selection stays in view.
    public var offset = 0
    /// Live filter text (case- and diacritic-insensitive).
    public var filter = ""
    /// Which of the list's sort orders, by position: the reducer cycles
    /// it without knowing the list; the list reads it as its own `Sort`
    /// enum (0 is the default order).
    public var sort = 0
    public init() {}
}

/// One screen on the back stack.
public struct ScreenState: Sendable, Equatable {
    public var path: ScreenPath
    /// Focused list (the overview's panel); other screens have one list.
    public var focus = 0
    public var lists: [ListState]
    /// The focused overview panel fills the screen.
    public var zoomed = false
    /// Unit screen filters.
    public var overdueOnly = false
    public var statusFilter = StatusFilter.all
    public var sourceFilter = SourceFilter.all
    public var dueWindow = DueWindow.any
    /// Projects screen filters.
    public var projectFilter = ProjectFilter()
    /// All-assignments screen: how the list is grouped.
    public var grouping = AssignmentList.Grouping.leadUnit

    /// A screen as it first opens; the overview has a list per panel.
    public init(_ path: ScreenPath, panels: PanelRegistry = .standard) {
        self.path = path
        lists = Array(repeating: ListState(), count: path == .overview ? panels.count : 1)
    }

    public var list: ListState {
        get { lists[focus] }
        set { lists[focus] = newValue }
    }
}

/// A layer over the current screen.
public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case problems(scroll: Int)
}

/// The as-of date the board follows when new data arrives.
public enum AsOfChoice: Sendable, Equatable {
    /// The date the board was read for (`--as-of`, else the latest
    /// observation).
    case asLoaded
    /// The latest observation, whatever it becomes.
    case latest
    /// A date walked to with `<` and `>`.
    case date(Day)
}

/// Everything the screen shows follows from this value: rendering is a
/// pure function of it (`Renderer.render`).
public struct AppState: Sendable {
    public var data: BoardData
    /// The overview's panels.
    public let panels: PanelRegistry
    public var lang: Lang
    public var charset: Charset
    /// The back stack; the last is on screen. Never empty.
    public var stack: [ScreenState]
    public var overlay: Overlay?
    /// Typing into the focused list's filter.
    public var editingFilter = false
    /// A one-line message in the footer until the next key (e.g. why ASCII
    /// is on, "reloaded").
    public var message: String?
    public var width: Int
    public var height: Int
    public var shouldQuit = false
    /// Set when the user asked to reload; the app clears it.
    public var reloadRequested = false
    /// The as-of date walked to, kept when the data is read again.
    public var asOfChoice = AsOfChoice.asLoaded

    public init(
        data: BoardData, lang: Lang = .vi, charset: Charset = .unicode, path: ScreenPath = .overview,
        width: Int = 80, height: Int = 24, panels: PanelRegistry = .standard
    ) {
        self.data = data
        self.panels = panels
        self.lang = lang
        self.charset = charset
        stack = path.trail.map { ScreenState($0, panels: panels) }
        self.width = width
        self.height = height
    }

    public var screen: ScreenState {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }

    /// The binding table that applies now.
    public var keyContext: KeyContext {
        if editingFilter { return .filter }
        switch overlay {
        case .help: return .help
        case .problems: return .problems
        case nil: break
        }
        switch screen.path {
        case .overview: return .overview
        case .task: return .task
        case .work: return .detail
        case .unit: return .unit
        case .assignments: return .assignments
        case .gate, .zone, .works, .units: return .list
        case .projects: return .projects
        case .project: return .project
        case .plans: return .plans
        }
    }
}
