import BoardModel

/// Styled pieces of one line of text, drawn left to right and cut with
/// `…` at the end of the row: the summary lines above a list.
struct Spans {
    var parts: [(text: String, style: Style)] = []

    init(_ parts: [(String, Style)] = []) { self.parts = parts.map { (text: $0.0, style: $0.1) } }

    mutating func add(_ text: String, _ style: Style = .normal) { parts.append((text, style)) }
    mutating func add(_ other: Spans) { parts += other.parts }

    func width(_ charset: Charset) -> Int { parts.reduce(0) { $0 + TextLayout.width($1.text, charset: charset) } }

    /// Draws the pieces on `row`; a line too long ends in `…`. Returns
    /// the columns used.
    @discardableResult
    func draw(in row: Rect, _ out: inout FrameBuilder) -> Int {
        guard !row.isEmpty else { return 0 }
        let cs = out.canvas.charset
        var x = row.x
        for (i, p) in parts.enumerated() {
            let room = row.maxX - x
            guard room > 0 else { break }
            let more = parts[(i + 1)...].contains { !$0.text.isEmpty }
            // A piece that ends exactly at the edge with more to come is
            // cut, so the reader sees the line goes on.
            let text = more && TextLayout.width(p.text, charset: cs) == room ? p.text + " " : p.text
            x += out.canvas.draw(text, x: x, y: row.y, style: p.style, clip: row)
        }
        return x - row.x
    }

    /// The first of `variants` that fits `width`, else the last.
    static func fitting(_ variants: [Spans], width: Int, _ charset: Charset) -> Spans {
        variants.first { $0.width(charset) <= width } ?? variants.last ?? Spans()
    }
}
