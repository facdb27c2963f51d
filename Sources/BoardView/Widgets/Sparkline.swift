/// A run of values drawn as bars one column wide, e.g. a gate's last twelve
/// months of trade: `▁▂▄▃▅▇█▆`.
///
/// Values are scaled to the largest (or to `maxValue`); zero, negative and
/// all-zero runs draw the lowest bar, so a value that exists is never
/// invisible; a missing value (nil, NaN) draws a space. When there are more
/// values than columns, the last ones are shown (the most recent). An area
/// taller than one row stacks eighth blocks for a finer picture. ASCII uses
/// the ramp `_.-=^` on one row and `#` below the top on several.
public struct Sparkline: Widget {
    public var values: [Double?]
    /// The value drawn full height; default the largest value.
    public var maxValue: Double?
    public var style: Style

    public init(_ values: [Double?], maxValue: Double? = nil, style: Style = .barFill) {
        self.values = values
        self.maxValue = maxValue
        self.style = style
    }

    /// `_.-=^`, lowest to highest.
    static let asciiRamp = ["_", ".", "-", "=", "^"]

    public func render(in area: Rect, on canvas: inout Canvas) {
        let a = area.intersection(canvas.bounds)
        guard !a.isEmpty else { return }
        let shown = values.suffix(a.width)
        let top = maxValue ?? shown.compactMap { $0 }.filter { !$0.isNaN }.max() ?? 0
        let levels = a.height * (canvas.charset == .ascii ? Self.asciiRamp.count : 8)
        for (i, value) in shown.enumerated() {
            guard let v = value, !v.isNaN else { continue }
            let level = Self.level(v, max: top, levels: levels)
            for row in 0..<a.height {
                let y = a.maxY - 1 - row
                if let g = glyph(level: level, row: row, charset: canvas.charset) {
                    canvas.put(g, x: a.x + i, y: y, style: style, clip: a)
                }
            }
        }
    }

    /// 1…levels: how high a value reaches, the lowest level for zero.
    static func level(_ v: Double, max top: Double, levels: Int) -> Int {
        guard top > 0, top.isFinite, v > 0 else { return 1 }
        let f = BarGlyphs.clamp(v / top)
        return 1 + Int((f * Double(levels - 1)).rounded())
    }

    /// The glyph of row `row` (0 = bottom) of a column reaching `level`.
    private func glyph(level: Int, row: Int, charset: Charset) -> String? {
        if charset == .ascii {
            let per = Self.asciiRamp.count
            let filled = level - row * per
            if filled <= 0 { return nil }
            return filled >= per && level > (row + 1) * per ? "#" : Self.asciiRamp[min(filled, per) - 1]
        }
        let filled = level - row * 8
        if filled <= 0 { return nil }
        return BarGlyphs.verticalEighths[min(filled, 8)]
    }
}
