/// A horizontal bar showing a fraction of a whole, with an optional label
/// at its right and an optional marker, e.g. year-to-date trade against the
/// year's target, with the pace (where the year-to-date should be by now):
///
///     █████████████▌      │     47%
///
/// Partial cells use eighth blocks (`▏▎▍▌▋▊▉█`); ASCII draws `#` on `.`
/// rounded to whole cells and the marker as `|`. Fractions are clamped to
/// 0…1 (NaN counts as 0), so a bad figure draws an empty bar, not a crash.
/// The bar fills every row of the area; the label sits on the middle row.
public struct Gauge: Widget {
    public var fraction: Double
    public var label: String
    /// Where to draw the marker, as a fraction of the bar; nil for none.
    public var marker: Double?
    public var fillStyle: Style
    public var emptyStyle: Style
    public var markerStyle: Style
    public var labelStyle: Style

    public init(
        fraction: Double, label: String = "", marker: Double? = nil, fillStyle: Style = .barFill,
        emptyStyle: Style = .barEmpty, markerStyle: Style = .accent, labelStyle: Style = .normal
    ) {
        self.fraction = fraction
        self.label = label
        self.marker = marker
        self.fillStyle = fillStyle
        self.emptyStyle = emptyStyle
        self.markerStyle = markerStyle
        self.labelStyle = labelStyle
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let a = area.intersection(canvas.bounds)
        guard !a.isEmpty else { return }
        let labelWidth = label.isEmpty ? 0 : TextLayout.width(label, charset: canvas.charset)
        let middle = a.y + (a.height - 1) / 2
        var barWidth = a.width
        if labelWidth > 0 {
            // A bar of one cell says less than the label: keep the label.
            guard a.width >= labelWidth + 2 else {
                canvas.draw(label, x: a.x, y: middle, style: labelStyle, clip: a)
                return
            }
            barWidth = a.width - labelWidth - 1
            canvas.draw(label, x: a.maxX - labelWidth, y: middle, style: labelStyle, clip: a)
        }
        for y in a.y..<a.maxY {
            BarGlyphs.drawHorizontal(
                fraction, x: a.x, y: y, cells: barWidth, fill: fillStyle,
                emptyStyle: emptyStyle, on: &canvas, clip: a)
            if let m = marker, !m.isNaN {
                let col = min(barWidth - 1, Int(BarGlyphs.clamp(m) * Double(barWidth)))
                canvas.put(canvas.charset == .ascii ? "|" : "│", x: a.x + col, y: y, style: markerStyle, clip: a)
            }
        }
    }
}
