import BoardModel

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
    /// Past its due date and not done (an assignment or a work).
    case overdue
    /// Done, but after its due date.
    case late
    /// Done (on time).
    case done
    /// A standing assignment with no due date.
    case standing
    /// An assignment that is blocked.
    case blocked
    /// A gate whose crossings are suspended.
    case suspended
    /// A gate proposed for reopening.
    case reopenProposed
    /// Data older than its panel's threshold (`[stale]`).
    case stale
    /// A data error: a file or row that could not be read (the board
    /// keeps the last good data). Not `!`, which is only "past due".
    case dataError
    /// Something to look at (data warnings).
    case warning
    /// An open assignment nobody has reported on for too long.
    case silent

    /// The symbol for this status in the canvas's charset.
    public func symbol(_ charset: Charset) -> String {
        charset == .ascii ? asciiSymbol : unicodeSymbol
    }

    /// The Unicode symbol: `▲ ▼ ! ◷ ✓ ○ ✗ ⊘ ↺ ◔ ⊠ △ ◌`, each with one
    /// meaning (`meaning`, the `?` legend and README's).
    public var unicodeSymbol: String {
        switch self {
        case .onTrack: return "▲"
        case .behind: return "▼"
        case .overdue: return "!"
        case .late: return "◷"
        case .done: return "✓"
        case .standing: return "○"
        case .blocked: return "✗"
        case .suspended: return "⊘"
        case .reopenProposed: return "↺"
        case .stale: return "◔"
        case .dataError: return "⊠"
        case .warning: return "△"
        case .silent: return "◌"
        }
    }

    /// The ASCII fallback: `^ v ! ~ + o x / r # E * ?`.
    public var asciiSymbol: String {
        switch self {
        case .onTrack: return "^"
        case .behind: return "v"
        case .overdue: return "!"
        case .late: return "~"
        case .done: return "+"
        case .standing: return "o"
        case .blocked: return "x"
        case .suspended: return "/"
        case .reopenProposed: return "r"
        case .stale: return "#"
        case .dataError: return "E"
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
        case .behind, .warning, .silent, .reopenProposed: return .warn
        case .overdue, .blocked, .suspended, .dataError: return .bad
        case .late, .stale: return .late
        case .standing: return .dim
        }
    }

    /// Draws the symbol at (x, y); returns the columns used (1, or 0 when
    /// clipped away).
    @discardableResult
    public func draw(on canvas: inout Canvas, x: Int, y: Int, clip: Rect? = nil) -> Int {
        canvas.draw(symbol(canvas.charset), x: x, y: y, style: style, maxWidth: 1, clip: clip)
    }

    /// What the symbol means, the one meaning it has everywhere.
    public func meaning(_ l: Lang) -> String {
        switch self {
        case .onTrack: return l.pick("đạt nhịp tới mục tiêu năm", "on pace for the year's target")
        case .behind: return l.pick("chậm nhịp so với mục tiêu năm", "behind pace for the year's target")
        case .overdue:
            return l.pick("quá hạn, chưa xong (nhiệm vụ, công trình)", "past due, not done (assignment, work)")
        case .late: return l.pick("đã xong nhưng sau hạn", "done, but after its due date")
        case .done: return l.pick("xong (đúng hạn), đang hoạt động", "done (on time), open, in operation")
        case .standing: return l.pick("nhiệm vụ thường xuyên, không có hạn", "standing assignment, no due date")
        case .blocked: return l.pick("nhiệm vụ vướng mắc", "assignment blocked")
        case .suspended: return l.pick("cửa khẩu tạm dừng", "gate suspended")
        case .reopenProposed: return l.pick("cửa khẩu đề xuất mở lại", "gate proposed for reopening")
        case .stale: return l.pick("dữ liệu cũ (quá ngưỡng [stale])", "stale data (older than [stale] allows)")
        case .dataError:
            return l.pick("lỗi dữ liệu (giữ số liệu hợp lệ gần nhất)", "data error (the last good data is kept)")
        case .warning: return l.pick("cảnh báo về dữ liệu", "data warning")
        case .silent: return l.pick("chậm báo cáo quá N ngày", "silent: no report for over N days")
        }
    }
}
