/// Folds text to ASCII for terminals without UTF-8: Vietnamese letters lose
/// their diacritics (`Thành` → `Thanh`, `Đ` → `D`).
public enum AsciiFold {
    public static func fold(_ ch: Character) -> String {
        if ch.isASCII { return String(ch) }
        var out = ""
        for s in ch.unicodeScalars {
            if s.isASCII { out.unicodeScalars.append(s); continue }
            switch s.value {
            case 0x300...0x36F: continue
            case 0x110: out += "D"
            case 0x111: out += "d"
            default: out += "?"
            }
        }
        return out
    }

    public static func fold(_ text: String) -> String { text.map(fold).joined() }
}
