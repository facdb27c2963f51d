/// Vietnamese alphabetical order, as a dictionary or a list of names
/// sorts: letters first (a ă â b c d đ e ê … o ô ơ … u ư …), then the tones
/// (none, huyền, hỏi, ngã, sắc, nặng), case last. Code-point order puts
/// "Hồ Kiều" before "Hóa Chư Phùng"; this puts "Hóa" first (o before ô).
public struct CollationKey: Comparable, Sendable {
    /// Letters, tones, then the text itself as the last tie-break.
    let letters: [UInt32]
    let tones: [UInt8]
    let text: String

    public init(_ text: String) {
        var letters: [UInt32] = []
        var tones: [UInt8] = []
        letters.reserveCapacity(text.unicodeScalars.count)
        for ch in text {
            let lower = ch.lowercased()
            for scalar in lower.unicodeScalars {
                if let (letter, tone) = VietnameseCollation.vowels[scalar] {
                    letters.append(VietnameseCollation.rank(letter))
                    tones.append(tone)
                } else {
                    letters.append(VietnameseCollation.rank(scalar))
                    tones.append(0)
                }
            }
        }
        self.letters = letters
        self.tones = tones
        self.text = text
    }

    public static func < (a: CollationKey, b: CollationKey) -> Bool {
        if a.letters != b.letters { return a.letters.lexicographicallyPrecedes(b.letters) }
        if a.tones != b.tones { return a.tones.lexicographicallyPrecedes(b.tones) }
        return a.text < b.text
    }

    public static func == (a: CollationKey, b: CollationKey) -> Bool { a.text == b.text }
}

enum VietnameseCollation {
    /// The alphabet, with the Latin letters Vietnamese does not use (f, j,
    /// w, z) where English has them.
    static let alphabet: [Unicode.Scalar] = Array("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz".unicodeScalars)

    static let ranks: [Unicode.Scalar: UInt32] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($0.element, UInt32($0.offset)) })

    /// Spaces and punctuation before digits before letters, so that "Hồ"
    /// comes before "Hồng"; anything else after the alphabet, by code point.
    static func rank(_ s: Unicode.Scalar) -> UInt32 {
        if let r = ranks[s] { return 0x200 + r }
        switch s.value {
        case 0x30...0x39: return 0x100 + s.value
        case 0...0x7F: return s.value
        default: return 0x1000 + s.value
        }
    }

    /// Each toned vowel (lower case, precomposed): its letter and tone,
    /// in dictionary order: none, huyền, hỏi, ngã, sắc, nặng.
    static let vowels: [Unicode.Scalar: (Unicode.Scalar, UInt8)] = {
        let rows = [
            "aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị",
            "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ",
        ]
        var table: [Unicode.Scalar: (Unicode.Scalar, UInt8)] = [:]
        for row in rows {
            let forms = Array(row.unicodeScalars)
            for (tone, form) in forms.enumerated() { table[form] = (forms[0], UInt8(tone)) }
        }
        return table
    }()
}
