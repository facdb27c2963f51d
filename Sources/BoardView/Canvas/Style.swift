/// What a cell means, not how it looks. A `Theme` turns a role into colours
/// and attributes for the terminal at hand (256 colours, 8, or none), so
/// the screens never pick colours and meaning never rests on colour alone:
/// every status role is also drawn with a symbol by the widgets.
public enum Role: UInt8, CaseIterable, Sendable {
    case normal
    /// Secondary text: units, dates, hints.
    case dim
    /// Panel and screen titles.
    case title
    /// Table column headers.
    case header
    /// Borders of panels; `focusBorder` for the focused one.
    case border, focusBorder
    /// The selected row.
    case selected
    /// On track, done on time.
    case good
    /// Behind pace, due soon.
    case warn
    /// Overdue, late, errors.
    case bad
    /// Done, but late.
    case late
    /// Highlights: key names in hints, figures that matter.
    case accent
    /// Filled and empty parts of bars and gauges.
    case barFill, barEmpty
    /// The header line and the footer line.
    case headerBar, footerBar
    /// Text that replaced something unprintable from the data.
    case replaced
}

/// A role plus the attributes that carry meaning without colour.
public struct Style: Hashable, Sendable {
    public var role: Role
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(_ role: Role = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    public static let normal = Style()
    public static let dim = Style(.dim)
    public static let title = Style(.title, bold: true)
    public static let header = Style(.header, bold: true)
    public static let border = Style(.border)
    /// Heavy lines and the theme's colour (or bold, in monochrome) mark it.
    public static let focusBorder = Style(.focusBorder)
    public static let selected = Style(.selected, reverse: true)
    public static let good = Style(.good)
    public static let warn = Style(.warn, bold: true)
    public static let bad = Style(.bad, bold: true)
    public static let late = Style(.late, underline: true)
    public static let accent = Style(.accent, bold: true)
    public static let barFill = Style(.barFill)
    public static let barEmpty = Style(.barEmpty)
    public static let headerBar = Style(.headerBar, reverse: true)
    public static let footerBar = Style(.footerBar)
    public static let replaced = Style(.replaced, reverse: true)
}
