/// One data row, with typed accessors that record a problem (at the
/// field's line and column) and mark the row bad when a value breaks its
/// rule. A loader reads every column it needs, then keeps the row only if
/// `isValid`: all problems of a row are reported, not just the first.
final class Row {
    let table: TableReader
    let fields: [CSVReader.Field]
    private(set) var isValid = true

    init(table: TableReader, fields: [CSVReader.Field]) {
        self.table = table
        self.fields = fields
    }

    /// The line the row starts on.
    var line: Int { fields.first?.lineNumber ?? 0 }

    private func field(_ column: String) -> CSVReader.Field? {
        table.index(of: column).map { fields[$0] }
    }

    func error(_ column: String, _ message: String) {
        isValid = false
        report(column, .error, message)
    }

    func warning(_ column: String, _ message: String) {
        report(column, .warning, message)
    }

    private func report(_ column: String, _ severity: Problem.Severity, _ message: String) {
        if let f = field(column) {
            table.problems.append(
                Problem(
                    file: table.file, line: f.lineNumber, column: table.reader.column(of: f),
                    severity: severity, message: message))
        } else {
            table.problems.append(
                Problem(file: table.file, line: line, column: 1, severity: severity, message: message))
        }
    }

    /// The raw bytes of a column, trimmed of spaces unless `keepSpaces`.
    private func bytes(_ column: String) -> UnsafeBufferPointer<UInt8>? {
        guard let f = field(column) else { return nil }
        return trimmed(table.reader.bytes(f))
    }

    /// The column's text (NFC, `""` collapsed), nil when the column is
    /// absent or the cell is empty.
    func rawText(_ column: String) -> String? {
        guard let f = field(column) else { return nil }
        let b = table.reader.bytes(f)
        if trimmed(b).isEmpty { return nil }
        if f.hasEscapes { return TextNormalization.nfc(table.reader.string(f)) }
        return TextNormalization.nfc(b)
    }

    // MARK: Text

    /// Required text: non-empty.
    func text(_ column: String) -> String {
        guard let t = rawText(column) else {
            error(column, "'\(column)' is empty; it is required")
            return ""
        }
        return t
    }

    func optionalText(_ column: String) -> String? { rawText(column) }

    // MARK: Identifiers

    /// A required identifier: non-empty, no spaces.
    func id(_ column: String) -> String {
        guard let t = rawText(column) else {
            error(column, "'\(column)' is empty; every row needs one")
            return ""
        }
        let trimmedID = t.trimmingSpaces()
        if Row.containsWhitespace(trimmedID) {
            error(column, "identifier '\(SafeText.oneLine(trimmedID))' contains a space")
        }
        return trimmedID
    }

    /// A required reference to another file's id.
    func ref(_ column: String, in known: Set<String>, to what: String) -> String {
        let value = id(column)
        if !value.isEmpty, !known.contains(value) {
            error(column, "unknown \(what) '\(SafeText.oneLine(value))'")
        }
        return value
    }

    /// An optional reference: nil when empty.
    func optionalRef(_ column: String, in known: Set<String>, to what: String) -> String? {
        guard rawText(column) != nil else { return nil }
        return ref(column, in: known, to: what)
    }

    /// A `;`-separated list of references (empty items ignored).
    func refList(_ column: String, in known: Set<String>, to what: String) -> [String] {
        guard let t = rawText(column) else { return [] }
        var out: [String] = []
        for part in t.split(separator: ";", omittingEmptySubsequences: true) {
            let item = String(part).trimmingSpaces()
            if item.isEmpty { continue }
            if Row.containsWhitespace(item) {
                error(column, "identifier '\(SafeText.oneLine(item))' contains a space (separate ids with ';')")
            } else if !known.contains(item) {
                error(column, "unknown \(what) '\(SafeText.oneLine(item))'")
            } else if out.contains(item) {
                warning(column, "\(what) '\(SafeText.oneLine(item))' is listed twice")
            } else {
                out.append(item)
            }
        }
        return out
    }

