/// What one read of a file produced: a table's valid rows, or a crossing
/// log with where to resume reading it.
enum FileContent: Sendable {
    case table(TableRows)
    case crossings(CrossingReader.Result)

    /// Parses one table file (not a crossing log) by its spec.
    static func parse(
        _ file: DataFile, bytes: UnsafeBufferPointer<UInt8>, known: KnownIDs, today: Day? = nil, threads: Int = 1,
        problems: inout ProblemList
    ) -> FileContent {
        .table(file.spec.parse(bytes, known: known, today: today, threads: threads, problems: &problems))
    }

    /// Puts these rows into their place in a data set.
    func apply(to d: inout DataSet, path: String) {
        switch self {
        case .table(let t): d.tables[ObjectIdentifier(t.file.spec)] = t.stored
        case .crossings(let r): d.crossings[path] = r.log
        }
    }
}
