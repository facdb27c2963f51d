extension Canvas {
    /// Draws one line of text starting at (x, y), at most `maxWidth`
    /// columns wide and never outside `clip` (default: the whole canvas).
    /// Text too wide is cut and ends in `…` (`~` in ASCII). Line breaks are
    /// drawn as spaces; control characters as visible stand-ins in the
    /// `.replaced` role (`␛`, or `?` in ASCII). A wide character cut by the
    /// clip's left edge leaves a space, never half a character.
    /// Returns the number of columns used (counted from `x`).
    ///
    /// Three paths give the same cells: printable ASCII byte by byte, Latin
    /// and Vietnamese scalar by scalar (no grapheme breaking), and anything
    /// else piece by piece (`TextLayout.Pieces`). The first two cover
    /// nearly all of this dashboard's text and keep a full frame cheap.
    @discardableResult
    public mutating func draw(
        _ text: String, x: Int, y: Int, style: Style = .normal,
        maxWidth: Int = Int.max, clip: Rect? = nil
    ) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard !area.isEmpty, y >= area.y, y < area.maxY, x < area.maxX else { return 0 }
        let limit = min(maxWidth, area.maxX.saturatingSub(x))
        guard limit > 0 else { return 0 }
        if let count = TextLayout.printableASCIICount(text) {
            return drawPrintableASCII(text, count: count, x: x, y: y, style: style, limit: limit, area: area)
        }
        if let total = TextLayout.latinWidth(text, charset: charset) {
            return drawLatin(text, total: total, x: x, y: y, style: style, limit: limit, area: area)
        }
        return drawPieces(text, x: x, y: y, style: style, limit: limit, area: area)
    }

    /// Printable ASCII: one cell per byte, cells made from a table.
    private mutating func drawPrintableASCII(
        _ text: String, count: Int, x: Int, y: Int, style: Style,
        limit: Int, area: Rect
    ) -> Int {
        let cut = count > limit
        let shown = cut ? limit - 1 : count
        let first = max(x, area.x)
        let end = x + shown  // shown ≤ limit ≤ area.maxX - x: no overflow
        if first < end {
            repairWideEdges(y: y, from: first, to: end)
            let row = y * width
            cells.withUnsafeMutableBufferPointer { buf in
                var col = x
                for b in text.utf8 {
                    if col >= end { break }
                    if col >= first { buf[row + col] = Cell(CellText(ascii: b), style) }
                    col += 1
                }
            }
        }
        if cut { place(TextLayout.ellipsis(charset).text, width: 1, x: end, y: y, style: style, area: area) }
        return shown + (cut ? 1 : 0)
    }

    /// Latin and Vietnamese, precomposed or decomposed (see
    /// `TextLayout.latinWidth` for why per-scalar equals per-cluster here):
    /// a base letter takes a cell, a combining mark joins the cell before it
    /// (or vanishes in ASCII, where letters are folded).
    private mutating func drawLatin(
        _ text: String, total: Int, x: Int, y: Int, style: Style,
        limit: Int, area: Rect
    ) -> Int {
        let cut = total > limit
        let shown = cut ? limit - 1 : total
        let first = max(x, area.x)
        let end = x + shown
        if first < end {
            repairWideEdges(y: y, from: first, to: end)
            let row = y * width
            let ascii = charset == .ascii
            _ = text.utf8.withContiguousStorageIfAvailable { src in
                cells.withUnsafeMutableBufferPointer { buf in
                    var col = x
                    var last = -1  // index of the cell a combining mark would join
                    var i = 0
                    scalars: while i < src.count {
                        // `latinWidth` accepted every scalar: decoding cannot fail.
                        guard let (kind, v, n) = LatinUTF8.decode(src, at: i, symbols: !ascii) else { break }
                        defer { i += n }
                        if kind == .mark {
                            if !ascii && last >= 0 { buf[last].storage.append(utf8: src, from: i, count: n) }
                            continue
                        }
                        if ascii && v >= 0x80 {
                            for b in AsciiFold.latinFold(v).utf8 {
                                if col >= end { break scalars }
                                if col >= first { buf[row + col] = Cell(CellText(ascii: b), style) }
                                col += 1
                            }
                            continue
                        }
                        if col >= end { break }
                        if col >= first {
                            var t = CellText()
                            t.append(utf8: src, from: i, count: n)
                            buf[row + col] = Cell(t, style)
                            last = row + col
                        }
                        col += 1
                    }
                }
            }
        }
        if cut { place(TextLayout.ellipsis(charset).text, width: 1, x: end, y: y, style: style, area: area) }
        return shown + (cut ? 1 : 0)
    }

    /// Any other text, one displayable piece at a time.
    private mutating func drawPieces(_ text: String, x: Int, y: Int, style: Style, limit: Int, area: Rect) -> Int {
        let total = TextLayout.width(text, charset: charset)
        let budget = total > limit ? limit - 1 : limit
        let end = x.saturatingAdd(budget)
        var col = x
        for piece in TextLayout.Pieces(text, charset: charset) {
            if col.saturatingAdd(piece.width) > end { break }
            let st =
                piece.replaced
                ? Style(.replaced, bold: style.bold, underline: style.underline, reverse: !style.reverse) : style
            place(piece.text, width: piece.width, x: col, y: y, style: st, area: area)
            col += piece.width
        }
        if total > limit {
            place(TextLayout.ellipsis(charset).text, width: 1, x: col, y: y, style: style, area: area)
            col += 1
        }
        return col - x
    }

    /// Puts one piece (already safe, 1 or 2 columns) at (x, y) if it is
    /// inside `area`, keeping wide characters whole: half a wide character
    /// outside the area becomes a space.
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
}
