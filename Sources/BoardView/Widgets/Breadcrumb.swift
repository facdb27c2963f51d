/// Where the reader is: `Tổng quan › Cửa khẩu › Kim Thành` (` > ` in
/// ASCII).
///
/// When the path is too wide, middle segments give way first, the oldest
/// first, behind one `…` (`Tổng quan › … › Kim Thành`), then the root
/// (`… › Kim Thành`); the last segment, the current screen, stays whole
/// as long as it fits at all, and is only then cut with `…`.
public struct Breadcrumb: Widget {
    public var segments: [String]
    public var style: Style
    public var lastStyle: Style
    public var separatorStyle: Style

    public init(
        _ segments: [String], style: Style = .normal, lastStyle: Style = .title,
        separatorStyle: Style = .dim
    ) {
        self.segments = segments
        self.style = style
        self.lastStyle = lastStyle
        self.separatorStyle = separatorStyle
    }

    static func separator(_ charset: Charset) -> String { charset == .ascii ? " > " : " › " }

    /// The segments shown in `width` columns; nil stands for the `…` that
    /// replaces elided segments.
    public func shownSegments(width: Int, charset: Charset = .unicode) -> [String?] {
        let n = segments.count
        guard n > 0, width > 0 else { return [] }
        var candidates: [[String?]] = [segments.map { Optional($0) }]
        if n >= 3 {
            for k in 1...(n - 2) {
                candidates.append([segments[0], nil] + segments[(k + 1)...].map { Optional($0) })
            }
        }
        if n >= 2 { candidates.append([nil, segments[n - 1]]) }
        for c in candidates where totalWidth(c, charset: charset) <= width { return c }
        return [segments[n - 1]]
    }

    private func totalWidth(_ shown: [String?], charset: Charset) -> Int {
        let sep = TextLayout.width(Self.separator(charset), charset: charset)
        let texts = shown.reduce(0) { $0 + ($1.map { TextLayout.width($0, charset: charset) } ?? 1) }
        return texts + sep * max(0, shown.count - 1)
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let a = area.intersection(canvas.bounds)
        guard !a.isEmpty else { return }
        let shown = shownSegments(width: a.width, charset: canvas.charset)
        var x = a.x
        for (i, segment) in shown.enumerated() {
            if i > 0 { x += canvas.draw(Self.separator(canvas.charset), x: x, y: a.y, style: separatorStyle, clip: a) }
            let isLast = i == shown.count - 1
            let text = segment ?? TextLayout.ellipsis(canvas.charset).text
            x += canvas.draw(
                text, x: x, y: a.y, style: isLast ? lastStyle : (segment == nil ? separatorStyle : style),
                clip: a)
        }
    }
}
