import BoardView
import CNcursesw

/// Every `Style` turned into curses attributes and a pair number once, so
/// that drawing a cell is an array lookup: 17 roles × 8 flag combinations.
struct StyleTable {
    private var attrs: [attr_t]
    private var pairs: [Int16]

    init(theme: Theme, plan: ColorPairPlan) {
        let count = Role.slots * 8
        attrs = Array(repeating: EZB_A_NORMAL, count: count)
        pairs = Array(repeating: 0, count: count)
        for role in Role.allCases {
            for flags in 0..<8 {
                let style = Style(role, bold: flags & 1 != 0, underline: flags & 2 != 0, reverse: flags & 4 != 0)
                let i = Self.index(style)
                attrs[i] = Self.curses(theme.attrs(for: style))
                pairs[i] = Int16(plan.pair(for: role))
            }
        }
    }

    @inline(__always)
    static func index(_ s: Style) -> Int {
        Int(s.role.rawValue) << 3 | (s.bold ? 1 : 0) | (s.underline ? 2 : 0) | (s.reverse ? 4 : 0)
    }

    @inline(__always)
    func look(_ s: Style) -> (attr: attr_t, pair: Int16) {
        let i = Self.index(s)
        return (attrs[i], pairs[i])
    }

    /// Whether a blank in this style looks like an erased cell (no
    /// attribute, the default colours): `werase` has drawn it already.
    @inline(__always)
    func isPlain(_ s: Style) -> Bool {
        let i = Self.index(s)
        return attrs[i] == EZB_A_NORMAL && pairs[i] == 0
    }

    static func curses(_ a: ThemeAttrs) -> attr_t {
        var out = EZB_A_NORMAL
        if a.contains(.bold) { out |= EZB_A_BOLD }
        if a.contains(.underline) { out |= EZB_A_UNDERLINE }
        if a.contains(.reverse) { out |= EZB_A_REVERSE }
        if a.contains(.dim) { out |= EZB_A_DIM }
        return out
    }
}
