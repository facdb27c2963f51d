extension CSVReader {
    // MARK: Eight bytes at a time
    //
    // A field's ordinary bytes are skipped a machine word at a time: a word
    // is searched at once for the bytes that end or interrupt a field. The
    // classic "has zero byte" test marks the lowest matching byte exactly
    // (higher ones may be false alarms, which we never look at). Words are
    // read little-endian, so the lowest byte is the first in the file.

    @inline(__always)
    func load(_ p: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
    }

    static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    private static func bytesEqual(_ w: UInt64, _ byte: UInt8) -> UInt64 {
        let x = w ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs
    }

    /// Marks the bytes that are the line end or NUL, in one has-zero test:
    /// `b & ~lineEnd` is zero for both (and for a few control bytes that
    /// share no bit with the line end — 0x02 and 0x08 beside LF — which
    /// only stop the skipping for a byte). Checking for NUL this way costs
    /// nothing over checking for the line end alone.
    @inline(__always)
    private func lineEndOrNul(_ w: UInt64) -> UInt64 {
        let x = w & lineEndComplement
        return (x &- CSVReader.ones) & ~x & CSVReader.highs
    }

    /// Non-zero when the word holds `,`, the line end, `"`, NUL or a
    /// non-ASCII byte.
    @inline(__always)
    func unquotedStops(_ w: UInt64) -> UInt64 {
        CSVReader.bytesEqual(w, 0x2C) | lineEndOrNul(w) | CSVReader.bytesEqual(w, 0x22) | (w & CSVReader.highs)
    }

    /// Non-zero when the word holds `"`, the line end, NUL or a non-ASCII byte.
    @inline(__always)
    func quotedStops(_ w: UInt64) -> UInt64 {
        CSVReader.bytesEqual(w, 0x22) | lineEndOrNul(w) | (w & CSVReader.highs)
    }

    /// Length of the UTF-8 sequence at `p` (a non-ASCII lead byte); an
    /// invalid byte is recorded as an issue and skipped alone. Checking
    /// here, in the one pass over the bytes, costs less than a second pass.
    ///
    /// It also notes, for the record, where its first non-ASCII byte is
    /// and whether any character may change under NFC: only a two-byte
    /// one below U+0300 (lead byte below 0xCC) and U+1E00–U+1EFF (`E1 B8`
    /// to `E1 BB`: precomposed Vietnamese) are known not to, a subset of
    /// what `TextNormalization.isKnownNFC` accepts, so a record without
    /// others is NFC as it is (tested against it: RowFastPathTests).
    @inline(__always)
    mutating func validUTF8(at p: Int) -> Int {
        if p < firstNonASCII { firstNonASCII = p }
        // The common case, Vietnamese: a two- or three-byte sequence.
        let b0 = base[p]
        if b0 >= 0xC2, b0 <= 0xDF, p + 1 < count, base[p + 1] & 0xC0 == 0x80 {
            if b0 >= 0xCC { mayNeedNFC = true }
            return 2
        }
        if b0 >= 0xE1, b0 <= 0xEC, p + 2 < count, base[p + 1] & 0xC0 == 0x80, base[p + 2] & 0xC0 == 0x80 {
            if b0 != 0xE1 || base[p + 1] & 0xFC != 0xB8 { mayNeedNFC = true }
            return 3
        }
        return otherUTF8(at: p)
    }

    /// `validUTF8` past its common cases: kept out of line, so that the
    /// common cases are inlined in the scanning loops (a call for every
    /// Vietnamese letter was a third of scanning a progress report).
    @inline(never)
    mutating func otherUTF8(at p: Int) -> Int {
        mayNeedNFC = true
        let n = UTF8Validation.sequenceLength(base, p, count)
        if n > 0 { return n }
        addIssue(.invalidUTF8, offset: p)
        return 1
    }

    // MARK: Field access

    /// The field's raw bytes (without quotes; `""` not yet collapsed).
    @inline(__always)
    public func bytes(_ f: Field) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + f.start, count: f.end - f.start)
    }

    /// The field as text, `""` collapsed. Invalid UTF-8 is repaired with
    /// U+FFFD (callers check validity first and report it).
    public func string(_ f: Field) -> String {
        CSVReader.string(bytes(f), hasEscapes: f.hasEscapes)
    }

    /// A field's bytes as text, `""` made `"` when `hasEscapes`: written
    /// straight into the string's storage, not through an array of bytes
    /// (a note with quotes in it, in every tenth of 50,000 reports).
    public static func string(_ raw: UnsafeBufferPointer<UInt8>, hasEscapes: Bool) -> String {
        if !hasEscapes { return String(decoding: raw, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: raw.count) { out in
            guard let base = out.baseAddress else { return 0 }
            return collapseQuotes(raw, into: base)
        }
    }

    /// Copies a quoted field's raw bytes to `out` (room for `raw.count`)
    /// with each `""` made `"`; the number of bytes written.
    @inline(__always)
    static func collapseQuotes(_ raw: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var i = 0
        var n = 0
        while i < raw.count {
            out[n] = raw[i]
            n += 1
            i += raw[i] == 0x22 && i + 1 < raw.count && raw[i + 1] == 0x22 ? 2 : 1
        }
        return n
    }

    /// The 1-based column (in Unicode scalars) of byte `offset` on the line
    /// that starts at `lineStart`.
    public func column(offset: Int, lineStart: Int) -> Int { places.column(offset: offset, lineStart: lineStart) }

    /// The column where a field starts (its opening quote, if quoted).
    public func column(of f: Field) -> Int { places.column(of: f) }

    /// Where fields are on their lines, apart from the reader: a problem's
    /// column made in a closure that must not hold the reader (which a
    /// hot loop then could not keep in registers).
    public var places: Places { Places(base: base, count: count, lineEnd: lineEnd) }

    public struct Places {
        let base: UnsafePointer<UInt8>
        let count: Int
        let lineEnd: UInt8

        public func column(offset: Int, lineStart: Int) -> Int {
            var col = 1
            var p = lineStart
            let end = min(offset, count)
            // Eight bytes at a time: a continuation byte is 10xxxxxx, its
            // top bit set and the next clear (every row's observed date,
            // often after a long name: make bench, projects).
            while p &+ 8 <= end {
                let w = UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)
                let continuations = w & ~(w << 1) & 0x8080_8080_8080_8080
                col &+= 8 &- continuations.nonzeroBitCount
                p &+= 8
            }
            while p < offset && p < count {
                // Count lead bytes only: continuation bytes are 10xxxxxx.
                if base[p] & 0xC0 != 0x80 { col += 1 }
                p += 1
            }
            return col
        }

        public func column(of f: Field) -> Int { column(offset: f.origin, lineStart: lineStart(before: f.origin)) }

        /// Where the physical line holding byte `offset` starts.
        public func lineStart(before offset: Int) -> Int {
            var p = min(offset, count)
            while p > 0, base[p - 1] != lineEnd { p -= 1 }
            // The BOM is not part of the first line's columns.
            if p == 0, count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { return 3 }
            return p
        }
    }

    /// The columns of several fields of one record, in one pass over the
    /// line rather than one per field (a header's warnings).
    public func columns(of fields: UnsafeBufferPointer<Field>) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(fields.count)
        var start = -1
        var col = 1
        var p = 0
        for f in fields {
            let ls = lineStart(before: f.origin)
            if ls != start || f.origin < p {
                start = ls
                col = 1
                p = ls
            }
            while p < f.origin && p < count {
                if base[p] & 0xC0 != 0x80 { col += 1 }
                p += 1
            }
            out.append(col)
        }
        return out
    }

    /// Where the physical line holding byte `offset` starts.
    public func lineStart(before offset: Int) -> Int { places.lineStart(before: offset) }
}

/// Where a reader keeps the fields of its current record: grown when a
/// record has more fields than ever before (up to `CSVReader.maxFields`),
/// never shrunk, written without the copy-on-write checks an Array would
/// make for every field.
final class FieldStorage {
    private(set) var base: UnsafeMutablePointer<CSVReader.Field>
    private var capacity = 16
    var count = 0
    /// The current record had more fields than are kept.
    var overflowed = false

    init() { base = .allocate(capacity: capacity) }
    deinit { base.deallocate() }

    @inline(__always)
    func append(_ f: CSVReader.Field) {
        if count == capacity { grow() }
        (base + count).initialize(to: f)
        count += 1
    }

    private func grow() {
        let bigger = UnsafeMutablePointer<CSVReader.Field>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }
}
