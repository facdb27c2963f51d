import BoardModel

/// Every investment project known on the as-of date, across the zones:
/// filtered by zone, status, a missing procedure and typed text (id, name,
/// investor, zone), sorted by the latest change, capital or name. Built
/// for thousands of projects: the orders come made (`ProjectSummary`,
/// `ProjectIndex`) and only the rows in view are drawn.
enum ProjectsScreen: ListSource {
    enum Sort: Int, SortOrder {
        case date, capital, name
        var name: (vi: String, en: String) {
            switch self {
            case .date: return ("thay đổi gần nhất", "latest change")
            case .capital: return ("vốn đăng ký", "capital")
            case .name: return ("tên", "name")
            }
        }
    }

    /// A project on the list: its place in `ProjectSummary.states` and id.
    struct Item {
        var index: Int
        var id: String
    }

    /// What the rows depend on besides the board: the filters and the order.
    struct RowsKey: Equatable, Sendable {
        var filter: String
        var sort: Int
        var reversed: Bool
        var projectFilter: ProjectFilter

        init(_ list: ListState, _ screen: ScreenState) {
            filter = list.filter
            sort = list.sort
            reversed = list.reversed
            projectFilter = screen.projectFilter
        }
    }

    /// The rows, made once for the board and `RowsKey` (`ListRows`).
    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [Item] {
        c.data.listRows.projects.rows(for: RowsKey(list, screen)) { makeItems(list, screen, c) }
    }

