/// The small part of TOML that ezboard's config file uses, read without a
/// package: `key = value` lines, `[section]` headers and `# comments`.
///
/// Values: basic strings `"…"` (escapes `\"` `\\` `\n` `\t` `\r` `\b` `\f`
/// `\uXXXX` `\UXXXXXXXX`), literal strings `'…'`, integers (`35`, `-1`,
/// `1_000`), floats (`1.5`, `2e3`) and booleans (`true`, `false`).
/// Everything else TOML has (arrays, inline tables, dates, multi-line
/// strings, dotted keys, `[[…]]`) is reported as not supported.
///
/// Every problem has its line and column: lines from 1, columns counting
/// Unicode scalars from 1, as for the data files. The reader never stops
/// at the first problem and never traps, whatever the bytes.
enum TOMLSubset {
    enum Value: Equatable, Sendable {
        case string(String)
        case integer(Int)
        case float(Double)
        case boolean(Bool)

        /// How the value reads in a message: as it would be written.
        var written: String {
            switch self {
            case .string(let s): return "\"" + s.unicodeScalars.map(Self.escape).joined() + "\""
            case .integer(let i): return String(i)
            case .float(let d): return String(d)
            case .boolean(let b): return b ? "true" : "false"
            }
        }

        var typeName: String {
            switch self {
            case .string: return "a string"
            case .integer: return "an integer"
            case .float: return "a number"
            case .boolean: return "a boolean"
            }
        }

        private static func escape(_ s: Unicode.Scalar) -> String {
            switch s {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\t": return "\\t"
            default:
                if s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value) {
                    let hex = String(s.value, radix: 16, uppercase: true)
                    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                }
                return String(s)
            }
        }
    }

    /// `key = value`, with where the key and the value start.
    struct Entry: Equatable, Sendable {
        /// The section it is in; nil before the first header.
        var section: String?
        var key: String
        var value: Value
        var line: Int
        var column: Int
        var valueColumn: Int
    }

    /// A `[section]` header.
    struct Header: Equatable, Sendable {
        var name: String
        var line: Int
        var column: Int
    }

    struct Issue: Equatable, Sendable {
        var line: Int
        var column: Int
        var message: String
    }

    struct Document: Equatable, Sendable {
        var entries: [Entry] = []
        var headers: [Header] = []
        /// Syntax errors and duplicates. A line with an error adds nothing.
        var errors: [Issue] = []

        func value(_ key: String, in section: String? = nil) -> Value? {
            entries.first { $0.section == section && $0.key == key }?.value
        }
    }

    static func parse(_ text: String) -> Document { parse(Array(text.utf8)) }

    static func parse(_ bytes: [UInt8]) -> Document {
        var doc = Document()
        var lines = split(bytes)
        // A byte-order mark is allowed before the first line.
        if let first = lines.first, first.starts(with: [0xEF, 0xBB, 0xBF]) {
            lines[0] = Array(first.dropFirst(3))
        }
        var section: String?
        var keyLines: [String: Int] = [:]  // "section\0key" → line
        var sectionLines: [String: Int] = [:]
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            let scalars: [Unicode.Scalar]
            switch decode(raw) {
            case .failure(let bad):
                doc.errors.append(Issue(line: number, column: bad.column, message: bad.message))
                continue
            case .success(let s): scalars = s
            }
            var p = LineParser(scalars: scalars, line: number)
            do throws(Issue) {
                switch try p.statement() {
                case .blank:
                    break
                case .header(let name, let column):
                    if let first = sectionLines[name] {
                        throw Issue(
                            line: number, column: column, message: "section [\(name)] is already on line \(first)")
                    }
                    if section == nil, let first = keyLines["\u{0}" + name] {
                        throw Issue(
                            line: number, column: column,
                            message: "'\(name)' is already set on line \(first); it cannot also be a section")
                    }
                    sectionLines[name] = number
                    section = name
                    doc.headers.append(Header(name: name, line: number, column: column))
                case .pair(let key, let column, let value, let valueColumn):
                    let id = (section ?? "") + "\u{0}" + key
                    if let first = keyLines[id] {
                        let place = section.map { " in [\($0)]" } ?? ""
                        throw Issue(
                            line: number, column: column, message: "'\(key)'\(place) is already set on line \(first)")
                    }
                    keyLines[id] = number
                    doc.entries.append(
                        Entry(
                            section: section, key: key, value: value, line: number,
                            column: column, valueColumn: valueColumn))
                }
            } catch {
                doc.errors.append(error)
            }
        }
        return doc
    }

    /// Lines split at LF; a CR just before the LF belongs to the line end.
    private static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        for b in bytes {
            if b == 0x0A {
                if current.last == 0x0D { current.removeLast() }
                lines.append(current)
                current = []
            } else {
                current.append(b)
            }
        }
        if !current.isEmpty {
            if current.last == 0x0D { current.removeLast() }
            lines.append(current)
        }
        return lines
    }

    private struct BadText: Error {
        var column: Int
        var message: String
    }

    /// A line's scalars, or where its bytes are not valid text.
    private static func decode(_ bytes: [UInt8]) -> Result<[Unicode.Scalar], BadText> {
        var scalars: [Unicode.Scalar] = []
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var byteOffset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s.value < 0x20 && s != "\t" || s.value == 0x7F {
                    let hex = String(s.value, radix: 16, uppercase: true)
                    return .failure(
                        BadText(
                            column: scalars.count + 1,
                            message:
                                "control character U+\(String(repeating: "0", count: 4 - hex.count))\(hex) is not allowed"
                        ))
                }
                scalars.append(s)
                byteOffset += UTF8.width(s)
            case .emptyInput:
                return .success(scalars)
            case .error:
                let byte = byteOffset < bytes.count ? bytes[byteOffset] : 0
                let hex = String(byte, radix: 16, uppercase: true)
                return .failure(
                    BadText(
                        column: scalars.count + 1,
                        message: "not valid UTF-8 (byte 0x\(hex.count == 1 ? "0" : "")\(hex)): save the file as UTF-8"))
            }
        }
    }
}

