import Testing

@testable import BoardTerminal

/// How cells become curses characters when the canvas and libc agree, and
/// when they do not.
@Suite struct GlyphTests {
    /// A stand-in for libc's wcwidth: CJK 2, combining marks 0, U+E000
    /// (private use) unprintable, everything else 1.
    static func width(_ c: UInt32) -> Int {
        switch c {
        case 0x300...0x36F, 0x200D, 0xFE0F: 0
        case 0x4E00...0x9FFF: 2
        case 0xE000: -1
        default: 1
        }
    }

    func plan(_ s: String, _ columns: Int = 1, available: Int = 10) -> Glyph {
        Glyph.plan(s, canvasColumns: columns, available: available, wcwidth: Self.width)
    }

    @Test func plain() {
        #expect(plan("a") == Glyph(scalars: [0x61], padRight: false))
        #expect(plan("ạ") == Glyph(scalars: [0x1EA1], padRight: false))
        #expect(plan("中", 2) == Glyph(scalars: [0x4E2D], padRight: false))
    }

    @Test func combiningMarksStayInTheCell() {
        #expect(plan("a\u{300}") == Glyph(scalars: [0x61, 0x300], padRight: false))
        #expect(plan("a\u{300}\u{301}\u{302}\u{303}").scalars.count == 5)
        // A lone mark sits on a space instead of joining the cell before.
        #expect(plan("\u{301}") == Glyph(scalars: [0x20, 0x301], padRight: false))
    }

    @Test func disagreementsKeepTheRowAligned() {
        #expect(plan("中", 1) == Glyph(scalars: [0x3F], padRight: false))
        #expect(plan("中", 2, available: 1) == Glyph(scalars: [0x20], padRight: false))
        #expect(plan("a", 2) == Glyph(scalars: [0x61], padRight: true))
        #expect(plan("a", 2, available: 1) == Glyph(scalars: [0x61], padRight: false))
        #expect(plan("\u{E000}") == Glyph(scalars: [0x3F], padRight: false))
        #expect(plan("\u{7}") == Glyph(scalars: [0x3F], padRight: false))
        #expect(plan("") == Glyph(scalars: [0x20], padRight: false))
    }

    /// Issue 16: 🇻🇳 was drawn as 🇻, 👨‍👩‍👧‍👦 as 👨 followed by three
    /// dangling joiners (which glued the next letter on in tmux). A cluster
    /// curses cannot hold whole (it stops a cell at the first spacing
    /// scalar after the base, and at five scalars) is a stand-in as wide
    /// as the cell, never a part of itself.
    @Test func clustersCursesCannotHoldWholeAreAStandIn() {
        #expect(plan("\u{1F1FB}\u{1F1F3}") == Glyph(scalars: [0x3F], padRight: false))
        #expect(plan("\u{1F1FB}\u{1F1F3}", 2) == Glyph(scalars: [0x3F], padRight: true))
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"
        #expect(plan(family, 2) == Glyph(scalars: [0x3F], padRight: true))
        #expect(plan("a\u{300}\u{301}\u{302}\u{303}\u{304}") == Glyph(scalars: [0x3F], padRight: false))
        // A joiner that ends a cell joins nothing: it is not sent.
        #expect(plan("a\u{200D}") == Glyph(scalars: [0x61], padRight: false))
    }
}
