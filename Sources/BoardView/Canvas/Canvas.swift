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

    /// Fills a rectangle (clipped to the canvas) with one cell.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
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
    /// drawn as spaces; control characters as visible stand-ins.
    /// Returns the number of columns used.
    @discardableResult
    public mutating func draw(_ text: String, x: Int, y: Int, style: Style = .normal,
                              maxWidth: Int = Int.max, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return 0 }
        let limit = min(maxWidth, area.maxX - x)
        guard limit > 0 else { return 0 }
        let shown = TextLayout.fit(TextLayout.displayable(text, charset: charset), width: limit, charset: charset)
        var col = x
        for piece in shown {
            if piece.width == 0 { continue }
            if col >= area.x {
                let st = piece.replaced ? Style(.replaced, bold: style.bold, underline: style.underline, reverse: !style.reverse) : style
                self[col, y] = Cell(piece.text, st)
                if piece.width == 2 { self[col + 1, y] = .continuation(st) }
            }
            col += piece.width
        }
        return col - x
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