extension TOMLSubset.Issue: Error {}

/// Reads one line.
private struct LineParser {
    enum Statement {
        case blank
        case header(String, column: Int)
        case pair(key: String, column: Int, value: TOMLSubset.Value, valueColumn: Int)
    }

    typealias Issue = TOMLSubset.Issue

    let scalars: [Unicode.Scalar]
    let line: Int
    var i = 0

    init(scalars: [Unicode.Scalar], line: Int) {
        self.scalars = scalars
        self.line = line
    }

    var column: Int { i + 1 }
    var atEnd: Bool { i >= scalars.count }
    var current: Unicode.Scalar? { i < scalars.count ? scalars[i] : nil }
    func peek(_ offset: Int) -> Unicode.Scalar? { i + offset < scalars.count ? scalars[i + offset] : nil }

    func issue(_ message: String, at column: Int? = nil) -> Issue {
        Issue(line: line, column: column ?? self.column, message: message)
    }

    mutating func skipSpaces() {
        while let c = current, c == " " || c == "\t" { i += 1 }
    }

    static func isBare(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
    }

    mutating func statement() throws(Issue) -> Statement {
        skipSpaces()
        guard let c = current, c != "#" else { return .blank }
        if c == "[" {
            let start = column
            if peek(1) == "[" { throw issue("arrays of tables ([[…]]) are not supported") }
            i += 1
            skipSpaces()
            let name = try key(what: "a section name")
            skipSpaces()
            guard current == "]" else {
                throw issue(
                    current == nil
                        ? "the section header has no closing ']'" : "expected ']' to close the section header")
            }
            i += 1
            try endOfLine(after: "the section header")
            return .header(name, column: start)
        }
        let keyColumn = column
        let name = try key(what: "a key")
        skipSpaces()
        guard current == "=" else {
            if current == nil { throw issue("expected '=' and a value after '\(name)'") }
            throw issue("expected '=' after the key '\(name)'")
        }
        i += 1
        skipSpaces()
        let valueColumn = column
        let value = try self.value()
        try endOfLine(after: "the value")
        return .pair(key: name, column: keyColumn, value: value, valueColumn: valueColumn)
    }

