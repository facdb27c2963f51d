import BoardModel

/// What every screen reads while drawing.
struct Ctx {
    let data: BoardData
    let lang: Lang
    let charset: Charset
    /// The user is typing into the focused list's filter.
    let editingFilter: Bool

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
protocol ListSource {
    associatedtype Item
    static var sorts: [(String, String)] { get }
    static var filterable: Bool { get }
    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [Item]
    static func target(_ item: Item, _ screen: ScreenState) -> ScreenPath?
}

extension ListSource {
    static var filterable: Bool { true }

    static func model(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> ListModel {
        ListModel(targets: items(list, screen, c).map { target($0, screen) }, sorts: sorts, filterable: filterable)
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
