/// How many terminal columns a grapheme cluster takes: 0, 1 or 2.
///
/// Terminals lay text out by these widths, so every column count on screen
/// (table columns, right alignment, truncation) must use them, never
/// `String.count`. The rules, in the spirit of `wcwidth` but per cluster:
/// - a cluster is as wide as its first scalar: East Asian Wide or Fullwidth
///   → 2 (CJK, Hangul syllables, emoji with default emoji presentation),
///   otherwise 1 (ambiguous-width characters such as `─` or `▲` count as 1,
///   as in every non-CJK locale);
/// - marks that follow the first scalar (combining accents of decomposed
///   Vietnamese, ZWJ, variation selectors, spacing marks of Indic scripts)
///   add nothing, so `a` + U+0300 measures like `à`;
/// - a cluster holding U+FE0F (emoji presentation, e.g. `❤️`, keycaps) or
///   a pair of regional indicators (a flag) → 2;
/// - a cluster that starts with a nonspacing or enclosing mark, an
///   invisible format character (ZWJ, ZWNJ, ZWSP, bidi marks), a variation
///   selector, or a Hangul medial vowel / final consonant → 0;
/// - control characters → 0 (the canvas replaces them before measuring).
///
/// The range tables come from Unicode data (`DisplayWidthTables.swift`).
public enum DisplayWidth {
    /// Columns taken by one grapheme cluster.
    public static func of(_ ch: Character) -> Int {
        // Fast path: one ASCII byte (CRLF is the only two-byte ASCII cluster).
        if let a = ch.asciiValue { return a >= 0x20 && a != 0x7F ? 1 : 0 }
        return ofCluster(ch.unicodeScalars)
    }

    static func ofCluster(_ scalars: Character.UnicodeScalarView) -> Int {
        var it = scalars.makeIterator()
        guard let first = it.next() else { return 0 }
        let base = of(first)
        if base == 2 { return 2 }
        guard let second = it.next() else { return base }
        if isRegionalIndicator(first) && isRegionalIndicator(second) { return 2 }
        if base == 0 { return 0 }
        // Emoji presentation selector anywhere in the cluster makes it an emoji.
        if second.value == 0xFE0F { return 2 }
        while let s = it.next() {
            if s.value == 0xFE0F { return 2 }
        }
        return base
    }

    /// Columns taken by one scalar standing alone.
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 {
            // ASCII and Latin-1/Latin Extended: all one column but controls.
            if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
            return 1
        }
        // Precomposed Vietnamese (U+1EA0–U+1EF9) and nearby Latin: one column.
        if v >= 0x1E00 && v <= 0x1EFF { return 1 }
        if contains(zeroRanges, v) { return 0 }
        if v < 0x1100 { return 1 }
        return contains(wideRanges, v) ? 2 : 1
    }

    /// True for the combining marks and invisible characters that measure 0
    /// columns on their own (see the type's rules).
    public static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) }
        return contains(zeroRanges, v)
    }

    static func isRegionalIndicator(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x1F1E6 && s.value <= 0x1F1FF
    }

    /// Binary search over a flat, sorted list of inclusive ranges.
    static func contains(_ table: [UInt32], _ v: UInt32) -> Bool {
        let n = table.count / 2
        if n == 0 || v < table[0] || v > table[table.count - 1] { return false }
        return table.withUnsafeBufferPointer { t in
            var lo = 0
            var hi = n - 1
            while lo <= hi {
                let mid = (lo + hi) >> 1
                if v < t[2 * mid] {
                    hi = mid - 1
                } else if v > t[2 * mid + 1] {
                    lo = mid + 1
                } else {
                    return true
                }
            }
            return false
        }
    }
}
