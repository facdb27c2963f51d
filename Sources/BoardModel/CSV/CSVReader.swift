/// An RFC 4180 reader that works on bytes.
///
/// Why not a CSV package: on a 1,000,000-row crossing log the CSV packages
/// available to us took 9–11 s, a byte-level reader ~0.5 s (see
/// ARCHITECTURE.md). This reader never builds a `String` unless asked: it
/// hands out each record as field ranges into the buffer, with the physical
/// line each field starts on, so every problem can name its line and column
/// even after a quoted line break.
///
/// Rules: `,` separates, `"` quotes, `""` is a quote inside quotes, quoted
/// fields may hold commas and line breaks, lines end in LF or CRLF (a lone
/// CR inside a field is kept), a leading UTF-8 BOM is skipped, blank lines
/// (empty or only spaces and tabs) are skipped.
public struct CSVReader {
    /// One field of the current record: 24 bytes, because a big log has
    /// millions of them. Where its line starts is found again only when a
    /// problem needs a column (`column(of:)`).
    public struct Field: Sendable {
        /// Byte range of the content (inside the quotes, if quoted).
        public var start: Int
        public var end: Int
        /// Physical line (from 1) the field starts on.
        public var line: Int32
        /// The field was quoted; `hasEscapes` when it holds `""`.
        public var quoted: Bool
        public var hasEscapes: Bool

        /// Byte offset where the field starts (its opening quote, if any).
        public var origin: Int { quoted ? start - 1 : start }
        public var lineNumber: Int { Int(line) }
    }

    /// A syntax problem the reader found itself.
    public struct SyntaxIssue: Sendable {
        public enum Kind: Sendable {
            /// A quoted field still open at the end of the data.
            case unterminatedQuote
            /// Something other than a separator right after a closing quote.
            case textAfterClosingQuote
            /// A `"` inside a field that did not start with one.
            case quoteInUnquotedField
            /// A byte that does not belong to a valid UTF-8 sequence.
            case invalidUTF8
        }
        public var kind: Kind
        public var line: Int
        public var lineStart: Int
        public var offset: Int
    }

    public let base: UnsafePointer<UInt8>
    public let count: Int
    /// Where the next record starts.
    public private(set) var position: Int
    /// The physical line at `position`, and the offset that line starts at.
    public private(set) var line: Int
    public private(set) var lineStart: Int
    /// Issues met so far (the caller drains them).
    public var issues: [SyntaxIssue] = []
    private let storage = FieldStorage()

    /// The fields of the record last read by `next`; valid until the next call.
    public var fields: UnsafeBufferPointer<Field> { UnsafeBufferPointer(start: storage.base, count: storage.count) }

    /// Reads `buffer[start...]`, whose first byte is on physical line
    /// `line`. A BOM is skipped only at offset 0 of the buffer.
    public init(_ buffer: UnsafeBufferPointer<UInt8>, start: Int = 0, line: Int = 1) {
        // An empty buffer may have no address; a non-zero dummy pointer
        // (never read: `count` is 0) keeps `base` non-optional.
        base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        count = buffer.count
        position = start
        self.line = line
        lineStart = start
        if start == 0, count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF {
            position = 3
            lineStart = 3
        }
    }

    /// The byte offset just past the end of the current record's line end,
    /// for readers that must know where complete records stop.
    public var atEnd: Bool { position >= count }

