import BoardModel

/// Measuring, cleaning, folding, cutting and aligning text for the canvas.
///
/// Everything is measured in terminal columns (`DisplayWidth`), after the
/// text has been made displayable the way `Canvas.draw` will draw it, so a
/// width computed here is exactly the number of cells drawn.
public enum TextLayout {
    /// One grapheme cluster ready to place: what to draw, how many columns
    /// it takes (0, 1 or 2), and whether it stands in for something unsafe.
    public struct Piece: Hashable, Sendable {
        public var text: String
        public var width: Int
        public var replaced: Bool
        public init(_ text: String, width: Int, replaced: Bool = false) {
            self.text = text
            self.width = width
            self.replaced = replaced
        }
    }

    /// Where text sits in a wider space.
    public enum Alignment: Hashable, Sendable {
        case left, right, center
    }

    /// Splits text into drawable pieces: unsafe scalars replaced (and
    /// flagged), line breaks turned into spaces, ASCII folding applied when
    /// the charset asks for it. See `Pieces`.
    public static func displayable(_ text: String, charset: Charset) -> [Piece] {
        var pieces: [Piece] = []
        pieces.reserveCapacity(text.utf8.count)
        for p in Pieces(text, charset: charset) { pieces.append(p) }
        return pieces
    }

    /// Total columns of some pieces.
    public static func width(_ pieces: [Piece]) -> Int { pieces.reduce(0) { $0 + $1.width } }

    /// Display width of a text as the canvas would draw it: `中文` is 4,
    /// `Thành` is 5 whether precomposed or decomposed, `1 234` (narrow
    /// no-break space) is 5.
    public static func width(_ text: String, charset: Charset = .unicode) -> Int {
        if let n = printableASCIICount(text) { return n }
        if let n = latinWidth(text, charset: charset) { return n }
        var w = 0
        for p in Pieces(text, charset: charset) { w += p.width }
        return w
    }

    /// The length of a text made only of printable ASCII, else nil.
    /// Most figures, ids and codes take this path.
    @inline(__always)
    static func printableASCIICount(_ text: String) -> Int? {
        let utf8 = text.utf8
        let fast = utf8.withContiguousStorageIfAvailable { buf -> Bool in
            for b in buf where b < 0x20 || b >= 0x7F { return false }
            return true
        }
        if let fast { return fast ? utf8.count : nil }
        for b in utf8 where b < 0x20 || b >= 0x7F { return nil }
        return utf8.count
    }

    /// Width of Latin and Vietnamese text (precomposed or decomposed)
    /// counted per scalar, which equals the per-cluster count for these
    /// ranges: their marks (U+0300–U+036F) are all grapheme extenders, and
    /// every other scalar here starts a cluster of its own (the soft hyphen,
    /// a grapheme "control", is left to the general path). In ASCII each
    /// letter counts its fold (`Æ` → `AE`). Nil when another scalar appears.
    ///
    /// Reads the UTF-8 directly (see `LatinUTF8`): this runs for nearly
    /// every text drawn.
    static func latinWidth(_ text: String, charset: Charset = .unicode) -> Int? {
        let ascii = charset == .ascii
        let result = text.utf8.withContiguousStorageIfAvailable { buf -> Int? in
            var w = 0
            var i = 0
            var marks = 0
            while i < buf.count {
                guard let (kind, v, n) = LatinUTF8.decode(buf, at: i, symbols: !ascii) else { return nil }
                switch kind {
                case .base:
                    w += ascii && v >= 0x80 ? AsciiFold.latinFold(v).utf8.count : 1
                    marks = 0
                case .mark:
                    // More marks than a cell holds: the general path
                    // draws the cluster's stand-in (`TextLayout.cellText`).
                    marks += 1
                    if marks > TextLayout.maxCellScalars - 1 { return nil }
                }
                i += n
            }
            return w
        }
        return result ?? nil
    }

    /// The ellipsis that marks cut text: `…`, or `~` in ASCII (one column
    /// matters more than the look in a narrow table cell).
    public static func ellipsis(_ charset: Charset) -> Piece { Piece(charset == .ascii ? "~" : "…", width: 1) }

