import BoardModel

/// What every screen reads while drawing.
struct Ctx {
    let data: BoardData
    let lang: Lang
    let charset: Charset
    /// The user is typing into the focused list's filter.
    let editingFilter: Bool
    /// The overview's panels.
    let panels: PanelRegistry

    init(data: BoardData, lang: Lang, charset: Charset, editingFilter: Bool, panels: PanelRegistry = .standard) {
        self.data = data
        self.lang = lang
        self.charset = charset
        self.editingFilter = editingFilter
        self.panels = panels
    }

    /// What a state's screen reads while drawing (or while its keys ask
    /// for the rows of a list).
    init(_ s: AppState) {
        self.init(
            data: s.data, lang: s.lang, charset: s.charset, editingFilter: s.editingFilter, panels: s.panels)
    }

    var summary: BoardSummary { data.summary }
    var dataSet: DataSet { data.dataSet }
    var asOf: Day { data.summary.asOf }

    func t(_ vi: String, _ en: String) -> String { lang.pick(vi, en) }
}

/// A frame being drawn: the canvas plus what clicks and scrolling need.
struct FrameBuilder {
    var canvas: Canvas
    var hits: [Hit] = []
    var viewports: [Viewport] = []
    var overlayScroll: Int?

    var frame: Frame { Frame(canvas: canvas, hits: hits, viewports: viewports, overlayScroll: overlayScroll) }
}

/// A list a screen shows: its rows in display order (filter and sort
/// applied), where Enter on each leads, and the sort orders it offers.
/// The reducer (keys) and the screen (drawing) use the same rows.
protocol ListSource: SendableMetatype {
    associatedtype Item: Sendable
    /// The list's sort orders, the default first (`OneOrder` when the
    /// list has only one).
    associatedtype Sort: SortOrder = OneOrder
    static var filterable: Bool { get }
    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [Item]
    static func target(_ item: Item, _ screen: ScreenState) -> ScreenPath?
    /// What the row is, for keeping the selection on it when the order
    /// changes (by default where Enter leads).
    static func identity(_ item: Item, _ screen: ScreenState) -> String?
    // Given by the extension below. Requirements, so that a call through
    // a panel of the registry (`any OverviewPanel.Type`) reaches code
    // made for that panel rather than the generic version.
    static var sorts: [(String, String)] { get }
    static func model(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> ListModel
}

/// One list's sort orders, the first the default: an `Int` enum whose raw
/// value is the position. The list's state keeps the position
/// (`ListState.sort`), so that the reducer cycles any list's orders
/// without knowing them; the list reads it back as its own enum.
protocol SortOrder: CaseIterable, Equatable, RawRepresentable<Int> {
    /// What the box's corner and the footer say, (vi, en).
    var name: (vi: String, en: String) { get }
    /// The table column this order sorts by (its index in the list's
    /// columns), marked in the header; nil when no one column says it.
    var column: Int? { get }
}

extension SortOrder {
    var column: Int? { nil }

    /// The order a list's state asks for; the default when out of range.
    /// (By raw value: `allCases` builds an array each time it is read.)
    init(_ list: ListState) {
        if let order = Self(rawValue: list.sort) {
            self = order
        } else {
            // Every order enum has its default case: `[0]` exists.
            self = Array(Self.allCases)[0]
        }
    }
}

/// The order of a list that offers only one.
enum OneOrder: Int, SortOrder {
    case only
    var name: (vi: String, en: String) { ("", "") }
}

extension ListSource {
    static var filterable: Bool { true }

    /// The names of the sort orders, (vi, en); empty when there is one.
    static var sorts: [(String, String)] {
        let all = Sort.allCases
        return all.count > 1 ? all.map { ($0.name.vi, $0.name.en) } : []
    }

    static func identity(_ item: Item, _ screen: ScreenState) -> String? { target(item, screen)?.description }

    static func model(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> ListModel {
        model(items(list, screen, c), screen)
    }

    /// The model of rows already made: targets and identities only when asked for.
    static func model(_ rows: [Item], _ screen: ScreenState, key: (@Sendable (Item) -> Int?)? = nil) -> ListModel {
        let targetOf: @Sendable (Int) -> ScreenPath? = { i in target(rows[i], screen) }
        let identityOf: @Sendable (Int) -> String? = { i in identity(rows[i], screen) }
        var keyOf: (@Sendable (Int) -> Int?)?
        if let key { keyOf = { i in key(rows[i]) } }
        return ListModel(
            count: rows.count, target: targetOf, identity: identityOf, key: keyOf, sorts: sorts,
            filterable: filterable)
    }
}

/// Filters as people type them: case and Vietnamese diacritics ignored
/// (`kim thanh`, `Kim Thành` and `KIM THANH` all find Kim Thành).
enum Filtering {
    static func key(_ text: String) -> String { AsciiFold.fold(text).lowercased() }

    static func matches(_ filter: String, _ texts: [String]) -> Bool {
        let f = key(filter).trimmingCharacters(in: " ")
        if f.isEmpty { return true }
        return texts.contains { key($0).contains(f) }
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
