import BoardModel

/// One terminal cell: a grapheme cluster and its style.
///
/// A character two columns wide (CJK, some emoji) sits in its left cell;
/// the right cell holds `""` and is never drawn on its own. The text is
/// stored inline (`CellText`), so cells copy and compare as plain values.
public struct Cell: Hashable, Sendable {
    var storage: CellText
    public var style: Style

    /// The grapheme cluster shown in the cell (`""` for the right half of
    /// a wide character).
    public var text: String {
        get { storage.string }
        set { storage = CellText(newValue) }
    }

    /// The cell's one byte when it holds a single printable ASCII
    /// character (most cells): lets the terminal skip building a String.
    @inline(__always)
    public var asciiByte: UInt8? {
        guard storage.count == 1 else { return nil }
        let b = storage.byte(0)
        return b >= 0x20 && b < 0x7F ? b : nil
    }

    /// The cell's Unicode scalar when it holds exactly one that is not
    /// ASCII (most other cells: a Vietnamese letter, a box or block
    /// character): lets the terminal skip building a String too.
    @inline(__always)
    public var singleScalar: UInt32? { storage.singleScalar }

    public init(_ text: String, _ style: Style = .normal) {
        storage = CellText(text)
        self.style = style
    }

    @inline(__always)
    init(_ storage: CellText, _ style: Style) {
        self.storage = storage
        self.style = style
    }

    public static let blank = Cell(" ")
    /// The right half of a wide character.
    public static func continuation(_ style: Style) -> Cell { Cell(CellText(), style) }
    public var isContinuation: Bool { storage.isEmpty }
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
    /// Row-major cells; set through `draw`, `fill`, `restyle` or the
    /// subscript (module code writes it directly in the drawing fast paths).
    public internal(set) var cells: [Cell]

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

    /// Puts one of a widget's own symbols (one column, already safe and in
    /// the canvas's charset: `─`, `█`, `+`) at (x, y), clipped.
    mutating func put(_ glyph: String, x: Int, y: Int, style: Style, clip: Rect? = nil) {
        put(Cell(glyph, style), x: x, y: y, clip: clip)
    }

    /// Puts a cell made once (a box's border: one cell made for its whole
    /// edge, not one a position).
    mutating func put(_ cell: Cell, x: Int, y: Int, clip: Rect? = nil) {
        let area = (clip ?? bounds).intersection(bounds)
        guard area.contains(x: x, y: y) else { return }
        repairWideEdges(y: y, from: x, to: x + 1)
        cells[y * width + x] = cell
    }

    /// Before cells [from, to) of row y are overwritten: a wide character
    /// sticking in from the left or out to the right would be left as half
    /// a character, which the terminal would draw over its neighbour; that
    /// half becomes a space instead.
    mutating func repairWideEdges(y: Int, from: Int, to: Int) {
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
            var bytes: [UInt8] = []
            bytes.reserveCapacity(width)
            for x in 0..<width { cells[y * width + x].storage.appendUTF8(to: &bytes) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// `lines` joined with line feeds.
    public var text: String { lines.joined(separator: "\n") }
}
