import BoardModel

/// What the reducer needs to know about a list on screen: how many rows
/// it shows now (after filter), where Enter on a row leads, and which sort
/// orders it offers. Screens build it from the same rows they draw.
public struct ListModel: Sendable {
    public var count: Int
    public var targets: [ScreenPath?]
    /// Names of the sort orders, (vi, en); empty when the list has one order.
    public var sorts: [(String, String)]
    public var filterable: Bool
    /// What each row is (a gate's screen, a cargo's name), so that the
    /// selection stays on the same item when the order changes.
    public var identities: [String?]

    public init(
        targets: [ScreenPath?], sorts: [(String, String)] = [], filterable: Bool = true, identities: [String?]? = nil
    ) {
        count = targets.count
        self.targets = targets
        self.identities = identities ?? targets.map { $0?.description }
        self.sorts = sorts
        self.filterable = filterable
    }

    public static let empty = ListModel(targets: [], filterable: false)
}

/// Where a click lands: a rectangle of the last frame and what it means.
public struct Hit: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        /// A list row (list index on the screen, row index in the list).
        case row(list: Int, row: Int)
        /// A panel of the overview (focus it).
        case panel(Int)
        /// A link to another screen.
        case link(ScreenPath)
        /// A breadcrumb segment: back to that screen of the stack (0 is
        /// the first).
        case crumb(Int)
    }
    public var rect: Rect
    public var target: Target
    public init(_ rect: Rect, _ target: Target) {
        self.rect = rect
        self.target = target
    }
}

/// What a list actually showed: the rows in view, so that the next frame
/// scrolls from there and page keys move by what the user saw.
public struct Viewport: Sendable, Equatable {
    public var list: Int
    public var offset: Int
    public var height: Int
    public init(list: Int, offset: Int, height: Int) {
        self.list = list
        self.offset = offset
        self.height = height
    }
}

/// A rendered screen and what the app needs to remember about it.
public struct Frame: Sendable {
    public var canvas: Canvas
    public var hits: [Hit]
    public var viewports: [Viewport]
    /// The scroll an overlay was drawn at (clamped to its content).
    public var overlayScroll: Int?
    public init(canvas: Canvas, hits: [Hit] = [], viewports: [Viewport] = [], overlayScroll: Int? = nil) {
        self.canvas = canvas
        self.hits = hits
        self.viewports = viewports
        self.overlayScroll = overlayScroll
    }
}
