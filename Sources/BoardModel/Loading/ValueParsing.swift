/// Parsers for the value types of data-format.md, working on field bytes.

enum NumberParsing {
    /// Machine format only: `-?[0-9]+(\.[0-9]+)?`. Up to 15 significant
    /// digits are converted exactly (mantissa and power of ten are both
    /// exact doubles, so one division rounds correctly); longer numbers go
    /// through the standard library.
    @inline(__always)
    static func double(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        let n = b.count
        guard n > 0 else { return nil }
        var i = 0
        var negative = false
        if b[0] == 0x2D {
            negative = true
            i = 1
        }
        var mantissa: UInt64 = 0
        var digitsSeen = 0
        var intDigits = 0
        while i < n, b[i] &- 0x30 < 10 {
            mantissa = mantissa &* 10 &+ UInt64(b[i] &- 0x30)
            i += 1
            intDigits += 1
        }
        guard intDigits > 0 else { return nil }
        digitsSeen = intDigits
        var scale = 0
        if i < n, b[i] == 0x2E {
            i += 1
            let start = i
            while i < n, b[i] &- 0x30 < 10 {
                mantissa = mantissa &* 10 &+ UInt64(b[i] &- 0x30)
                i += 1
            }
            scale = i - start
            guard scale > 0 else { return nil }
            digitsSeen += scale
        }
        guard i == n else { return nil }
        let value: Double
        if digitsSeen <= 15 && scale <= 22 {
            value = scale == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[scale]
        } else {
            guard let v = Double(String(decoding: b, as: UTF8.self)) else { return nil }
            return v
        }
        return negative ? -value : value
    }

    /// The largest magnitude a number may have: 10^15. Up to it a Double
    /// holds every whole number and every cent exactly enough, no figure of
    /// a province comes near it (its trade in a year is ~10^10 USD), and
    /// sums of millions of such values stay far from overflow: this bound
    /// is what lets every formatter and summary assume sane magnitudes.
    static let maxMagnitude: Double = 1e15

    /// A number as a column reads it.
    enum Checked: Equatable {
        case value(Double)
        case notANumber
        /// Beyond ±`maxMagnitude` (310 digits parse to infinity: also here).
        case outOfRange
    }

    @inline(__always)
    static func checked(_ b: UnsafeBufferPointer<UInt8>) -> Checked {
        guard let v = double(b) else { return .notANumber }
        // Infinity fails this too.
        guard v.magnitude <= maxMagnitude else { return .outOfRange }
        return .value(v)
    }

    static func outOfRange(_ text: String) -> String {
        "\(Messages.shown(text)) is out of range: a number is at most 1000000000000000 (10^15), "
            + "and at least -1000000000000000"
    }

    /// `-?[0-9]+`, within Int range.
    static func int(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard b.count > 0, b.count <= 18 else { return nil }
        var i = 0
        var negative = false
        if b[0] == 0x2D {
            negative = true
            i = 1
        }
        guard i < b.count else { return nil }
        var v = 0
        while i < b.count {
            let d = b[i] &- 0x30
            if d > 9 { return nil }
            v = v * 10 + Int(d)
            i += 1
        }
        return negative ? -v : v
    }

    static let powersOfTen: [Double] = (0...22).map { p in
        var v = 1.0
        for _ in 0..<p { v *= 10 }
        return v
    }

    /// Why a text is not a number, in words a spreadsheet user understands.
    static func explain(_ text: String) -> String {
        let shown = Messages.shown(text)
        if text.contains(",") {
            return "\(shown) is not a number: use '.' for decimals and no thousands separators"
        }
        if text.contains(" ") || text.contains("\u{A0}") {
            return "\(shown) is not a number: remove the spaces"
        }
        if text.hasPrefix("+") { return "\(shown) is not a number: write it without '+'" }
        if text.lowercased().contains("e") && text.contains(where: \.isNumber) {
            return "\(shown) is not a number: write it in full, without an exponent"
        }
        return "\(shown) is not a number"
    }
}

