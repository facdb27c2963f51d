/// Where each key of a TOML document is written: its line, the column of
/// the key and the column of its value (columns count Unicode scalars from
/// 1, as toml++ and the data files do).
///
/// TOMLKit reads the document but does not say where a value came from
/// (toml++ knows, TOMLKit's C bridge drops it), and a message about a value
/// must name its FILE:LINE:COLUMN. So this walks the text once, after
/// TOMLKit has accepted it: it follows `[table]` and `[[array]]` headers,
/// dotted and quoted keys, inline tables and arrays, and skips strings of
/// every kind, but checks nothing: on text that is not TOML it may place a
/// key wrongly, never trap, and its time stays linear in the text.
struct TOMLPlaces: Sendable {
    struct Place: Equatable, Sendable {
        var line: Int
        var column: Int
        var valueColumn: Int
    }

    /// Paths are kept up to this many keys: ezboard's settings are a
    /// section and a key, and a third level is only ever named in a warning.
    static let depth = 2

    /// By key path (tables, then the key), up to `depth` keys; the first
    /// definition wins. A table's place is its header, or the key that made it.
    private(set) var places: [[String]: Place] = [:]

    /// Where a basic string (a key or a value) first has a `\u0000` escape.
    /// TOMLKit hands strings over as C strings: a value would reach ezboard
    /// cut at the NUL, and a key would not be found again (TOMLKit traps).
    private(set) var nulEscape: (line: Int, column: Int)?

    /// Keys nested deeper than this (dotted keys, headers, inline tables
    /// and arrays together) are refused before TOMLKit sees them: toml++
    /// walks the tables recursively, and 100,000 dotted keys overflow its
    /// stack.
    static let deepest = 128

    /// Where a key is first nested deeper than `deepest`.
    private(set) var tooDeep: (line: Int, column: Int)?

    subscript(path: [String]) -> Place? { places[path] }

    init(_ text: [Unicode.Scalar]) {
        var scanner = Scanner(text: text)
        scanner.document()
        places = scanner.places
        nulEscape = scanner.nulEscape
        tooDeep = scanner.tooDeep
    }
}

private struct Scanner {
    let text: [Unicode.Scalar]
    var i = 0
    var line = 1
    /// Index of the first scalar of the current line.
    var lineStart = 0
    var places: [[String]: TOMLPlaces.Place] = [:]
    var nulEscape: (line: Int, column: Int)?
    var tooDeep: (line: Int, column: Int)?
    /// Arrays and inline tables open; past `TOMLPlaces.deepest` the rest of
    /// the text is skipped, so no input can exhaust this scanner's stack.
    var nesting = 0

    mutating func checkDepth(_ depth: Int, line: Int, column: Int) {
        if depth > TOMLPlaces.deepest && tooDeep == nil { tooDeep = (line, column) }
    }

    init(text: [Unicode.Scalar]) {
        self.text = text
        // A byte-order mark is not part of the first line's columns.
        if text.first == "\u{FEFF}" {
            i = 1
            lineStart = 1
        }
    }

    var column: Int { i - lineStart + 1 }
    var current: Unicode.Scalar? { i < text.count ? text[i] : nil }
    func peek(_ offset: Int) -> Unicode.Scalar? { i + offset < text.count ? text[i + offset] : nil }

    mutating func advance() {
        if text[i] == "\n" {
            line += 1
            lineStart = i + 1
        }
        i += 1
    }

    mutating func record(_ path: ArraySlice<String>, line: Int, column: Int, valueColumn: Int) {
        guard path.count <= TOMLPlaces.depth, places[Array(path)] == nil else { return }
        places[Array(path)] = TOMLPlaces.Place(line: line, column: column, valueColumn: valueColumn)
    }

    /// Spaces and tabs; with `newlines`, line ends and comments too.
    mutating func skipBlank(newlines: Bool) {
        while let c = current {
            if c == " " || c == "\t" {
                advance()
            } else if newlines && (c == "\n" || c == "\r") {
                advance()
            } else if newlines && c == "#" {
                while let d = current, d != "\n" { advance() }
            } else {
                return
            }
        }
    }

    mutating func document() {
        var table: [String] = []
        while true {
            skipBlank(newlines: true)
            guard let c = current else { return }
            let (startLine, startColumn) = (line, column)
            if c == "[" {
                let doubled = peek(1) == "["
                advance()
                if doubled { advance() }
                table = keyPath()
                checkDepth(table.count, line: startLine, column: startColumn)
                for n in stride(from: 1, through: min(table.count, TOMLPlaces.depth), by: 1) {
                    record(table.prefix(n), line: startLine, column: startColumn, valueColumn: startColumn)
                }
                skipBlank(newlines: false)
                while current == "]" { advance() }
            } else {
                keyValue(in: table, line: startLine, column: startColumn)
            }
            // The rest of the line: a comment, or (in text TOMLKit rejected)
            // anything at all.
            while let d = current, d != "\n" { advance() }
        }
    }

