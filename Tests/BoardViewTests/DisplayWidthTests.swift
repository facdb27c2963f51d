import Foundation
import Testing

@testable import BoardView

@Suite("Display width")
struct DisplayWidthTests {
    @Test("ASCII, Latin and Vietnamese take one column per letter")
    func narrow() {
        #expect(TextLayout.width("Kim Thanh") == 9)
        #expect(TextLayout.width("Kim Thành") == 9)
        #expect(TextLayout.width("Tằng Loỏng") == 10)
        #expect(TextLayout.width("Đồng Đăng – Lạng Sơn") == 20)
        #expect(TextLayout.width("Ưu tiên ơ ư Ơ Ư") == 15)
        #expect(TextLayout.width("") == 0)
    }

    @Test("Decomposed Vietnamese measures like precomposed")
    func decomposedVietnamese() {
        let samples = [
            "Kim Thành", "Tằng Loỏng", "Móng Cái", "Hữu Nghị", "Cửa khẩu", "Quảng Ninh", "Bắc Phong Sinh",
            "Hoành Mô", "Lào Cai", "Đồng Văn", "ỹ ỷ ỵ ự ữ ử ừ ứ", "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ",
        ]
        for s in samples {
            let nfd = s.decomposedStringWithCanonicalMapping
            #expect(nfd.unicodeScalars.count > s.unicodeScalars.count || !s.contains(where: { !$0.isASCII }))
            #expect(TextLayout.width(nfd) == TextLayout.width(s), "\(s)")
            #expect(TextLayout.width(nfd) == s.count, "\(s)")
        }
        // Every precomposed letter in U+1EA0–U+1EF9 and U+00C0–U+01B0 is one column, alone
        // and decomposed.
        for v in Array(0x1EA0...0x1EF9) + Array(0xC0...0x1B0) {
            let ch = Character(Unicode.Scalar(UInt32(v))!)
            #expect(DisplayWidth.of(ch) == 1, "U+\(String(v, radix: 16))")
            let nfd = String(ch).decomposedStringWithCanonicalMapping
            #expect(TextLayout.width(nfd) == 1, "U+\(String(v, radix: 16)) decomposed")
        }
        // The combining marks of Vietnamese, on any base, add nothing.
        for mark in [
            "\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}", "\u{0302}\u{0301}", "\u{031B}\u{0323}",
        ] {
            #expect(TextLayout.width("a" + mark + "b") == 2)
        }
    }

    @Test("CJK, Hangul and fullwidth take two columns")
    func wide() {
        #expect(TextLayout.width("中文") == 4)
        #expect(TextLayout.width("河口口岸") == 8)
        #expect(TextLayout.width("한국어") == 6)
        #expect(TextLayout.width("ＡＢ") == 4)
        #expect(TextLayout.width("カタカナ") == 8)
        #expect(TextLayout.width("a中b") == 4)
        // Conjoining jamo: leading consonant wide, vowel and final zero.
        #expect(TextLayout.width("\u{1100}\u{1161}\u{11A8}") == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x1160)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x11FF)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0xD7B0)!) == 0)
        // Unassigned ideographs still count as wide (future CJK extensions).
        #expect(DisplayWidth.of(Unicode.Scalar(0x2FFFD)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x3000)!) == 2)
    }

    @Test("Emoji: presentation by default, by U+FE0F, flags, modifiers, ZWJ")
    func emoji() {
        #expect(TextLayout.width("😀") == 2)
        #expect(TextLayout.width("🚚") == 2)
        #expect(TextLayout.width("❤") == 1)
        #expect(TextLayout.width("❤️") == 2)
        #expect(TextLayout.width("👍🏽") == 2)
        #expect(TextLayout.width("👨‍👩‍👧") == 2)
        #expect(TextLayout.width("🇻🇳") == 2)
        #expect(TextLayout.width("1️⃣") == 2)
        #expect(TextLayout.width("⌚") == 2)
        #expect(TextLayout.width("✓") == 1)
    }

