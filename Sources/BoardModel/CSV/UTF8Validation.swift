/// Finds bytes that are not valid UTF-8, fast: eight ASCII bytes at a time,
/// full decoding only around non-ASCII text.
public enum UTF8Validation {
    /// Offsets (in `range`) where an invalid sequence starts. Empty for
    /// valid text, which is what almost every file is.
    public static func invalidOffsets(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> [Int] {
        var bad: [Int] = []
        var p = range.lowerBound
        let end = range.upperBound
        while p < end {
            // ASCII fast path, a word at a time.
            while p + 8 <= end {
                let w = UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)
                if w & 0x8080_8080_8080_8080 != 0 { break }
                p += 8
            }
            if p >= end { break }
            let b = base[p]
            if b < 0x80 { p += 1; continue }
            let n = sequenceLength(base, p, end)
            if n == 0 {
                bad.append(p)
                p += 1
            } else {
                p += n
            }
        }
        return bad
    }

    /// Length of the valid UTF-8 sequence at `p`, or 0 when it is invalid
    /// (overlong forms, surrogates and values past U+10FFFF included).
    @inline(__always)
    static func sequenceLength(_ s: UnsafePointer<UInt8>, _ p: Int, _ end: Int) -> Int {
        let b0 = s[p]
        @inline(__always) func cont(_ i: Int) -> Bool { i < end && s[i] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF:
            return cont(p + 1) ? 2 : 0
        case 0xE0:
            return p + 1 < end && (0xA0...0xBF).contains(s[p + 1]) && cont(p + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return cont(p + 1) && cont(p + 2) ? 3 : 0
        case 0xED:
            return p + 1 < end && (0x80...0x9F).contains(s[p + 1]) && cont(p + 2) ? 3 : 0
        case 0xF0:
            return p + 1 < end && (0x90...0xBF).contains(s[p + 1]) && cont(p + 2) && cont(p + 3) ? 4 : 0
        case 0xF1...0xF3:
            return cont(p + 1) && cont(p + 2) && cont(p + 3) ? 4 : 0
        case 0xF4:
            return p + 1 < end && (0x80...0x8F).contains(s[p + 1]) && cont(p + 2) && cont(p + 3) ? 4 : 0
        default:
            return 0
        }
    }
}
