/// UTF-8 validity, checked by the CSV reader as it scans (one pass over
/// the bytes, not two).
public enum UTF8Validation {
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
