/// Folds text to ASCII for terminals without UTF-8 (`--ascii`, a non-UTF-8
/// locale): Vietnamese letters lose their diacritics (`Kim Thành` →
/// `Kim Thanh`, `Đ` → `D`, `ơ` → `o`), typographic punctuation becomes its
/// plain look-alike (`…` → `...`, `–` → `-`, `“` → `"`, `×` → `x`, `•` → `*`,
/// NBSP → space), combining marks and invisible characters vanish, and
/// anything else becomes one `?` per grapheme cluster, so that the reader
/// still sees that something was there and columns stay predictable.
///
/// Every output character is printable ASCII and one column wide. Control
/// characters are left alone: making them safe is `TextLayout`'s job.
public enum AsciiFold {
    /// The ASCII for one grapheme cluster ("" for a lone mark).
    public static func fold(_ ch: Character) -> String {
        if ch.isASCII { return String(ch) }
        var out = ""
        for s in ch.unicodeScalars {
            guard let f = fold(scalar: s) else { return "?" }
            out += f
        }
        return out
    }

    /// `text` with every grapheme cluster folded.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text { out += fold(ch) }
        return out
    }

    /// The ASCII for one scalar: "" for marks and invisible characters,
    /// `nil` when there is no sensible fold (the caller shows `?`).
    public static func fold(scalar s: Unicode.Scalar) -> String? {
        let v = s.value
        if v < 0x80 { return String(Character(s)) }
        if v >= latinStart, v < latinStart + UInt32(latinTable.count) {
            let f = latinTable[Int(v - latinStart)]
            return f == "?" ? nil : f
        }
        if v >= latinExtendedAdditionalStart,
            v < latinExtendedAdditionalStart + UInt32(latinExtendedAdditionalTable.count)
        {
            return latinExtendedAdditionalTable[Int(v - latinExtendedAdditionalStart)]
        }
        if v >= 0xFF01 && v <= 0xFF5E {
            // Fullwidth ASCII forms sit at a fixed offset from ASCII, so the
            // result is always a printable ASCII scalar (0x21...0x7E).
            return String(Character(Unicode.Scalar(UInt8(v - 0xFEE0))))
        }
        if let p = punctuation(v) { return p }
        if DisplayWidth.isZeroWidth(s) { return "" }
        return nil
    }

    /// The fold of a Latin scalar in U+00A0–U+02FF or U+1E00–U+1EFF
    /// ("?" where none): the drawing fast path, no optionals.
    @inline(__always)
    static func latinFold(_ v: UInt32) -> String {
        if v >= latinExtendedAdditionalStart {
            return latinExtendedAdditionalTable[Int(v - latinExtendedAdditionalStart)]
        }
        let i = Int(v) - Int(latinStart)
        return i >= 0 && i < latinTable.count ? latinTable[i] : "?"
    }

    /// Typographic punctuation and symbols common in office documents.
    private static func punctuation(_ v: UInt32) -> String? {
        switch v {
        case 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x2010...0x2015, 0x2212, 0x2043: return "-"
        case 0x2018...0x201B, 0x2032, 0x2035: return "'"
        case 0x201C...0x201F, 0x2033, 0x2036: return "\""
        case 0x2039: return "<"
        case 0x203A: return ">"
        case 0x2022, 0x2023, 0x2219, 0x22C5, 0x30FB: return "*"
        case 0x2024: return "."
        case 0x2025: return ".."
        case 0x2026: return "..."
        case 0x2044, 0x2215: return "/"
        case 0x20AB: return "d"
        case 0x20AC: return "EUR"
        case 0x2116: return "No"
        case 0x2122: return "TM"
        case 0x2190: return "<-"
        case 0x2191: return "^"
        case 0x2192: return "->"
        case 0x2193: return "v"
        case 0x2194: return "<->"
        case 0x2248: return "~"
        case 0x2260: return "!="
        case 0x2264: return "<="
        case 0x2265: return ">="
        case 0xFFFD: return "?"
        default: return nil
        }
    }
}
