/// A border around a panel, with a title in its top edge and an optional
/// right-aligned title (a filter such as `/kim`, or a badge):
///
///     ┌ Cửa khẩu ──────── /kim ┐
///     │                        │
///     └────────────────────────┘
///
/// The focused box is drawn heavy (`┏━┓`, `+=+` in ASCII) in
/// `Style.focusBorder`. Titles are cut with `…` when the edge is short; the
/// left title gives way first, down to a few letters, then the right one.
/// An area too small for a border gets the part that fits.
public struct Box: Widget {
    public var title: String
    public var rightTitle: String
    public var focused: Bool
    public var titleStyle: Style
    public var rightTitleStyle: Style

    public init(
        title: String = "", rightTitle: String = "", focused: Bool = false,
        titleStyle: Style = .title, rightTitleStyle: Style = .accent
    ) {
        self.title = title
        self.rightTitle = rightTitle
        self.focused = focused
        self.titleStyle = titleStyle
        self.rightTitleStyle = rightTitleStyle
    }

    /// The area inside the border (empty when there is no inside).
    public func inner(_ area: Rect) -> Rect { area.inset(by: 1) }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let a = area.intersection(canvas.bounds)
        guard !a.isEmpty else { return }
        let g = BorderGlyphs.forCharset(canvas.charset, focused: focused)
        let style: Style = focused ? .focusBorder : .border
        let left = a.x
        let right = a.maxX - 1
        let top = a.y
        let bottom = a.maxY - 1

        let horizontal = Cell(g.horizontal, style)
        let vertical = Cell(g.vertical, style)
        for x in a.x..<a.maxX {
            canvas.put(horizontal, x: x, y: top)
            if bottom > top { canvas.put(horizontal, x: x, y: bottom) }
        }
        for y in a.y..<a.maxY {
            canvas.put(vertical, x: left, y: y)
            if right > left { canvas.put(vertical, x: right, y: y) }
        }
        canvas.put(g.topLeft, x: left, y: top, style: style)
        if right > left { canvas.put(g.topRight, x: right, y: top, style: style) }
        if bottom > top {
            canvas.put(g.bottomLeft, x: left, y: bottom, style: style)
            if right > left { canvas.put(g.bottomRight, x: right, y: bottom, style: style) }
        }
        drawTitles(on: &canvas, x: left + 1, y: top, width: a.width - 2, clip: a)
    }

    /// Shares the top edge between the two titles, each drawn as ` text `.
    private func drawTitles(on canvas: inout Canvas, x: Int, y: Int, width n: Int, clip: Rect) {
        guard n >= 3 else { return }
        let cs = canvas.charset
        let l = title.isEmpty ? 0 : TextLayout.width(title, charset: cs) + 2
        let r = rightTitle.isEmpty ? 0 : TextLayout.width(rightTitle, charset: cs) + 2
        var leftWidth = l
        var rightWidth = r
        if l + r > n {
            leftWidth = min(n, max(min(l, 6), n - r))
            rightWidth = n - leftWidth
            // A right title cut to a letter or two says nothing: drop it and
            // give the room back to the left one.
            if rightWidth < min(r, 5) {
                rightWidth = 0
                leftWidth = min(l, n)
            }
        }
        if leftWidth >= 3 {
            canvas.put(" ", x: x, y: y, style: titleStyle, clip: clip)
            let used = canvas.draw(title, x: x + 1, y: y, style: titleStyle, maxWidth: leftWidth - 2, clip: clip)
            canvas.put(" ", x: x + 1 + used, y: y, style: titleStyle, clip: clip)
        }
        if rightWidth >= 3 {
            let end = x + n  // one past the last column of the edge
            let textWidth = min(r, rightWidth) - 2
            let start = end - textWidth - 2
            canvas.put(" ", x: start, y: y, style: rightTitleStyle, clip: clip)
            canvas.draw(rightTitle, x: start + 1, y: y, style: rightTitleStyle, maxWidth: textWidth, clip: clip)
            canvas.put(" ", x: end - 1, y: y, style: rightTitleStyle, clip: clip)
        }
    }
}
