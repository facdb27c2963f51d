import BoardModel

/// Panel 2: industrial production against the year's target, the zones'
/// share, and per zone: output, share, occupancy, projects.
enum ZonesPanel: ListSource {
    static let sorts = [("giá trị SX", "output"), ("tên", "name"), ("lấp đầy", "occupancy")]

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [OutputSummary.ZoneRow] {
        var rows = c.summary.output.zones.filter {
            Filtering.matches(list.filter, [$0.zone.id, $0.zone.name, $0.zone.shortName ?? "", $0.zone.district ?? ""])
        }
        switch list.sort {
        case 1: rows.sort { Filtering.key(Titles.zoneName($0.zone)) < Filtering.key(Titles.zoneName($1.zone)) }
        case 2: rows.sort { ($0.zone.occupancy ?? -1, $1.zone.id) > ($1.zone.occupancy ?? -1, $0.zone.id) }
        default: rows.sort { ($0.ytdBnVND, $1.zone.id) > ($1.ytdBnVND, $0.zone.id) }
        }
        return rows
    }

    static func target(_ item: OutputSummary.ZoneRow, _ screen: ScreenState) -> ScreenPath? { .zone(item.zone.id) }

    static func draw(_ list: ListState, focused: Bool, _ screen: ScreenState, _ c: Ctx, in area: Rect,
                     _ out: inout FrameBuilder) {
        let o = c.summary.output
        let pace = PaceGauge(ytd: o.ytd, money: { Formats.bnVNDShort($0, c.lang) })
        var rest = area
        let lines = min(3, max(0, area.height - 2))
        if lines >= 1 { let (g, r) = rest.splitTop(1); pace.draw(c, in: g, &out); rest = r }
        if lines >= 2 {
            let (f, r) = rest.splitTop(1)
            out.canvas.draw(c.t("GTSX \(o.ytd.year): ", "Output \(o.ytd.year): ") + pace.facts(c) + c.t(" tỷ đồng", " bn VND"),
                            x: f.x, y: f.y, maxWidth: f.width)
            rest = r
        }
        if lines >= 3 {
            let (f, r) = rest.splitTop(1)
            let p = c.summary.projects
            out.canvas.draw(c.t("KCN, CCN chiếm ", "Zones' share ") + Formats.percent(fraction: o.zonesShare, c.lang)
                            + c.t(" · \(p.total) dự án (\(p.licensedOrAdjustedThisYear) cấp/điều chỉnh, \(p.revokedThisYear) thu hồi năm \(c.asOf.year))",
                                  " · \(p.total) projects (\(p.licensedOrAdjustedThisYear) licensed/adjusted, \(p.revokedThisYear) revoked in \(c.asOf.year))"),
                            x: f.x, y: f.y, style: .dim, maxWidth: f.width)
            rest = r
        }
        let columns = [
            TableColumn(c.t("Khu", "Zone"), width: .flex(min: 8, weight: 2), priority: 9),
            TableColumn(c.t("Tỷ đồng", "bn VND"), width: .fit(min: 6, max: 8), alignment: .right, priority: 8),
            TableColumn("%", width: .fit(min: 5, max: 6), alignment: .right, priority: 5),
            TableColumn(c.t("Lấp đầy", "Leased"), width: .fit(min: 6, max: 8), alignment: .right, priority: 6),
            TableColumn(c.t("Dự án", "Proj."), width: .fit(min: 5, max: 6), alignment: .right, priority: 4),
        ]
        let rows = items(list, screen, c).map { z -> TableRow in
            TableRow([TableCell(Titles.zoneName(z.zone), style: z.zone.kind == .other ? .dim : nil),
                      TableCell(Formats.bnVNDShort(z.ytdBnVND, c.lang)), TableCell(Formats.percent(fraction: z.share, c.lang)),
                      TableCell(Formats.percent(fraction: z.zone.occupancy, c.lang, decimals: 0)),
                      TableCell(z.projectsTotal > 0 ? String(z.projectsTotal) : "–")])
        }
        ListView(columns: columns, rows: rows, list: list, index: Panel.output.rawValue, showSelection: focused,
                 emptyMessage: c.t("Không có khu khớp bộ lọc", "No zone matches")).draw(in: rest, &out)
    }
}
