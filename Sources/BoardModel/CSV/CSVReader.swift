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
/// CR inside a field is kept) — or, in a file whose first line ends in a
/// lone CR (classic Mac), in CR (`lineEnding(of:from:)`). A leading UTF-8
/// BOM is skipped, blank lines (empty or only spaces and tabs) are skipped.
///
/// Bounds, so that one mistake never swallows the rest of a file and no
/// input costs more than linear time (docs/data-format.md, "Limits"):
/// - a record holds at most `maxFields` fields (the rest are not kept, and
///   the record is reported);
/// - a quoted field never closed, or one holding more than
///   `quotedLineBreakLimit` line breaks, is reported where it opened, and
///   reading starts again on the line after that one. A closing quote
///   followed by text, after the field ran over a line break, is taken the
///   same way: the quote was really left open, and a later field's quote
///   closed it.
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
        public enum Kind: Sendable, Equatable {
            /// A quoted field never closed (or running past the bound).
            case unterminatedQuote
            /// Something other than a separator right after a closing quote.
            case textAfterClosingQuote
            /// A `"` inside a field that did not start with one.
            case quoteInUnquotedField
            /// A byte that does not belong to a valid UTF-8 sequence.
            case invalidUTF8
            /// A NUL byte: never part of text.
            case nulByte
            /// More than `maxFields` fields in one record.
            case tooManyFields
        }
        public var kind: Kind
        public var line: Int
        public var lineStart: Int
        public var offset: Int
    }

    /// The most fields a record may have: a data file has a dozen columns;
    /// a spreadsheet's export may add some empty ones, never a thousand.
    public static let maxFields = 1000
    /// The most line breaks a quoted field may hold in a table (notes may
    /// run over a few lines); the crossing log, where they are rarer
    /// still, sets its own lower bound.
    public static let tableQuotedLineBreaks = 100
    /// The most issues kept per record: a line of a million bad bytes says
    /// what is wrong in its first few.
    static let maxIssuesPerRecord = 16

    public let base: UnsafePointer<UInt8>
    public let count: Int
    /// The byte that ends a line: LF, or CR in a classic-Mac file.
    public let lineEnd: UInt8
    /// Every byte of a word the line end's complement (`lineEndOrNul`).
    let lineEndComplement: UInt64
    /// Where the next record starts.
    public private(set) var position: Int
    /// The physical line at `position`, and the offset that line starts at.
    public private(set) var line: Int
    public private(set) var lineStart: Int
    /// Issues met so far (the caller drains them).
    public var issues: [SyntaxIssue] = []
    /// The offset of the current record's first non-ASCII byte (`Int.max`
    /// when it has none): before it every byte is one column, so a
    /// field's column is its distance from the line's start (`Row.place`).
    public internal(set) var firstNonASCII = Int.max
    /// False while every non-ASCII character of the current record is one
    /// that NFC leaves as it is and that never combines (`validUTF8`):
    /// its text then needs no second look (`TextNormalization.isKnownNFC`).
    public internal(set) var mayNeedNFC = false
    private var issuesInRecord = 0
    /// See the type's bounds.
    public var quotedLineBreakLimit = CSVReader.tableQuotedLineBreaks
    /// True for a log being written: a last record whose quoted field is
    /// still open (within the bound) is handed back as partial, unreported.
    public var lastLineMayBePartial = false
    private let storage = FieldStorage()

    /// The fields of the record last read by `next`; valid until the next call.
    public var fields: UnsafeBufferPointer<Field> { UnsafeBufferPointer(start: storage.base, count: storage.count) }

    /// Reads `buffer[start...]`, whose first byte is on physical line
    /// `line`. A BOM is skipped only at offset 0 of the buffer. `lineEnd`
    /// is the file's (`lineEnding(of:from:)`); by default it is found from
    /// `buffer[start...]`.
    public init(_ buffer: UnsafeBufferPointer<UInt8>, start: Int = 0, line: Int = 1, lineEnd: UInt8? = nil) {
        // An empty buffer may have no address; a non-zero dummy pointer
        // (never read: `count` is 0) keeps `base` non-optional.
        base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        count = buffer.count
        position = start
        self.line = line
        lineStart = start
        let end = lineEnd ?? CSVReader.lineEnding(of: buffer, from: start)
        self.lineEnd = end
        lineEndComplement = CSVReader.ones &* UInt64(~end)
        if start == 0, count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF {
            position = 3
            lineStart = 3
        }
    }

    /// The line end of a file: CR when its first line break is a lone CR
    /// (classic Mac), else LF (which covers CRLF).
    public static func lineEnding(of buffer: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> UInt8 {
        var p = start
        while p < buffer.count {
            let b = buffer[p]
            if b == 0x0A { return 0x0A }
            if b == 0x0D { return p + 1 < buffer.count && buffer[p + 1] == 0x0A ? 0x0A : 0x0D }
            p += 1
        }
        return 0x0A
    }

    public var atEnd: Bool { position >= count }

    /// Reads the next record into `fields` (cleared first). Returns false at
    /// the end of the data. `complete` is false when the record ran into the
    /// end of the data without a line end (a partial last line).
    @inline(__always)
    public mutating func next(complete: inout Bool) -> Bool {
        storage.count = 0
        storage.overflowed = false
        issuesInRecord = 0
        firstNonASCII = Int.max
        mayNeedNFC = false
        skipBlankLines()
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
                var breaks = 0
                while p < count {
                    // Skip ordinary bytes eight at a time.
                    while p &+ 8 <= count {
                        let m = quotedStops(load(p))
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
                    if b == lineEnd {
                        breaks += 1
                        if breaks > quotedLineBreakLimit { break }
                        line += 1
                        lineStart = p + 1
                    } else if b == 0 {
                        addIssue(.nulByte, offset: p)
                    }
                    p += 1
                }
                if !closed {
                    if lastLineMayBePartial && p >= count && breaks <= quotedLineBreakLimit {
                        // A log's last record, still being written.
                        addIssue(.unterminatedQuote, line: fieldLine, lineStart: fieldLineStart, offset: origin)
                        addField(start: start, end: p, line: fieldLine, quoted: true, escapes: escapes)
                        position = count
                        return true
                    }
                    return unclosedQuote(at: origin, line: fieldLine, lineStart: fieldLineStart, complete: &complete)
                }
                let end = p
                p += 1  // closing quote
                if p < count, base[p] != 0x2C, !isLineEnd(at: p) {
                    if breaks > 0 {
                        return unclosedQuote(
                            at: origin, line: fieldLine, lineStart: fieldLineStart, complete: &complete)
                    }
                    addIssue(.textAfterClosingQuote, offset: p)
                    // Skip to the next separator so one mistake is one issue.
                    while p < count, base[p] != 0x2C, base[p] != lineEnd {
                        if base[p] == 0 { addIssue(.nulByte, offset: p) }
                        p += base[p] >= 0x80 ? validUTF8(at: p) : 1
                    }
                }
                addField(start: start, end: end, line: fieldLine, quoted: true, escapes: escapes)
            } else {
                let start = p
                while p < count {
                    while p &+ 8 <= count {
                        let m = unquotedStops(load(p))
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
                    if b == 0x2C || b == lineEnd { break }
                    if b == 0x22 {
                        addIssue(.quoteInUnquotedField, offset: p)
                    } else if b == 0 {
                        addIssue(.nulByte, offset: p)
                    }
                    p += 1
                }
                var end = p
                // CRLF: the CR is part of the line end, not of the field.
                if lineEnd == 0x0A, end > start, base[end - 1] == 0x0D, p >= count || base[p] == 0x0A {
                    end -= 1
                }
                addField(start: start, end: end, line: fieldLine, quoted: false, escapes: false)
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
                    addField(start: p, end: p, line: line, quoted: false, escapes: false)
                    position = count
                    return true
                }
                continue
            }
            p = afterLineEnd(p)
            line += 1
            lineStart = p
            position = p
            complete = true
            return true
        }
    }

    /// Skips lines that are empty or hold only spaces and tabs.
    @inline(__always)
    private mutating func skipBlankLines() {
        while position < count {
            var p = position
            while p < count, base[p] == 0x20 || base[p] == 0x09 { p += 1 }
            if p >= count {
                position = count
                return
            }
            if base[p] == lineEnd || (base[p] == 0x0D && p + 1 < count && base[p + 1] == 0x0A) {
                position = afterLineEnd(p)
                line += 1
                lineStart = position
                continue
            }
            // A lone CR at the very end of an LF file ends nothing.
            if base[p] == 0x0D && p + 1 == count { position = count }
            return
        }
    }

    /// True when a line end (LF, CRLF; CR in a CR file) starts at `p`.
    @inline(__always)
    private func isLineEnd(at p: Int) -> Bool {
        base[p] == lineEnd || (base[p] == 0x0D && p + 1 < count && base[p + 1] == 0x0A)
    }

    /// The offset after the line end that starts at `p` (CRLF is one).
    @inline(__always)
    private func afterLineEnd(_ p: Int) -> Int {
        if base[p] == 0x0D && p + 1 < count && base[p + 1] == 0x0A { return p + 2 }
        return p + 1
    }

    /// A quoted field that opened at `origin` was never closed (or ran past
    /// the bound): reported there, and reading starts again on the next
    /// line, so the lines it would swallow are read as rows of their own.
    private mutating func unclosedQuote(
        at origin: Int, line fieldLine: Int, lineStart fieldLineStart: Int, complete: inout Bool
    ) -> Bool {
        addIssue(.unterminatedQuote, line: fieldLine, lineStart: fieldLineStart, offset: origin)
        var q = origin
        while q < count, base[q] != lineEnd { q += 1 }
        addField(start: origin + 1, end: q, line: fieldLine, quoted: true, escapes: false)
        if q >= count {
            position = count
            line = fieldLine
            lineStart = fieldLineStart
            return true
        }
        var p = q + 1
        if lineEnd == 0x0D, p < count, base[p] == 0x0A { p += 1 }
        position = p
        line = fieldLine + 1
        lineStart = position
        complete = true
        return true
    }

    @inline(__always)
    private mutating func addField(start: Int, end: Int, line: Int, quoted: Bool, escapes: Bool) {
        if storage.count < CSVReader.maxFields {
            storage.append(
                Field(
                    start: start, end: end, line: Int32(truncatingIfNeeded: line), quoted: quoted, hasEscapes: escapes))
        } else if !storage.overflowed {
            // Noted once: the record is too wide, whatever follows.
            addIssue(.tooManyFields, offset: quoted ? start - 1 : start)
            storage.overflowed = true
        }
    }

    @inline(__always)
    mutating func addIssue(_ kind: SyntaxIssue.Kind, offset: Int) {
        addIssue(kind, line: line, lineStart: lineStart, offset: offset)
    }

    @inline(__always)
    mutating func addIssue(_ kind: SyntaxIssue.Kind, line: Int, lineStart: Int, offset: Int) {
        issuesInRecord += 1
        if issuesInRecord <= CSVReader.maxIssuesPerRecord {
            issues.append(SyntaxIssue(kind: kind, line: line, lineStart: lineStart, offset: offset))
        }
    }
}
