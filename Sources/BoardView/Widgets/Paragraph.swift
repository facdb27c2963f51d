/// Wrapped text in a rectangle, scrolled by whole wrapped rows, each line
/// with its own style: a task's progress notes, the help screen, an error.
///
/// Each `Line` may hold line breaks of its own (a note with paragraphs);
/// they start new rows. With `wrap` off, rows longer than the area are cut
/// with `…` instead.
public struct Paragraph: Widget {
    public struct Line: Hashable, Sendable {
        public var text: String
        public var style: Style

        public init(_ text: String, style: Style = .normal) {
            self.text = text
            self.style = style
        }
    }

    public var lines: [Line]
    /// Wrapped rows to skip from the top; clamped when drawing so that the
    /// last row never scrolls above the bottom.
    public var scroll: Int
    public var wrap: Bool
    public var alignment: TextLayout.Alignment

    public init(_ lines: [Line], scroll: Int = 0, wrap: Bool = true, alignment: TextLayout.Alignment = .left) {
        self.lines = lines
        self.scroll = scroll
        self.wrap = wrap
        self.alignment = alignment
    }

    public init(
        _ text: String, style: Style = .normal, scroll: Int = 0, wrap: Bool = true,
        alignment: TextLayout.Alignment = .left
    ) {
        self.init([Line(text, style: style)], scroll: scroll, wrap: wrap, alignment: alignment)
    }

    /// The rows as drawn in `width` columns: the screen uses the count to
    /// bound its scroll state.
    public func rows(width: Int, charset: Charset = .unicode) -> [Line] {
        guard width > 0 else { return [] }
        var out: [Line] = []
        for line in lines {
            let texts =
                wrap
                ? TextLayout.wrap(line.text, width: width, charset: charset)
                : TextLayout.wrap(line.text, width: Int.max, charset: charset)
            out += texts.map { Line($0, style: line.style) }
        }
        return out
    }

    /// The largest useful scroll for `rowCount` rows in `height` rows.
    public static func maxScroll(rowCount: Int, height: Int) -> Int { max(0, rowCount - max(0, height)) }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let a = area.intersection(canvas.bounds)
        guard !a.isEmpty else { return }
        let all = rows(width: a.width, charset: canvas.charset)
        let first = min(max(0, scroll), Self.maxScroll(rowCount: all.count, height: a.height))
        for (r, row) in all.dropFirst(first).prefix(a.height).enumerated() {
            let w = TextLayout.width(row.text, charset: canvas.charset)
            let x = TextLayout.start(x: a.x, width: a.width, textWidth: w, alignment)
            canvas.draw(row.text, x: x, y: a.y + r, style: row.style, clip: a)
        }
    }
}
