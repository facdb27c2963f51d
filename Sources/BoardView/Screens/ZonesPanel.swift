import BoardModel

/// The industrial zones panel: production against the year's target, the
/// zones' share, and per zone: output, share, occupancy, projects.
enum ZonesPanel: OverviewPanel {
    static let title = (vi: "Khu công nghiệp", en: "Industrial zones")
    static let feeds: [DataFeed] = [.file(.output)]

    /// Box 2, the five lines above the table, its header, every zone.
    static func wantedHeight(_ c: Ctx) -> Int { c.summary.output.zones.count + 8 }

    /// The names whole, the figures, 12 months, occupancy and projects.
    static func wantedWidth(_ c: Ctx) -> Int? {
        widthFor(c.summary.output.zones.map { Titles.zoneName($0.zone) }, others: [8, 6, 12, 8, 6], c)
    }

    enum Sort: Int, SortOrder {
        case output, name, occupancy
        var column: Int? { [1, 0, 4][rawValue] }
        var name: (vi: String, en: String) {
            switch self {
            case .output: return ("giá trị SX", "output")
            case .name: return ("tên", "name")
            case .occupancy: return ("lấp đầy", "occupancy")
            }
        }
    }

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [OutputSummary.ZoneRow] {
        var rows = c.summary.output.zones.filter {
            Filtering.matches(list.filter, [$0.zone.id, $0.zone.name, $0.zone.shortName ?? "", $0.zone.district ?? ""])
        }
        switch Sort(list) {
        case .name: rows.sort { CollationKey(Titles.zoneName($0.zone)) < CollationKey(Titles.zoneName($1.zone)) }
        case .occupancy: rows.sort { ($0.zone.occupancy ?? -1, $1.zone.id) > ($1.zone.occupancy ?? -1, $0.zone.id) }
        case .output: rows.sort { ($0.ytdBnVND ?? -1, $1.zone.id) > ($1.ytdBnVND ?? -1, $0.zone.id) }
        }
        return list.directed(rows)
    }

    static func target(_ item: OutputSummary.ZoneRow, _ screen: ScreenState) -> ScreenPath? { .zone(item.zone.id) }

    static func draw(
        _ list: ListState, index: Int, focused: Bool, _ screen: ScreenState, _ c: Ctx, in area: Rect,
        _ out: inout FrameBuilder
    ) {
        let o = c.summary.output
        let pace = PaceGauge(ytd: o.ytd, money: { Formats.bnVNDShort($0, c.lang) })
        let rest = pace.drawHeading(
            prefix: c.t("GTSX ", "Output ") + PaceGauge.period(o.ytd, c) + ": ",
            unit: c.t(" tỷ đồng", " bn VND"), more: shareFacts(c), tableRows: o.zones.count,
            c, in: area, &out)
        let columns = [
            // Its width by need: `wantedWidth`.
            TableColumn(c.t("Khu", "Zone"), width: .flex(min: 14, weight: 2), priority: 9),
            TableColumn(c.t("Tỷ đồng", "bn VND"), width: .fit(min: 6, max: 8), alignment: .right, priority: 8),
            TableColumn("%", width: .fit(min: 5, max: 6), alignment: .right, priority: 5),
            TableColumn(c.t("12 tháng", "12 months"), width: .fixed(12), priority: 2),
            TableColumn(c.t("Lấp đầy", "Occupied"), width: .fit(min: 6, max: 8), alignment: .right, priority: 6),
            TableColumn(c.t("Dự án", "Proj."), width: .fit(min: 5, max: 6), alignment: .right, priority: 4),
        ]
        let rows = items(list, screen, c)
        let tableRows = rows.map { z -> TableRow in
            TableRow([
                TableCell(Titles.zoneName(z.zone), style: z.zone.kind == .other ? .dim : nil),
                TableCell(Formats.bnVNDShort(z.ytdBnVND, c.lang)),
                TableCell(Formats.percent(fraction: z.share, c.lang)),
                "", TableCell(Formats.percent(fraction: z.zone.occupancy, c.lang, decimals: 0)),
                TableCell(z.projectsTotal > 0 ? String(z.projectsTotal) : "–"),
            ])
        }
        let (offset, slots, _) = ListView(
            columns: columns, rows: tableRows, list: list, index: index,
            showSelection: focused,
            emptyMessage: list.filter.isEmpty
                ? c.t("Chưa có khu nào", "No zones") : c.t("Không có khu khớp bộ lọc", "No zone matches"),
            sortedColumn: Sort(list).column
        )
        .draw(in: rest, &out)
        if let spark = slots.first(where: { $0.column == 3 }) {
            let selected = focused && !rows.isEmpty ? min(max(0, list.selection), rows.count - 1) : nil
            for i in offset..<min(rows.count, offset + max(0, rest.height - 1)) {
                // The selected row is one highlight, its bars included.
                Sparkline(rows[i].last12Months, style: i == selected ? .selected : .barFill)
                    .render(in: ListView.cell(spark, row: i, offset: offset, in: rest), on: &out.canvas)
            }
        }
    }

    /// The zones' share of output, from the fullest wording to the
    /// shortest. (The projects' figures are the projects panel's.)
    static func shareFacts(_ c: Ctx) -> [String] {
        let share = Formats.percent(fraction: c.summary.output.zonesShare, c.lang)
        return [
            // The scope in words: the economic-zone areas count too.
            c.t("KCN, CCN, khu vực KKT chiếm ", "Zones, clusters, EZ areas: ") + share
                + c.t(" giá trị SX toàn tỉnh", " of the province's output"),
            c.t("KCN, CCN, KKT chiếm ", "Zones+clusters+EZ ") + share,
        ]
    }
}
