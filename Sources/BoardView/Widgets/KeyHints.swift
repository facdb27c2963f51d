/// The footer line of key hints: `? help  / filter  q quit`, keys in
/// `Style.accent` on the footer bar.
///
/// Hints are listed most important first. They are shown in order while
/// they fit whole, and the first that does not fit ends the line: a hint is
/// never split, and the footer does not reshuffle as the terminal narrows.
public struct KeyHints: Widget {
    public struct Hint: Hashable, Sendable {
        public var key: String
        public var description: String

        public init(_ key: String, _ description: String) {
            self.key = key
            self.description = description
        }
    }

    public var hints: [Hint]
    public var keyStyle: Style
    public var style: Style

    public init(_ hints: [Hint], keyStyle: Style = .accent, style: Style = .footerBar) {
        self.hints = hints
        self.keyStyle = keyStyle
        self.style = style
    }

    /// Two spaces between hints, one between a key and its description.
    static let gap = 2

    /// How many hints fit whole in `width` columns.
    public func fittingCount(width: Int, charset: Charset = .unicode) -> Int {
        var used = 0
        for (i, hint) in hints.enumerated() {
            let need = (i == 0 ? 0 : Self.gap) + hintWidth(hint, charset: charset)
            if used + need > width { return i }
            used += need
        }
        return hints.count
    }

    /// A hint's columns: its key, and its description after a space.
    func hintWidth(_ hint: Hint, charset: Charset) -> Int {
        let k = TextLayout.width(hint.key, charset: charset)
        let d = TextLayout.width(hint.description, charset: charset)
        return k + (d > 0 ? 1 + d : 0)
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let a = area.intersection(canvas.bounds)
        guard !a.isEmpty else { return }
        let row = Rect(x: a.x, y: a.y, width: a.width, height: 1)
        canvas.fill(row, with: Cell(" ", style))
        var x = a.x
        for (i, hint) in hints.prefix(fittingCount(width: a.width, charset: canvas.charset)).enumerated() {
            if i > 0 { x += Self.gap }
            x += canvas.draw(hint.key, x: x, y: a.y, style: keyStyle, clip: row)
            if !hint.description.isEmpty {
                x += 1
                x += canvas.draw(hint.description, x: x, y: a.y, style: style, clip: row)
            }
        }
    }
}
