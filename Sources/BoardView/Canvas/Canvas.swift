import BoardModel

/// One terminal cell: a grapheme cluster and its style.
///
/// A character two columns wide (CJK, some emoji) sits in its left cell;
/// the right cell holds `""` and is never drawn on its own.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell(" ")
    /// The right half of a wide character.
    public static func continuation(_ style: Style) -> Cell { Cell("", style) }
    public var isContinuation: Bool { text.isEmpty }
}

/// Which characters the canvas may hold. In `.ascii` every drawn text is
/// folded to ASCII (`Kim Thành` → `Kim Thanh`) and widgets draw `+-|`
/// borders: for terminals and locales without UTF-8.
public enum Charset: Sendable, Hashable {
    case unicode, ascii
}

/// A grid of cells that screens draw into and the terminal copies out.
///
/// Every text drawn goes through `draw`, which is where data text is made
/// safe (control characters replaced visibly), measured by display width,
/// folded to ASCII when asked, and clipped.
public struct Canvas: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public let charset: Charset
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, charset: Charset = .unicode) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.charset = charset
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard x >= 0, y >= 0, x < width, y < height else { return .blank }
            return cells[y * width + x]
        }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Fills a rectangle (clipped to the canvas) with one cell (which must
    /// be one column wide). A wide character cut by the rectangle's edge is
    /// blanked whole, so the canvas never holds half of one.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            repairWideEdges(y: y, from: r.x, to: r.maxX)
            let row = y * width
            for x in r.x..<r.maxX { cells[row + x] = cell }
        }
    }

    /// Sets the style of every cell in a rectangle, keeping the characters.
    public mutating func restyle(_ rect: Rect, _ style: Style) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            let row = y * width
            for x in r.x..<r.maxX { cells[row + x].style = style }
        }
    }

    /// Draws one line of text starting at (x, y), at most `maxWidth`
    /// columns wide and never outside `clip` (default: the whole canvas).
    /// Text too wide is cut and ends in `…` (`~` in ASCII). Line breaks are
    /// drawn as spaces; control characters as visible stand-ins in the
    /// `.replaced` role (`␛`, or `?` in ASCII). A wide character cut by the
    /// clip's left edge leaves a space, never half a character.
    /// Returns the number of columns used (counted from `x`).
    @discardableResult
    public mutating func draw(_ text: String, x: Int, y: Int, style: Style = .normal,
                              maxWidth: Int = Int.max, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard !area.isEmpty, y >= area.y, y < area.maxY, x < area.maxX else { return 0 }
        let limit = min(maxWidth, area.maxX.saturatingSub(x))
        guard limit > 0 else { return 0 }
        if let used = drawPrintableASCII(text, x: x, y: y, style: style, limit: limit, area: area) {
            return used
        }
        let total = TextLayout.width(text, charset: charset)
        let budget = total > limit ? limit - 1 : limit
        var col = x
        for piece in TextLayout.Pieces(text, charset: charset) {
            if col.saturatingAdd(piece.width) > x.saturatingAdd(budget) { break }
            let st = piece.replaced ? Style(.replaced, bold: style.bold, underline: style.underline, reverse: !style.reverse) : style
            place(piece.text, width: piece.width, x: col, y: y, style: st, area: area)
            col += piece.width
        }
        if total > limit {
            let e = TextLayout.ellipsis(charset)
            place(e.text, width: 1, x: col, y: y, style: style, area: area)
            col += 1
        }
        return col - x
    }

    /// The common case, text of printable ASCII only: no grapheme breaking,
    /// no folding, and cells made from a table of one-letter strings.
    /// Nil when the text needs the general path.
    private mutating func drawPrintableASCII(_ text: String, x: Int, y: Int, style: Style,
                                             limit: Int, area: Rect) -> Int? {
        guard let count = TextLayout.printableASCIICount(text) else { return nil }
        let cut = count > limit
        let shown = cut ? limit - 1 : count
        let first = max(x, area.x)
        let end = x + shown  // shown ≤ limit ≤ area.maxX - x: cannot overflow
        if first < end {
            repairWideEdges(y: y, from: first, to: end + (cut ? 1 : 0))
            let row = y * width
            var i = 0
            let skip = first - x
            for b in text.utf8 {
                if i >= shown { break }
                if i >= skip { cells[row + x + i] = Cell(Canvas.asciiText[Int(b)], style) }
                i += 1
            }
        }
        if cut {
            let e = TextLayout.ellipsis(charset)
            place(e.text, width: 1, x: end, y: y, style: style, area: area)
        }
        return shown + (cut ? 1 : 0)
    }

    /// One-letter strings for every ASCII code, made once.
    private static let asciiText: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// Puts one piece (already safe, 1 or 2 columns) at (x, y) if it is
    /// inside `area`, keeping wide characters whole: half a wide character
    /// left of the area becomes a space.
    private mutating func place(_ text: String, width w: Int, x: Int, y: Int, style: Style, area: Rect) {
        guard w > 0, x < area.maxX, x.saturatingAdd(w) > area.x else { return }
        if w == 2 && x < area.x {
            put(" ", x: x + 1, y: y, style: style, clip: area)
            return
        }
        if w == 2 && x + 1 >= area.maxX {
            put(" ", x: x, y: y, style: style, clip: area)
            return
        }
        repairWideEdges(y: y, from: x, to: x + w)
        let row = y * width
        cells[row + x] = Cell(text, style)
        if w == 2 { cells[row + x + 1] = .continuation(style) }
    }

    /// Puts one of a widget's own symbols (one column, already safe and in
    /// the canvas's charset: `─`, `█`, `+`) at (x, y), clipped.
    mutating func put(_ glyph: String, x: Int, y: Int, style: Style, clip: Rect? = nil) {
        let area = (clip ?? bounds).intersection(bounds)
        guard area.contains(x: x, y: y) else { return }
        repairWideEdges(y: y, from: x, to: x + 1)
        cells[y * width + x] = Cell(glyph, style)
    }

    /// Before cells [from, to) of row y are overwritten: a wide character
    /// sticking in from the left or out to the right would be left as half
    /// a character, which the terminal would draw over its neighbour; that
    /// half becomes a space instead.
    private mutating func repairWideEdges(y: Int, from: Int, to: Int) {
        let row = y * width
        if from > 0, from < width, cells[row + from].isContinuation {
            cells[row + from - 1] = Cell(" ", cells[row + from - 1].style)
        }
        if to < width, to >= 0, cells[row + to].isContinuation {
            cells[row + to] = Cell(" ", cells[row + to].style)
        }
    }

    /// The canvas as plain text: one line per row, trailing spaces kept so
    /// that every line is exactly `width` columns (pictures compare exactly).
    public var lines: [String] {
        (0..<height).map { y in
            var s = ""
            s.reserveCapacity(width)
            for x in 0..<width {
                let c = cells[y * width + x]
                if !c.isContinuation { s += c.text }
            }
            return s
        }
    }

    /// `lines` joined with line feeds.
    public var text: String { lines.joined(separator: "\n") }
}
