import BoardModel

extension TextLayout {
    /// The drawable pieces of a text, one after another, without building an
    /// array: the canvas walks this while drawing, so measuring and drawing
    /// agree by construction.
    ///
    /// - unsafe scalars (controls, C1, bidi overrides) become visible
    ///   stand-ins flagged `replaced` (`␛`; `?` in ASCII), tab a space;
    /// - line breaks (LF, CRLF, CR, U+2028, U+2029) become one space;
    /// - in `.ascii` each cluster is folded (`ắ` → `a`, `…` → three pieces);
    /// - pieces of width 0 (a lone combining mark, ZWSP, ZWJ) are skipped:
    ///   they have no cell to live in.
    public struct Pieces: Sequence, IteratorProtocol {
        private var characters: String.Iterator
        private let charset: Charset
        /// Extra pieces of one cluster (folds to several letters, clusters
        /// holding unsafe scalars): rare, so usually empty and unallocated.
        private var pending: [Piece] = []
        private var pendingIndex = 0

        public init(_ text: String, charset: Charset) {
            characters = text.makeIterator()
            self.charset = charset
        }

        public mutating func next() -> Piece? {
            while true {
                if pendingIndex < pending.count {
                    pendingIndex += 1
                    return pending[pendingIndex - 1]
                }
                guard let ch = characters.next() else { return nil }
                if let p = TextLayout.simplePiece(ch, charset: charset) {
                    if p.width > 0 { return p }
                    continue
                }
                pending.removeAll(keepingCapacity: true)
                pendingIndex = 0
                TextLayout.appendPieces(of: ch, charset: charset, to: &pending)
            }
        }
    }

    /// True for the clusters that end a line: LF, CRLF, CR, LS, PS.
    @inline(__always)
    static func isLineBreak(_ ch: Character) -> Bool {
        if let a = ch.asciiValue { return a == 0x0A || a == 0x0D }  // "\r\n" reads as 0x0A
        var it = ch.unicodeScalars.makeIterator()
        let v = it.next()?.value ?? 0
        return v == 0x2028 || v == 0x2029
    }

    /// The one piece a cluster becomes, or nil when it becomes several
    /// (handled by `appendPieces`).
    @inline(__always)
    static func simplePiece(_ ch: Character, charset: Charset) -> Piece? {
        if let a = ch.asciiValue {
            if a >= 0x20 && a < 0x7F { return Piece(String(ch), width: 1) }
            if a == 0x0A || a == 0x0D { return Piece(" ", width: 1) }  // LF, CR and CRLF
            return replacementPiece(Unicode.Scalar(a), charset: charset)
        }
        var it = ch.unicodeScalars.makeIterator()
        // A Character has at least one scalar; nil only to satisfy the type.
        guard let first = it.next() else { return nil }
        if first.value == 0x2028 || first.value == 0x2029 { return Piece(" ", width: 1) }
        if SafeText.isUnsafe(first) { return nil }
        while let s = it.next() {
            if SafeText.isUnsafe(s) { return nil }
        }
        if charset == .ascii {
            let folded = AsciiFold.fold(ch)
            let n = folded.utf8.count
            return n <= 1 ? Piece(folded, width: n) : nil
        }
        guard let text = cellText(ch) else { return nil }
        return Piece(text, width: DisplayWidth.of(ch))
    }

    /// The most scalars one cell holds: a base and four zero-width ones
    /// (curses' `CCHARW_MAX`).
    static let maxCellScalars = 5

    /// What a cell holds for a cluster, when a terminal cell can hold it
    /// whole: one spacing scalar followed by zero-width ones only (marks,
    /// variation selectors), at most `maxCellScalars` of them, in the
    /// cell's 15 bytes. A joiner at the end is dropped: it joins nothing
    /// (what follows is another cluster), and sent to a terminal it would
    /// glue the next cell's letter on. Nil for a cluster no cell can hold
    /// whole — a flag (two regional indicators), a family joined by ZWJs,
    /// an emoji with a skin tone, a letter under a pile of marks: drawn
    /// as a stand-in of the same width, never as a part of itself.
    static func cellText(_ ch: Character) -> String? {
        var count = 0
        var bytes = 0
        var trailingJoiners = 0
        for s in ch.unicodeScalars {
            if count > 0 && !DisplayWidth.isZeroWidth(s) { return nil }
            count += 1
            bytes += UTF8.width(s)
            trailingJoiners = s.value == 0x200D ? trailingJoiners + 1 : 0
            if count - trailingJoiners > maxCellScalars || bytes - 3 * trailingJoiners > CellText.capacity {
                return nil
            }
        }
        if trailingJoiners == 0 { return String(ch) }
        var scalars = String.UnicodeScalarView(ch.unicodeScalars)
        scalars.removeLast(trailingJoiners)
        return String(scalars)
    }

    /// The stand-in of a cluster no cell can hold whole, as wide as the
    /// cluster: a flag's two letters (🇻🇳 → `VN`), else `�` (and a space
    /// when the cluster is two columns wide).
    static func appendStandIn(of ch: Character, to pieces: inout [Piece]) {
        let scalars = Array(ch.unicodeScalars.prefix(2))
        if scalars.count == 2, scalars.allSatisfy(DisplayWidth.isRegionalIndicator) {
            for s in scalars {
                let letter = Character(Unicode.Scalar(UInt8(0x41 + s.value - 0x1F1E6)))
                pieces.append(Piece(String(letter), width: 1, replaced: true))
            }
            return
        }
        pieces.append(Piece("\u{FFFD}", width: 1, replaced: true))
        if DisplayWidth.of(ch) == 2 { pieces.append(Piece(" ", width: 1, replaced: true)) }
    }

    /// The pieces of a cluster that does not become exactly one piece.
    static func appendPieces(of ch: Character, charset: Charset, to pieces: inout [Piece]) {
        let scalars = ch.unicodeScalars
        if scalars.contains(where: SafeText.isUnsafe) {
            for s in scalars {
                if SafeText.isUnsafe(s) {
                    pieces.append(replacementPiece(s, charset: charset))
                } else if let p = simplePiece(Character(s), charset: charset) {
                    if p.width > 0 { pieces.append(p) }
                } else {
                    appendPieces(of: Character(s), charset: charset, to: &pieces)
                }
            }
            return
        }
        if charset == .unicode {
            appendStandIn(of: ch, to: &pieces)
            return
        }
        // In ASCII only a fold to several letters gets here (`…` → `...`).
        for b in AsciiFold.fold(ch).utf8 {
            pieces.append(Piece(String(Character(Unicode.Scalar(b))), width: 1))
        }
    }

    /// The visible stand-in for an unsafe scalar: SafeText's choice in
    /// Unicode, `?` in ASCII; a tab is just a space.
    static func replacementPiece(_ s: Unicode.Scalar, charset: Charset) -> Piece {
        let r = SafeText.replacement(for: s)
        if r == " " { return Piece(" ", width: 1) }
        return Piece(charset == .ascii ? "?" : String(Character(r)), width: 1, replaced: true)
    }

    /// Columns one cluster takes once made displayable (0 when skipped).
    static func clusterWidth(_ ch: Character, charset: Charset) -> Int {
        if ch.asciiValue != nil { return 1 }
        if let p = simplePiece(ch, charset: charset) { return p.width }
        var w = 0
        for p in Pieces(String(ch), charset: charset) { w += p.width }
        return w
    }
}