    /// Only spaces and a comment may follow.
    mutating func endOfLine(after what: String) throws(Issue) {
        skipSpaces()
        if let c = current, c != "#" {
            throw issue("unexpected '\(Self.shown(c))' after \(what): only a # comment may follow on the line")
        }
    }

    /// A bare key (`monthly_days`) or a quoted one (`"a b"`).
    mutating func key(what: String) throws(Issue) -> String {
        let start = column
        var name: String
        if current == "\"" || current == "'" {
            name = try quotedString()
            if name.isEmpty { throw issue("\(what) cannot be empty", at: start) }
        } else {
            var s = ""
            while let c = current, Self.isBare(c) {
                s.unicodeScalars.append(c)
                i += 1
            }
            if s.isEmpty {
                if let c = current {
                    throw issue("expected \(what) (letters, digits, '_' or '-'), found '\(Self.shown(c))'")
                }
                throw issue("expected \(what)")
            }
            if let c = current, c != " ", c != "\t", c != "=", c != ".", c != "]", c != "#" {
                throw issue(
                    "'\(Self.shown(c))' cannot be part of a bare key: use letters, digits, '_' and '-', "
                        + "or put the key in double quotes")
            }
            name = s
        }
        skipSpaces()
        if current == "." { throw issue("dotted keys are not supported: use a [section] header") }
        return name
    }

    mutating func value() throws(Issue) -> TOMLSubset.Value {
        guard let c = current, c != "#" else { throw issue("expected a value after '='") }
        switch c {
        case "\"", "'":
            return .string(try quotedString())
        case "[":
            throw issue("arrays are not supported here")
        case "{":
            throw issue("inline tables are not supported")
        default:
            break
        }
        // A bare token: a number, a boolean, or a mistake.
        let start = column
        var token = ""
        while let c = current, c != " ", c != "\t", c != "#" {
            token.unicodeScalars.append(c)
            i += 1
        }
        if token == "true" { return .boolean(true) }
        if token == "false" { return .boolean(false) }
        if let v = Self.number(token) { return v }
        if Self.looksNumeric(token) {
            if token.first?.isNumber == true, token.contains(":") || token.filter({ $0 == "-" }).count >= 2 {
                throw issue("dates and times are not supported: write the value in quotes", at: start)
            }
            if token.hasPrefix("0x") || token.hasPrefix("0o") || token.hasPrefix("0b") {
                throw issue("'\(Self.shown(token))' is not supported: write the number in decimal", at: start)
            }
            throw issue("'\(Self.shown(token))' is not a number", at: start)
        }
        throw issue(
            "'\(Self.shown(token))' is not a value: write text in double quotes (\"\(Self.shown(token))\"), "
                + "or a number, true or false", at: start)
    }

    /// `"…"` with escapes, or `'…'` taken literally.
    mutating func quotedString() throws(Issue) -> String {
        let open = current!
        let start = column
        if peek(1) == open, peek(2) == open {
            throw issue("multi-line strings (\(String(open))\(String(open))\(String(open))) are not supported")
        }
        i += 1
        var s = String.UnicodeScalarView()
        while true {
            guard let c = current else {
                throw issue("the string has no closing \(open == "\"" ? "double quote" : "quote")", at: start)
            }
            if c == open {
                i += 1
                return String(s)
            }
            if c == "\\" && open == "\"" {
                s.append(try escape())
                continue
            }
            s.append(c)
            i += 1
        }
    }

