/// A status that carries meaning, as a symbol plus a role: colour alone
/// never tells the status (colour-blind readers, `--no-color`, a photocopy
/// of a snapshot), so every status the screens colour also gets its symbol.
///
/// Unicode symbols are all one column wide in every common terminal font;
/// the ASCII fallbacks are letters and signs a reader can tell apart.
public enum StatusMark: CaseIterable, Hashable, Sendable {
    /// On pace for the target.
    case onTrack
    /// Behind pace, or due soon.
    case behind
    /// Past its due date and not done.
    case overdue
    /// Done, but after its due date.
    case late
    /// Done (on time).
    case done
    /// A standing assignment with no due date.
    case standing
    /// Stopped, revoked, blocked.
    case blocked
    /// Something to look at (data warnings).
    case warning
    /// An open assignment nobody has reported on for too long.
    case silent

    /// The symbol for this status in the canvas's charset.
    public func symbol(_ charset: Charset) -> String {
        charset == .ascii ? asciiSymbol : unicodeSymbol
    }

    /// The Unicode symbol: `▲ ▼ ! ◷ ✓ ○ ✗ △ ◌`.
    public var unicodeSymbol: String {
        switch self {
        case .onTrack: return "▲"
        case .behind: return "▼"
        case .overdue: return "!"
        case .late: return "◷"
        case .done: return "✓"
        case .standing: return "○"
        case .blocked: return "✗"
        case .warning: return "△"
        case .silent: return "◌"
        }
    }

    /// The ASCII fallback: `^ v ! ~ + o x * ?`.
    public var asciiSymbol: String {
        switch self {
        case .onTrack: return "^"
        case .behind: return "v"
        case .overdue: return "!"
        case .late: return "~"
        case .done: return "+"
        case .standing: return "o"
        case .blocked: return "x"
        case .warning: return "*"
        case .silent: return "?"
        }
    }

    /// What the theme colours it as.
    public var role: Role { style.role }

    /// The style to draw the symbol (and its figure) in.
    public var style: Style {
        switch self {
        case .onTrack, .done: return .good
        case .behind, .warning, .silent: return .warn
        case .overdue, .blocked: return .bad
        case .late: return .late
        case .standing: return .dim
        }
    }

    /// Draws the symbol at (x, y); returns the columns used (1, or 0 when
    /// clipped away).
    @discardableResult
    public func draw(on canvas: inout Canvas, x: Int, y: Int, clip: Rect? = nil) -> Int {
        canvas.draw(symbol(canvas.charset), x: x, y: y, style: style, maxWidth: 1, clip: clip)
    }
}
