import BoardModel

@testable import BoardView

// Two panels that exist only in the tests, to show that the overview works
// with six and seven panels (the issues ahead add some) without changing
// what users see with today's five. Each is a real list over the fixture's
// data, drawn with the same pieces as the shipped panels.

/// A sixth panel: the units, by name.
enum UnitsTestPanel: OverviewPanel {
    static let title = (vi: "Đơn vị", en: "Units")
    static let feeds: [DataFeed] = [.file(.units)]

    enum Sort: Int, SortOrder {
        case name, id
        var name: (vi: String, en: String) { self == .name ? ("tên", "name") : ("mã", "id") }
    }

    static func wantedHeight(_ c: Ctx) -> Int { c.dataSet.units.count + 3 }

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [Unit] {
        let rows = c.dataSet.units.filter { Filtering.matches(list.filter, [$0.id, $0.name]) }
        switch Sort(list) {
        case .name: return rows.sorted { Filtering.key($0.name) < Filtering.key($1.name) }
        case .id: return rows.sorted { $0.id < $1.id }
        }
    }

    static func target(_ item: Unit, _ screen: ScreenState) -> ScreenPath? { .unit(item.id) }

    static func draw(
        _ list: ListState, index: Int, focused: Bool, _ screen: ScreenState, _ c: Ctx, in area: Rect,
        _ out: inout FrameBuilder
    ) {
        let columns = [
            TableColumn(c.t("Đơn vị", "Unit"), width: .flex(min: 10, weight: 3), priority: 9),
            TableColumn(c.t("Mã", "ID"), width: .fit(min: 2, max: 10), priority: 5),
        ]
        let rows = items(list, screen, c).map { TableRow([TableCell($0.name), TableCell($0.id)]) }
        ListView(
            columns: columns, rows: rows, list: list, index: index, showSelection: focused,
            emptyMessage: c.t("Không có đơn vị", "No units")
        ).draw(in: area, &out)
    }
}

/// A seventh panel: the gates by district, backed by the targets file too
/// (so that its staleness differs from the gates panel's).
enum DistrictsTestPanel: OverviewPanel {
    static let title = (vi: "Cửa khẩu theo huyện", en: "Gates by district")
    static let feeds: [DataFeed] = [.file(.targets)]

    static func wantedHeight(_ c: Ctx) -> Int { c.dataSet.gates.count + 3 }

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [Gate] {
        c.dataSet.gates.filter { Filtering.matches(list.filter, [$0.name, $0.district]) }
            .sorted { ($0.district, $0.id) < ($1.district, $1.id) }
    }

    static func target(_ item: Gate, _ screen: ScreenState) -> ScreenPath? { .gate(item.id) }

    static func draw(
        _ list: ListState, index: Int, focused: Bool, _ screen: ScreenState, _ c: Ctx, in area: Rect,
        _ out: inout FrameBuilder
    ) {
        let columns = [
            TableColumn(c.t("Huyện", "District"), width: .flex(min: 8, weight: 2), priority: 8),
            TableColumn(c.t("Cửa khẩu", "Gate"), width: .flex(min: 8, weight: 3), priority: 9),
        ]
        let rows = items(list, screen, c).map { TableRow([TableCell($0.district), TableCell(Titles.gateName($0))]) }
        ListView(
            columns: columns, rows: rows, list: list, index: index, showSelection: focused,
            emptyMessage: c.t("Không có cửa khẩu", "No gates")
        ).draw(in: area, &out)
    }
}

extension PanelRegistry {
    /// Today's five panels and one more.
    static let six = PanelRegistry(PanelRegistry.standard.panels + [UnitsTestPanel.self])
    /// Today's five panels and two more.
    static let seven = PanelRegistry(PanelRegistry.standard.panels + [UnitsTestPanel.self, DistrictsTestPanel.self])
}