    mutating func escape() throws(Issue) -> Unicode.Scalar {
        let start = column
        i += 1
        guard let c = current else {
            throw issue("a '\\' at the end of the line: write '\\\\' for a backslash", at: start)
        }
        i += 1
        switch c {
        case "\"": return "\""
        case "\\": return "\\"
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "b": return "\u{8}"
        case "f": return "\u{C}"
        case "u", "U":
            let count = c == "u" ? 4 : 8
            var v: UInt32 = 0
            for _ in 0..<count {
                guard let h = current, let d = Self.hexDigit(h) else {
                    throw issue("'\\\(String(c))' needs \(count) hexadecimal digits", at: start)
                }
                v = v &* 16 &+ d
                i += 1
            }
            guard let scalar = Unicode.Scalar(v) else {
                throw issue(
                    "'\\\(String(c))' does not name a Unicode character (U+\(String(v, radix: 16, uppercase: true)))",
                    at: start)
            }
            return scalar
        default:
            throw issue("unknown escape '\\\(Self.shown(c))': write '\\\\' for a backslash", at: start)
        }
    }

    static func hexDigit(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": return c.value - 0x30
        case "a"..."f": return c.value - 0x61 + 10
        case "A"..."F": return c.value - 0x41 + 10
        default: return nil
        }
    }

    static func looksNumeric(_ token: String) -> Bool {
        guard let first = token.unicodeScalars.first else { return false }
        return ("0"..."9").contains(first) || ((first == "+" || first == "-" || first == ".") && token.count > 1)
    }

    /// TOML integers and floats in decimal: optional sign, `_` between
    /// digits, no leading zeros; `inf` and `nan` too.
    static func number(_ token: String) -> TOMLSubset.Value? {
        var s = Substring(token)
        var sign = ""
        if let f = s.first, f == "+" || f == "-" {
            sign = f == "-" ? "-" : ""
            s = s.dropFirst()
        }
        if s == "inf" { return .float(sign == "-" ? -.infinity : .infinity) }
        if s == "nan" { return .float(.nan) }
        // Split into integer part, fraction, exponent.
        var intPart = s
        var fraction: Substring?
        var exponent: Substring?
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = s[s.index(after: e)...]
            intPart = s[..<e]
        }
        if let dot = intPart.firstIndex(of: ".") {
            fraction = intPart[intPart.index(after: dot)...]
            intPart = intPart[..<dot]
        }
        guard let digits = plainDigits(intPart) else { return nil }
        if digits.count > 1 && digits.first == "0" { return nil }
        var text = sign + digits
        if let fraction {
            guard let f = plainDigits(fraction) else { return nil }
            text += "." + f
        }
        if var exp = exponent {
            var expSign = ""
            if let f = exp.first, f == "+" || f == "-" {
                expSign = f == "-" ? "-" : ""
                exp = exp.dropFirst()
            }
            guard let e = plainDigits(exp) else { return nil }
            text += "e" + expSign + e
        }
        if fraction == nil && exponent == nil {
            guard let v = Int(text) else { return nil }
            return .integer(v)
        }
        guard let d = Double(text) else { return nil }
        return .float(d)
    }

    /// Digits with single `_` between them; nil otherwise.
    static func plainDigits(_ s: Substring) -> String? {
        guard let first = s.first, first.isASCII, first.isNumber, let last = s.last, last.isASCII, last.isNumber else {
            return nil
        }
        var out = ""
        var previousUnderscore = false
        for c in s {
            if c == "_" {
                if previousUnderscore { return nil }
                previousUnderscore = true
                continue
            }
            guard c.isASCII, c.isNumber else { return nil }
            previousUnderscore = false
            out.append(c)
        }
        return out
    }

    /// Text for a message: one line, control characters made visible.
    static func shown(_ c: Unicode.Scalar) -> String { shown(String(c)) }

    static func shown(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars.prefix(40) {
            if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value)
                || (0x202A...0x202E).contains(u.value)
                || (0x2066...0x2069).contains(u.value)
            {
                out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return s.unicodeScalars.count > 40 ? out + "…" : out
    }
}
