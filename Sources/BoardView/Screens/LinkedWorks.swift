import BoardModel

/// The works at a gate or in a zone (works.csv's `gate_id`, `zone_id`):
/// the second list of that screen. Tab moves between its lists, Enter
/// opens the work, Esc comes back; `n`/`p` on the work step through these.
enum LinkedWorks: ListSource {
    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [Work] {
        c.summary.works.ordered.filter { w in
            switch screen.path {
            case .gate(let id): return w.gateID == id
            case .zone(let id): return w.zoneID == id
            default: return false
            }
        }
        .filter { Filtering.matches(list.filter, [$0.id, $0.name]) }
    }

    static func target(_ item: Work, _ screen: ScreenState) -> ScreenPath? { .work(item.id) }

    /// Whether a screen has a second list of works (so that Tab has
    /// somewhere to go).
    static func has(_ screen: ScreenState, _ c: Ctx) -> Bool {
        screen.lists.count > 1 && !items(ListState(), screen, c).isEmpty
    }

    /// The section (heading, table) at the top of `area` when the screen
    /// has works; returns the rest of the area.
    static func draw(_ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) -> Rect {
        guard has(screen, c), area.height >= 6 else { return area }
        let list = screen.lists[1]
        let works = items(list, screen, c)
        let height = min(max(1, works.count), area.height >= 20 ? 6 : 2) + 2
        let (section, rest) = area.splitTop(height)
        Detail.heading(
            c.t("Công trình (\(works.count)) · Tab chọn danh sách", "Works (\(works.count)) · Tab to switch list"),
            c, in: section.splitTop(1).top, &out)
        let columns = [
            TableColumn("", width: .fixed(1), priority: 9),
            TableColumn(c.t("Mã", "ID"), width: .fit(min: 4, max: 8), priority: 6),
            TableColumn(c.t("Công trình", "Work"), width: .flex(min: 12, weight: 4), priority: 9),
            TableColumn(c.t("Tiến độ", "Progress"), width: .fit(min: 7, max: 8), alignment: .right, priority: 5),
            TableColumn(c.t("Hạn", "Due"), width: .fit(min: 8, max: 10), alignment: .right, priority: 7),
        ]
        let tails = c.data.titleTails.get(.works, c.dataSet)
        let rows = works.map { w -> TableRow in
            let mark = WorksPanel.mark(w, c.asOf)
            return TableRow([
                TableCell(mark?.symbol(c.charset) ?? "", style: mark?.style), TableCell(w.id),
                TableCell(w.name, tailFrom: tails[w.id] ?? 0),
                TableCell(w.progressPct.map { Formats.percent($0, c.lang) } ?? "–"),
                TableCell(w.dueOn.map { Formats.date($0, c.lang) } ?? "–", style: w.isLate(asOf: c.asOf) ? .late : nil),
            ])
        }
        ListView(
            columns: columns, rows: rows, list: list, index: 1, showSelection: screen.focus == 1,
            emptyMessage: c.t("Không có công trình khớp bộ lọc", "No work matches")
        ).draw(in: section.splitTop(1).rest, &out)
        return rest.splitTop(1).rest
    }
}
