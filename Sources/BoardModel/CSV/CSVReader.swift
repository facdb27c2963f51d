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
    /// One field of the current record.
    public struct Field: Sendable {
        /// Byte range of the content (inside the quotes, if quoted).
        public var start: Int
        public var end: Int
        /// The field was quoted; `hasEscapes` when it holds `""`.
        public var quoted: Bool
        public var hasEscapes: Bool
        /// Physical line (from 1) the field starts on, and the byte offset
        /// where that line starts: together they give the column.
        public var line: Int
        public var lineStart: Int
        /// Byte offset where the field starts (its opening quote, if any).
        public var origin: Int
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

    /// Reads `buffer[start...]`, whose first byte is on physical line
    /// `line`. A BOM is skipped only at offset 0 of the buffer.
    public init(_ buffer: UnsafeBufferPointer<UInt8>, start: Int = 0, line: Int = 1) {
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
    public mutating func next(_ fields: inout [Field], complete: inout Bool) -> Bool {
        fields.removeAll(keepingCapacity: true)
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
            let fieldLine = line, fieldLineStart = lineStart, origin = p
            if p < count, base[p] == 0x22 {
                // Quoted field.
                p += 1
                let start = p
                var escapes = false
                var closed = false
                while p < count {
                    let b = base[p]
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
                    issues.append(SyntaxIssue(kind: .unterminatedQuote, line: fieldLine, lineStart: fieldLineStart, offset: origin))
                    fields.append(Field(start: start, end: p, quoted: true, hasEscapes: escapes,
                                        line: fieldLine, lineStart: fieldLineStart, origin: origin))
                    position = count
                    return true
                }
                let end = p
                p += 1 // closing quote
                if p < count, base[p] != 0x2C, base[p] != 0x0A, !(base[p] == 0x0D && p + 1 < count && base[p + 1] == 0x0A) {
                    issues.append(SyntaxIssue(kind: .textAfterClosingQuote, line: line, lineStart: lineStart, offset: p))
                    // Skip to the next separator so one mistake is one issue.
                    while p < count, base[p] != 0x2C, base[p] != 0x0A { p += 1 }
                }
                fields.append(Field(start: start, end: end, quoted: true, hasEscapes: escapes,
                                    line: fieldLine, lineStart: fieldLineStart, origin: origin))
            } else {
                let start = p
                while p < count {
                    let b = base[p]
                    if b == 0x2C || b == 0x0A { break }
                    if b == 0x22 {
                        issues.append(SyntaxIssue(kind: .quoteInUnquotedField, line: line, lineStart: lineStart, offset: p))
                    }
                    p += 1
                }
                var end = p
                if p < count, base[p] == 0x0A, end > start, base[end - 1] == 0x0D { end -= 1 }
                else if p >= count, end > start, base[end - 1] == 0x0D { end -= 1 }
                fields.append(Field(start: start, end: end, quoted: false, hasEscapes: false,
                                    line: fieldLine, lineStart: fieldLineStart, origin: origin))
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
                    fields.append(Field(start: p, end: p, quoted: false, hasEscapes: false,
                                        line: line, lineStart: lineStart, origin: p))
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
    public func column(of f: Field) -> Int { column(offset: f.origin, lineStart: f.lineStart) }
}
