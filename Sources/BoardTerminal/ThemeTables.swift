// Tables laid out by hand, row by row: swift-format leaves them as written.
// swift-format-ignore-file
import BoardView

/// The look of every role at every colour depth, before the style's own
/// bold/underline/reverse are added (`Theme.attrs(for:)`): `.replaced`
/// gets its reverse from the style, which flips it against its
/// surroundings, so the tables must not force it. Bars must be drawn with
/// glyphs (`█`/`░`, `#`/`-`): the theme colours their foreground only.
///
/// Meanings are fixed:
/// good = green, warn = amber, bad = red and bold, late = magenta and
/// underlined, accent = cyan and bold, dim = grey. Colours were picked to
/// read on dark and light backgrounds alike (mid tones, no pure white or
/// black foreground on the default background).
enum ThemeTables {
    static func c256(_ role: Role) -> ThemeEntry {
        switch role {
        case .normal: ThemeEntry()
        case .dim: ThemeEntry(fg: 244)
        case .title: ThemeEntry([.bold])
        case .header: ThemeEntry(fg: 250, [.bold])
        case .border: ThemeEntry(fg: 242)
        // Colour alone (heavy lines already show focus): turning bold off
        // costs a full attribute reset on every row a border crosses.
        case .focusBorder: ThemeEntry(fg: 37)
        case .selected: ThemeEntry(fg: 231, bg: 25)
        case .good: ThemeEntry(fg: 34)
        case .warn: ThemeEntry(fg: 214, [.bold])
        case .bad: ThemeEntry(fg: 196, [.bold])
        case .late: ThemeEntry(fg: 170, [.underline])
        case .accent: ThemeEntry(fg: 44, [.bold])
        case .barFill: ThemeEntry(fg: 38)
        case .barEmpty: ThemeEntry(fg: 240)
        case .headerBar: ThemeEntry(fg: 231, bg: 238, [.bold])
        case .footerBar: ThemeEntry(fg: 252, bg: 236)
        case .replaced: ThemeEntry(fg: 208)
        }
    }

    static func eight(_ role: Role) -> ThemeEntry {
        switch role {
        case .normal: ThemeEntry()
        case .dim: ThemeEntry([.dim])
        case .title: ThemeEntry([.bold])
        case .header: ThemeEntry([.bold])
        case .border: ThemeEntry()
        case .focusBorder: ThemeEntry(fg: Ansi.cyan)
        case .selected: ThemeEntry([.reverse])
        case .good: ThemeEntry(fg: Ansi.green)
        case .warn: ThemeEntry(fg: Ansi.yellow, [.bold])
        case .bad: ThemeEntry(fg: Ansi.red, [.bold])
        case .late: ThemeEntry(fg: Ansi.magenta, [.underline])
        case .accent: ThemeEntry(fg: Ansi.cyan, [.bold])
        case .barFill: ThemeEntry(fg: Ansi.cyan)
        case .barEmpty: ThemeEntry([.dim])
        case .headerBar: ThemeEntry([.reverse])
        case .footerBar: ThemeEntry([.reverse])
        case .replaced: ThemeEntry(fg: Ansi.magenta)
        }
    }

    /// No colour at all: meaning rests on attributes (and on the symbols
    /// the widgets draw beside every status).
    static func monochrome(_ role: Role) -> ThemeEntry {
        switch role {
        case .normal: ThemeEntry()
        case .dim: ThemeEntry([.dim])
        case .title: ThemeEntry([.bold])
        case .header: ThemeEntry([.bold])
        case .border: ThemeEntry()
        case .focusBorder: ThemeEntry([.bold])
        case .selected: ThemeEntry([.reverse])
        case .good: ThemeEntry()
        case .warn: ThemeEntry([.bold])
        case .bad: ThemeEntry([.bold, .underline])
        case .late: ThemeEntry([.underline])
        case .accent: ThemeEntry([.bold])
        case .barFill: ThemeEntry()
        // A dim space is invisible: underlined, a bar's empty part shows.
        case .barEmpty: ThemeEntry([.dim, .underline])
        case .headerBar: ThemeEntry([.reverse])
        case .footerBar: ThemeEntry()
        case .replaced: ThemeEntry()
        }
    }
}

/// The eight ANSI colour numbers, as curses numbers them.
enum Ansi {
    static let black = 0, red = 1, green = 2, yellow = 3, blue = 4, magenta = 5, cyan = 6, white = 7
}