    @Test("Marks and invisible characters take no column")
    func zero() {
        for v: UInt32 in [
            0x0300, 0x036F, 0x1AB0, 0x1AFF, 0x1DC0, 0x1DFF, 0x20D0, 0x20FF, 0xFE20, 0xFE2F,
            0x200B, 0x200C, 0x200D, 0x2060, 0xFE00, 0xFE0F, 0xFEFF, 0xE0100, 0x3099,
        ] {
            #expect(DisplayWidth.of(Unicode.Scalar(v)!) == 0, "U+\(String(v, radix: 16))")
        }
        #expect(DisplayWidth.of(Character("\u{0301}")) == 0)
        #expect(TextLayout.width("e\u{0301}") == 1)
        #expect(TextLayout.width("a\u{200B}b") == 2)
        #expect(TextLayout.width("a\u{200D}b") == 2)
        #expect(TextLayout.width("x\u{20DD}") == 1)
        // Visible format characters and ambiguous symbols stay one column.
        #expect(DisplayWidth.of(Unicode.Scalar(0xAD)!) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x0600)!) == 1)
        for s in ["─", "│", "▲", "…", "·", "×", "°", "€", "₫"] { #expect(TextLayout.width(s) == 1, "\(s)") }
    }

    @Test("Numbers are measured by display width")
    func numbers() {
        #expect(TextLayout.width("1234567") == 7)
        #expect(TextLayout.width("1\u{202F}234\u{202F}567,5") == 11)
        #expect(TextLayout.width("−12,5%") == 6)
        #expect(TextLayout.alignRight("1\u{00A0}234", width: 7) == "  1\u{00A0}234")
        #expect(TextLayout.width("１２３") == 6)
    }

    @Test("The range tables are sorted, disjoint and inclusive pairs")
    func tables() {
        for table in [DisplayWidth.wideRanges, DisplayWidth.zeroRanges] {
            #expect(table.count % 2 == 0)
            for i in stride(from: 0, to: table.count, by: 2) {
                #expect(table[i] <= table[i + 1])
                if i >= 2 { #expect(table[i - 1] + 1 < table[i]) }
            }
        }
    }

    @Test("Range edges: first and last code point of some ranges")
    func edges() {
        let cases: [(UInt32, Int)] = [
            (0x10FF, 1), (0x1100, 2), (0x115F, 2), (0x2E7F, 1), (0x2E80, 2),
            (0x303E, 2), (0x303F, 1), (0xA4CF, 1), (0xAC00, 2), (0xD7A3, 2), (0xD7A4, 1),
            (0xFF00, 1), (0xFF01, 2), (0xFF60, 2), (0xFF61, 1), (0x1F300, 2), (0x1F64F, 2),
            (0x1F650, 1), (0x20000, 2), (0x41, 1), (0x7F, 0), (0x1F, 0),
        ]
        for (v, w) in cases { #expect(DisplayWidth.of(Unicode.Scalar(v)!) == w, "U+\(String(v, radix: 16))") }
    }

    @Test("The fast paths agree with cluster-by-cluster measuring")
    func fastPathsAgree() {
        let samples = [
            "Kim Thành", "Kim Tha\u{0300}nh", "\u{0301}abc", "¡Olé!", "naïve café", "ʻokina ˈstress",
            "ĐẶNG ƯỚC ỮỲ", "soft\u{00AD}hyphen", "a\u{0300}\u{0301}\u{0302}",
        ]
        for s in samples {
            let slow = s.reduce(0) { $0 + TextLayout.clusterWidth($1, charset: .unicode) }
            #expect(TextLayout.width(s) == slow, "\(s)")
            // The Latin fast path either agrees or declines (the soft hyphen).
            #expect(TextLayout.latinWidth(s).map { $0 == slow } ?? true, "\(s)")
        }
    }
}
