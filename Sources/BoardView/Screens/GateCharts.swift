import BoardModel

/// Words for a figure beside the same period last year.
enum Comparison {
    /// `Cùng kỳ 2023  248 tr USD · +86,3%`, or why there is no figure.
    static func fact(
        _ lastYear: Double?, change: Double?, money: (Double) -> String, _ c: Ctx
    ) -> (String, String, Style) {
        let label = c.t("Cùng kỳ \(c.asOf.year - 1)", "Same period \(c.asOf.year - 1)")
        guard let lastYear else {
            return (
                label,
                c.t(
                    "chưa đủ số liệu tháng 1–\(c.asOf.month)/\(c.asOf.year - 1)",
                    "months 1–\(c.asOf.month) of \(c.asOf.year - 1) are not all in the data"), .dim
            )
        }
        let pct = change.map { " · " + Formats.change($0, c.lang) } ?? ""
        return (label, money(lastYear) + pct, .normal)
    }

    /// The legend names of a chart of last year beside this year.
    static func years(_ c: Ctx) -> [String] { [String(c.asOf.year - 1), String(c.asOf.year)] }
}

/// The gate screen's charts: monthly trade beside last year's and
/// vehicles per hour on the as-of date; below them vehicles per day over
/// the last 30 days and per week over the last 26, exports beside imports.
/// Side by side when the screen is wide, else the left ones only.
enum GateCharts {
    static let lastYear = Style.dim
    static let thisYear = Style.barFill
    static let export = Style.barFill
    static let `import` = Style.accent

    /// Draws as many rows of charts as leave the cargo table room; returns
    /// the area left below them.
    static func draw(
        gate id: String, row: TradeSummary.GateRow?, crossings: CrossingSummary.GateRow?, _ c: Ctx, in area: Rect,
        _ out: inout FrameBuilder
    ) -> Rect {
        // The cargo table keeps a heading, its header and four rows.
        let room = area.height - 6
        let rows = room >= 2 * 6 ? 2 : (room >= 5 ? 1 : 0)
        guard rows > 0 else { return area }
        let height = min(10, room / rows)
        var rest = area
        let wide = area.width >= 90
        for r in 0..<rows {
            let (band, below) = rest.splitTop(height)
            rest = below.splitTop(1).rest
            let (left, right) =
                wide ? band.splitLeft(band.width / 2) : (band, Rect(x: 0, y: 0, width: 0, height: 0))
            if r == 0 {
                monthly(row, c, in: left, &out)
                if wide { hourly(crossings, c, in: right.inset(dx: 1, dy: 0), &out) }
            } else {
                days(id, c, in: left, &out)
                if wide { weeks(id, c, in: right.inset(dx: 1, dy: 0), &out) }
            }
        }
        return rest
    }

    /// A heading, then the chart under it (inset by one column).
    static func section(_ title: String, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) -> Rect {
        Detail.heading(title, c, in: area.splitTop(1).top, &out)
        return area.splitTop(1).rest.inset(dx: 1, dy: 0)
    }

    static func monthly(_ row: TradeSummary.GateRow?, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let plot = section(c.t("Kim ngạch theo tháng (USD)", "Trade by month (USD)"), c, in: area, &out)
        guard let m = row?.monthly, !m.lastYear.isEmpty, let top = m.peak else {
            return Detail.none(
                c.t(
                    "Chưa có số liệu kim ngạch năm \(c.asOf.year - 1)–\(c.asOf.year)",
                    "No trade figures in \(c.asOf.year - 1)–\(c.asOf.year)"), in: plot, &out)
        }
        GroupedBarChart(
            [m.lastYear, m.thisYear], styles: [lastYear, thisYear], labels: (1...12).map(String.init),
            names: Comparison.years(c), maxLabel: Formats.usdShort(top, c.lang)
        ).render(in: plot, on: &out.canvas)
    }

