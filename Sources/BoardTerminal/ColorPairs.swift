import BoardView

/// The colour pairs a theme needs: one per role that has a colour,
/// numbered from 1 in role order and allocated once when the terminal
/// opens. Roles without colour use pair 0 (the terminal's defaults).
public struct ColorPairPlan: Equatable, Sendable {
    public struct Pair: Equatable, Sendable {
        public var number: Int
        public var fg: Int
        public var bg: Int
    }

    public private(set) var pairs: [Pair] = []
    private var byRole: [Int]

    /// - Parameters:
    ///   - defaultColors: `use_default_colors()` succeeded, so -1 may stand
    ///     for the terminal's own foreground/background. Without it the
    ///     default becomes white on black, as curses assumes.
    ///   - maxPairs: `COLOR_PAIRS`; a role past it simply gets no colour.
    ///   - directColor: the terminal takes colours as 24-bit RGB values
    ///     (`xterm-direct`: `COLORS` is 2^24), so palette indices from the
    ///     theme are turned into the RGB of the xterm palette.
    public init(theme: Theme, defaultColors: Bool, maxPairs: Int, directColor: Bool = false) {
        byRole = Array(repeating: 0, count: Role.slots)
        guard theme.depth != .monochrome else { return }
        func color(_ c: Int?, default d: Int) -> Int {
            guard let c else { return defaultColors ? -1 : d }
            return directColor ? Palette.rgb(c) : c
        }
        for role in Role.allCases {
            let e = theme[role]
            guard e.usesColor, pairs.count + 1 < maxPairs else { continue }
            let pair = Pair(
                number: pairs.count + 1, fg: color(e.fg, default: Ansi.white), bg: color(e.bg, default: Ansi.black))
            pairs.append(pair)
            byRole[Int(role.rawValue)] = pair.number
        }
    }

    /// The pair number for `role` (0: default colours).
    public func pair(for role: Role) -> Int { byRole[Int(role.rawValue)] }
}

/// The xterm 256-colour palette as RGB, for direct-colour terminals.
enum Palette {
    /// 0–7 stay ANSI numbers (direct-colour entries send those as the
    /// classic colours); 8–15 are the bright ANSI colours, 16–231 the
    /// 6×6×6 cube and 232–255 the grey ramp.
    static func rgb(_ index: Int) -> Int {
        switch index {
        case ..<8: return index
        case 8: return 0x7F7F7F
        case 9..<16:
            let b = index - 8
            return (b & 1 != 0 ? 0xFF0000 : 0) | (b & 2 != 0 ? 0x00FF00 : 0) | (b & 4 != 0 ? 0x0000FF : 0)
        case 16..<232:
            let levels = [0, 95, 135, 175, 215, 255]
            let i = index - 16
            return levels[i / 36] << 16 | levels[i / 6 % 6] << 8 | levels[i % 6]
        default:
            let g = 8 + 10 * (min(index, 255) - 232)
            return g << 16 | g << 8 | g
        }
    }
}

extension Role {
    /// Slots for tables indexed by raw value.
    static let slots = Int(Role.allCases.map(\.rawValue).max() ?? 0) + 1
}
