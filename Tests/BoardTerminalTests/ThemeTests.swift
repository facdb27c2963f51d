import BoardView
import Testing

@testable import BoardTerminal

@Suite struct ThemeTests {
    @Test func depthFromColourCount() {
        #expect(ColorDepth(colors: 256) == .c256)
        #expect(ColorDepth(colors: 16_777_216) == .c256)
        #expect(ColorDepth(colors: 88) == .eight)
        #expect(ColorDepth(colors: 8) == .eight)
        #expect(ColorDepth(colors: 2) == .monochrome)
        #expect(ColorDepth(colors: 256, hasColors: false) == .monochrome)
        #expect(ColorDepth(colors: 256, monochrome: true) == .monochrome)
    }

    @Test(arguments: ColorDepth.allCases)
    func colorsFitTheDepth(_ depth: ColorDepth) {
        let theme = Theme(depth: depth)
        let limit = depth == .c256 ? 256 : 8
        for role in Role.allCases {
            let e = theme[role]
            for c in [e.fg, e.bg].compactMap({ $0 }) {
                #expect((0..<limit).contains(c), "\(depth) \(role): colour \(c)")
            }
        }
    }

    @Test func monochromeNeverUsesColour() {
        let theme = Theme(depth: .monochrome)
        for role in Role.allCases { #expect(!theme[role].usesColor, "\(role)") }
    }

    /// Without colour, every role that marks a state must still look
    /// different from plain text, through attributes alone.
    @Test func monochromeMarksStatesWithAttributes() {
        let theme = Theme(depth: .monochrome)
        let marked: [Style] = [
            .selected, .headerBar, .bad, .warn, .late, .dim, .accent, .title, .replaced, .focusBorder,
        ]
        for style in marked { #expect(!theme.attrs(for: style).isEmpty, "\(style.role)") }
        #expect(theme.attrs(for: .selected).contains(.reverse))
        #expect(theme.attrs(for: .headerBar).contains(.reverse))
        #expect(theme.attrs(for: .bad) == [.bold, .underline])
        #expect(theme.attrs(for: .warn) == [.bold])
        #expect(theme.attrs(for: .late) == [.underline])
        #expect(theme.attrs(for: .dim) == [.dim])
        #expect(theme.attrs(for: .good) == [])
        #expect(theme.attrs(for: .bad) != theme.attrs(for: .warn))
    }

    @Test func meanings() {
        let eight = Theme(depth: .eight)
        #expect(eight[.good].fg == Ansi.green)
        #expect(eight[.warn].fg == Ansi.yellow)
        #expect(eight[.bad].fg == Ansi.red && eight[.bad].attrs.contains(.bold))
        #expect(eight[.late].fg == Ansi.magenta && eight[.late].attrs.contains(.underline))
        #expect(eight[.accent].fg == Ansi.cyan && eight[.accent].attrs.contains(.bold))
        #expect(eight[.dim] == ThemeEntry([.dim]))
        #expect(eight[.selected].attrs.contains(.reverse))
        let c256 = Theme(depth: .c256)
        #expect(c256[.dim].fg == 244)
        #expect(c256[.selected].bg != nil)
    }

    /// A role painted with a background drops the style's reverse (it only
    /// stood in for the background); other roles keep it, and `.replaced`
    /// gets reverse only from its style, which the canvas flips.
    @Test func reverseComesFromStyleUnlessThereIsABackground() {
        let c256 = Theme(depth: .c256)
        #expect(!c256.attrs(for: .selected).contains(.reverse))
        #expect(!c256.attrs(for: .headerBar).contains(.reverse))
        for depth in ColorDepth.allCases {
            let t = Theme(depth: depth)
            #expect(t.attrs(for: .replaced).contains(.reverse))
            #expect(!t.attrs(for: Style(.replaced, reverse: false)).contains(.reverse))
            #expect(t.attrs(for: Style(.normal, bold: true, underline: true)) == [.bold, .underline])
        }
    }

    @Test func onePairPerColouredRole() {
        let theme = Theme(depth: .c256)
        let plan = ColorPairPlan(theme: theme, defaultColors: true, maxPairs: 256)
        let coloured = Role.allCases.filter { theme[$0].usesColor }
        #expect(plan.pairs.count == coloured.count)
        #expect(plan.pairs.map(\.number) == Array(1...coloured.count))
        #expect(plan.pair(for: .normal) == 0)
        let bad = plan.pairs[plan.pair(for: .bad) - 1]
        #expect(bad.fg == 196 && bad.bg == -1)
    }

    /// Direct-colour terminals (`xterm-direct`) take RGB values: the theme's
    /// palette indices are sent as the RGB of the xterm palette.
    @Test func directColour() {
        #expect(Palette.rgb(1) == 1)
        #expect(Palette.rgb(9) == 0xFF0000)
        #expect(Palette.rgb(196) == 0xFF0000)
        #expect(Palette.rgb(25) == 0x005FAF)
        #expect(Palette.rgb(231) == 0xFFFFFF)
        #expect(Palette.rgb(244) == 0x808080)
        let plan = ColorPairPlan(theme: Theme(depth: .c256), defaultColors: true, maxPairs: 65536, directColor: true)
        let selected = plan.pairs[plan.pair(for: .selected) - 1]
        #expect(selected.fg == 0xFFFFFF && selected.bg == 0x005FAF)
        #expect(plan.pairs[plan.pair(for: .bad) - 1].bg == -1)
    }

    @Test func pairsWithoutDefaultColoursOrRoom() {
        let theme = Theme(depth: .eight)
        let plan = ColorPairPlan(theme: theme, defaultColors: false, maxPairs: 64)
        let good = plan.pairs[plan.pair(for: .good) - 1]
        #expect(good.fg == Ansi.green && good.bg == Ansi.black)
        let tiny = ColorPairPlan(theme: theme, defaultColors: true, maxPairs: 3)
        #expect(tiny.pairs.count == 2)
        #expect(ColorPairPlan(theme: Theme(depth: .monochrome), defaultColors: true, maxPairs: 256).pairs.isEmpty)
    }
}

/// Issue 11, item 11: with `--no-color` a bar's empty part is drawn as
/// spaces; dim alone leaves it invisible, so it is underlined too.
@Suite struct MonochromeBarTests {
    @Test func emptyBarPartIsVisibleWithoutColour() {
        let e = Theme(depth: .monochrome)[.barEmpty]
        #expect(e.attrs.contains(.underline) || e.attrs.contains(.reverse))
    }
}