    /// Reads the next record into `fields` (cleared first). Returns false at
    /// the end of the data. `complete` is false when the record ran into the
    /// end of the data without a line end (a partial last line).
    @inline(__always)
    public mutating func next(complete: inout Bool) -> Bool {
        let fields = storage
        fields.count = 0
        // Skip blank lines.
        while position < count {
            var p = position
            while p < count, base[p] == 0x20 || base[p] == 0x09 { p += 1 }
            if p < count, base[p] == 0x0A {
                position = p + 1
                line += 1
                lineStart = position
            } else if p + 1 < count, base[p] == 0x0D, base[p + 1] == 0x0A {
                position = p + 2
                line += 1
                lineStart = position
            } else if p >= count || (base[p] == 0x0D && p + 1 == count) {
                position = count
            } else {
                break
            }
        }
        guard position < count else { return false }

        var p = position
        complete = false
        while true {
            let fieldLine = line
            let fieldLineStart = lineStart
            let origin = p
            if p < count, base[p] == 0x22 {
                // Quoted field.
                p += 1
                let start = p
                var escapes = false
                var closed = false
                while p < count {
                    // Skip ordinary bytes eight at a time.
                    while p &+ 8 <= count {
                        let m = CSVReader.quotedStops(load(p))
                        if m == 0 {
                            p &+= 8
                        } else {
                            p &+= m.trailingZeroBitCount >> 3
                            break
                        }
                    }
                    if p >= count { break }
                    let b = base[p]
                    if b >= 0x80 {
                        p += validUTF8(at: p)
                        continue
                    }
                    if b == 0x22 {
                        if p + 1 < count, base[p + 1] == 0x22 {
                            escapes = true
                            p += 2
                            continue
                        }
                        closed = true
                        break
                    }
                    if b == 0x0A {
                        line += 1
                        lineStart = p + 1
                    }
                    p += 1
                }
                if !closed {
                    issues.append(
                        SyntaxIssue(
                            kind: .unterminatedQuote, line: fieldLine, lineStart: fieldLineStart, offset: origin))
                    fields.append(
                        Field(
                            start: start, end: p, line: Int32(truncatingIfNeeded: fieldLine), quoted: true,
                            hasEscapes: escapes))
                    position = count
                    return true
                }
                let end = p
                p += 1  // closing quote
                if p < count, base[p] != 0x2C, base[p] != 0x0A,
                    !(base[p] == 0x0D && p + 1 < count && base[p + 1] == 0x0A)
                {
                    issues.append(
                        SyntaxIssue(kind: .textAfterClosingQuote, line: line, lineStart: lineStart, offset: p))
                    // Skip to the next separator so one mistake is one issue.
                    while p < count, base[p] != 0x2C, base[p] != 0x0A {
                        p += base[p] >= 0x80 ? validUTF8(at: p) : 1
                    }
                }
                fields.append(
                    Field(
                        start: start, end: end, line: Int32(truncatingIfNeeded: fieldLine), quoted: true,
                        hasEscapes: escapes))
            } else {
                let start = p
                while p < count {
                    while p &+ 8 <= count {
                        let m = CSVReader.unquotedStops(load(p))
                        if m == 0 {
                            p &+= 8
                        } else {
                            p &+= m.trailingZeroBitCount >> 3
                            break
                        }
                    }
                    if p >= count { break }
                    let b = base[p]
                    if b >= 0x80 {
                        p += validUTF8(at: p)
                        continue
                    }
                    if b == 0x2C || b == 0x0A { break }
                    if b == 0x22 {
                        issues.append(
                            SyntaxIssue(kind: .quoteInUnquotedField, line: line, lineStart: lineStart, offset: p))
                    }
                    p += 1
                }
                var end = p
                if p < count, base[p] == 0x0A, end > start, base[end - 1] == 0x0D {
                    end -= 1
                } else if p >= count, end > start, base[end - 1] == 0x0D {
                    end -= 1
                }
                fields.append(
                    Field(
                        start: start, end: end, line: Int32(truncatingIfNeeded: fieldLine), quoted: false,
                        hasEscapes: false))
            }
            // After a field: separator, line end, or end of data.
            if p >= count {
                position = count
                return true
            }
            if base[p] == 0x2C {
                p += 1
                if p >= count {
                    // A trailing separator at the very end: one more empty field.
                    fields.append(
                        Field(start: p, end: p, line: Int32(truncatingIfNeeded: line), quoted: false, hasEscapes: false)
                    )
                    position = count
                    return true
                }
                continue
            }
            if base[p] == 0x0D, p + 1 < count, base[p + 1] == 0x0A { p += 1 }
            // base[p] is LF.
            p += 1
            line += 1
            lineStart = p
            position = p
            complete = true
            return true
        }
    }

