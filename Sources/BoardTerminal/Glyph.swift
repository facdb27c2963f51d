/// How one canvas cell goes to curses: which scalars make up its
/// `cchar_t`, and whether the column after it needs a blank.
///
/// The canvas measured every grapheme with BoardView's width table; the
/// terminal's libc (`wcwidth`, which ncurses uses to place characters)
/// may disagree for rarer characters. A disagreement must not shift the
/// rest of the row, so the canvas's layout wins:
/// - libc says 2 columns, the canvas gave 1: drawn as `?`.
/// - a 2-column character with only 1 column left on screen: a blank.
/// - libc says 1 column, the canvas gave 2: drawn, plus a blank after it.
/// - libc says unprintable (−1, e.g. in a non-UTF-8 locale): `?`.
/// - a grapheme starting with a combining mark: the mark goes on a space
///   (curses would otherwise merge it into the previous cell).
/// Only zero-width scalars (combining marks, ZWJ, variation selectors)
/// may follow the base, at most `maxScalars` in all: a cell whose cluster
/// curses could not hold whole (a spacing scalar after the base, too many
/// marks) is drawn as `?`, never as part of itself. A joiner at the end is
/// dropped: sent last, it would glue the next cell's letter on.
struct Glyph: Equatable {
    var scalars: [UInt32]
    /// Write a blank in the next column as well.
    var padRight: Bool

    static let question: UInt32 = 0x3F
    static let space: UInt32 = 0x20

    /// - Parameters:
    ///   - canvasColumns: 2 when the next cell is the continuation.
    ///   - available: columns left on the screen from this cell (≥ 1).
    ///   - wcwidth: the terminal library's width of a scalar.
    static func plan(
        _ text: String, canvasColumns: Int, available: Int, maxScalars: Int = 5,
        wcwidth: (UInt32) -> Int
    ) -> Glyph {
        var it = text.unicodeScalars.makeIterator()
        guard let base = it.next()?.value else { return Glyph(scalars: [space], padRight: false) }
        var scalars: [UInt32]
        var width: Int
        if base < 0x80 {
            let printable = base >= 0x20 && base != 0x7F
            scalars = [printable ? base : question]
            width = 1
        } else {
            width = wcwidth(base)
            switch width {
            case 0:
                scalars = [space, base]
                width = 1
            case 1, 2: scalars = [base]
            default: return fit(Glyph(scalars: [question], padRight: false), canvasColumns, available)
            }
        }
        var rest: [UInt32] = []
        while let s = it.next()?.value {
            guard s >= 0x80, wcwidth(s) == 0 else {
                return fit(Glyph(scalars: [question], padRight: false), canvasColumns, available)
            }
            rest.append(s)
        }
        while rest.last == 0x200D { rest.removeLast() }
        if scalars.count + rest.count > maxScalars {
            return fit(Glyph(scalars: [question], padRight: false), canvasColumns, available)
        }
        scalars += rest
        if width == 2 {
            if canvasColumns < 2 { return Glyph(scalars: [question], padRight: false) }
            if available < 2 { return Glyph(scalars: [space], padRight: false) }
            return Glyph(scalars: scalars, padRight: false)
        }
        return fit(Glyph(scalars: scalars, padRight: false), canvasColumns, available)
    }

    /// A one-column glyph in a cell the canvas made `canvasColumns` wide.
    private static func fit(_ g: Glyph, _ canvasColumns: Int, _ available: Int) -> Glyph {
        Glyph(scalars: g.scalars, padRight: canvasColumns == 2 && available >= 2)
    }
}