    /// The model of the rows: the selection follows a project by its place
    /// in the summary through a new order.
    static func model(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> ListModel {
        model(items(list, screen, c), screen, key: { $0.index })
    }

    static func makeItems(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [Item] {
        let p = c.summary.projects
        let order: [Int]
        switch Sort(list) {
        case .date: order = p.byDate
        case .capital: order = p.byCapital
        case .name: order = c.data.projectIndex.get(c).byName
        }
        let filtered = !screen.projectFilter.isEmpty
        let match = ProjectFilterMatch(screen.projectFilter, p)
        let text = Array(Filtering.key(list.filter).trimmingCharacters(in: " ").utf8)
        // Which projects hold the text: one pass over all of it, not a
        // search per project (a key typed must not cost 10,000 searches).
        let found = text.isEmpty ? [] : c.data.projectIndex.get(c).matching(text)
        var out: [Item] = []
        out.reserveCapacity(order.count)
        for i in order {
            if filtered, !match.matches(i) { continue }
            if !text.isEmpty, !found[i] { continue }
            out.append(Item(index: i, id: p.ids[i]))
        }
        return list.directed(out)
    }

    static func target(_ item: Item, _ screen: ScreenState) -> ScreenPath? { .project(item.id) }

    static func draw(_ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let inner = Panels.box(
            c.t("Dự án đầu tư", "Investment projects"), screen.list, focused: true, sorts: sorts,
            editing: c.editingFilter, c, in: area, &out)
        let rows = items(screen.list, screen, c)
        let p = c.summary.projects
        var rest = inner
        if rest.height >= 8 {
            let (line, r) = rest.splitTop(1)
            Spans.fitting(ProjectsPanel.figureLines(c), width: line.width, c.charset).draw(in: line, &out)
            rest = r
        }
        if rest.height >= 4 {
            let (line, r) = rest.splitTop(1)
            filterLine(screen, shown: rows.count, total: p.total, c).draw(in: line, &out)
            rest = r
        }
        var zoneNames: [String: String] = [:]
        for z in c.dataSet.zones { zoneNames[z.id] = Titles.zoneName(z) }
        let columns = [
            TableColumn("", width: .fixed(1), priority: 9),
            TableColumn(c.t("Mã", "ID"), width: .fixed(11), priority: 4),
            TableColumn(c.t("Dự án", "Project"), width: .flex(min: 16, weight: 5), priority: 10),
            TableColumn(c.t("Khu", "Zone"), width: .flex(min: 10, weight: 2), priority: 6),
            TableColumn(c.t("Nhà đầu tư", "Investor"), width: .flex(min: 12, weight: 2), priority: 2),
            TableColumn(c.t("Trạng thái", "Status"), width: .fixed(c.lang == .vi ? 14 : 10), priority: 8),
            TableColumn(c.t("Từ ngày", "Since"), width: .fixed(10), alignment: .right, priority: 7),
            TableColumn(c.t("Vốn (tỷ)", "bn VND"), width: .fixed(8), alignment: .right, priority: 5),
            // Capital put in, as a share of the registered.
            TableColumn(c.t("Đã TH", "Put in"), width: .fixed(6), alignment: .right, priority: 1),
            TableColumn(c.t("Thiếu thủ tục", "Missing"), width: .flex(min: 13, weight: 2), priority: 3),
        ]
        ListView.drawWindow(
            columns: columns, count: rows.count, list: screen.list, index: 0,
            emptyMessage: c.t(
                "Không có dự án nào khớp bộ lọc (z t m để đổi, / để tìm).",
                "No project matches the filters (z t m change them, / searches)."),
            row: { row(p.states[rows[$0].index], zoneNames, c) },
            fullText: { (p.states[rows[$0].index].project.id, p.states[rows[$0].index].project.name) }, in: rest, &out)
    }

    /// One project's row.
    static func row(_ s: ProjectState, _ zoneNames: [String: String], _ c: Ctx) -> TableRow {
        let mark = ProjectsScreen.mark(s)
        let missing = s.missing.map { ProjectProcedure.name($0, c.lang) }.joined(separator: ", ")
        return TableRow([
            TableCell(mark?.symbol(c.charset) ?? "", style: mark?.style), TableCell(s.project.id),
            TableCell(s.project.name, tailFrom: c.data.titleTails.get(.projects, c.dataSet)[s.project.id] ?? 0),
            TableCell(zoneNames[s.project.zoneID] ?? s.project.zoneID),
            TableCell(s.project.investor ?? "–", style: s.project.investor == nil ? .dim : nil),
            TableCell(s.status?.name(c.lang) ?? "–", style: statusStyle(s.status)),
            TableCell(s.since.map { Formats.date($0, c.lang) } ?? "–"),
            TableCell(s.registeredBnVND.map { Formats.bnVNDShort($0, c.lang) } ?? "–"),
            TableCell(Formats.percent(fraction: implementedShare(s), c.lang, decimals: 0)),
            TableCell(missing.isEmpty ? "" : missing, style: .bad),
        ])
    }

    /// Capital put in over registered capital; nil without both.
    static func implementedShare(_ s: ProjectState) -> Double? {
        guard let i = s.implementedBnVND, let r = s.registeredBnVND, r > 0 else { return nil }
        return i / r
    }

    /// A stopped project (suspended or revoked) is marked as such, never by
    /// colour alone.
    static func mark(_ s: ProjectState) -> StatusMark? {
        s.status == .revoked || s.status == .suspended ? .blocked : nil
    }

    static func statusStyle(_ status: ProjectStatus?) -> Style? {
        switch status {
        case .revoked: return .bad
        case .suspended: return .warn
        case nil: return .dim
        default: return nil
        }
    }

    /// `Hiển thị 37/204 · lọc: khu: KCN Tằng Loỏng · tìm 'may'`, or the
    /// filter keys when no filter is on.
    static func filterLine(_ screen: ScreenState, shown: Int, total: Int, _ c: Ctx) -> Spans {
        var line = Spans([(c.t("Hiển thị \(shown)/\(total)", "Showing \(shown) of \(total)"), .accent)])
        let sort = Sort(screen.list)
        FilterLine.add(
            to: &line, active: ProjectFilters.active(screen.projectFilter, c), screen,
            sortName: sort != .date ? sort.name : nil, lead: FilterLine.noFilter,
            keys: [
                ("z", "khu", "zone"), ("t", "trạng thái", "status"), ("m", "thiếu thủ tục", "missing procedure"),
                ("/", "tìm", "find"),
            ], c)
        return line
    }
}
