import BoardModel

/// One gate: its figures, monthly trade, vehicles per hour on the as-of
/// date, and the cargo mix (the list).
enum GateScreen: ListSource {
    enum Sort: Int, SortOrder {
        case vehicles, tonnes, cargo
        var name: (vi: String, en: String) {
            switch self {
            case .vehicles: return ("số xe", "vehicles")
            case .tonnes: return ("tấn", "tonnes")
            case .cargo: return ("tên hàng", "cargo")
            }
        }
    }

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [CrossingSummary.CargoRow] {
        guard case .gate(let id) = screen.path else { return [] }
        var rows = (c.summary.crossings.gate(id)?.cargo ?? []).filter { Filtering.matches(list.filter, [$0.cargo]) }
        switch Sort(list) {
        case .tonnes: rows.sort { ($0.counts.tonnes, $1.cargo) > ($1.counts.tonnes, $0.cargo) }
        case .cargo: rows.sort { Filtering.key($0.cargo) < Filtering.key($1.cargo) }
        case .vehicles: break  // the summary's order
        }
        return rows
    }

    static func target(_ item: CrossingSummary.CargoRow, _ screen: ScreenState) -> ScreenPath? { nil }

    static func draw(_ screen: ScreenState, id: String, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        guard let gate = c.dataSet.gate(id) else {
            return Detail.missing(c.t("cửa khẩu", "gate"), id, c, in: area, &out)
        }
        let row = c.summary.trade.gates.first { $0.gate.id == id }
        let crossings = c.summary.crossings.gate(id)
        let title = Detail.title(gate.name, short: Titles.gateName(gate), width: area.width, c)
        let inner = Panels.box(
            title, screen.list, focused: true, sorts: sorts, editing: c.editingFilter, c, in: area, &out)
        // The figures first (at 40×12 they are what fits), then what the
        // gate is.
        var facts: [(String, String, Style)] = []
        if let r = row, r.ytdUSD != 0 || r.last12Months.contains(where: { $0 != nil }) {
            facts.append(
                (
                    c.t("Lũy kế \(c.asOf.year)", "YTD \(c.asOf.year)"),
                    Formats.usd(r.ytdUSD, c.lang) + " (" + Formats.percent(fraction: r.share, c.lang)
                        + c.t(" toàn tỉnh)", " of all gates)"), .accent
                ))
            facts.append(
                (
                    c.t("Xuất / nhập", "Export / import"),
                    Formats.usdShort(r.exportUSD, c.lang) + " / " + Formats.usdShort(r.importUSD, c.lang) + " USD"
                        + (r.borderTradeUSD > 0
                            ? c.t(" · cư dân biên giới ", " · border residents ")
                                + Formats.usdShort(r.borderTradeUSD, c.lang) + " USD" : ""),
                    .normal
                ))
        } else {
            facts.append(
                (c.t("Lũy kế \(c.asOf.year)", "YTD \(c.asOf.year)"), c.t("chưa có số liệu", "no figures"), .dim))
        }
        let date = Formats.date(c.asOf, c.lang)
        facts.append(
            (
                c.t("Xe", "Vehicles"),
                crossings.map { x in
                    Formats.integer(x.counts.vehicles, c.lang)
                        + c.t(
                            " (xuất \(Formats.integer(x.counts.export, c.lang)) · nhập \(Formats.integer(x.counts.import, c.lang))) ngày \(date)",
                            " (\(Formats.integer(x.counts.export, c.lang)) out · \(Formats.integer(x.counts.import, c.lang)) in) on \(date)"
                        )
                } ?? c.t("không có xe ngày \(date)", "none on \(date)"), .normal
            ))
        let mark = gate.status == .open ? StatusMark.done : StatusMark.blocked
        facts.append((c.t("Trạng thái", "Status"), mark.symbol(c.charset) + " " + gate.status.name(c.lang), mark.style))
        facts.append((c.t("Loại", "Kind"), gate.kind.name(c.lang) + " · " + gate.district, .normal))
        if let cp = gate.counterpart { facts.append((c.t("Phía bạn", "Across the border"), cp, .normal)) }
        var rest = inner
        let used = Detail.facts(facts, c, in: rest, &out)
        rest = rest.splitTop(used + 1).rest
        // Charts: monthly trade and vehicles per hour, side by side when wide.
        let chartHeight = min(10, max(0, (rest.height - 4) / 2))
        if chartHeight >= 4 {
            let (charts, below) = rest.splitTop(chartHeight + 1)
            let wide = charts.width >= 90
            let (left, right) =
                wide ? charts.splitLeft(charts.width / 2) : (charts, Rect(x: 0, y: 0, width: 0, height: 0))
            Detail.heading(c.t("Kim ngạch theo tháng (USD)", "Trade by month (USD)"), c, in: left.splitTop(1).top, &out)
            let trade = left.splitTop(1).rest.inset(dx: 1, dy: 0)
            if let monthly = row?.monthly, let top = monthly.peak {
                BarChart(
                    monthly.values, labels: Detail.monthLabels(monthly.months),
                    maxLabel: Formats.usdShort(top, c.lang), highlighted: monthly.values.count - 1
                )
                .render(in: trade, on: &out.canvas)
            } else {
                Detail.none(
                    c.t("Chưa có số liệu kim ngạch 15 tháng qua", "No trade figures in the last 15 months"), in: trade,
                    &out)
            }
            if wide {
                Detail.heading(
                    c.t(
                        "Xe theo giờ ngày \(Formats.date(c.asOf, c.lang))",
                        "Vehicles per hour on \(Formats.date(c.asOf, c.lang))"),
                    c, in: right.splitTop(1).top, &out)
                let hours = right.splitTop(1).rest.inset(dx: 1, dy: 0)
                if let byHour = crossings?.byHour {
                    BarChart(byHour.map { Double($0) }, labels: (0..<24).map(String.init), maxBarWidth: 2)
                        .render(in: hours, on: &out.canvas)
                } else {
                    Detail.none(c.t("Không có xe qua cửa khẩu ngày này", "No crossings that day"), in: hours, &out)
                }
            }
            rest = below
        }
        // A heading over a table with no room for a row says nothing.
        guard rest.height >= 3 else { return }
        Detail.heading(
            c.t("Cơ cấu hàng hóa ngày \(Formats.date(c.asOf, c.lang))", "Cargo mix on \(Formats.date(c.asOf, c.lang))"),
            c, in: rest.splitTop(1).top, &out)
        rest = rest.splitTop(1).rest
        let rows = items(screen.list, screen, c)
        let columns = [
            TableColumn(c.t("Hàng hóa", "Cargo"), width: .flex(min: 10, weight: 3), priority: 9),
            TableColumn(c.t("Xe", "Vehicles"), width: .fit(min: 4, max: 8), alignment: .right, priority: 8),
            TableColumn(c.t("Tỷ lệ", "Share"), width: .fixed(14), priority: 4),
            TableColumn(c.t("Xuất", "Out"), width: .fit(min: 4, max: 6), alignment: .right, priority: 5),
            TableColumn(c.t("Nhập", "In"), width: .fit(min: 4, max: 6), alignment: .right, priority: 5),
            TableColumn(c.t("Tấn", "Tonnes"), width: .fit(min: 5, max: 10), alignment: .right, priority: 6),
            TableColumn("USD", width: .fit(min: 6, max: 12), alignment: .right, priority: 3),
        ]
        let tableRows = rows.map { r in
            TableRow([
                TableCell(r.cargo), TableCell(Formats.integer(r.counts.vehicles, c.lang)), "",
                TableCell(Formats.integer(r.counts.export, c.lang)),
                TableCell(Formats.integer(r.counts.import, c.lang)),
                TableCell(Formats.decimal(r.counts.tonnes, 1, c.lang)),
                TableCell(Formats.usdShort(r.counts.valueUSD, c.lang)),
            ])
        }
        let (offset, slots) = ListView(
            columns: columns, rows: tableRows, list: screen.list, index: 0, showSelection: true,
            emptyMessage: c.t("Không có xe qua cửa khẩu ngày này", "No crossings that day")
        )
        .draw(in: rest, &out)
        if let share = slots.first(where: { $0.column == 2 }) {
            for i in offset..<min(rows.count, offset + max(0, rest.height - 1)) {
                let f = rows[i].share
                // Bars keep their own look in the selected row: reversed,
                // they would be resent on every move (bytes over SSH).
                Gauge(
                    fraction: f ?? 0, label: Formats.percent(fraction: f, c.lang, decimals: 0),
                    fillStyle: .barFill
                )
                .render(in: ListView.cell(share, row: i, offset: offset, in: rest), on: &out.canvas)
            }
        }
    }
}