    // MARK: Numbers

    /// A number; nil when empty (then an error if `required`).
    func number(_ column: String, required: Bool = true, min: Double? = nil, max: Double? = nil) -> Double? {
        guard let b = bytes(column), !b.isEmpty else {
            if required { error(column, "'\(column)' is empty; a number is required") }
            return nil
        }
        guard let v = NumberParsing.double(b) else {
            error(column, NumberParsing.explain(String(decoding: b, as: UTF8.self)))
            return nil
        }
        if let lo = min, v < lo {
            error(column, "\(column) must be at least \(Row.plain(lo)), not \(Row.plain(v))")
            return nil
        }
        if let hi = max, v > hi {
            error(column, "\(column) must be at most \(Row.plain(hi)), not \(Row.plain(v))")
            return nil
        }
        return v
    }

    func integer(_ column: String, required: Bool = true, min: Int? = nil) -> Int? {
        guard let b = bytes(column), !b.isEmpty else {
            if required { error(column, "'\(column)' is empty; a whole number is required") }
            return nil
        }
        guard let v = NumberParsing.int(b) else {
            let text = String(decoding: b, as: UTF8.self)
            if NumberParsing.double(b) != nil {
                error(column, "'\(SafeText.oneLine(text))' is not a whole number")
            } else {
                error(column, NumberParsing.explain(text))
            }
            return nil
        }
        if let lo = min, v < lo {
            error(column, "\(column) must be at least \(lo), not \(v)")
            return nil
        }
        return v
    }

    /// Whitespace anywhere: ASCII checked byte by byte (ids almost always
    /// are), other text through the Unicode property.
    static func containsWhitespace(_ s: String) -> Bool {
        for b in s.utf8 {
            if b >= 0x80 { return s.unicodeScalars.contains { $0.properties.isWhitespace } }
            if b == 0x20 || (0x09...0x0D).contains(b) { return true }
        }
        return false
    }

    static func plain(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }

    // MARK: Dates

    func day(_ column: String, required: Bool = true) -> Day? {
        guard let b = bytes(column), !b.isEmpty else {
            if required { error(column, "'\(column)' is empty; a date YYYY-MM-DD is required") }
            return nil
        }
        guard let d = Day.parse(b) else {
            error(
                column,
                "'\(SafeText.oneLine(String(decoding: b, as: UTF8.self)))' is not a date: write YYYY-MM-DD (e.g. 2024-03-31)"
            )
            return nil
        }
        return d
    }

    func month(_ column: String) -> YearMonth? {
        guard let b = bytes(column), !b.isEmpty else {
            error(column, "'\(column)' is empty; a month YYYY-MM is required")
            return nil
        }
        guard let m = YearMonth.parse(b) else {
            error(
                column,
                "'\(SafeText.oneLine(String(decoding: b, as: UTF8.self)))' is not a month: write YYYY-MM (e.g. 2024-03)"
            )
            return nil
        }
        return m
    }

    // MARK: Enumerations

    func choice<E: RawRepresentable & CaseIterable>(_ column: String, _ type: E.Type) -> E? where E.RawValue == String {
        guard let b = bytes(column), !b.isEmpty else {
            error(column, "'\(column)' is empty; one of \(Row.list(E.self)) is required")
            return nil
        }
        let text = String(decoding: b, as: UTF8.self)
        if let v = E(rawValue: text) { return v }
        // Forgive case only with a warning: exports sometimes capitalise.
        if let v = E(rawValue: text.lowercased()) {
            warning(column, "'\(SafeText.oneLine(text))' should be written '\(v.rawValue)'")
            return v
        }
        error(column, "'\(SafeText.oneLine(text))' is not one of \(Row.list(E.self))")
        return nil
    }

    static func list<E: RawRepresentable & CaseIterable>(_: E.Type) -> String where E.RawValue == String {
        E.allCases.map(\.rawValue).joined(separator: ", ")
    }
}
