/// Makes text from the data safe to print: the one rule of every output.
///
/// The data files come from spreadsheets and a gate's logging system; a
/// cell can hold an escape sequence, a stray carriage return or a bidi
/// override that would reorder what follows it. None of these may reach a
/// terminal or a report. Each is replaced by a visible stand-in so that the
/// reader sees something was there:
/// - C0 controls → the Control Pictures (␀ … ␟; ESC shows as ␛), tab → space;
/// - DEL → ␡;
/// - C1 controls (U+0080–U+009F) and bidi embeddings, overrides and
///   isolates (U+202A–U+202E, U+2066–U+2069) → U+FFFD �.
public enum SafeText {
    /// True when `scalar` must not be printed as is.
    @inline(__always)
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || v == 0x7F { return true }
        if v < 0x80 { return false }
        return v <= 0x9F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// The visible stand-in for an unsafe scalar (tab becomes a space).
    public static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v == 0x09 { return " " }
        // U+2400–U+241F (the control pictures) are all valid scalars.
        if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }
        if v == 0x7F { return "\u{2421}" }
        return "\u{FFFD}"
    }

    /// True when nothing in `text` needs replacing (the common case; cheap).
    public static func isSafe(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { isSafe($0, keepingLineBreaks: false) }
            ?? !text.unicodeScalars.contains(where: isUnsafe)
    }

    /// True when `multiline` would leave the UTF-8 `bytes` as they are.
    public static func isSafeMultiline(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isSafe(bytes, keepingLineBreaks: true)
    }

    /// True when no scalar in the UTF-8 `bytes` is unsafe, LF and CRLF
    /// allowed when `keepingLineBreaks` (what `multiline` leaves as they
    /// are). Byte by byte, without decoding: the unsafe scalars above
    /// U+007F are C1 (C2 80–C2 9F) and the bidi controls (E2 80 AA–AE,
    /// E2 81 A6–A9), so a dash or an ellipsis (E2 80 93, E2 80 A6) costs
    /// nothing more than a letter.
    static func isSafe(_ bytes: UnsafeBufferPointer<UInt8>, keepingLineBreaks: Bool) -> Bool {
        let n = bytes.count
        guard let base = bytes.baseAddress else { return true }
        // Bytes that are safe whatever follows them are skipped eight at a
        // time while a word holds none of the risky ones, then with one
        // look-up each (a brief of 5,000 assignments is a megabyte).
        return riskyBytes.withUnsafeBufferPointer { risky in
            var i = 0
            while true {
                while i &+ 8 <= n && !mayHoldRiskyByte(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                    i &+= 8
                }
                let word = min(i &+ 8, n)
                while i < word && !risky[Int(base[i])] { i += 1 }
                if i == n { return true }
                // A word without a risky byte after all: skipped again.
                if i == word { continue }
                let next = riskyByteAt(i, base, n, keepingLineBreaks: keepingLineBreaks)
                if next < 0 { return false }
                i = next
            }
        }
    }

    /// `isSafe` a byte at a time (the path the word skip must agree with:
    /// `SafeTextWordTests`).
    static func isSafeBytewise(_ bytes: UnsafeBufferPointer<UInt8>, keepingLineBreaks: Bool) -> Bool {
        let n = bytes.count
        guard let base = bytes.baseAddress else { return true }
        return riskyBytes.withUnsafeBufferPointer { risky in
            var i = 0
            while true {
                while i < n && !risky[Int(base[i])] { i += 1 }
                if i == n { return true }
                let next = riskyByteAt(i, base, n, keepingLineBreaks: keepingLineBreaks)
                if next < 0 { return false }
                i = next
            }
        }
    }

    /// False only when no byte of the word (in memory order or not) is a
    /// risky one: below 0x20, 0x7F, 0xC2 or 0xE2. Each test is the exact
    /// "has a zero byte" test, so a risky byte is never missed.
    @inline(__always)
    static func mayHoldRiskyByte(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        // A byte below 0x20: its top three bits are zero.
        return hasZero(w & (ones &* 0xE0)) || hasZero(w ^ (ones &* 0x7F)) || hasZero(w ^ (ones &* 0xC2))
            || hasZero(w ^ (ones &* 0xE2))
    }

    /// At a risky byte: where to read on (after a safe line break or a
    /// lead byte of a safe scalar), or -1 when the scalar there is unsafe.
    private static func riskyByteAt(
        _ i: Int, _ bytes: UnsafePointer<UInt8>, _ n: Int, keepingLineBreaks: Bool
    ) -> Int {
        let b = bytes[i]
        if b < 0x20 {
            guard keepingLineBreaks else { return -1 }
            if b == 0x0A { return i + 1 }
            if b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A { return i + 2 }
            return -1
        }
        if b == 0x7F { return -1 }
        if b == 0xC2 && i + 1 < n && bytes[i + 1] <= 0x9F { return -1 }
        if b == 0xE2 && i + 2 < n {
            let b1 = bytes[i + 1]
            let b2 = bytes[i + 2]
            if b1 == 0x80 && (0xAA...0xAE).contains(b2) { return -1 }
            if b1 == 0x81 && (0xA6...0xA9).contains(b2) { return -1 }
        }
        return i + 1
    }

    /// The bytes that may be, or start, an unsafe scalar: C0 controls,
    /// DEL, and the lead bytes of C1 (C2) and of the bidi controls (E2).
    private static let riskyBytes: [Bool] = (0...255).map { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }

    /// `text` with every unsafe scalar replaced.
    public static func clean(_ text: String) -> String {
        if isSafe(text) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(isUnsafe(s) ? replacement(for: s) : s) }
        return String(out)
    }

    /// Like `clean`, but line breaks (LF, CRLF, CR) become a single space:
    /// for one-line places such as a table cell or a problem message.
    public static func oneLine(_ text: String) -> String {
        if isSafe(text) { return text }
        let joined = text.replacingLineBreaks(with: " ")
        return clean(joined)
    }

    /// The lines of `text` (split at LF, CRLF or CR), each cleaned.
    public static func lines(_ text: String) -> [String] {
        text.splitLines().map(clean)
    }

    /// Like `clean`, but line breaks stay: LF and CRLF as they are (a CSV
    /// report ends its lines in CRLF), a lone CR (which would let a line
    /// be written over) as LF. For text printed as several lines: a
    /// report, messages on stderr.
    public static func multiline(_ text: String) -> String {
        if text.utf8.withContiguousStorageIfAvailable({ isSafe($0, keepingLineBreaks: true) }) == true { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let s = next {
            next = scalars.next()
            switch s {
            case "\n": out.append(s)
            case "\r":
                out.append(next == "\n" ? "\r" : "\n")
            default: out.append(isUnsafe(s) ? replacement(for: s) : s)
            }
        }
        return String(out)
    }
}

extension String {
    /// Splits at LF, CRLF and lone CR.
    func splitLines() -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var iterator = unicodeScalars.makeIterator()
        var pendingCR = false
        while let s = iterator.next() {
            if pendingCR {
                pendingCR = false
                if s == "\n" { continue }
            }
            if s == "\n" || s == "\r" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
                pendingCR = s == "\r"
            } else {
                current.append(s)
            }
        }
        lines.append(String(current))
        return lines
    }

    func replacingLineBreaks(with separator: String) -> String {
        splitLines().joined(separator: separator)
    }
}
