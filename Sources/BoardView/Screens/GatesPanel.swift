import BoardModel

/// The border gates panel: trade against the year's target, and per gate:
/// total, share, 12 months, vehicles on the as-of date.
enum GatesPanel: OverviewPanel {
    static let title = (vi: "Cửa khẩu", en: "Border gates")
    static let feeds: [DataFeed] = [.file(.trade), .crossingLogs]

    /// Box 2, the five lines above the table, its header, every gate.
    static func wantedHeight(_ c: Ctx) -> Int { c.summary.trade.gates.count + 8 }

    /// The names whole, the figures, 12 months and vehicles.
    static func wantedWidth(_ c: Ctx) -> Int? {
        widthFor(c.summary.trade.gates.map { nameCell($0.gate, c).text }, others: [9, 6, 12, 6], c)
    }

    enum Sort: Int, SortOrder {
        case trade, name, vehiclesToday
        var column: Int? { [1, 0, 4][rawValue] }
        var name: (vi: String, en: String) {
            switch self {
            case .trade: return ("kim ngạch", "trade")
            case .name: return ("tên", "name")
            case .vehiclesToday: return ("số xe hôm nay", "vehicles today")
            }
        }
    }

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [TradeSummary.GateRow] {
        var rows = c.summary.trade.gates.filter {
            Filtering.matches(list.filter, [$0.gate.id, $0.gate.name, $0.gate.shortName ?? "", $0.gate.district])
        }
        let vehicles = { (id: String) in c.summary.crossings.gate(id)?.counts.vehicles ?? 0 }
        switch Sort(list) {
        case .name: rows.sort { CollationKey(Titles.gateName($0.gate)) < CollationKey(Titles.gateName($1.gate)) }
        case .vehiclesToday:
            rows.sort { (vehicles($0.gate.id), $0.ytdUSD ?? -1) > (vehicles($1.gate.id), $1.ytdUSD ?? -1) }
        case .trade: rows.sort { ($0.ytdUSD ?? -1, $1.gate.id) > ($1.ytdUSD ?? -1, $0.gate.id) }
        }
        return list.directed(rows)
    }

    static func target(_ item: TradeSummary.GateRow, _ screen: ScreenState) -> ScreenPath? { .gate(item.gate.id) }

    static func draw(
        _ list: ListState, index: Int, focused: Bool, _ screen: ScreenState, _ c: Ctx, in area: Rect,
        _ out: inout FrameBuilder
    ) {
        let t = c.summary.trade
        let rows = items(list, screen, c)
        let pace = PaceGauge(ytd: t.ytd, money: { Formats.usdShort($0, c.lang) })
        let rest = pace.drawHeading(
            prefix: c.t("XNK ", "Trade ") + PaceGauge.period(t.ytd, c) + ": ", unit: " USD",
            more: vehicleFacts(c), tableRows: t.gates.count, c, in: area, &out)
        let columns = [
            TableColumn(c.t("Cửa khẩu", "Gate"), width: .flex(min: 8, weight: 2), priority: 9),
            TableColumn(c.t("Lũy kế", "YTD"), width: .fit(min: 6, max: 9), alignment: .right, priority: 8),
            TableColumn("%", width: .fit(min: 5, max: 6), alignment: .right, priority: 5),
            TableColumn(c.t("12 tháng", "12 months"), width: .fixed(12), priority: 3),
            TableColumn(c.t("Xe", "Veh."), width: .fit(min: 4, max: 6), alignment: .right, priority: 6),
        ]
        let tableRows = rows.map { g -> TableRow in
            let vehicles = c.summary.crossings.gate(g.gate.id)?.counts.vehicles
            // No trade row this year: no figure (nil), rather than a 0 that
            // reads as a gate that traded nothing.
            return TableRow([
                nameCell(g.gate, c), TableCell(Formats.usdShort(g.ytdUSD, c.lang)),
                TableCell(Formats.percent(fraction: g.share, c.lang)), "",
                TableCell(vehicles.map { Formats.integer($0, c.lang) } ?? "–"),
            ])
        }
        let view = ListView(
            columns: columns, rows: tableRows, list: list, index: index,
            showSelection: focused,
            emptyMessage: list.filter.isEmpty
                ? c.t("Chưa có cửa khẩu nào", "No gates") : c.t("Không có cửa khẩu khớp bộ lọc", "No gate matches"),
            sortedColumn: Sort(list).column)
        let (offset, slots, _) = view.draw(in: rest, &out)
        if let spark = slots.first(where: { $0.column == 3 }) {
            let visible = max(0, rest.height - 1)
            let selected = focused && !rows.isEmpty ? min(max(0, list.selection), rows.count - 1) : nil
            for i in offset..<min(rows.count, offset + visible) {
                // The selected row is one highlight, its bars included.
                Sparkline(rows[i].last12Months, style: i == selected ? .selected : .barFill)
                    .render(in: ListView.cell(spark, row: i, offset: offset, in: rest), on: &out.canvas)
            }
        }
    }

    /// A gate that is not open says so with a mark, not by its colour alone.
    static func nameCell(_ g: Gate, _ c: Ctx) -> TableCell {
        guard g.status != .open else { return TableCell(Titles.gateName(g)) }
        return TableCell(mark(g.status).symbol(c.charset) + " " + Titles.gateName(g), style: .dim)
    }

    /// A gate's status as its one mark: open ✓, suspended ⊘, proposed for
    /// reopening ↺.
    static func mark(_ s: GateStatus) -> StatusMark {
        switch s {
        case .open: return .done
        case .suspended: return .suspended
        case .reopenProposed: return .reopenProposed
        }
    }

    /// Vehicles on the as-of date, from the fullest wording to the shortest.
    static func vehicleFacts(_ c: Ctx) -> [String] {
        let x = c.summary.crossings
        guard x.isCovered else {
            let date = Formats.date(x.date, c.lang)
            return [
                c.t("Xe qua cửa khẩu ngày \(date): nhật ký không có ngày này", "Vehicles on \(date): not in the log"),
                c.t("Xe ngày \(date): không có nhật ký", "Vehicles on \(date): no log"), c.t("Xe: –", "Vehicles: –"),
            ]
        }
        let n = Formats.integer(x.total.vehicles, c.lang)
        let out = Formats.integer(x.total.export, c.lang)
        let into = Formats.integer(x.total.import, c.lang)
        let date = Formats.date(x.date, c.lang)
        let split = c.t(" (xuất \(out) · nhập \(into))", " (\(out) out · \(into) in)")
        return [
            c.t("Xe qua cửa khẩu ngày \(date): ", "Vehicles through the gates on \(date): ") + n + split,
            c.t("Xe ngày \(date): ", "Vehicles on \(date): ") + n + split,
            c.t("Xe: ", "Vehicles: ") + n + split,
            c.t("Xe: ", "Vehicles: ") + n,
        ]
    }
}
