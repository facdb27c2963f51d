internal import TOMLKit

/// A config file read as TOML 1.0 by TOMLKit (which wraps toml++): every
/// value with its place, or the first syntax error with its line and column.
///
/// Before TOMLKit sees the text, the bytes are checked here: TOMLKit takes a
/// Swift `String` and hands it to toml++ as a C string, so invalid UTF-8
/// would be silently replaced and a NUL byte would end the file early.
enum TOMLReader {
    enum Value: Equatable, Sendable {
        case string(String)
        case integer(Int)
        case float(Double)
        case boolean(Bool)
        /// A date, a time, an array or a table where a plain value belongs:
        /// what it is ("an array") and how it reads in a message.
        case other(kind: String, written: String)

        /// How the value reads in a message: as it would be written, one
        /// line, control characters as escapes, at most 40 characters.
        var written: String {
            switch self {
            case .string(let s): return "\"" + TOMLReader.shown(s, escapingQuotes: true) + "\""
            case .integer(let i): return String(i)
            case .float(let d): return String(d)
            case .boolean(let b): return b ? "true" : "false"
            case .other(_, let written): return written
            }
        }
    }

    /// A value that is not a table, by its full key path (`["stale",
    /// "monthly_days"]`), where it is written.
    struct Entry: Equatable, Sendable {
        var path: [String]
        var value: Value
        var line: Int
        var column: Int
        var valueColumn: Int
    }

    /// A table (`[display]`, or `display.color = …`, or `display = {…}`).
    struct Table: Equatable, Sendable {
        var path: [String]
        var line: Int
        var column: Int
    }

    struct Document: Equatable, Sendable {
        var entries: [Entry] = []
        var tables: [Table] = []

        func value(_ path: String...) -> Value? { entries.first { $0.path == path }?.value }
    }

    struct Issue: Error, Equatable, Sendable {
        var line: Int
        var column: Int
        var message: String
    }

    static func read(_ text: String) -> Result<Document, Issue> { read(Array(text.utf8)) }