    /// Cuts pieces to at most `width` columns, ending in an ellipsis when
    /// anything was cut. A wide character that would straddle the limit is
    /// left out whole, never halved.
    public static func fit(_ pieces: [Piece], width: Int, charset: Charset) -> [Piece] {
        guard width > 0 else { return [] }
        if self.width(pieces) <= width { return pieces }
        var out: [Piece] = []
        var used = 0
        for p in pieces {
            if used + p.width > width - 1 { break }
            out.append(p)
            used += p.width
        }
        out.append(ellipsis(charset))
        return out
    }

    /// Cuts a text to at most `width` columns (with an ellipsis when cut).
    /// The result is displayable: made safe, and folded in ASCII.
    public static func truncate(_ text: String, width: Int, charset: Charset = .unicode) -> String {
        guard width > 0 else { return "" }
        if let n = printableASCIICount(text), n <= width { return text }
        if charset == .unicode, let cut = latinTruncate(text, width: width) { return cut }
        return fit(displayable(text, charset: charset), width: width, charset: charset).map(\.text).joined()
    }

    /// `truncate` of a text of Latin letters, marks and common symbols
    /// (Vietnamese titles) in Unicode, from its bytes: one column a letter
    /// with its marks, cut before the letter that would reach `width`, as
    /// `fit` does, without a piece per letter (a list that cuts its titles
    /// cuts a dozen a frame). Nil: the text needs the general path.
    static func latinTruncate(_ text: String, width: Int) -> String? {
        let result = text.utf8.withContiguousStorageIfAvailable { buf -> String? in
            var letters = 0
            var marks = 0
            var cut = buf.count
            var i = 0
            while i < buf.count {
                guard let (kind, _, n) = LatinUTF8.decode(buf, at: i, symbols: true) else { return nil }
                switch kind {
                case .base:
                    if letters == width - 1 { cut = i }
                    letters += 1
                    marks = 0
                case .mark:
                    // A mark with no letter before it, or more marks than
                    // a cell holds: the general path's stand-ins.
                    marks += 1
                    if letters == 0 || marks > TextLayout.maxCellScalars - 1 { return nil }
                }
                i += n
            }
            if letters <= width { return text }
            return String(decoding: UnsafeBufferPointer(rebasing: buf[..<cut]), as: UTF8.self) + "…"
        }
        return result ?? nil
    }

    /// Pads or cuts a text to exactly `width` columns.
    public static func pad(_ text: String, width: Int, alignRight: Bool = false, charset: Charset = .unicode) -> String
    {
        align(text, width: width, alignRight ? .right : .left, charset: charset)
    }

    /// Cuts a text to `width` columns if needed, then places it left, right
    /// or centred in exactly `width` columns (centring leans left).
    public static func align(_ text: String, width: Int, _ alignment: Alignment, charset: Charset = .unicode) -> String
    {
        guard width > 0 else { return "" }
        let cut = truncate(text, width: width, charset: charset)
        let gap = max(0, width - self.width(cut, charset: charset))
        switch alignment {
        case .left: return cut + spaces(gap)
        case .right: return spaces(gap) + cut
        case .center: return spaces(gap / 2) + cut + spaces(gap - gap / 2)
        }
    }

    /// `text` cut and padded on the right to `width` columns.
    public static func alignLeft(_ text: String, width: Int, charset: Charset = .unicode) -> String {
        align(text, width: width, .left, charset: charset)
    }

    /// `text` cut and padded on the left to `width` columns: for figures,
    /// whose digits must line up by display width (`1 234,5` with a narrow
    /// no-break space is 7 columns, not 9 bytes).
    public static func alignRight(_ text: String, width: Int, charset: Charset = .unicode) -> String {
        align(text, width: width, .right, charset: charset)
    }

    /// The column at which text of `textWidth` columns starts when aligned
    /// in `width` columns starting at `x`.
    public static func start(x: Int, width: Int, textWidth: Int, _ alignment: Alignment) -> Int {
        let gap = max(0, width - textWidth)
        switch alignment {
        case .left: return x
        case .right: return x + gap
        case .center: return x + gap / 2
        }
    }

    static func spaces(_ n: Int) -> String { n > 0 ? String(repeating: " ", count: n) : "" }
}
