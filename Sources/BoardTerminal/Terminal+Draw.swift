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
        // On an erased window (a first frame, a repaint) the one-column
        // cells go to curses a run at a time, copied as they are
        // (`mvwadd_wchnstr`), not one `mvwadd_wch` each (cursor, rendering
        // and wrapping per cell): the same window, so the same bytes sent,
        // for a quarter of the instructions. Over a window that holds a
        // frame, cells are written one by one as before: there a run could
        // land on half of a wide character curses still shows.
        var run = before == nil ? CellRun(capacity: cols) : nil
        for y in 0..<rows {
            let row = y * width
            for x in 0..<cols {
                let i = row + x
                let cell = cells[i]
                if let before, !Self.changed(cells, before, i, lastInRow: x + 1 == width) { continue }
                if run != nil {
                    let wide = x + 1 < width && cells[i + 1].isContinuation
                    if !cell.isContinuation, !wide, let b = cell.asciiByte {
                        if b == 0x20 && styles.isPlain(cell.style) {
                            run!.flush(win)
                            continue
                        }
                        run!.add(UInt32(b), styles.look(cell.style), y, x, in: win)
                        continue
                    }
                    if !cell.isContinuation, !wide, let s = cell.singleScalar, ezb_wcwidth(s) == 1 {
                        run!.add(s, styles.look(cell.style), y, x, in: win)
                        continue
                    }
                    run!.flush(win)
                }
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
            run?.flush(win)
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

/// One-column cells side by side on one row of an erased window, to be
/// stored by one `mvwadd_wchnstr`. Made with `setcchar` as `mvwadd_wch`'s
/// cells are; `mvwadd_wch` would store them unchanged (window attributes
/// and background are never set), so the window is the same either way.
struct CellRun {
    private var cells: [cchar_t]
    private var y = 0
    private var x = 0

    init(capacity: Int) {
        cells = []
        cells.reserveCapacity(capacity)
    }

    /// Adds the cell at (`y`, `x`), which must follow the last one added;
    /// else the run is stored first and a new one begins.
    mutating func add(_ scalar: UInt32, _ look: (attr: attr_t, pair: Int16), _ y: Int, _ x: Int, in win: Window) {
        if !cells.isEmpty && (y != self.y || x != self.x + cells.count) { flush(win) }
        if cells.isEmpty {
            self.y = y
            self.x = x
        }
        var cc = cchar_t()
        var wch = wchar_t(bitPattern: scalar)
        guard ezb_setcchar(&cc, &wch, 1, look.attr, look.pair) == EZB_OK else {
            // As `mvwadd_wch` is never called for such a cell: leave a gap.
            flush(win)
            return
        }
        cells.append(cc)
    }

    /// Stores the run (if any) and empties it.
    mutating func flush(_ win: Window) {
        guard !cells.isEmpty else { return }
        _ = cells.withUnsafeBufferPointer { mvwadd_wchnstr(win, Int32(y), Int32(x), $0.baseAddress, Int32($0.count)) }
        cells.removeAll(keepingCapacity: true)
    }
}
