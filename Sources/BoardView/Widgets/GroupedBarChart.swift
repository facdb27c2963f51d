/// Bars in groups, one bar per series in each slot, side by side: last
/// year beside this year for each month, exports beside imports for each
/// day. The value axis is labelled at the top as in `BarChart`; the slots'
/// labels go under the groups, and the legend (each series' name after
/// its bar glyph) at the right end of that row when it fits:
///
///     212│         ▄█ ▆█
///        │ ▂▄ ▆▇ █████
///       0│▁▃▅▆▇█████
///         1  2  3  4    ▆2023 ▆2024
///
/// The legend is never dropped for the labels: when the series are years,
/// it is what says which years the bars are. An axis that runs across
/// months or years (days, weeks) gives each slot a `period` and a long
/// label; the first label drawn, and the first drawn in each new period,
/// is the long one (`02/03/2024  11  20  01/04/2024`), so the year is
/// always on the axis.
///
/// Series are told apart by their style and by their place in the group
/// (the first on the left); in ASCII by their glyphs (`+`, `#`).
public struct GroupedBarChart: Widget {
    /// `series[k][slot]`; nil (or NaN) leaves the bar out.
    public var series: [[Double?]]
    public var styles: [Style]
    /// One label per slot (may be shorter).
    public var labels: [String]
    /// The label with the year (or month) the short one leaves out, one
    /// per slot; empty: the short labels only.
    public var longLabels: [String]
    /// Each slot's period (e.g. its year); a drawn label whose period
    /// differs from the previous drawn one's is the long one.
    public var periods: [Int]
    /// Each series' name, for the legend (empty: no legend).
    public var names: [String]
    /// The text at the top of the value axis (`""`: no axis).
    public var maxLabel: String?
    public var maxBarWidth: Int

    public init(
        _ series: [[Double?]], styles: [Style], labels: [String] = [], longLabels: [String] = [],
        periods: [Int] = [], names: [String] = [], maxLabel: String? = nil, maxBarWidth: Int = 2
    ) {
        self.series = series
        self.styles = styles
        self.labels = labels
        self.longLabels = longLabels
        self.periods = periods
        self.names = names
        self.maxLabel = maxLabel
        self.maxBarWidth = maxBarWidth
    }

    /// The ASCII glyph of series `k`.
    static func asciiGlyph(_ k: Int) -> String { ["+", "#", "=", "%"][k % 4] }

    /// The largest value of every series.
    public var peak: Double? { series.flatMap { $0 }.compactMap { $0 }.filter(\.isFinite).max() }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let a = area.intersection(canvas.bounds)
        let k = series.count
        let slots = series.map(\.count).max() ?? 0
        guard !a.isEmpty, k > 0, slots > 0 else { return }
        let cs = canvas.charset
        let top = peak ?? 0
        let hasLabels = a.height >= 3
        let chartHeight = a.height - (hasLabels ? 1 : 0)
        let axisText = maxLabel ?? BarChart.compact(top)
        let axisWidth = max(TextLayout.width(axisText, charset: cs), chartHeight > 1 ? 1 : 0) + 1
        let showAxis = !axisText.isEmpty && a.width - axisWidth >= min(slots * k, 8)
        let plotX = showAxis ? a.x + axisWidth : a.x
        let plotWidth = a.maxX - plotX
        if showAxis {
            for y in a.y..<(a.y + chartHeight) {
                canvas.put(cs == .ascii ? "|" : "│", x: plotX - 1, y: y, style: .dim, clip: a)
            }
            canvas.draw(
                TextLayout.alignRight(axisText, width: axisWidth - 1, charset: cs), x: a.x, y: a.y, style: .dim,
                clip: a)
            if chartHeight > 1 {
                canvas.draw(
                    TextLayout.alignRight("0", width: axisWidth - 1), x: a.x, y: a.y + chartHeight - 1, style: .dim,
                    clip: a)
            }
        }
        // Groups as wide as fit, a gap between groups when there is room;
        // with too many groups, the last ones.
        let shown: Int
        var barWidth = 1
        var gap = 0
        if plotWidth < slots * k {
            shown = max(0, plotWidth / k)
        } else {
            shown = slots
            gap = plotWidth >= slots * k + slots - 1 ? 1 : 0
            barWidth = max(1, min(max(1, maxBarWidth), (plotWidth - gap * (slots - 1)) / (slots * k)))
        }
        let perGroup = barWidth * k
        let first = slots - shown
        for j in 0..<shown {
            let slot = first + j
            let x = plotX + j * (perGroup + gap)
            for s in 0..<k {
                guard slot < series[s].count, let v = series[s][slot], v.isFinite else { continue }
                BarChart.drawBar(
                    v, max: top, x: x + s * barWidth, width: barWidth, height: chartHeight,
                    style: s < styles.count ? styles[s] : .barFill, asciiGlyph: Self.asciiGlyph(s), on: &canvas,
                    clip: a)
            }
        }
        guard hasLabels else { return }
        let y = a.y + chartHeight
        // The legend at the row's right end whenever it fits the row: the
        // labels take what it leaves.
        var labelsEnd = a.maxX
        if !names.isEmpty {
            let parts = names.enumerated().map { s, name in
                (
                    glyph: cs == .ascii ? Self.asciiGlyph(s) : "▆", name: name,
                    style: s < styles.count ? styles[s] : .barFill
                )
            }
            let width = parts.reduce(0) { $0 + 1 + TextLayout.width($1.name, charset: cs) } + parts.count - 1
            if width <= a.width {
                var x = a.maxX - width
                labelsEnd = x - 1
                for (i, p) in parts.enumerated() {
                    if i > 0 { x += 1 }
                    x += canvas.draw(p.glyph, x: x, y: y, style: p.style, clip: a)
                    x += canvas.draw(p.name, x: x, y: y, style: .dim, clip: a)
                }
            }
        }
        let clip = Rect(x: a.x, y: y, width: max(0, labelsEnd - a.x), height: 1)
        let starts = (0..<shown).map { j in plotX + j * (perGroup + gap) }
        AxisLabels(labels: labels, longLabels: longLabels, periods: periods)
            .draw(.init(first: first, starts: starts, width: perGroup, minX: plotX), y: y, on: &canvas, clip: clip)
    }
}