    /// `key = value`, the key possibly dotted, at the current position.
    mutating func keyValue(in table: [String], line keyLine: Int, column keyColumn: Int) {
        let keys = keyPath()
        guard !keys.isEmpty else {
            if current != nil && current != "\n" { advance() }
            return
        }
        skipBlank(newlines: false)
        guard current == "=" else { return }
        advance()
        skipBlank(newlines: false)
        let path = table + keys
        checkDepth(path.count + nesting, line: keyLine, column: keyColumn)
        for n in stride(from: table.count + 1, to: min(path.count, TOMLPlaces.depth + 1), by: 1) {
            record(path.prefix(n), line: keyLine, column: keyColumn, valueColumn: keyColumn)
        }
        let valueColumn = column
        value(path: path)
        record(path[...], line: keyLine, column: keyColumn, valueColumn: valueColumn)
    }

    /// Keys separated by dots, each bare or quoted.
    mutating func keyPath() -> [String] {
        var keys: [String] = []
        while true {
            skipBlank(newlines: false)
            guard let c = current else { return keys }
            if c == "\"" || c == "'" {
                keys.append(string())
            } else {
                var key = ""
                while let d = current, Self.isBare(d) {
                    key.unicodeScalars.append(d)
                    advance()
                }
                if key.isEmpty { return keys }
                keys.append(key)
            }
            skipBlank(newlines: false)
            guard current == "." else { return keys }
            advance()
        }
    }

    static func isBare(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
    }

    /// Skips one value; records the keys of inline tables inside it.
    mutating func value(path: [String]) {
        guard let c = current else { return }
        let opens = c == "[" || c == "{"
        if opens {
            if nesting >= TOMLPlaces.deepest {
                checkDepth(nesting + 1, line: line, column: column)
                i = text.count
                return
            }
            nesting += 1
        }
        defer { if opens { nesting -= 1 } }
        switch c {
        case "\"", "'":
            _ = string()
        case "[":
            advance()
            while true {
                skipBlank(newlines: true)
                guard let d = current else { return }
                if d == "]" {
                    advance()
                    return
                }
                if d == "," {
                    advance()
                    continue
                }
                let before = i
                value(path: path)
                if i == before { advance() }
            }
        case "{":
            advance()
            while true {
                skipBlank(newlines: true)
                guard let d = current else { return }
                if d == "}" {
                    advance()
                    return
                }
                if d == "," {
                    advance()
                    continue
                }
                let before = i
                keyValue(in: path, line: line, column: column)
                if i == before { advance() }
            }
        default:
            // A number, a boolean, a date or a time: up to what ends a value.
            while let d = current, !" \t\r\n,]}#".unicodeScalars.contains(d) { advance() }
        }
    }

    /// A string of any of TOML's four kinds, its escapes decoded (keys are
    /// compared with TOMLKit's).
    mutating func string() -> String {
        let quote = text[i]
        let multiLine = peek(1) == quote && peek(2) == quote
        for _ in 0..<(multiLine ? 3 : 1) { advance() }
        var out = String.UnicodeScalarView()
        while let c = current {
            if c == quote {
                if !multiLine {
                    advance()
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    // Up to two more quotes may close a multi-line string.
                    var run = 0
                    while current == quote {
                        run += 1
                        advance()
                    }
                    for _ in 0..<max(0, run - 3) { out.append(quote) }
                    break
                }
            }
            if !multiLine && c == "\n" { break }
            if c == "\\" && quote == "\"" {
                let escapeAt = (line, column)
                advance()
                guard let e = current else { break }
                if e == " " || e == "\t" || e == "\r" || e == "\n" {
                    // A line-ending backslash: the line break and the
                    // blanks after it are not part of the text.
                    while let b = current, b == " " || b == "\t" || b == "\r" || b == "\n" { advance() }
                } else if let scalar = escape(e) {
                    if scalar == "\u{0}" && nulEscape == nil { nulEscape = escapeAt }
                    out.append(scalar)
                } else {
                    // Not an escape (TOMLKit would have said so): as written.
                    out.append(e)
                    advance()
                }
                continue
            }
            out.append(c)
            advance()
        }
        return String(out)
    }

    /// The escape after a backslash, consumed; nil (and nothing consumed)
    /// when `e` starts none.
    mutating func escape(_ e: Unicode.Scalar) -> Unicode.Scalar? {
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "b": "\u{8}", "t": "\t", "n": "\n", "f": "\u{C}", "r": "\r", "e": "\u{1B}", "\"": "\"", "\\": "\\",
        ]
        if let s = simple[e] {
            advance()
            return s
        }
        let digits: Int
        switch e {
        case "u": digits = 4
        case "U": digits = 8
        case "x": digits = 2
        default: return nil
        }
        advance()
        var v: UInt32 = 0
        for _ in 0..<digits {
            guard let h = current, h.isASCII, let d = UInt32(String(h), radix: 16) else { break }
            v = v &* 16 &+ d
            advance()
        }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }
}
