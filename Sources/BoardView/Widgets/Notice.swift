/// A message in a box centred in the area: the "needs 40×12" message of a
/// terminal too small, a load error, a confirmation.
///
///     ┌ Quá nhỏ ─────────────┐
///     │ Cần ít nhất 40×12    │
///     └──────────────────────┘
///
/// The message is wrapped to at most `maxWidth` columns and each line
/// centred. When the area is too small even for the box, the bare message
/// is drawn, centred, as much of it as fits: the reader must learn what is
/// wrong even in a 10×2 terminal.
public struct Notice: Widget {
    public var title: String
    public var message: String
    public var style: Style
    /// The widest the message may be before it wraps.
    public var maxWidth: Int

    public init(title: String = "", message: String, style: Style = .normal, maxWidth: Int = 60) {
        self.title = title
        self.message = message
        self.style = style
        self.maxWidth = maxWidth
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let a = area.intersection(canvas.bounds)
        guard !a.isEmpty else { return }
        let cs = canvas.charset
        // Border plus one column of padding on each side.
        let room = min(a.width - 4, max(1, maxWidth))
        if room < 1 || a.height < 3 {
            drawBare(in: a, on: &canvas)
            return
        }
        let lines = TextLayout.wrap(message, width: room, charset: cs)
        let textWidth = lines.map { TextLayout.width($0, charset: cs) }.max() ?? 0
        let titleWidth = title.isEmpty ? 0 : TextLayout.width(title, charset: cs) + 2
        let boxWidth = min(a.width, max(textWidth, titleWidth, 1) + 4)
        let box = a.centered(width: boxWidth, height: lines.count + 2)
        canvas.fill(box)
        let frame = Box(title: title)
        frame.render(in: box, on: &canvas)
        let inner = frame.inner(box).inset(dx: 1, dy: 0)
        for (i, line) in lines.prefix(inner.height).enumerated() {
            let w = TextLayout.width(line, charset: cs)
            let x = TextLayout.start(x: inner.x, width: inner.width, textWidth: w, .center)
            canvas.draw(line, x: x, y: inner.y + i, style: style, clip: inner)
        }
    }

    private func drawBare(in a: Rect, on canvas: inout Canvas) {
        let lines = TextLayout.wrap(message, width: a.width, charset: canvas.charset)
        let shown = lines.prefix(a.height)
        let top = a.y + (a.height - shown.count) / 2
        for (i, line) in shown.enumerated() {
            let w = TextLayout.width(line, charset: canvas.charset)
            let x = TextLayout.start(x: a.x, width: a.width, textWidth: w, .center)
            canvas.draw(line, x: x, y: top + i, style: style, clip: a)
        }
    }
}
