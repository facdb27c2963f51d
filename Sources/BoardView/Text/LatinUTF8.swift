/// Decodes the UTF-8 of Latin and Vietnamese text for the fast paths of
/// measuring and drawing, without grapheme breaking or scalar decoding by
/// the standard library (both cost far more than the drawing itself).
///
/// Accepted: printable ASCII, U+00A0–U+02FF except the soft hyphen (bases),
/// U+0300–U+036F (combining marks), U+1E00–U+1EFF (bases, all precomposed
/// Vietnamese letters with two marks), and with `symbols` (not in ASCII
/// mode, where they fold) the one-column punctuation, arrows, box drawing
/// and marks of U+2010–U+27BF that the screens draw. Anything else ends
/// the fast path.
enum LatinUTF8 {
    enum Kind { case base, mark }

    /// What starts at byte `i`: kind, scalar value and byte length; nil
    /// when the scalar is outside the accepted ranges.
    @inline(__always)
    static func decode(_ buf: UnsafeBufferPointer<UInt8>, at i: Int, symbols: Bool = false) -> (Kind, UInt32, Int)? {
        let b = buf[i]
        if b < 0x80 {
            return b >= 0x20 && b < 0x7F ? (.base, UInt32(b), 1) : nil
        }
        if b >= 0xC2 && b <= 0xCD {
            // Two bytes: U+0080–U+037F. The string is valid UTF-8, so the
            // continuation byte is there.
            let v = (UInt32(b & 0x1F) << 6) | UInt32(buf[i + 1] & 0x3F)
            if v < 0xA0 || v == 0xAD { return nil }
            if v < 0x300 { return (.base, v, 2) }
            return v <= 0x36F ? (.mark, v, 2) : nil
        }
        if b == 0xE1 {
            let b1 = buf[i + 1]
            // U+1E00–U+1EFF is E1 B8 80 … E1 BB BF.
            guard b1 >= 0xB8 && b1 <= 0xBB else { return nil }
            let v = 0x1000 | (UInt32(b1 & 0x3F) << 6) | UInt32(buf[i + 2] & 0x3F)
            return (.base, v, 3)
        }
        if symbols && b == 0xE2 {
            // The punctuation, arrows, box drawing and marks the screens
            // use (– · … › → ─ ┃ █ ▲ ✓), when they take one column.
            let v = (UInt32(b & 0x0F) << 12) | (UInt32(buf[i + 1] & 0x3F) << 6) | UInt32(buf[i + 2] & 0x3F)
            let accepted =
                (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
                || (0x20A0...0x20CF).contains(v) || (0x2190...0x21FF).contains(v) || (0x2500...0x27BF).contains(v)
            guard accepted, let s = Unicode.Scalar(v), DisplayWidth.of(s) == 1 else { return nil }
            return (.base, v, 3)
        }
        return nil
    }
}
