/// Records of one file (or one chunk of it) that are valid UTF-8, with the
/// reader's syntax issues and any invalid bytes turned into `Problem`s.
struct RecordSource {
    let file: String
    private(set) var reader: CSVReader
    var problems: [Problem] = []
    /// For logs being written: a last record without its line end is
    /// returned as it is (`complete` false), with no problem reported — it
    /// is unfinished, not wrong, and will be read again once complete.
    var holdsPartialLastLine = false

    /// Reads `buffer[start..<buffer.count]`, the first byte being on `line`.
    init(file: String, buffer: UnsafeBufferPointer<UInt8>, start: Int = 0, line: Int = 1) {
        self.file = file
        reader = CSVReader(buffer, start: start, line: line)
    }

    var position: Int { reader.position }
    /// The fields of the record last read; valid until the next call.
    var fields: UnsafeBufferPointer<CSVReader.Field> { reader.fields }
    var line: Int { reader.line }

    func column(of f: CSVReader.Field) -> Int { reader.column(of: f) }
    func column(offset: Int, lineStart: Int) -> Int { reader.column(offset: offset, lineStart: lineStart) }

    /// The next record that can be read. A record that is broken (invalid
    /// UTF-8, a quote never closed, text after a closing quote) is reported
    /// and skipped, unless `keepBroken` (a header is still the header).
    mutating func next(complete: inout Bool, keepBroken: Bool = false) -> Bool {
        while true {
            guard reader.next(complete: &complete) else {
                drainSyntaxIssues()
                return false
            }
            if reader.issues.isEmpty { return true }
            if holdsPartialLastLine && !complete {
                reader.issues.removeAll(keepingCapacity: true)
                return true
            }
            if drainSyntaxIssues() && !keepBroken { continue }
            return true
        }
    }

    /// The problem of a record whose field count differs from the
    /// header's: placed at the first extra field, or just after the last
    /// field when fields are missing.
    func fieldCountProblem(_ fields: UnsafeBufferPointer<CSVReader.Field>, expected: Int) -> Problem {
        let line: Int
        let column: Int
        if fields.count > expected {
            let extra = fields[expected]
            (line, column) = (extra.lineNumber, reader.column(of: extra))
        } else {
            let last = fields[fields.count - 1]
            var l = last.lineNumber
            var lineStart = reader.lineStart(before: last.origin)
            for p in last.start..<last.end where reader.base[p] == 0x0A {
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
    /// broken (it is then skipped): invalid UTF-8, an unclosed quote, text
    /// after a closing quote. A bare quote is only a warning.
    @discardableResult
    private mutating func drainSyntaxIssues() -> Bool {
        var invalid = false
        var lastInvalidLine = 0
        for issue in reader.issues {
            let col = reader.column(offset: issue.offset, lineStart: issue.lineStart)
            switch issue.kind {
            case .unterminatedQuote:
                invalid = true
                problems.append(
                    .error(
                        file, issue.line, col, "a quoted field is never closed: a '\"' is missing; the row is skipped"))
            case .textAfterClosingQuote:
                invalid = true
                problems.append(
                    .error(
                        file, issue.line, col,
                        "text after a closing quote: a quote inside a quoted field must be doubled (\"\"); the row is skipped"
                    ))
            case .quoteInUnquotedField:
                problems.append(
                    .warning(
                        file, issue.line, col,
                        "a '\"' inside an unquoted field is kept as is; quote the field and double the quote"))
            case .invalidUTF8:
                invalid = true
                // One report per line is enough to find and fix it.
                if issue.line != lastInvalidLine {
                    problems.append(
                        .error(
                            file, issue.line, col,
                            Messages.invalidUTF8(
                                byte: reader.base[issue.offset], at: issue.offset - issue.lineStart + 1)))
                    lastInvalidLine = issue.line
                }
            }
        }
        reader.issues.removeAll(keepingCapacity: true)
        return invalid
    }
}
