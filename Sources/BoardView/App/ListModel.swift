import BoardModel

/// What the reducer needs to know about a list on screen: how many rows
/// it shows now (after filter), where Enter on a row leads, and which sort
/// orders it offers. Screens build it from the same rows they draw.
///
/// A row's target and identity are made when asked for, not for every
/// row up front: a key on a list of ten thousand projects asks for one
/// (Enter) or none (an arrow), and making ten thousand paths and their
/// descriptions at every key cost more than the rest of the key.
public struct ListModel: Sendable {
    public let count: Int
    /// Names of the sort orders, (vi, en); empty when the list has one order.
    public var sorts: [(String, String)]
    public var filterable: Bool
    private let targetOf: @Sendable (Int) -> ScreenPath?
    private let identityOf: @Sendable (Int) -> String?
    /// A number standing for what each row is (a project's place in the
    /// summary), one to one with `identity` within one board, so that the
    /// selection follows its row through a new order by comparing numbers
    /// (nil for a row without an identity). Nil: compare identities.
    private let keyOf: (@Sendable (Int) -> Int?)?

    public init(
        targets: [ScreenPath?], sorts: [(String, String)] = [], filterable: Bool = true, identities: [String?]? = nil
    ) {
        let identities = identities ?? targets.map { $0?.description }
        self.init(
            count: targets.count, target: { targets[$0] }, identity: { identities[$0] }, sorts: sorts,
            filterable: filterable)
    }

    /// A list of `count` rows whose targets and identities are made when
    /// asked for (`key`: see `keyOf`).
    init(
        count: Int, target: @escaping @Sendable (Int) -> ScreenPath?, identity: @escaping @Sendable (Int) -> String?,
        key: (@Sendable (Int) -> Int?)? = nil, sorts: [(String, String)], filterable: Bool
    ) {
        self.count = count
        targetOf = target
        identityOf = identity
        keyOf = key
        self.sorts = sorts
        self.filterable = filterable
    }

    /// Where Enter on row `i` leads; nil outside the list.
    public func target(_ i: Int) -> ScreenPath? { i >= 0 && i < count ? targetOf(i) : nil }

    /// What row `i` is (a gate's screen, a cargo's name); nil outside the list.
    public func identity(_ i: Int) -> String? { i >= 0 && i < count ? identityOf(i) : nil }

    /// Every row's target, in order (tests, and the short lists of n/p).
    public var targets: [ScreenPath?] { (0..<count).map(targetOf) }
    /// Every row's identity, in order.
    public var identities: [String?] { (0..<count).map(identityOf) }

    /// Whether Enter leads anywhere from some row.
    public var hasTargets: Bool { (0..<count).contains { targetOf($0) != nil } }

    /// Where row `i` of `before` (the same list in another order) is in
    /// this one: the first row with its identity; nil when it has none or
    /// is not here.
    func row(matching i: Int, of before: ListModel) -> Int? {
        guard i >= 0, i < before.count else { return nil }
        if let mine = keyOf, let theirs = before.keyOf {
            guard let key = theirs(i) else { return nil }
            return (0..<count).first { mine($0) == key }
        }
        guard let identity = before.identityOf(i) else { return nil }
        return (0..<count).first { identityOf($0) == identity }
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
