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
    public init(theme: Theme, defaultColors: Bool, maxPairs: Int) {
        byRole = Array(repeating: 0, count: Role.allCases.count)
        guard theme.depth != .monochrome else { return }
        for role in Role.allCases {
            let e = theme[role]
            guard e.usesColor, pairs.count + 1 < maxPairs else { continue }
            let pair = Pair(number: pairs.count + 1,
                            fg: e.fg ?? (defaultColors ? -1 : Ansi.white),
                            bg: e.bg ?? (defaultColors ? -1 : Ansi.black))
            pairs.append(pair)
            byRole[Int(role.rawValue)] = pair.number
        }
    }

    /// The pair number for `role` (0: default colours).
    public func pair(for role: Role) -> Int { byRole[Int(role.rawValue)] }
}
