import BoardModel

/// One gate: its figures, monthly trade beside last year's, vehicles per
/// hour on the as-of date and over the last 30 days and 26 weeks, and the
/// cargo mix that day (the list).
enum GateScreen: ListSource {
    enum Sort: Int, SortOrder {
        case vehicles, tonnes, cargo, value
        var column: Int? { [1, 5, 0, 6][rawValue] }
        var name: (vi: String, en: String) {
            switch self {
            case .value: return ("giá trị", "value")
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
        case .cargo: rows.sort { CollationKey($0.cargo) < CollationKey($1.cargo) }
        case .value: rows.sort { ($0.counts.valueUSD, $1.cargo) > ($1.counts.valueUSD, $0.cargo) }
        case .vehicles: break  // the summary's order
        }
        return list.directed(rows)
    }

    static func target(_ item: CrossingSummary.CargoRow, _ screen: ScreenState) -> ScreenPath? { nil }
    static func identity(_ item: CrossingSummary.CargoRow, _ screen: ScreenState) -> String? { item.cargo }

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
        if let r = row, r.ytdUSD != nil || r.last12Months.contains(where: { $0 != nil }) {
            facts.append(
                (
                    c.t("Lũy kế \(c.asOf.year)", "YTD \(c.asOf.year)"),
                    Formats.usd(r.ytdUSD, c.lang) + " (" + Formats.percent(fraction: r.share, c.lang)
                        + c.t(" toàn tỉnh)", " of all gates)"), .accent
                ))
            facts.append(
                Comparison.fact(r.samePeriodLastYearUSD, change: r.yoyPct, money: { Formats.usd($0, c.lang) }, c))
            facts.append(
                (
                    c.t("Xuất / nhập", "Export / import"),
                    Formats.usdShort(r.exportUSD, c.lang) + " / " + Formats.usdShort(r.importUSD, c.lang) + " USD",
                    .normal
                ))
            // Its own line, so that no figure is cut: export + import +
            // border trade is the year to date above.
            facts.append(
                (
                    c.t("Cư dân biên giới", "Border trade"),
                    r.borderTradeUSD.map { Formats.usdShort($0, c.lang) + " USD" } ?? "–", .normal
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
                }
                    ?? (c.summary.crossings.isCovered
                        ? c.t("không có xe ngày \(date)", "none on \(date)")
                        : c.t("nhật ký không có ngày \(date)", "the log does not cover \(date)")),
                .normal
            ))
        let mark = GatesPanel.mark(gate.status)
        facts.append((c.t("Trạng thái", "Status"), mark.symbol(c.charset) + " " + gate.status.name(c.lang), mark.style))
        facts.append((c.t("Loại", "Kind"), gate.kind.name(c.lang) + " · " + gate.district, .normal))
        if let cp = gate.counterpart { facts.append((c.t("Phía bạn", "Across the border"), cp, .normal)) }
        var rest = inner
        let used = Detail.facts(facts, c, in: rest, &out)
        rest = rest.splitTop(used + 1).rest
        rest = LinkedWorks.draw(screen, c, in: rest, &out)
        rest = GateCharts.draw(gate: id, row: row, crossings: crossings, c, in: rest, &out)
        // A heading over a table with no room for a row says nothing.
        guard rest.height >= 3 else { return }
        Detail.heading(cargoHeading(crossings?.counts, c), c, in: rest.splitTop(1).top, &out)
        rest = rest.splitTop(1).rest
        let rows = items(screen.lists[0], screen, c)
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
                TableCell(r.counts.knownTonnes.map { Formats.decimal($0, 1, c.lang) } ?? "–"),
                TableCell(Formats.usdShort(r.counts.knownValueUSD, c.lang)),
            ])
        }
        let (offset, slots, _) = ListView(
            columns: columns, rows: tableRows, list: screen.lists[0], index: 0, showSelection: screen.focus == 0,
            emptyMessage: GateCharts.noneThatDay(c), sortedColumn: Sort(screen.lists[0]).column
        )
        .draw(in: rest, &out)
        if let share = slots.first(where: { $0.column == 2 }) {
            let selected =
                screen.focus == 0 && !rows.isEmpty ? min(max(0, screen.lists[0].selection), rows.count - 1) : nil
            for i in offset..<min(rows.count, offset + max(0, rest.height - 1)) {
                let f = rows[i].share
                // The selected row is one highlight, its bar included.
                let inSelection = i == selected
                Gauge(
                    fraction: f ?? 0, label: Formats.percent(fraction: f, c.lang, decimals: 0),
                    fillStyle: inSelection ? .selected : .barFill, emptyStyle: inSelection ? .selected : .barEmpty,
                    labelStyle: inSelection ? .selected : .normal
                )
                .render(in: ListView.cell(share, row: i, offset: offset, in: rest), on: &out.canvas)
            }
        }
    }

    /// `Cargo mix on 2024-03-31 — 21 of 205 vehicles without a value, 11
    /// without tonnes`: the sums below leave those out, and say so.
    static func cargoHeading(_ counts: CrossingSummary.Counts?, _ c: Ctx) -> String {
        let date = Formats.date(c.asOf, c.lang)
        var text = c.t("Cơ cấu hàng hóa ngày \(date)", "Cargo mix on \(date)")
        guard let n = counts, n.withoutValue + n.withoutTonnes > 0 else { return text }
        var gaps: [String] = []
        if n.withoutValue > 0 {
            gaps.append(
                c.t(
                    "\(n.withoutValue)/\(n.vehicles) xe không có giá trị",
                    "\(n.withoutValue) of \(n.vehicles) vehicles without a value"))
        }
        if n.withoutTonnes > 0 {
            gaps.append(
                n.withoutValue > 0
                    ? c.t("\(n.withoutTonnes) không có khối lượng", "\(n.withoutTonnes) without tonnes")
                    : c.t(
                        "\(n.withoutTonnes)/\(n.vehicles) xe không có khối lượng",
                        "\(n.withoutTonnes) of \(n.vehicles) vehicles without tonnes"))
        }
        text += " — " + gaps.joined(separator: ", ")
        return text
    }
}
