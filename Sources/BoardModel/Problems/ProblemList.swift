/// Problems as they are kept and listed: the first `limit` found, and how
/// many errors and warnings there are in all.
///
/// Why a cap: one bad value repeated down a 2,000,000-row crossing log is
/// 2,000,000 problems. Kept whole they cost hundreds of megabytes in every
/// dashboard, and listing or counting them costs time on every key. The
/// first thousand of a file say what is wrong as well as all of them; the
/// totals are still exact (`errorCount`, `warningCount`), and a last entry
/// says how many more there are (docs/data-format.md, "Problems").
///
/// A `ProblemList` is the collection of what is listed: the kept problems
/// and, when some were left out, that last entry. `append` is what the
/// readers call; past the cap it only counts, so a reader never builds a
/// message nobody will see (`append(_:severity:)`).
public struct ProblemList: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    /// How many problems of one file are kept.
    public static let perFile = 1000

    public private(set) var kept: [Problem] = []
    /// Totals, the ones left out included.
    public private(set) var errorCount = 0
    public private(set) var warningCount = 0
    /// How many were left out, and where the first of them was.
    public private(set) var omittedErrors = 0
    public private(set) var omittedWarnings = 0
    private var firstOmitted: Problem?
    public let limit: Int

    public init(limit: Int = ProblemList.perFile) { self.limit = limit }

    public init(_ problems: [Problem], limit: Int = ProblemList.perFile) {
        self.limit = limit
        append(contentsOf: problems)
    }

    public init(arrayLiteral elements: Problem...) { self.init(elements) }

    public var isFull: Bool { kept.count >= limit }
    public var omitted: Int { omittedErrors + omittedWarnings }
    public var hasErrors: Bool { errorCount > 0 }

    // MARK: Adding

    public mutating func append(_ p: Problem) {
        append(p.severity) { p }
    }

    /// Adds a problem of `severity`; `make` is called only when it is kept.
    @inline(__always)
    public mutating func append(_ severity: Problem.Severity, _ make: () -> Problem) {
        if severity == .error { errorCount += 1 } else { warningCount += 1 }
        if kept.count < limit {
            kept.append(make())
            return
        }
        if severity == .error { omittedErrors += 1 } else { omittedWarnings += 1 }
        if firstOmitted == nil { firstOmitted = make() }
    }

    public mutating func append(contentsOf problems: some Sequence<Problem>) {
        for p in problems { append(p) }
    }

    /// Adds another list (a later part of the same file): its kept
    /// problems while there is room, and every count.
    public mutating func append(contentsOf other: ProblemList) {
        for p in other.kept { append(p) }
        errorCount += other.omittedErrors
        warningCount += other.omittedWarnings
        omittedErrors += other.omittedErrors
        omittedWarnings += other.omittedWarnings
        if firstOmitted == nil { firstOmitted = other.firstOmitted }
    }

    /// Adds a problem past the cap: for what the loader says about the
    /// whole file ("showing the last version read without errors"), which
    /// must never be the one left out.
    public mutating func appendAlways(_ p: Problem) {
        if p.severity == .error { errorCount += 1 } else { warningCount += 1 }
        kept.append(p)
    }

    public mutating func sort(by order: (Problem, Problem) -> Bool) { kept.sort(by: order) }

    /// Shifts every line by `n` (a part of a file read on its own).
    mutating func shiftLines(by n: Int) {
        for i in kept.indices { kept[i].line += n }
        firstOmitted?.line += n
    }

    // MARK: Listing

    /// The entry that says how many were left out, nil when none were.
    public var omittedNote: Problem? {
        guard omitted > 0, let first = firstOmitted else { return nil }
        var parts: [String] = []
        if omittedErrors > 0 { parts.append(Self.count(omittedErrors, "error")) }
        if omittedWarnings > 0 { parts.append(Self.count(omittedWarnings, "warning")) }
        return Problem(
            file: first.file, line: first.line, column: first.column,
            severity: omittedErrors > 0 ? .error : .warning,
            message: "\(parts.joined(separator: " and ")) more from here on are not listed "
                + "(ezboard lists the first \(limit) problems of a file)")
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { kept.count + (omitted > 0 && firstOmitted != nil ? 1 : 0) }
    public subscript(i: Int) -> Problem {
        if i < kept.count { return kept[i] }
        // Past the kept ones only when `endIndex` counted the note, which
        // it does only when there is one.
        guard let note = omittedNote else { preconditionFailure("index \(i) out of range") }
        return note
    }

    /// Every file's list as one, in listing order: what each lists, and
    /// the totals of all.
    public static func merging(_ lists: some Sequence<ProblemList>) -> ProblemList {
        var out = ProblemList(limit: .max)
        for list in lists {
            out.kept.append(contentsOf: list)
            out.errorCount += list.errorCount
            out.warningCount += list.warningCount
        }
        out.kept.sort(by: Problem.listingOrder)
        return out
    }

    public static func == (a: ProblemList, b: ProblemList) -> Bool {
        a.kept == b.kept && a.errorCount == b.errorCount && a.warningCount == b.warningCount
            && a.omittedNote == b.omittedNote
    }

    private static func count(_ n: Int, _ word: String) -> String {
        "\(Formats.integer(n, .en)) \(word)\(n == 1 ? "" : "s")"
    }
}