    static func hourly(_ x: CrossingSummary.GateRow?, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let date = Formats.date(c.asOf, c.lang)
        let plot = section(c.t("Xe theo giờ ngày \(date)", "Vehicles per hour on \(date)"), c, in: area, &out)
        guard let byHour = x?.byHour else { return Detail.none(noneThatDay(c), in: plot, &out) }
        BarChart(byHour.map { Double($0) }, labels: (0..<24).map(String.init), maxBarWidth: 2)
            .render(in: plot, on: &out.canvas)
    }

    static func days(_ id: String, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let h = c.summary.crossings.history
        let days = h.days
        let title = c.t("Xe theo ngày (30 ngày)", "Vehicles per day (30 days)")
        let plot = section(title + since(h, from: days[0], c), c, in: area, &out)
        // Day numbers; the first drawn and the first of each month drawn
        // with its month and year, as the 30 days may cross both.
        let axis = AxisLabels(
            labels: days.map { String($0.day) }, longLabels: days.map { Formats.date($0, c.lang) },
            periods: days.map { $0.year * 12 + $0.month })
        flows(h.gate(id)?.days ?? [], axis: axis, c, empty: ("30 ngày này", "those 30 days"), in: plot, &out)
    }

    static func weeks(_ id: String, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let h = c.summary.crossings.history
        let ends = h.weekEnds
        let first = ends[0] + -6
        // Each week is the 7 days ending on the date under its bars.
        let title = c.t("Xe theo tuần (26 tuần)", "Vehicles per week (26 weeks)")
        let plot = section(title + since(h, from: first, c), c, in: area, &out)
        let labels = ends.map {
            c.lang == .vi ? "\(pad2($0.day))/\(pad2($0.month))" : "\(pad2($0.month))-\(pad2($0.day))"
        }
        // The first drawn and the first drawn in a new year with the year.
        let axis = AxisLabels(
            labels: labels, longLabels: ends.map { Formats.date($0, c.lang) }, periods: ends.map(\.year))
        flows(h.gate(id)?.weeks ?? [], axis: axis, c, empty: ("26 tuần này", "those 26 weeks"), in: plot, &out)
    }

    /// ` · nhật ký từ 29/03/2024` when the logs start inside the span.
    static func since(_ h: CrossingHistory, from first: Day, _ c: Ctx) -> String {
        guard let covered = h.covered, covered.lowerBound > first, covered.lowerBound <= c.asOf else { return "" }
        let d = Formats.date(covered.lowerBound, c.lang)
        return c.t(" · nhật ký từ \(d)", " · log from \(d)")
    }

    static func flows(
        _ values: [CrossingHistory.Flow?], axis: AxisLabels, _ c: Ctx, empty: (String, String), in area: Rect,
        _ out: inout FrameBuilder
    ) {
        guard values.contains(where: { $0 != nil }) else {
            return Detail.none(noCrossings(c, empty.0, empty.1), in: area, &out)
        }
        // Covered days without a single vehicle: said, not drawn as empty axes.
        guard values.contains(where: { ($0?.vehicles ?? 0) > 0 }) else {
            return Detail.none(
                c.t("Không có xe qua cửa khẩu trong \(empty.0)", "No crossings in \(empty.1)"), in: area, &out)
        }
        let exports = values.map { $0.map { Double($0.export) } }
        let imports = values.map { $0.map { Double($0.import) } }
        GroupedBarChart(
            [exports, imports], styles: [export, `import`], labels: axis.labels, longLabels: axis.longLabels,
            periods: axis.periods,
            names: [c.t("xuất", "out"), c.t("nhập", "in")], maxBarWidth: 1
        ).render(in: area, on: &out.canvas)
    }

    static func noCrossings(_ c: Ctx, _ vi: String, _ en: String) -> String {
        c.t("Không có nhật ký xe qua cửa khẩu \(vi)", "No crossing log for \(en)")
    }

    /// No vehicle that day, or no log of that day at all.
    static func noneThatDay(_ c: Ctx) -> String {
        c.summary.crossings.isCovered
            ? c.t("Không có xe qua cửa khẩu ngày này", "No crossings that day") : noCrossings(c, "ngày này", "that day")
    }

    static func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