    static func read(_ bytes: [UInt8]) -> Result<Document, Issue> {
        let scalars: [Unicode.Scalar]
        switch decode(bytes) {
        case .failure(let issue): return .failure(issue)
        case .success(let s): scalars = s
        }
        let places = TOMLPlaces(scalars)
        if let nul = places.nulEscape {
            return .failure(
                Issue(
                    line: nul.line, column: nul.column,
                    message: "a \\u0000 (NUL) escape is not allowed: no setting can hold one"))
        }
        if let deep = places.tooDeep {
            return .failure(
                Issue(
                    line: deep.line, column: deep.column,
                    message: "keys nested more than \(TOMLPlaces.deepest) deep: ezboard reads no deeper"))
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: String(String.UnicodeScalarView(scalars)))
        } catch let error as TOMLParseError {
            return .failure(syntaxIssue(error, in: scalars))
        } catch {
            return .failure(Issue(line: 1, column: 1, message: "not valid TOML: \(error)"))
        }
        var document = Document()
        collect(root, path: [], places: places, into: &document)
        // TOMLKit lists keys in name order; a reader expects file order.
        document.entries.sort { ($0.line, $0.column, $0.path.count) < ($1.line, $1.column, $1.path.count) }
        document.tables.sort { ($0.line, $0.column, $0.path.count) < ($1.line, $1.column, $1.path.count) }
        return .success(document)
    }

    /// Walks the tables depth first, giving each value its place, down to
    /// `TOMLPlaces.depth` keys: deeper tables are listed, not entered
    /// (ezboard has nothing there, and a 20,000-key dotted path must not
    /// recurse 20,000 deep). A place not found falls back to the table's.
    private static func collect(_ table: TOMLTable, path: [String], places: TOMLPlaces, into doc: inout Document) {
        for (key, node) in table {
            let p = path + [key]
            let place =
                places[p] ?? places[path]
                ?? TOMLPlaces.Place(line: 1, column: 1, valueColumn: 1)
            if node.type == .table, let sub = node.table {
                doc.tables.append(Table(path: p, line: place.line, column: place.column))
                if p.count < TOMLPlaces.depth { collect(sub, path: p, places: places, into: &doc) }
                continue
            }
            doc.entries.append(
                Entry(
                    path: p, value: value(node), line: place.line, column: place.column,
                    valueColumn: place.valueColumn))
        }
    }

    private static func value(_ node: TOMLValueConvertible) -> Value {
        switch node.type {
        case .string: if let s = node.string { return .string(s) }
        case .int: if let i = node.int { return .integer(i) }
        case .double: if let d = node.double { return .float(d) }
        case .bool: if let b = node.bool { return .boolean(b) }
        default: break
        }
        let kind: String
        switch node.type {
        case .array: kind = "an array"
        case .table: kind = "a table"
        case .date: kind = "a date"
        case .time: kind = "a time"
        case .dateTime: kind = "a date and time"
        default: kind = "a value"
        }
        let written = node.debugDescription.split(whereSeparator: \.isNewline).joined(separator: " ")
        return .other(kind: kind, written: shown(written, escapingQuotes: false))
    }

    // MARK: Syntax errors

    /// toml++'s message, made plainer, at its place. For the commonest
    /// mistake, text without quotes (`color = never`, where toml++ says
    /// "expected 'nan', saw 'ne'"), the message says what to write instead.
    private static func syntaxIssue(_ error: TOMLParseError, in scalars: [Unicode.Scalar]) -> Issue {
        let line = max(1, error.source.begin.line)
        let column = max(1, error.source.begin.column)
        if let word = unquotedWord(onLine: line, of: scalars), word.column <= column {
            let w = shown(word.text, escapingQuotes: false)
            return Issue(
                line: line, column: word.column,
                message: "'\(w)' is not a value: write text in double quotes (\"\(w)\"), or a number, true or false")
        }
        // "Error while parsing table header: encountered end-of-file" reads
        // "not valid TOML in a table header: encountered end-of-file".
        let description = shown(error.description, escapingQuotes: false, limit: 200)
        var message = "not valid TOML: " + description
        let prefix = "Error while parsing "
        if description.hasPrefix(prefix), let colon = description.firstRange(of: ": ") {
            let what = description[description.index(description.startIndex, offsetBy: prefix.count)..<colon.lowerBound]
            let article = "aeiou".contains(what.first ?? "x") ? "an" : "a"
            message = "not valid TOML in \(article) \(what): \(description[colon.upperBound...])"
        }
        return Issue(line: line, column: column, message: message)
    }

    /// A line `key = word` where the word is a bare name (not a number,
    /// not true, false, inf or nan): the word and its column.
    private static func unquotedWord(onLine number: Int, of scalars: [Unicode.Scalar]) -> (text: String, column: Int)? {
        var start = 0
        var line = 1
        while line < number, let nl = scalars[start...].firstIndex(of: "\n") {
            start = nl + 1
            line += 1
        }
        guard line == number else { return nil }
        let end = scalars[start...].firstIndex(of: "\n") ?? scalars.endIndex
        let text = Array(scalars[start..<end])
        guard let equals = text.firstIndex(of: "="),
            text[..<equals].allSatisfy({ Self.isKeyScalar($0) }),
            text[..<equals].contains(where: { $0 != " " && $0 != "\t" })
        else { return nil }
        var i = equals + 1
        while i < text.count, text[i] == " " || text[i] == "\t" { i += 1 }
        let from = i
        while i < text.count, text[i] != " ", text[i] != "\t", text[i] != "#", text[i] != "\r" { i += 1 }
        let word = String(String.UnicodeScalarView(text[from..<i]))
        guard let first = word.unicodeScalars.first, first.properties.isAlphabetic,
            !["true", "false", "inf", "nan"].contains(word)
        else { return nil }
        // A byte-order mark before the first line takes no column.
        let bom = number == 1 && text.first == "\u{FEFF}" ? 1 : 0
        return (word, from + 1 - bom)
    }

    private static func isKeyScalar(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
            || "_-. \t\u{FEFF}".unicodeScalars.contains(c)
    }

    // MARK: The bytes

    /// The text as scalars; an error where it is not UTF-8 or holds a
    /// control character TOML does not allow (all but tab, and CR before LF).
    private static func decode(_ bytes: [UInt8]) -> Result<[Unicode.Scalar], Issue> {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var line = 1
        var lineStart = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                let crlf = s == "\r" && offset + 1 < bytes.count && bytes[offset + 1] == 0x0A
                if (s.value < 0x20 && s != "\t" && s != "\n" && !crlf) || s.value == 0x7F {
                    return .failure(
                        Issue(
                            line: line, column: scalars.count - lineStart + 1,
                            message: "control character \(hex(s.value)) is not allowed"))
                }
                scalars.append(s)
                offset += UTF8.width(s)
                if s == "\n" {
                    line += 1
                    lineStart = scalars.count
                }
            case .emptyInput:
                return .success(scalars)
            case .error:
                let byte = offset < bytes.count ? bytes[offset] : 0
                let h = String(byte, radix: 16, uppercase: true)
                return .failure(
                    Issue(
                        line: line, column: scalars.count - lineStart + 1,
                        message: "not valid UTF-8 (byte 0x\(h.count == 1 ? "0" : "")\(h)): save the file as UTF-8"))
            }
        }
    }

    static func hex(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - h.count)) + h
    }

    /// Text for a message: one line, control characters and bidi controls
    /// as `\u{…}`, at most `limit` characters.
    static func shown(_ s: String, escapingQuotes: Bool, limit: Int = 40) -> String {
        var out = ""
        for u in s.unicodeScalars.prefix(limit) {
            switch u {
            case "\"" where escapingQuotes: out += "\\\""
            case "\\" where escapingQuotes: out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value)
                    || (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
                {
                    out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return s.unicodeScalars.count > limit ? out + "…" : out
    }
}
