import Foundation
import Testing

@testable import BoardView

@Suite("ASCII folding")
struct AsciiFoldTests {
    @Test("Vietnamese loses its diacritics")
    func vietnamese() {
        #expect(AsciiFold.fold("Kim Thành") == "Kim Thanh")
        #expect(AsciiFold.fold("Tằng Loỏng") == "Tang Loong")
        #expect(AsciiFold.fold("Đồng Đăng") == "Dong Dang")
        #expect(AsciiFold.fold("đường") == "duong")
        #expect(AsciiFold.fold("Ư ư Ơ ơ Ă ă Â â Ê ê Ô ô") == "U u O o A a A a E e O o")
        #expect(AsciiFold.fold("Cửa khẩu Hữu Nghị, Lạng Sơn") == "Cua khau Huu Nghi, Lang Son")
        #expect(AsciiFold.fold("ỰỪỨỬỮ ựừứửữ ỳýỷỹỵ") == "UUUUU uuuuu yyyyy")
    }

    @Test("Decomposed Vietnamese folds like precomposed")
    func decomposed() {
        for s in ["Kim Thành", "Tằng Loỏng", "Hữu Nghị", "Quảng Ninh", "ỆỘỢỰẶ"] {
            #expect(AsciiFold.fold(s.decomposedStringWithCanonicalMapping) == AsciiFold.fold(s))
        }
        #expect(AsciiFold.fold("Tha\u{0300}nh") == "Thanh")
        #expect(AsciiFold.fold("u\u{031B}\u{0323}") == "u")
    }

    @Test("Every letter of U+00C0–U+01B0 and U+1EA0–U+1EF9 folds to ASCII letters")
    func ranges() {
        for v in Array(0xC0...0x1B0) + Array(0x1EA0...0x1EF9) where v != 0xD7 && v != 0xF7 {
            let folded = AsciiFold.fold(Character(Unicode.Scalar(UInt32(v))!))
            #expect(
                !folded.isEmpty && folded.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "'") },
                "U+\(String(v, radix: 16)) → \(folded)")
        }
        // Vietnamese vowels keep their base letter.
        let vowels = "aăâeêioôơuưy"
        let bases = "aaaeeiooouuy"
        for (v, b) in zip(vowels, bases) {
            for tone in ["", "\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"] {
                let composed = (String(v) + tone).precomposedStringWithCanonicalMapping
                #expect(AsciiFold.fold(composed) == String(b), "\(composed)")
                #expect(AsciiFold.fold(composed.uppercased()) == String(b).uppercased(), "\(composed)")
            }
        }
    }

    @Test("Punctuation becomes its plain look-alike")
    func punctuation() {
        #expect(AsciiFold.fold("Chờ…") == "Cho...")
        #expect(AsciiFold.fold("2023–2025 — xong") == "2023-2025 - xong")
        #expect(AsciiFold.fold("“Hữu Nghị” ‘x’") == "\"Huu Nghi\" 'x'")
        #expect(AsciiFold.fold("3×4") == "3x4")
        #expect(AsciiFold.fold("• a · b") == "* a * b")
        #expect(AsciiFold.fold("1\u{00A0}234\u{202F}5") == "1 234 5")
        #expect(AsciiFold.fold("A › B") == "A > B")
        #expect(AsciiFold.fold("−5") == "-5")
    }

    @Test("Anything else becomes one ? per cluster; marks vanish")
    func others() {
        #expect(AsciiFold.fold("中文") == "??")
        #expect(AsciiFold.fold("👨‍👩‍👧!") == "?!")
        #expect(AsciiFold.fold("🇻🇳") == "?")
        #expect(AsciiFold.fold("\u{0301}x") == "x")
        #expect(AsciiFold.fold("a\u{200B}b") == "ab")
        #expect(AsciiFold.fold("ＡＢ１") == "AB1")
        #expect(AsciiFold.fold("plain ASCII ~!") == "plain ASCII ~!")
    }

    @Test("ASCII charset measures and draws folded text")
    func asciiLayout() {
        #expect(TextLayout.width("Kim Thành", charset: .ascii) == 9)
        #expect(TextLayout.width("…", charset: .ascii) == 3)
        #expect(TextLayout.width("中文", charset: .ascii) == 2)
        #expect(TextLayout.truncate("Cửa khẩu Kim Thành", width: 10, charset: .ascii) == "Cua khau ~")
        #expect(TextLayout.displayable("Thành…", charset: .ascii).map(\.text).joined() == "Thanh...")
        #expect(TextLayout.displayable("Thành…", charset: .ascii).allSatisfy { $0.width == 1 })
    }
}
