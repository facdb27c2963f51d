import BoardModel

/// Measuring, cleaning, folding and cutting text for the canvas.
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

    /// Splits text into drawable pieces: unsafe scalars replaced (and
    /// flagged), line breaks turned into spaces, ASCII folding applied when
    /// the charset asks for it.
    public static func displayable(_ text: String, charset: Charset) -> [Piece] {
        var pieces: [Piece] = []
        pieces.reserveCapacity(text.utf8.count)
        for ch in text {
            if ch == "\n" || ch == "\r\n" || ch == "\r" {
                pieces.append(Piece(" ", width: 1))
                continue
            }
            let scalars = ch.unicodeScalars
            if scalars.contains(where: SafeText.isUnsafe) {
                for s in scalars {
                    if SafeText.isUnsafe(s) {
                        let r = SafeText.replacement(for: s)
                        if r == " " {
                            pieces.append(Piece(" ", width: 1))
                        } else {
                            pieces.append(Piece(charset == .ascii ? "?" : String(r), width: 1, replaced: true))
                        }
                    } else {
                        appendPiece(for: Character(s), charset: charset, to: &pieces)
                    }
                }
                continue
            }
            appendPiece(for: ch, charset: charset, to: &pieces)
        }
        return pieces
    }

    private static func appendPiece(for ch: Character, charset: Charset, to pieces: inout [Piece]) {
        if charset == .ascii {
            if ch.isASCII {
                pieces.append(Piece(String(ch), width: 1))
            } else {
                let folded = AsciiFold.fold(ch)
                for c in folded { pieces.append(Piece(String(c), width: 1)) }
            }
            return
        }
        let w = DisplayWidth.of(ch)
        pieces.append(Piece(String(ch), width: w))
    }

    /// Total columns of some pieces.
    public static func width(_ pieces: [Piece]) -> Int { pieces.reduce(0) { $0 + $1.width } }

    /// Display width of a text as the canvas would draw it.
    public static func width(_ text: String, charset: Charset = .unicode) -> Int {
        if charset == .unicode, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return width(displayable(text, charset: charset))
    }

    /// The ellipsis that marks cut text.
    public static func ellipsis(_ charset: Charset) -> Piece { Piece(charset == .ascii ? "~" : "…", width: 1) }

    /// Cuts pieces to at most `width` columns, ending in an ellipsis when
    /// anything was cut.
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
    public static func truncate(_ text: String, width: Int, charset: Charset = .unicode) -> String {
        fit(displayable(text, charset: charset), width: width, charset: charset).map(\.text).joined()
    }

    /// Pads or cuts a text to exactly `width` columns.
    public static func pad(_ text: String, width: Int, alignRight: Bool = false, charset: Charset = .unicode) -> String {
        let cut = truncate(text, width: width, charset: charset)
        let w = self.width(cut, charset: charset)
        let fill = String(repeating: " ", count: max(0, width - w))
        return alignRight ? fill + cut : cut + fill
    }
}
