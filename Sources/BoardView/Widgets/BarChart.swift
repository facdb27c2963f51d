/// Vertical bars, e.g. twelve to fifteen months of trade or the 24 hours of
/// today's crossings, with the value axis's top labelled and x labels
/// under the bars:
///
///     120│      ▄ █
///        │  ▂ ▆ █ █
///       0│▁ █ █ █ █
///         1   3   5
///
/// Bars are as wide as fits (up to `maxBarWidth`) with a one-column gap
/// when there is room; with more values than columns the last ones are
/// shown. X labels are drawn every k-th bar for the smallest k at which no
/// two collide. Bar tops use eighth blocks; ASCII draws `#` rounded to
/// whole cells. A missing value (nil, NaN) leaves its slot empty; a value
/// above zero always shows at least a sliver.
public struct BarChart: Widget {
    public var values: [Double?]
    /// One label per value (the month number, the hour); may be shorter.
    public var labels: [String]
    /// The value drawn full height; default the largest value.
    public var maxValue: Double?
    /// The text at the top of the value axis; default the max, rounded;
    /// `""` for no axis at all.
    public var maxLabel: String?
    /// A bar to draw in `highlightStyle` (the as-of month).
    public var highlighted: Int?
    public var maxBarWidth: Int
    public var style: Style
    public var highlightStyle: Style

    public init(
        _ values: [Double?], labels: [String] = [], maxValue: Double? = nil, maxLabel: String? = nil,
        highlighted: Int? = nil, maxBarWidth: Int = 3, style: Style = .barFill,
        highlightStyle: Style = .accent
    ) {
        self.values = values
        self.labels = labels
        self.maxValue = maxValue
        self.maxLabel = maxLabel
        self.highlighted = highlighted
        self.maxBarWidth = maxBarWidth
        self.style = style
        self.highlightStyle = highlightStyle
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let a = area.intersection(canvas.bounds)
        guard !a.isEmpty, !values.isEmpty else { return }
        let cs = canvas.charset
        let top = maxValue ?? values.compactMap { $0 }.filter { $0.isFinite }.max() ?? 0
        let hasLabels = !labels.isEmpty && a.height >= 3
        let chartHeight = a.height - (hasLabels ? 1 : 0)

        // The value axis: the max label, a line, and 0 at the bottom.
        let axisText = maxLabel ?? Self.compact(top)
        let axisWidth = max(TextLayout.width(axisText, charset: cs), chartHeight > 1 ? 1 : 0) + 1
        let showAxis = !axisText.isEmpty && a.width - axisWidth >= min(values.count, 8)
        let plotX = showAxis ? a.x + axisWidth : a.x
        let plotWidth = a.maxX - plotX
        if showAxis {
            let lineX = plotX - 1
            for y in a.y..<(a.y + chartHeight) {
                canvas.put(cs == .ascii ? "|" : "│", x: lineX, y: y, style: .dim, clip: a)
            }
            canvas.draw(
                TextLayout.alignRight(axisText, width: axisWidth - 1, charset: cs), x: a.x, y: a.y,
                style: .dim, clip: a)
            if chartHeight > 1 {
                canvas.draw(
                    TextLayout.alignRight("0", width: axisWidth - 1), x: a.x, y: a.y + chartHeight - 1,
                    style: .dim, clip: a)
            }
        }

        let geometry = Self.geometry(count: values.count, width: plotWidth, maxBarWidth: maxBarWidth)
        let firstShown = values.count - geometry.shown
        for k in 0..<geometry.shown {
            let i = firstShown + k
            guard let v = values[i], v.isFinite else { continue }
            let x = plotX + k * (geometry.barWidth + geometry.gap)
            let st = i == highlighted ? highlightStyle : style
            Self.drawBar(
                v, max: top, x: x, width: geometry.barWidth, height: chartHeight, style: st, on: &canvas, clip: a)
        }
        if hasLabels {
            drawLabels(
                firstShown: firstShown, geometry: geometry, plotX: plotX, y: a.y + chartHeight,
                on: &canvas, clip: a)
        }
    }

    /// How many bars fit, how wide, and with what gap.
    static func geometry(count n: Int, width: Int, maxBarWidth: Int) -> (shown: Int, barWidth: Int, gap: Int) {
        guard n > 0, width > 0 else { return (0, 1, 0) }
        if width < n { return (width, 1, 0) }
        let gap = width >= 2 * n - 1 ? 1 : 0
        let barWidth = max(1, min(max(1, maxBarWidth), (width - gap * (n - 1)) / n))
        return (n, barWidth, gap)
    }

    /// One bar from the bottom of `clip` up, `height` rows at most:
    /// eighth blocks, or `asciiGlyph` in whole cells.
    static func drawBar(
        _ v: Double, max top: Double, x: Int, width: Int, height: Int, style: Style,
        asciiGlyph: String = "#", on canvas: inout Canvas, clip: Rect
    ) {
        let cs = canvas.charset
        let f = top > 0 && top.isFinite ? BarGlyphs.clamp(v / top) : 0
        var eighths: Int
        if cs == .ascii {
            eighths = Int((f * Double(height)).rounded()) * 8
            if v > 0 && eighths == 0 { eighths = 8 }
        } else {
            eighths = Int((f * Double(height) * 8).rounded())
            if v > 0 && eighths == 0 { eighths = 1 }
        }
        for row in 0..<height {
            let filled = eighths - row * 8
            if filled <= 0 { break }
            let g = cs == .ascii ? asciiGlyph : BarGlyphs.verticalEighths[min(filled, 8)]
            for dx in 0..<width {
                canvas.put(g, x: x + dx, y: clip.y + height - 1 - row, style: style, clip: clip)
            }
        }
    }

    private func drawLabels(
        firstShown: Int, geometry g: (shown: Int, barWidth: Int, gap: Int), plotX: Int, y: Int,
        on canvas: inout Canvas, clip: Rect
    ) {
        let cs = canvas.charset
        // Where each shown bar's label would go: (start, width, text).
        var spots: [(x: Int, width: Int, text: String)?] = []
        for k in 0..<g.shown {
            let i = firstShown + k
            guard i < labels.count, !labels[i].isEmpty else {
                spots.append(nil)
                continue
            }
            let w = TextLayout.width(labels[i], charset: cs)
            let barX = plotX + k * (g.barWidth + g.gap)
            spots.append((max(plotX, barX + (g.barWidth - w) / 2), w, labels[i]))
        }
        let stride =
            (1...max(1, g.shown)).first { k in
                var end = Int.min
                for j in Swift.stride(from: 0, to: spots.count, by: k) {
                    guard let s = spots[j] else { continue }
                    if s.x < end + 1 || s.x + s.width > clip.maxX { return false }
                    end = s.x + s.width
                }
                return true
            } ?? max(1, g.shown)
        for j in Swift.stride(from: 0, to: spots.count, by: stride) {
            guard let s = spots[j] else { continue }
            canvas.draw(s.text, x: s.x, y: y, style: .dim, clip: clip)
        }
    }

    /// A short rendering of the axis maximum: whole numbers from 10 up,
    /// one decimal below (screens usually pass their own `maxLabel`).
    static func compact(_ v: Double) -> String {
        guard v.isFinite, abs(v) < 1e15 else { return "" }
        if v < 0 { return "-" + compact(-v) }
        if abs(v) >= 10 || v == v.rounded() { return String(Int(v.rounded())) }
        let tenths = Int((v * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
