import BoardModel

/// One panel of the overview: a list (`ListSource`: its rows, where Enter
/// leads, its sort orders) with a title, the data it is made from, the
/// height it would like, and how it draws.
///
/// Adding a panel is a type conforming to this protocol and one line in
/// `PanelRegistry.standard`: the grid, the tabs, the keys 1…n, Tab and
/// ←/→, help, the stale mark and zoom all follow from the registry.
protocol OverviewPanel: ListSource, Sendable {
    /// The box's title and the tab's name, (vi, en).
    static var title: (vi: String, en: String) { get }
    /// The data the panel shows: when it is older than the config file
    /// allows, the panel's title says "stale" (see `Freshness`).
    static var feeds: [DataFeed] { get }
    /// The rows the panel needs to show everything: its box, the lines
    /// above its table, the table's header and every row. The grid gives
    /// rows a panel does not need to one that does. From the data's row
    /// counts, not the filtered ones, so that panels do not jump while a
    /// filter is typed.
    static func wantedHeight(_ c: Ctx) -> Int
    /// The columns the panel needs to show every row whole (its box and
    /// table); nil: as many as it gets. Panels side by side share the
    /// width by it, so that the room a short list does not need goes to
    /// one whose titles are cut.
    static func wantedWidth(_ c: Ctx) -> Int?
    /// Draws the panel inside its box. `index` is the panel's place in the
    /// registry: the index of its list in the screen's state.
    static func draw(
        _ list: ListState, index: Int, focused: Bool, _ screen: ScreenState, _ c: Ctx, in area: Rect,
        _ out: inout FrameBuilder)
    /// Screens the panel leads to beyond its rows, each opened by a key of
    /// the overview (`Action.openScreen`): the footer shows the key while
    /// the panel is focused. Default: none.
    static var links: [ScreenPath] { get }
}

extension OverviewPanel {
    static var links: [ScreenPath] { [] }
    static func wantedWidth(_ c: Ctx) -> Int? { nil }

    /// Box 2, the widest of `texts` and the other columns (each with its gap).
    static func widthFor(_ texts: [String], others: [Int], _ c: Ctx) -> Int {
        2 + (texts.map { Fit.width($0, c) }.max() ?? 0) + others.reduce(0) { $0 + $1 + 1 }
    }
}

/// The overview's panels, in order: keys 1…n, Tab, the tabs, and the grid
/// row by row. The app keeps one in its state (`AppState.panels`), so a
/// test can draw and drive an overview with other panels.
public struct PanelRegistry: Sendable {
    let panels: [any OverviewPanel.Type]

    /// The panels users see.
    public static let standard = PanelRegistry([
        GatesPanel.self,
        ZonesPanel.self,
        WorksPanel.self,
        TasksPanel.self,
        ProjectsPanel.self,
    ])

    /// At most nine: the digit keys pick a panel.
    init(_ panels: [any OverviewPanel.Type]) {
        precondition((1...9).contains(panels.count), "an overview has 1 to 9 panels (the digit keys)")
        self.panels = panels
    }

    public var count: Int { panels.count }

    /// Panel `i`'s title in `lang` (`Cửa khẩu`).
    public func title(_ i: Int, _ lang: Lang) -> String {
        guard panels.indices.contains(i) else { return "" }
        return lang.pick(panels[i].title.vi, panels[i].title.en)
    }

    /// Where a panel type is in the registry, if it is there.
    func index(of panel: any OverviewPanel.Type) -> Int? {
        panels.firstIndex { ObjectIdentifier($0) == ObjectIdentifier(panel) }
    }

    /// The panels whose data is older than allowed.
    public func stalePanels(_ freshness: Freshness) -> [Int] {
        panels.indices.filter { freshness.isStale(panels[$0].feeds) }
    }

    /// Whether any panel's data is older than allowed (the header's mark).
    func anyStale(_ freshness: Freshness) -> Bool {
        panels.contains { freshness.isStale($0.feeds) }
    }

    /// When the next panel turns stale if nothing changes (seconds since
    /// 1970): the one moment the event loop must wake up for it.
    public func nextStaleChange(_ freshness: Freshness) -> Int64? {
        freshness.nextChange(panels.map { $0.feeds })
    }
}
