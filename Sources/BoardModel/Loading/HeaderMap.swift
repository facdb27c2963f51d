/// The header line of a file: which field holds which column.
///
/// Columns are found by name, case-insensitively and ignoring surrounding
/// spaces; their order is free. Unknown columns are a warning, a missing
/// required column an error (then no row of the file can be read).
struct HeaderMap {
    /// Lowercased, trimmed name → field index.
    var columns: [String: Int] = [:]
    var fieldCount = 0
    var line = 1

    init?(file: String, source: inout RecordSource, schema: Schema, complete: inout Bool) {
        guard source.next(complete: &complete, keepBroken: true) else {
            source.problems.append(.error(file, 1, 1, "the file is empty: the first line must name the columns"))
            return nil
        }
        // A log's header still being written is not wrong yet.
        if source.holdsPartialLastLine && !complete { return nil }
        // A header with a NUL byte or too many columns names nothing (the
        // reason is already reported).
        if source.lastRecordUnusable { return nil }
        let fields = source.fields
        line = fields.first?.lineNumber ?? 1
        fieldCount = fields.count
        // Columns of every field in one pass: a wide header's warnings
        // cost one scan of the line, not one each.
        let places = source.reader.columns(of: fields)
        for (i, f) in fields.enumerated() {
            let name = SafeText.oneLine(source.reader.string(f).trimmingSpaces().lowercased())
            if columns[name] != nil {
                source.problems.append(
                    .warning(
                        file, f.lineNumber, places[i],
                        "column \(Messages.shown(name)) appears twice; the first one is used"))
                continue
            }
            columns[name] = i
            if !schema.knows(name) {
                source.problems.append(
                    .warning(
                        file, f.lineNumber, places[i],
                        name.isEmpty
                            ? "a column without a name is ignored"
                            : "unknown column \(Messages.shown(name)) is ignored"))
            }
        }
        var ok = true
        for col in schema.required where columns[col] == nil {
            source.problems.append(.error(file, line, 1, "missing required column '\(col)'"))
            ok = false
        }
        if !ok { return nil }
    }
}