    // MARK: Eight bytes at a time
    //
    // A field's ordinary bytes are skipped a machine word at a time: a word
    // is searched at once for the bytes that end or interrupt a field. The
    // classic "has zero byte" test marks the lowest matching byte exactly
    // (higher ones may be false alarms, which we never look at). Words are
    // read little-endian, so the lowest byte is the first in the file.

    @inline(__always)
    private func load(_ p: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    private static func bytesEqual(_ w: UInt64, _ byte: UInt8) -> UInt64 {
        let x = w ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs
    }

    /// Non-zero when the word holds `,`, LF, `"` or a non-ASCII byte.
    @inline(__always)
    static func unquotedStops(_ w: UInt64) -> UInt64 {
        bytesEqual(w, 0x2C) | bytesEqual(w, 0x0A) | bytesEqual(w, 0x22) | (w & highs)
    }

    /// Non-zero when the word holds `"`, LF or a non-ASCII byte.
    @inline(__always)
    static func quotedStops(_ w: UInt64) -> UInt64 {
        bytesEqual(w, 0x22) | bytesEqual(w, 0x0A) | (w & highs)
    }

    /// Length of the UTF-8 sequence at `p` (a non-ASCII lead byte); an
    /// invalid byte is recorded as an issue and skipped alone. Checking
    /// here, in the one pass over the bytes, costs less than a second pass.
    @inline(__always)
    private mutating func validUTF8(at p: Int) -> Int {
        // The common case, Vietnamese: a two- or three-byte sequence.
        let b0 = base[p]
        if b0 >= 0xC2, b0 <= 0xDF, p + 1 < count, base[p + 1] & 0xC0 == 0x80 { return 2 }
        if b0 >= 0xE1, b0 <= 0xEC, p + 2 < count, base[p + 1] & 0xC0 == 0x80, base[p + 2] & 0xC0 == 0x80 { return 3 }
        let n = UTF8Validation.sequenceLength(base, p, count)
        if n > 0 { return n }
        issues.append(SyntaxIssue(kind: .invalidUTF8, line: line, lineStart: lineStart, offset: p))
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
        let raw = bytes(f)
        if !f.hasEscapes { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            out.append(raw[i])
            i += raw[i] == 0x22 && i + 1 < raw.count && raw[i + 1] == 0x22 ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The 1-based column (in Unicode scalars) of byte `offset` on the line
    /// that starts at `lineStart`.
    public func column(offset: Int, lineStart: Int) -> Int {
        var col = 1
        var p = lineStart
        while p < offset && p < count {
            // Count lead bytes only: continuation bytes are 10xxxxxx.
            if base[p] & 0xC0 != 0x80 { col += 1 }
            p += 1
        }
        return col
    }

    /// The column where a field starts (its opening quote, if quoted).
    public func column(of f: Field) -> Int { column(offset: f.origin, lineStart: lineStart(before: f.origin)) }

    /// Where the physical line holding byte `offset` starts.
    public func lineStart(before offset: Int) -> Int {
        var p = min(offset, count)
        while p > 0, base[p - 1] != 0x0A { p -= 1 }
        // The BOM is not part of the first line's columns.
        if p == 0, count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { return 3 }
        return p
    }
}

/// Where a reader keeps the fields of its current record: grown when a
/// record has more fields than ever before, never shrunk, written without
/// the copy-on-write checks an Array would make for every field.
final class FieldStorage {
    private(set) var base: UnsafeMutablePointer<CSVReader.Field>
    private var capacity = 16
    var count = 0

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
