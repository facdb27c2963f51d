// Tables laid out by hand, row by row: swift-format leaves them as written.
// swift-format-ignore-file
// Generated once from Python 3.11.7 `unicodedata` (Unicode 14.0.0)
// decompositions and character names, plus a few hand-checked letters; do
// not edit by hand. Every entry is printable ASCII; "?" marks no fold.

extension AsciiFold {
    /// First code point of `latinTable`.
    static let latinStart: UInt32 = 0xA0
    /// U+00A0–U+024F: Latin-1 punctuation, Latin-1 Supplement and Latin Extended-A/B letters, folded.
    static let latinTable: [String] = [
        " ", "!", "c", "L", "?", "Y", "|", "S", "\"", "(c)", "a", "\"", "-", "-", "(R)", "-", // U+00A0
        "o", "+-", "2", "3", "'", "u", "P", "*", ",", "1", "o", "\"", "1/4", "1/2", "3/4", "?", // U+00B0
        "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I", // U+00C0
        "D", "N", "O", "O", "O", "O", "O", "x", "O", "U", "U", "U", "U", "Y", "Th", "ss", // U+00D0
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // U+00E0
        "d", "n", "o", "o", "o", "o", "o", "/", "o", "u", "u", "u", "u", "y", "th", "y", // U+00F0
        "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d", // U+0100
        "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g", // U+0110
        "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i", // U+0120
        "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L", // U+0130
        "l", "L", "l", "N", "n", "N", "n", "N", "n", "'n", "N", "n", "O", "o", "O", "o", // U+0140
        "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s", // U+0150
        "S", "s", "T", "t", "T", "t", "T", "t", "U", "u", "U", "u", "U", "u", "U", "u", // U+0160
        "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s", // U+0170
        "b", "B", "B", "b", "b", "b", "O", "C", "c", "D", "D", "D", "d", "d", "E", "E", // U+0180
        "E", "F", "f", "G", "G", "hv", "I", "I", "K", "k", "l", "l", "M", "N", "n", "O", // U+0190
        "O", "o", "OI", "oi", "P", "p", "R", "S", "s", "S", "s", "t", "T", "t", "T", "U", // U+01A0
        "u", "U", "V", "Y", "y", "Z", "z", "Z", "Z", "z", "z", "2", "5", "5", "?", "w", // U+01B0
        "|", "||", "+", "!", "DZ", "Dz", "dz", "LJ", "Lj", "lj", "NJ", "Nj", "nj", "A", "a", "I", // U+01C0
        "i", "O", "o", "U", "u", "U", "u", "U", "u", "U", "u", "U", "u", "e", "A", "a", // U+01D0
        "A", "a", "AE", "ae", "G", "g", "G", "g", "K", "k", "O", "o", "O", "o", "Z", "z", // U+01E0
        "j", "DZ", "Dz", "dz", "G", "g", "Hv", "W", "N", "n", "A", "a", "AE", "ae", "O", "o", // U+01F0
        "A", "a", "A", "a", "E", "e", "E", "e", "I", "i", "I", "i", "O", "o", "O", "o", // U+0200
        "R", "r", "R", "r", "U", "u", "U", "u", "S", "s", "T", "t", "Y", "y", "H", "h", // U+0210
        "N", "d", "OU", "ou", "Z", "z", "A", "a", "E", "e", "O", "o", "O", "o", "O", "o", // U+0220
        "O", "o", "Y", "y", "l", "n", "t", "j", "db", "qp", "A", "C", "c", "L", "T", "s", // U+0230
        "z", "?", "?", "B", "U", "V", "E", "e", "J", "j", "Q", "q", "R", "r", "Y", "y", // U+0240
    ]

    /// First code point of `latinExtendedAdditionalTable`.
    static let latinExtendedAdditionalStart: UInt32 = 0x1E00
    /// U+1E00–U+1EFF: Latin Extended Additional (all precomposed Vietnamese with two marks), folded.
    static let latinExtendedAdditionalTable: [String] = [
        "A", "a", "B", "b", "B", "b", "B", "b", "C", "c", "D", "d", "D", "d", "D", "d", // U+1E00
        "D", "d", "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "F", "f", // U+1E10
        "G", "g", "H", "h", "H", "h", "H", "h", "H", "h", "H", "h", "I", "i", "I", "i", // U+1E20
        "K", "k", "K", "k", "K", "k", "L", "l", "L", "l", "L", "l", "L", "l", "M", "m", // U+1E30
        "M", "m", "M", "m", "N", "n", "N", "n", "N", "n", "N", "n", "O", "o", "O", "o", // U+1E40
        "O", "o", "O", "o", "P", "p", "P", "p", "R", "r", "R", "r", "R", "r", "R", "r", // U+1E50
        "S", "s", "S", "s", "S", "s", "S", "s", "S", "s", "T", "t", "T", "t", "T", "t", // U+1E60
        "T", "t", "U", "u", "U", "u", "U", "u", "U", "u", "U", "u", "V", "v", "V", "v", // U+1E70
        "W", "w", "W", "w", "W", "w", "W", "w", "W", "w", "X", "x", "X", "x", "Y", "y", // U+1E80
        "Z", "z", "Z", "z", "Z", "z", "h", "t", "w", "y", "a", "s", "s", "s", "SS", "d", // U+1E90
        "A", "a", "A", "a", "A", "a", "A", "a", "A", "a", "A", "a", "A", "a", "A", "a", // U+1EA0
        "A", "a", "A", "a", "A", "a", "A", "a", "E", "e", "E", "e", "E", "e", "E", "e", // U+1EB0
        "E", "e", "E", "e", "E", "e", "E", "e", "I", "i", "I", "i", "O", "o", "O", "o", // U+1EC0
        "O", "o", "O", "o", "O", "o", "O", "o", "O", "o", "O", "o", "O", "o", "O", "o", // U+1ED0
        "O", "o", "O", "o", "U", "u", "U", "u", "U", "u", "U", "u", "U", "u", "U", "u", // U+1EE0
        "U", "u", "Y", "y", "Y", "y", "Y", "y", "Y", "y", "LL", "ll", "V", "v", "Y", "y", // U+1EF0
    ]
}
