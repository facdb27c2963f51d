/// Records of one file (or one chunk of it) that are valid UTF-8, with the
/// reader's syntax issues and any invalid bytes turned into `Problem`s.
struct RecordSource {
    let file: String
    private(set) var reader: CSVReader
    var problems = ProblemList()
    /// For logs being written: a last record without its line end is
    /// returned as it is (`complete` false), with no problem reported — it
    /// is unfinished, not wrong, and will be read again once complete.
    /// Unless it holds a NUL byte: a logger never writes one, so such a
    /// tail is damage, reported now rather than waited for. A quoted line
    /// break is rarer in a log than in a table: a quoted field that runs
    /// over more lines than `logQuotedLineBreaks` is an unclosed quote.
    var holdsPartialLastLine = false {
        didSet {
            reader.lastLineMayBePartial = holdsPartialLastLine
            reader.quotedLineBreakLimit =
                holdsPartialLastLine ? RecordSource.logQuotedLineBreaks : CSVReader.tableQuotedLineBreaks
        }
    }
    static let logQuotedLineBreaks = 10
    /// The last record returned was broken in a way that leaves nothing
    /// to read in it: a NUL byte, or more fields than are kept.
    private(set) var lastRecordUnusable = false

    /// Reads `buffer[start..<buffer.count]`, the first byte being on `line`;
    /// `lineEnd` is the file's (by default found from the buffer).
    init(file: String, buffer: UnsafeBufferPointer<UInt8>, start: Int = 0, line: Int = 1, lineEnd: UInt8? = nil) {
        self.file = file
        reader = CSVReader(buffer, start: start, line: line, lineEnd: lineEnd)
    }

    var position: Int { reader.position }
    /// The fields of the record last read; valid until the next call.
    var fields: UnsafeBufferPointer<CSVReader.Field> { reader.fields }
    var line: Int { reader.line }
    /// Of the record last read: see `CSVReader`'s.
    var firstNonASCII: Int { reader.firstNonASCII }
    var mayNeedNFC: Bool { reader.mayNeedNFC }

    func column(of f: CSVReader.Field) -> Int { reader.column(of: f) }
    func column(offset: Int, lineStart: Int) -> Int { reader.column(offset: offset, lineStart: lineStart) }

    /// The next record that can be read. A record that is broken (invalid
    /// UTF-8, a quote never closed, text after a closing quote) is reported
    /// and skipped, unless `keepBroken` (a header is still the header).
    mutating func next(complete: inout Bool, keepBroken: Bool = false) -> Bool {
        while true {
            lastRecordUnusable = false
            guard reader.next(complete: &complete) else {
                drainSyntaxIssues()
                return false
            }
            if reader.issues.isEmpty { return true }
            if holdsPartialLastLine && !complete {
                if reader.issues.contains(where: { $0.kind == .nulByte }) {
                    complete = true
                } else {
                    reader.issues.removeAll(keepingCapacity: true)
                    return true
                }
            }
            if drainSyntaxIssues() && !keepBroken { continue }
            return true
        }
    }

    /// The problem of a record whose field count differs from the
    /// header's: placed at the first extra field, or just after the last
    /// field when fields are missing.
    func fieldCountProblem(_ fields: UnsafeBufferPointer<CSVReader.Field>, expected: Int) -> Problem {
        RecordSource.fieldCountProblem(reader, file, fields, expected: expected)
    }

    /// Reports a record whose field count differs from the header's (the
    /// message made only if it is kept).
    mutating func reportFieldCount(_ fields: UnsafeBufferPointer<CSVReader.Field>, expected: Int) {
        let reader = self.reader
        let file = self.file
        problems.append(.error) { RecordSource.fieldCountProblem(reader, file, fields, expected: expected) }
    }

    private static func fieldCountProblem(
        _ reader: CSVReader, _ file: String, _ fields: UnsafeBufferPointer<CSVReader.Field>, expected: Int
    ) -> Problem {
        let line: Int
        let column: Int
        if fields.count > expected {
            let extra = fields[expected]
            (line, column) = (extra.lineNumber, reader.column(of: extra))
        } else {
            let last = fields[fields.count - 1]
            var l = last.lineNumber
            var lineStart = reader.lineStart(before: last.origin)
            for p in last.start..<last.end where reader.base[p] == reader.lineEnd {
                l += 1
                lineStart = p + 1
            }
            (line, column) = (l, reader.column(offset: last.end + (last.quoted ? 1 : 0), lineStart: lineStart))
        }
        return .error(
            file, line, column,
            "expected \(expected) fields as in the header, found \(fields.count); the row is skipped")
    }

    /// Turns the reader's issues into problems; true when the record is
    /// broken (it is then skipped): invalid UTF-8, a NUL byte, too many
    /// fields, an unclosed quote, text after a closing quote. A bare quote
    /// is only a warning. Messages are made only for problems kept.
    @discardableResult
    private mutating func drainSyntaxIssues() -> Bool {
        var invalid = false
        var lastInvalidLine = 0
        var lastNulLine = 0
        let reader = self.reader
        let file = self.file
        for issue in reader.issues {
            func add(_ severity: Problem.Severity, _ message: () -> String) {
                problems.append(severity) {
                    Problem(
                        file: file, line: issue.line,
                        column: reader.column(offset: issue.offset, lineStart: issue.lineStart),
                        severity: severity, message: message())
                }
            }
            let byteInLine = issue.offset - issue.lineStart + 1
            switch issue.kind {
            case .unterminatedQuote:
                invalid = true
                add(.error) { "a quoted field is never closed: a '\"' is missing; the row is skipped" }
            case .textAfterClosingQuote:
                invalid = true
                add(.error) {
                    "text after a closing quote: a quote inside a quoted field must be doubled (\"\"); the row is skipped"
                }
            case .quoteInUnquotedField:
                add(.warning) { "a '\"' inside an unquoted field is kept as is; quote the field and double the quote" }
            case .nulByte:
                invalid = true
                lastRecordUnusable = true
                // One report per line, as for invalid UTF-8.
                if issue.line != lastNulLine {
                    add(.error) {
                        "a NUL byte (0x00) at byte \(byteInLine) of the line: this is not plain text "
                            + "(a damaged file, or not a CSV file); the row is skipped"
                    }
                    lastNulLine = issue.line
                }
            case .tooManyFields:
                invalid = true
                lastRecordUnusable = true
                add(.error) {
                    "more than \(CSVReader.maxFields) fields on one line: ezboard reads at most "
                        + "\(CSVReader.maxFields) columns; the row is skipped"
                }
            case .invalidUTF8:
                invalid = true
                // One report per line is enough to find and fix it.
                if issue.line != lastInvalidLine {
                    add(.error) { Messages.invalidUTF8(byte: reader.base[issue.offset], at: byteInLine) }
                    lastInvalidLine = issue.line
                }
            }
        }
        self.reader.issues.removeAll(keepingCapacity: true)
        return invalid
    }
}
