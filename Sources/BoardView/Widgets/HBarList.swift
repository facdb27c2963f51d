/// Labelled horizontal bars, one per row, with the figure at the right,
/// e.g. a gate's cargo mix:
///
///     Nông sản   ███████████▌      41,2%
///     Than       ████▏             15,0%
///
/// Bars are scaled to the largest value (or `maxValue`). The label column
/// takes at most two fifths of the width; when the bar would be narrower
/// than two cells it is left out, so label and figure stay readable.
/// Rows beyond the area's height are not drawn.
public struct HBarList: Widget {
    public struct Item: Hashable, Sendable {
        public var label: String
        public var value: Double
        public var valueText: String
        /// The bar's style; default the list's `barStyle`.
        public var style: Style?

        public init(_ label: String, value: Double, valueText: String, style: Style? = nil) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.style = style
        }
    }

    public var items: [Item]
    public var maxValue: Double?
    public var labelStyle: Style
    public var barStyle: Style
    public var valueStyle: Style

    public init(
        _ items: [Item], maxValue: Double? = nil, labelStyle: Style = .normal,
        barStyle: Style = .barFill, valueStyle: Style = .normal
    ) {
        self.items = items
        self.maxValue = maxValue
        self.labelStyle = labelStyle
        self.barStyle = barStyle
        self.valueStyle = valueStyle
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let a = area.intersection(canvas.bounds)
        guard !a.isEmpty, !items.isEmpty else { return }
        let cs = canvas.charset
        let top = maxValue ?? items.map(\.value).filter { $0.isFinite }.max() ?? 0
        let labelNeed = items.map { TextLayout.width($0.label, charset: cs) }.max() ?? 0
        let valueWidth = min(a.width, items.map { TextLayout.width($0.valueText, charset: cs) }.max() ?? 0)
        var labelWidth = min(labelNeed, a.width * 2 / 5)
        var barWidth = a.width - labelWidth - valueWidth - (labelWidth > 0 ? 1 : 0) - (valueWidth > 0 ? 1 : 0)
        if barWidth < 2 {
            barWidth = 0
            labelWidth = max(0, min(labelNeed, a.width - valueWidth - 1))
        }
        for (row, item) in items.prefix(a.height).enumerated() {
            let y = a.y + row
            if labelWidth > 0 {
                canvas.draw(item.label, x: a.x, y: y, style: labelStyle, maxWidth: labelWidth, clip: a)
            }
            if barWidth > 0 {
                let f = top > 0 && top.isFinite ? item.value / top : 0
                BarGlyphs.drawHorizontal(
                    f, x: a.x + (labelWidth > 0 ? labelWidth + 1 : 0), y: y, cells: barWidth,
                    fill: item.style ?? barStyle, emptyStyle: .normal, on: &canvas, clip: a)
            }
            if valueWidth > 0 {
                let w = TextLayout.width(item.valueText, charset: cs)
                canvas.draw(
                    item.valueText, x: a.maxX - min(w, valueWidth), y: y, style: valueStyle,
                    maxWidth: valueWidth, clip: a)
            }
        }
    }
}
