/// The block characters bars are made of, shared by `Gauge`, `HBarList`,
/// `Sparkline` and `BarChart`, and the arithmetic that turns a fraction
/// into whole cells plus an eighth-block remainder.
enum BarGlyphs {
    /// `▏▎▍▌▋▊▉█`: 1/8 … 8/8 of a cell, filled from the left (index 0 unused).
    static let horizontalEighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    /// `▁▂▃▄▅▆▇█`: 1/8 … 8/8 of a cell, filled from the bottom (index 0 unused).
    static let verticalEighths = ["", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A fraction made safe to draw: NaN and negatives → 0, above 1 → 1.
    static func clamp(_ f: Double) -> Double {
        guard !f.isNaN else { return 0 }
        return min(max(f, 0), 1)
    }

    /// Eighths of a cell covered by `fraction` of `cells` cells, rounded to
    /// the nearest eighth (and to whole cells in ASCII, which has no
    /// partial blocks).
    static func eighths(_ fraction: Double, cells: Int, charset: Charset) -> Int {
        let f = clamp(fraction)
        guard cells > 0 else { return 0 }
        if charset == .ascii { return Int((f * Double(cells)).rounded()) * 8 }
        return Int((f * Double(cells) * 8).rounded())
    }

    /// The glyph of cell `i` of a horizontal bar covering `eighths`: full,
    /// partial, or nil for an empty cell.
    static func horizontalCell(_ i: Int, eighths: Int, charset: Charset) -> String? {
        let filled = eighths - i * 8
        if filled <= 0 { return nil }
        if charset == .ascii { return "#" }
        return horizontalEighths[min(filled, 8)]
    }

    /// Draws a one-row horizontal bar from (x, y), `cells` wide, filled to
    /// `fraction`; empty cells are `empty` in `emptyStyle`.
    static func drawHorizontal(
        _ fraction: Double, x: Int, y: Int, cells: Int, fill: Style, emptyStyle: Style,
        on canvas: inout Canvas, clip: Rect
    ) {
        let cs = canvas.charset
        let units = eighths(fraction, cells: cells, charset: cs)
        let empty = cs == .ascii ? "." : " "
        for i in 0..<max(0, cells) {
            if let g = horizontalCell(i, eighths: units, charset: cs) {
                canvas.put(g, x: x + i, y: y, style: fill, clip: clip)
            } else {
                canvas.put(empty, x: x + i, y: y, style: emptyStyle, clip: clip)
            }
        }
    }
}
