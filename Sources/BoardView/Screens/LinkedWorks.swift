import BoardModel

/// The works naming a gate, a zone or a unit (works.csv's `gate_id`,
/// `zone_id`, `owner_id`): the second list of that screen. Tab moves
/// between its lists, Enter opens the work, Esc comes back; `n`/`p` on the
/// work step through these. The lists come from the summary's index
/// (`WorksSummary.works(_:)`), made once per data load.
enum LinkedWorks: ListSource {
    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [Work] {
        guard let reference = reference(screen.path) else { return [] }
        let works = c.summary.works.works(reference)
        guard !list.filter.isEmpty else { return works }
        return works.filter { Filtering.matches(list.filter, [$0.id, $0.name]) }
    }

    /// What the screen's works name: a gate, a zone, or a unit that owns
    /// them.
    static func reference(_ path: ScreenPath) -> WorksSummary.Reference? {
        switch path {
        case .gate(let id): return .gate(id)
        case .zone(let id): return .zone(id)
        case .unit(let id): return .owner(id)
        default: return nil
        }
    }

    static func target(_ item: Work, _ screen: ScreenState) -> ScreenPath? { .work(item.id) }

    /// Whether a screen has a second list of works (so that Tab has
    /// somewhere to go).
    static func has(_ screen: ScreenState, _ c: Ctx) -> Bool {
        screen.lists.count > 1 && reference(screen.path).map { !c.summary.works.works($0).isEmpty } ?? false
    }

    /// The heading: `Công trình (3) · Tab chọn danh sách`; on a unit's
    /// screen, the works it owns.
    /// With a search typed into this list: `Công trình (1) · tìm 'nạo'`.
    static func heading(_ screen: ScreenState, count: Int, _ c: Ctx) -> String {
        let filter = screen.lists[1].filter
        let tail =
            filter.isEmpty && !(c.editingFilter && screen.focus == 1)
            ? c.t(" · Tab chọn danh sách", " · Tab to switch list") : c.t(" · tìm '", " · search '") + filter + "'"
        if case .unit = screen.path {
            return c.t("Công trình làm chủ đầu tư (\(count))", "Works it owns (\(count))") + tail
        }
        return c.t("Công trình (\(count))", "Works (\(count))") + tail
    }

    /// The section (heading, table) at the top of `area` when the screen
    /// has works; returns the rest of the area.
    static func draw(_ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) -> Rect {
        guard has(screen, c), area.height >= 6 else { return area }
        let height = sectionHeight(screen, c, rows: area.height >= 20 ? 6 : 2)
        let (section, rest) = area.splitTop(height)
        drawSection(screen, c, in: section, &out)
        return rest.splitTop(1).rest
    }

    /// The section's height: its heading, the table's header and up to
    /// `rows` rows (the table scrolls).
    static func sectionHeight(_ screen: ScreenState, _ c: Ctx, rows: Int) -> Int {
        min(max(1, items(screen.lists[1], screen, c).count), rows) + 2
    }

    static func drawSection(_ screen: ScreenState, _ c: Ctx, in section: Rect, _ out: inout FrameBuilder) {
        let list = screen.lists[1]
        let works = items(list, screen, c)
        Detail.heading(heading(screen, count: works.count, c), c, in: section.splitTop(1).top, &out)
        let columns = [
            TableColumn("", width: .fixed(1), priority: 9),
            TableColumn(c.t("Mã", "ID"), width: .fit(min: 4, max: 8), priority: 6),
            TableColumn(c.t("Công trình", "Work"), width: .flex(min: 12, weight: 4), priority: 9),
            TableColumn(c.t("Trạng thái", "Status"), width: .fit(min: 10, max: 18), priority: 4),
            TableColumn(c.t("Tiến độ", "Progress"), width: .fit(min: 7, max: 8), alignment: .right, priority: 5),
            TableColumn(c.t("Hạn", "Due"), width: .fit(min: 8, max: 10), alignment: .right, priority: 7),
        ]
        let tails = c.data.titleTails.get(.works, c.dataSet)
        let rows = works.map { w -> TableRow in
            let mark = WorksPanel.mark(w, c.asOf)
            return TableRow([
                TableCell(mark?.symbol(c.charset) ?? "", style: mark?.style), TableCell(w.id),
                TableCell(w.name, tailFrom: tails[w.id] ?? 0),
                TableCell(
                    c.summary.works.notStarted.contains(w.id)
                        ? c.t("chưa khởi công", "not started") : w.status.name(c.lang)),
                TableCell(w.progressPct.map { Formats.percent($0, c.lang) } ?? "–"),
                TableCell(w.dueOn.map { Formats.date($0, c.lang) } ?? "–", style: w.isLate(asOf: c.asOf) ? .late : nil),
            ])
        }
        ListView(
            columns: columns, rows: rows, list: list, index: 1, showSelection: screen.focus == 1,
            emptyMessage: c.t("Không có công trình khớp bộ lọc", "No work matches")
        ).draw(in: section.splitTop(1).rest, &out)
    }
}
