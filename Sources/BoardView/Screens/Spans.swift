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

extension Spans {
    /// `prefix`, then `text` wrapped in the columns after it, its
    /// continuation rows indented under the text (a progress report's
    /// note beside its date, a link's name beside its role):
    ///
    ///     28/03/2024   70%  Dự thảo phương án đã lấy ý kiến Công an tỉnh,
    ///                       Sở Giao thông Vận tải. — Nguyễn Văn A
    ///
    /// `tail` ends the last row after a space when it fits there, else it
    /// takes a row of its own, indented too. Every row after the first
    /// starts with its indent as a part of its own (`continuation`).
    static func hanging(
        _ prefix: Spans, _ text: String, style: Style, tail: (text: String, style: Style)? = nil, width: Int,
        _ charset: Charset
    ) -> [Spans] {
        let indent = prefix.width(charset)
        let lines = TextLayout.wrap(text, width: width - indent, charset: charset)
        guard !lines.isEmpty else { return [prefix] }
        let pad = String(repeating: " ", count: indent)
        var rows = lines.enumerated().map { i, line in
            i == 0 ? prefix + Spans([(line, style)]) : Spans([(pad, style), (line, style)])
        }
        guard let tail, let last = lines.last else { return rows }
        let room = width - indent - TextLayout.width(last, charset: charset) - 1
        if room >= TextLayout.width(tail.text, charset: charset) {
            rows[rows.count - 1].add((last.isEmpty ? "" : " ") + tail.text, tail.style)
        } else {
            rows.append(Spans([(pad, tail.style), (tail.text, tail.style)]))
        }
        return rows
    }

    /// A continuation row of `hanging` without its indent.
    var continuation: Spans { Spans(parts.dropFirst().map { ($0.text, $0.style) }) }

    static func + (a: Spans, b: Spans) -> Spans {
        var s = a
        s.add(b)
        return s
    }
}
