/// One thing wrong with the data set, located as precisely as we can:
/// `FILE:LINE:COLUMN: error|warning: message`.
///
/// Lines are physical lines of the file (a quoted line break starts a new
/// one), counted from 1. Columns count Unicode scalars from 1 on that line,
/// so an editor's "go to column" lands on the field. A problem with the
/// whole file (missing, unreadable) is placed at 1:1.
public struct Problem: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error, warning
        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    /// The file's path relative to the data folder, with `/` separators.
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public static func error(_ file: String, _ line: Int, _ column: Int, _ message: String) -> Problem {
        Problem(file: file, line: line, column: column, severity: .error, message: message)
    }

    public static func warning(_ file: String, _ line: Int, _ column: Int, _ message: String) -> Problem {
        Problem(file: file, line: line, column: column, severity: .warning, message: message)
    }

    /// `FILE:LINE:COLUMN: error|warning: message`. The message has already
    /// had any text from the data made safe to print (see `SafeText`).
    public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }

    /// Sorting order for listings: file, then position, errors first.
    public static func listingOrder(_ a: Problem, _ b: Problem) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        if a.severity != b.severity { return a.severity < b.severity }
        return a.message < b.message
    }
}

extension Array where Element == Problem {
    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
}
