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
        if source.position == 0, let encoding = Self.utf16(source.reader) {
            source.problems.append(
                .error(
                    file, 1, 1,
                    "the file is \(encoding) text (Excel's \"Unicode text\"), not UTF-8: save it as "
                        + "\"CSV UTF-8 (comma delimited)\"; no row of it is read"))
            return nil
        }
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
        if fields.count == 1, let separator = Self.otherSeparator(source.reader.string(fields[0]), schema) {
            source.problems.append(
                .error(
                    file, line, 1,
                    "this file uses \(separator) between fields: save it as \"CSV UTF-8 (comma delimited)\""
                        + " (Excel with Vietnamese regional settings writes ';'); no row of it is read"))
            return nil
        }
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

    /// A file saved as UTF-16 (Excel's "Unicode text"): a UTF-16 byte-order
    /// mark, or ASCII text with every other byte zero. Its name, or nil.
    static func utf16(_ reader: CSVReader) -> String? {
        let b = reader.base
        let n = reader.count
        guard n >= 2 else { return nil }
        if b[0] == 0xFF, b[1] == 0xFE { return "UTF-16 (little-endian)" }
        if b[0] == 0xFE, b[1] == 0xFF { return "UTF-16 (big-endian)" }
        guard n >= 4 else { return nil }
        if b[1] == 0, b[3] == 0, b[0] != 0, b[2] != 0 { return "UTF-16 (little-endian)" }
        if b[0] == 0, b[2] == 0, b[1] != 0, b[3] != 0 { return "UTF-16 (big-endian)" }
        return nil
    }

    /// A header that is one field naming the file's columns with another
    /// separator between them (`year;metric;value`): how that separator is
    /// written in the message, or nil. A decimal comma is why ezboard does
    /// not read such a file anyway: "1,5" would be two fields.
    static func otherSeparator(_ header: String, _ schema: Schema) -> String? {
        for (separator, name) in [(Character(";"), "';'"), ("\t", "tabs")] where header.contains(separator) {
            let names = header.split(separator: separator).map { String($0).trimmingSpaces().lowercased() }
            if names.contains(where: schema.knows) { return name }
        }
        return nil
    }
}