enum TextNormalization {
    /// NFC, cheaply: text made only of scalars that never change under
    /// NFC is returned as it is; the rest goes through the standard
    /// library's normaliser. Nearly all of our text — ASCII, precomposed
    /// Vietnamese, punctuation, CJK — takes the cheap path.
    static func nfc(_ b: UnsafeBufferPointer<UInt8>) -> String {
        let s = String(decoding: b, as: UTF8.self)
        return isKnownNFC(b) ? s : normalized(s)
    }

    static func nfc(_ s: String) -> String {
        var copy = s
        let known = copy.withUTF8 { isKnownNFC($0) }
        return known ? s : normalized(s)
    }

    private static func normalized(_ s: String) -> String {
        let s = streamSafe(s)
        let units = s._nfcCodeUnits
        if units.elementsEqual(s.utf8) { return s }
        return String(decoding: units, as: UTF8.self)
    }

    /// The most combining marks in a row that are normalised as they are.
    static let maxNonStarters = 30

    /// Unicode's Stream-Safe Text Format (UAX #15, section 13): after 30
    /// non-starters in a row, a COMBINING GRAPHEME JOINER (U+034F, itself
    /// invisible) is put in. Why: NFC reorders a run of combining marks by
    /// their classes, and the standard library's reordering is quadratic
    /// in the run's length (a cell of 120,000 alternating marks took 3 s).
    /// No real text has a run near 30 (Vietnamese stacks two).
    static func streamSafe(_ s: String) -> String {
        var run = 0
        var needed = false
        for scalar in s.unicodeScalars {
            run = scalar.properties.canonicalCombiningClass == .notReordered ? 0 : run + 1
            if run > maxNonStarters {
                needed = true
                break
            }
        }
        guard needed else { return s }
        var out = String.UnicodeScalarView()
        run = 0
        for scalar in s.unicodeScalars {
            if scalar.properties.canonicalCombiningClass == .notReordered {
                run = 0
            } else {
                if run == maxNonStarters {
                    out.append("\u{034F}")
                    run = 0
                }
                run += 1
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// True when every scalar is one whose NFC quick check is Yes and that
    /// never combines with a neighbour: below U+0300 (ASCII, Latin-1,
    /// Latin Extended-A/B: precomposed Vietnamese such as ư, ơ, đ), U+1E00–
    /// U+1EFF (Latin Extended Additional: ạ, ả, ế, ộ, ữ …), U+2010–U+20CF
    /// (dashes, quotes, bullets, currency: ₫), CJK ideographs and Hangul
    /// syllables. Anything else (combining marks, singletons such as the
    /// Ohm sign) is left to the normaliser. Bytes are assumed valid UTF-8.
    // Hand-aligned: kept as written.
    // swift-format-ignore
    static func isKnownNFC(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let b0 = b[i]
            if b0 < 0x80 { i += 1; continue }
            if b0 < 0xCC { i += 2; continue }          // U+0080–U+02FF
            if b0 < 0xE0 { return false }               // U+0300–U+07FF: combining marks and more
            guard i + 2 < n else { return false }
            let v = (UInt32(b0 & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
            let safe = (0x1E00...0x1EFF).contains(v) || (0x2010...0x20CF).contains(v)
                || (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v)
            if !safe || b0 >= 0xF0 { return false }
            i += 3
        }
        return true
    }
}

/// Trims ASCII spaces and tabs from both ends of a byte range.
@inline(__always)
func trimmed(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var s = 0
    var e = b.count
    while s < e, b[s] == 0x20 || b[s] == 0x09 { s += 1 }
    while e > s, b[e - 1] == 0x20 || b[e - 1] == 0x09 { e -= 1 }
    if s == 0 && e == b.count { return b }
    return UnsafeBufferPointer(rebasing: b[s..<e])
}

@inline(__always)
func bytesEqual(_ b: UnsafeBufferPointer<UInt8>, _ s: StaticString) -> Bool {
    guard b.count == s.utf8CodeUnitCount else { return false }
    let p = s.utf8Start
    for i in 0..<b.count where b[i] != p[i] { return false }
    return true
}
