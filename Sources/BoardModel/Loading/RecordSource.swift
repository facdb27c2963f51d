/// Records of one file (or one chunk of it) that are valid UTF-8, with the
/// reader's syntax issues and any invalid bytes turned into `Problem`s.
struct RecordSource {
    let file: String
    private(set) var reader: CSVReader
    private let base: UnsafePointer<UInt8>
    private let invalid: [Int]
    private var invalidCursor = 0
    var problems: [Problem] = []
    private var problemsBeforeLastRecord = 0

    /// Reads `buffer[start..<buffer.count]`, the first byte being on `line`.
    init(file: String, buffer: UnsafeBufferPointer<UInt8>, start: Int = 0, line: Int = 1) {
        self.file = file
        reader = CSVReader(buffer, start: start, line: line)
        base = reader.base
        invalid = UTF8Validation.invalidOffsets(base, start..<buffer.count)
    }

    var position: Int { reader.position }
    var line: Int { reader.line }

    func column(of f: CSVReader.Field) -> Int { reader.column(of: f) }
    func column(offset: Int, lineStart: Int) -> Int { reader.column(offset: offset, lineStart: lineStart) }

    /// The next record that is valid UTF-8. Records holding invalid bytes
    /// are reported (once per line) and skipped.
    mutating func next(_ fields: inout [CSVReader.Field], complete: inout Bool) -> Bool {
        problemsBeforeLastRecord = problems.count
        while true {
            let start = reader.position
            let startLine = reader.line, startLineStart = reader.lineStart
            guard reader.next(&fields, complete: &complete) else {
                drainSyntaxIssues()
                return false
            }
            if !reader.issues.isEmpty { drainSyntaxIssues() }
            if invalid.isEmpty { return true }
            let end = reader.position
            while invalidCursor < invalid.count, invalid[invalidCursor] < start { invalidCursor += 1 }
            if invalidCursor < invalid.count, invalid[invalidCursor] < end {
                reportInvalidBytes(from: start, to: end, line: startLine, lineStart: startLineStart)
                continue
            }
            return true
        }
    }

    /// Forgets what the last record read reported: a partial last line is
    /// not wrong, only unfinished, and is read again when it is complete.
    mutating func discardProblemsOfLastRecord() {
        if problems.count > problemsBeforeLastRecord { problems.removeLast(problems.count - problemsBeforeLastRecord) }
    }

    private mutating func reportInvalidBytes(from start: Int, to end: Int, line: Int, lineStart: Int) {
        var line = line, lineStart = lineStart, p = start
        var lastReportedLine = 0
        while invalidCursor < invalid.count, invalid[invalidCursor] < end {
            let off = invalid[invalidCursor]
            while p < off {
                if base[p] == 0x0A { line += 1; lineStart = p + 1 }
                p += 1
            }
            if line != lastReportedLine {
                problems.append(.error(file, line, reader.column(offset: off, lineStart: lineStart),
                                       Messages.invalidUTF8(byte: base[off], at: off - lineStart + 1)))
                lastReportedLine = line
            }
            invalidCursor += 1
        }
    }

    private mutating func drainSyntaxIssues() {
        for issue in reader.issues {
            let col = reader.column(offset: issue.offset, lineStart: issue.lineStart)
            switch issue.kind {
            case .unterminatedQuote:
                problems.append(.error(file, issue.line, col, "a quoted field is never closed: a '\"' is missing"))
            case .textAfterClosingQuote:
                problems.append(.error(file, issue.line, col,
                                       "text after a closing quote: a quote inside a quoted field must be doubled (\"\")"))
            case .quoteInUnquotedField:
                problems.append(.warning(file, issue.line, col,
                                         "a '\"' inside an unquoted field is kept as is; quote the field and double the quote"))
            }
        }
        reader.issues.removeAll(keepingCapacity: true)
    }
}
