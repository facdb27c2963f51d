import BoardView

/// How many colours the terminal can show, as far as the theme cares.
public enum ColorDepth: Sendable, Hashable, CaseIterable {
    /// Bold, underline, reverse and dim only: no colour at all.
    case monochrome
    /// The eight ANSI colours (plus the terminal's default).
    case eight
    /// The xterm 256-colour palette.
    case c256

    /// The depth for a terminal reporting `colors` (ncurses `COLORS`), or
    /// monochrome when the user asked for no colour (`--no-color`,
    /// `NO_COLOR`) or the terminal has none.
    public init(colors: Int, hasColors: Bool = true, monochrome: Bool = false) {
        if monochrome || !hasColors || colors < 8 {
            self = .monochrome
        } else if colors >= 256 {
            self = .c256
        } else {
            self = .eight
        }
    }
}

/// Attributes a theme entry sets, whatever the colours.
public struct ThemeAttrs: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = ThemeAttrs(rawValue: 1)
    public static let underline = ThemeAttrs(rawValue: 2)
    public static let reverse = ThemeAttrs(rawValue: 4)
    public static let dim = ThemeAttrs(rawValue: 8)
}

/// How one role looks at one colour depth. A colour is a palette index
/// (0–7 or 0–255); `nil` is the terminal's own default colour.
public struct ThemeEntry: Hashable, Sendable {
    public var fg: Int?
    public var bg: Int?
    public var attrs: ThemeAttrs

    public init(fg: Int? = nil, bg: Int? = nil, _ attrs: ThemeAttrs = []) {
        self.fg = fg
        self.bg = bg
        self.attrs = attrs
    }

    public var usesColor: Bool { fg != nil || bg != nil }
}

/// Role → look, for one colour depth. The tables themselves are in
/// `ThemeTables.swift`; a `switch` there makes the compiler check that
/// every role has an entry at every depth.
public struct Theme: Sendable, Equatable {
    public let depth: ColorDepth
    private let entries: [ThemeEntry]

    public init(depth: ColorDepth) {
        self.depth = depth
        let table: (Role) -> ThemeEntry
        switch depth {
        case .monochrome: table = ThemeTables.monochrome
        case .eight: table = ThemeTables.eight
        case .c256: table = ThemeTables.c256
        }
        var entries = Array(repeating: ThemeEntry(), count: Role.slots)
        for role in Role.allCases { entries[Int(role.rawValue)] = table(role) }
        self.entries = entries
    }

    public subscript(role: Role) -> ThemeEntry { entries[Int(role.rawValue)] }

    /// The attributes a cell of `style` gets: the role's own, plus the
    /// style's bold/underline/reverse. A role the theme paints with a
    /// background colour (a blue selection bar) drops the style's reverse,
    /// which only stood in for that background where there is no colour;
    /// keeping it would swap the colours back.
    public func attrs(for style: Style) -> ThemeAttrs {
        let e = self[style.role]
        var a = e.attrs
        if style.bold { a.insert(.bold) }
        if style.underline { a.insert(.underline) }
        if style.reverse && e.bg == nil { a.insert(.reverse) }
        return a
    }
}
