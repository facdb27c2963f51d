/// Records of one file (or one chunk of it) that are valid UTF-8, with the
/// reader's syntax issues and any invalid bytes turned into `Problem`s.
struct RecordSource {
    let file: String
    private(set) var reader: CSVReader
    var problems: [Problem] = []
    private var problemsBeforeLastRecord = 0

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

    /// The next record that is valid UTF-8. Records holding invalid bytes
    /// are reported (once per line) and skipped.
    mutating func next(complete: inout Bool) -> Bool {
        problemsBeforeLastRecord = problems.count
        while true {
            guard reader.next(complete: &complete) else {
                drainSyntaxIssues()
                return false
            }
            if reader.issues.isEmpty { return true }
            if drainSyntaxIssues() { continue }
            return true
        }
    }

    /// Forgets what the last record read reported: a partial last line is
    /// not wrong, only unfinished, and is read again when it is complete.
    mutating func discardProblemsOfLastRecord() {
        if problems.count > problemsBeforeLastRecord { problems.removeLast(problems.count - problemsBeforeLastRecord) }
    }

    /// Turns the reader's issues into problems; true when the record held
    /// invalid UTF-8 (it is then skipped).
    @discardableResult
    private mutating func drainSyntaxIssues() -> Bool {
        var invalid = false
        var lastInvalidLine = 0
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
            case .invalidUTF8:
                invalid = true
                // One report per line is enough to find and fix it.
                if issue.line != lastInvalidLine {
                    problems.append(.error(file, issue.line, col,
                                           Messages.invalidUTF8(byte: reader.base[issue.offset], at: issue.offset - issue.lineStart + 1)))
                    lastInvalidLine = issue.line
                }
            }
        }
        reader.issues.removeAll(keepingCapacity: true)
        return invalid
    }
}
