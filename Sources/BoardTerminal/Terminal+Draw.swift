import BoardView
import CNcursesw

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Terminal {
    /// Shows `canvas`: writes the cells that differ from the previous
    /// canvas into curses' screen, then one `doupdate` sends what changed.
    ///
    /// Never clears per frame: a clear repaints every cell, and over SSH
    /// bytes are what the user waits for. Curses compares again before
    /// sending, but skipping unchanged cells here keeps the CPU idle too.
    /// After a resize or `invalidate()` every cell is rewritten and the
    /// screen repainted once. A canvas larger than the screen is clipped.
    public func draw(_ canvas: Canvas) {
        guard isOpen, let win = ezb_stdscr() else { return }
        let rows = min(canvas.height, size.rows)
        let cols = min(canvas.width, size.cols)
        // What the screen shows now, if it can be trusted for comparing.
        let before =
            repaintAll
            ? nil
            : previous.flatMap { $0.width == canvas.width && $0.height == canvas.height ? $0.cells : nil }
        if before == nil { _ = werase(win) }
        if repaintAll { _ = clearok(ezb_curscr(), true) }
        repaintAll = false

        let width = canvas.width
        let cells = canvas.cells
        for y in 0..<rows {
            let row = y * width
            for x in 0..<cols {
                let i = row + x
                let cell = cells[i]
                if let before, !Self.changed(cells, before, i, lastInRow: x + 1 == width) { continue }
                if cell.isContinuation {
                    // The wide character on the left covers this column;
                    // a continuation with no wide character (the canvas
                    // overwrote its left half) is shown as a blank.
                    if x > 0 && !cells[i - 1].isContinuation { continue }
                    put(win, [Glyph.space], cell.style, y, x)
                    continue
                }
                let wide = x + 1 < width && cells[i + 1].isContinuation
                if !wide, let b = cell.asciiByte {
                    // On an erased window a plain blank is there already
                    // (most of a first frame's blanks): the window, and so
                    // what curses sends, is the same without writing it.
                    if b == 0x20 && before == nil && styles.isPlain(cell.style) { continue }
                    putASCII(win, b, cell.style, y, x)
                    continue
                }
                // One non-ASCII scalar curses also gives one column (a
                // Vietnamese letter, a box or block character): what
                // `Glyph.plan` would make of it, without a String.
                if !wide, let s = cell.singleScalar, ezb_wcwidth(s) == 1 {
                    putScalar(win, s, cell.style, y, x)
                    continue
                }
                let g = Glyph.plan(
                    cell.text, canvasColumns: wide ? 2 : 1, available: cols - x,
                    maxScalars: Int(EZB_CCHARW_MAX)
                ) { Int(ezb_wcwidth($0)) }
                put(win, g.scalars, cell.style, y, x)
                if g.padRight { put(win, [Glyph.space], cell.style, y, x + 1) }
            }
        }
        previous = canvas
        _ = wnoutrefresh(win)
        _ = doupdate()
    }

    /// A cell must be written again when it differs, or when its right
    /// neighbour became or stopped being a continuation: then the cell
    /// itself turned from wide to narrow or back.
    @inline(__always)
    static func changed(_ new: [Cell], _ old: [Cell], _ i: Int, lastInRow: Bool) -> Bool {
        if new[i] != old[i] { return true }
        return !lastInRow && new[i + 1].isContinuation != old[i + 1].isContinuation
    }

    /// Writes one printable ASCII character: no arrays, no String.
    private func putASCII(_ win: Window, _ b: UInt8, _ style: Style, _ y: Int, _ x: Int) {
        let look = styles.look(style)
        var cc = cchar_t()
        var wch = wchar_t(b)
        guard ezb_setcchar(&cc, &wch, 1, look.attr, look.pair) == EZB_OK else { return }
        _ = mvwadd_wch(win, Int32(y), Int32(x), &cc)
    }

    /// Writes one cell of one scalar: no arrays, no String.
    private func putScalar(_ win: Window, _ scalar: UInt32, _ style: Style, _ y: Int, _ x: Int) {
        let look = styles.look(style)
        var cc = cchar_t()
        var wch = wchar_t(bitPattern: scalar)
        guard ezb_setcchar(&cc, &wch, 1, look.attr, look.pair) == EZB_OK else { return }
        _ = mvwadd_wch(win, Int32(y), Int32(x), &cc)
    }

    /// Writes one cell. Returns of `mvwadd_wch` are ignored on purpose: at
    /// the bottom-right cell it reports that the cursor could not advance,
    /// yet the character is stored, and curses sends it without scrolling.
    private func put(_ win: Window, _ scalars: [UInt32], _ style: Style, _ y: Int, _ x: Int) {
        let look = styles.look(style)
        var cc = cchar_t()
        let wch = scalars.map { wchar_t(bitPattern: $0) }
        guard ezb_setcchar(&cc, wch, Int32(wch.count), look.attr, look.pair) == EZB_OK else { return }
        _ = mvwadd_wch(win, Int32(y), Int32(x), &cc)
    }
}
