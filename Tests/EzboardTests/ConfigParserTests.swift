import TestSupport
import Testing

@testable import EzboardCLI

/// The config file read as TOML by TOMLKit: every value type, every way
/// TOML writes a key, where each value is (TOMLPlaces), and syntax errors
/// with their line and column.
struct ConfigParserTests {
    typealias V = TOMLReader.Value

    private func read(_ text: String) -> TOMLReader.Document {
        read(Array(text.utf8))
    }

    private func read(_ bytes: [UInt8]) -> TOMLReader.Document {
        switch TOMLReader.read(bytes) {
        case .success(let doc): return doc
        case .failure(let issue):
            Issue.record("unexpected error \(issue.line):\(issue.column) \(issue.message)")
            return TOMLReader.Document()
        }
    }

    private func issue(_ text: String) -> TOMLReader.Issue? { issue(Array(text.utf8)) }

    private func issue(_ bytes: [UInt8]) -> TOMLReader.Issue? {
        if case .failure(let i) = TOMLReader.read(bytes) { return i }
        return nil
    }

    private func only(_ text: String) -> TOMLReader.Entry? {
        let doc = read(text)
        #expect(doc.entries.count == 1)
        return doc.entries.first
    }

    // MARK: Values

    @Test func basicStringsWithEveryEscape() {
        let e = only(#"s = "q\"b\\n\nt\tr\rb\bf\fu\u00E0U\U0001F600 # not a comment""#)
        #expect(e?.value == .string("q\"b\\n\nt\tr\rb\u{8}f\u{C}uàU😀 # not a comment"))
    }

    @Test func literalStringsKeepBackslashes() {
        #expect(only(#"s = 'C:\data\ezboard'"#)?.value == .string(#"C:\data\ezboard"#))
        #expect(only(#"s = 'say "hi"'"#)?.value == .string(#"say "hi""#))
    }

    @Test func multiLineStrings() {
        #expect(only("s = \"\"\"\nLào\nCai\"\"\"")?.value == .string("Lào\nCai"))
        #expect(only("s = '''\n C:\\x\n'''")?.value == .string(" C:\\x\n"))
        #expect(only("s = \"\"\"a \\\n     b\"\"\"")?.value == .string("a b"))
    }

    @Test func unicodeTextStaysAsWritten() {
        #expect(only("s = \"Lào Cai — Kim Thành\"")?.value == .string("Lào Cai — Kim Thành"))
    }

    @Test(arguments: [
        ("n = 35", V.integer(35)), ("n = -1", .integer(-1)), ("n = +7", .integer(7)), ("n = 0", .integer(0)),
        ("n = 1_000", .integer(1000)), ("n = 0x1F", .integer(31)), ("n = 0o17", .integer(15)),
        ("n = 0b101", .integer(5)), ("n = 9223372036854775807", .integer(Int.max)), ("n = 1.5", .float(1.5)),
        ("n = -0.25", .float(-0.25)), ("n = 2e3", .float(2000)), ("n = 1.5E-2", .float(0.015)),
        ("n = 6.02e+2", .float(602)), ("n = 3_1.0_5", .float(31.05)), ("n = inf", .float(.infinity)),
        ("n = -inf", .float(-.infinity)), ("b = true", .boolean(true)), ("b = false", .boolean(false)),
    ])
    func numbersAndBooleans(_ text: String, _ value: V) {
        #expect(only(text)?.value == value)
    }

    @Test func nanIsAFloat() {
        guard case .float(let d)? = only("n = nan")?.value else {
            Issue.record("nan is not a float")
            return
        }
        #expect(d.isNaN)
    }

    /// All of TOML reads: what ezboard has no use for is a value of its
    /// own kind, for a message to name.
    @Test(arguments: [
        ("d = 2024-03-31", "a date"), ("t = 07:30:00", "a time"), ("dt = 2024-03-31T07:30:00Z", "a date and time"),
        ("a = [1, 2]", "an array"), ("a = [[1], [\"x\"]]", "an array"), ("a = [{ x = 1 }]", "an array"),
    ])
    func otherValues(_ text: String, _ kind: String) throws {
        let e = try #require(only(text))
        guard case .other(let k, let written) = e.value else {
            Issue.record("\(text): \(e.value)")
            return
        }
        #expect(k == kind)
        #expect(!written.isEmpty && !written.contains("\n"))
    }

    @Test func commentsBlankLinesAndSpaces() {
        let doc = read(
            """
            # a comment
              # an indented comment

            \tlang\t=\t"en"   # after a value
            [display]  # after a header
            color = "never"#no space needed
            """)
        #expect(doc.entries.map(\.path) == [["lang"], ["display", "color"]])
        #expect(doc.value("lang") == .string("en"))
        #expect(doc.value("display", "color") == .string("never"))
    }

    // MARK: Keys and tables, every way TOML writes them

    @Test func sectionsDottedKeysAndInlineTablesAreTheSame() {
        let forms = [
            "[stale]\nmonthly_days = 40",
            "stale.monthly_days = 40",
            "stale . monthly_days = 40",
            "\"stale\".'monthly_days' = 40",
            "stale = { monthly_days = 40 }",
            "[\"stale\"]\n\"monthly_days\" = 40",
        ]
        for form in forms {
            let doc = read(form)
            #expect(doc.value("stale", "monthly_days") == .integer(40), "\(form)")
            #expect(doc.tables.map(\.path) == [["stale"]], "\(form)")
            #expect(doc.entries.first?.line == form.split(separator: "\n").count, "\(form)")
        }
    }

    @Test func positionsOfKeysAndValues() throws {
        let doc = read("\n  lang =   \"vi\"\n[display]\ncolor = 'never'\n  [ stale ]\nx.y = 1")
        let lang = try #require(doc.entries.first { $0.path == ["lang"] })
        #expect((lang.line, lang.column, lang.valueColumn) == (2, 3, 12))
        let color = try #require(doc.entries.first { $0.path == ["display", "color"] })
        #expect((color.line, color.column, color.valueColumn) == (4, 1, 9))
        let stale = try #require(doc.tables.first { $0.path == ["stale"] })
        #expect((stale.line, stale.column) == (5, 3))
        let x = try #require(doc.tables.first { $0.path == ["stale", "x"] })
        #expect((x.line, x.column) == (6, 1))
        // A third level is a table to warn about, not entered.
        #expect(!doc.entries.contains { $0.path.count > 2 })
    }

    @Test func positionsInsideInlineTables() throws {
        let doc = read("stale = { monthly_days = 40, crossings_days = \"à\" }\n[display]\nz = 1")
        let m = try #require(doc.entries.first { $0.path == ["stale", "monthly_days"] })
        #expect((m.line, m.column, m.valueColumn) == (1, 11, 26))
        let c = try #require(doc.entries.first { $0.path == ["stale", "crossings_days"] })
        #expect((c.line, c.column, c.valueColumn) == (1, 30, 47))
    }

    /// Columns count Unicode scalars; strings of every kind, however they
    /// span lines or hold quotes, `#`, `=` or `[`, do not move a place.
    @Test func stringsDoNotConfuseThePlaces() throws {
        let doc = read(
            """
            a = "Lào [x] = # \\" y"
            b = '''
            [stale]
            monthly_days = 1
            '''
            c = \"\"\"\"quoted\"\"\"\"
            d = [ "]", '[', { e = "}" } ]
            [stale] # [display]
            "ề" = 1
            """)
        #expect(doc.value("stale", "monthly_days") == nil)
        let b = try #require(doc.entries.first { $0.path == ["b"] })
        #expect((b.line, b.valueColumn) == (2, 5))
        let c = try #require(doc.entries.first { $0.path == ["c"] })
        #expect(c.line == 6 && c.value == .string("\"quoted\""))
        let e = try #require(doc.entries.first { $0.path == ["stale", "ề"] })
        #expect((e.line, e.column, e.valueColumn) == (9, 1, 7))
    }

    @Test func arraysOfTables() throws {
        let doc = read("[[display]]\nx = 1\n[[display]]\nx = 2")
        let e = try #require(doc.entries.first)
        #expect(e.path == ["display"] && (e.line, e.column) == (1, 1))
        guard case .other(let kind, _) = e.value else {
            Issue.record("\(e.value)")
            return
        }
        #expect(kind == "an array")
    }

    @Test func crlfLineEndsAndAByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("lang = \"en\"\r\n[stale]\r\nmonthly_days = 3\r\n".utf8)
        let doc = read(bytes)
        #expect(doc.value("lang") == .string("en"))
        #expect(doc.value("stale", "monthly_days") == .integer(3))
        let lang = try #require(doc.entries.first { $0.path == ["lang"] })
        #expect((lang.column, lang.valueColumn) == (1, 8))
    }

    @Test func emptyInputIsAnEmptyDocument() {
        #expect(read("") == TOMLReader.Document())
        #expect(read("\n\n# only comments\n") == TOMLReader.Document())
    }

    // MARK: Errors, each with its line and column

    /// toml++ finds the error; the message says it is not TOML and where
    /// toml++ was reading.
    @Test(arguments: [
        (#"lang = "vi"#, 1, 11, "not valid TOML in a string"),
        ("lang = 'vi", 1, 11, "in a literal string"),
        (#"lang "vi""#, 1, 6, "expected '='"),
        ("= 1", 1, 1, "not valid TOML"),
        ("lang =", 1, 7, "not valid TOML"),
        ("[display", 1, 9, "in a table header"),
        ("[display] x", 1, 11, "not valid TOML"),
        (#"x = "a\qb""#, 1, 8, #"'\q'"#),
        (#"x = "\u12""#, 1, 10, "not valid TOML"),
        ("x = 1 2", 1, 7, "not valid TOML"),
        ("x = 07", 1, 7, "leading zeroes"),
        ("x = 1__0", 1, 7, "underscores"),
        ("x = 99999999999999999999", 1, 25, "not representable in 64 bits"),
        ("x = 1e400", 1, 10, "not valid TOML"),
        ("a = 1\na = 2", 2, 5, "cannot redefine"),
        ("[a]\n[a]", 2, 1, "cannot redefine"),
        ("a = 1\n[a]", 2, 1, "cannot redefine"),
        ("\n\n   x = [1,", 3, 11, "not valid TOML"),
    ])
    func syntaxErrors(_ text: String, _ line: Int, _ column: Int, _ message: String) throws {
        let e = try #require(issue(text), "no error for \(text)")
        #expect(e.line == line && e.column == column, "\(text): \(e.line):\(e.column) \(e.message)")
        #expect(e.message.contains(message), "\(text): \(e.message)")
    }

    /// The commonest mistake, text without quotes, says what to write, at
    /// the word (toml++ would say "expected 'nan', saw 'ne'" after it).
    @Test(arguments: [
        ("lang = vi", 1, 8, "vi"), ("[display]\ncolor = never", 2, 9, "never"), ("x = True", 1, 5, "True"),
        ("\n\n   x = y # c", 3, 8, "y"), ("a.b = Lào", 1, 7, "Lào"),
    ])
    func unquotedText(_ text: String, _ line: Int, _ column: Int, _ word: String) throws {
        let e = try #require(issue(text))
        #expect((e.line, e.column) == (line, column), "\(text): \(e)")
        #expect(
            e.message
                == "'\(word)' is not a value: write text in double quotes (\"\(word)\"), or a number, true or false"
        )
    }

    @Test func invalidUTF8IsReportedAtItsColumn() throws {
        let bytes = Array("lang = \"vi\"\nx = \"à".utf8) + [0xFF] + Array("\"\n".utf8)
        let e = try #require(issue(bytes))
        #expect((e.line, e.column) == (2, 7))
        #expect(e.message.contains("not valid UTF-8 (byte 0xFF)"))
    }

    /// A NUL byte would end the text TOMLKit sees (a C string), so it is
    /// caught before; so is every control character TOML forbids.
    @Test(arguments: [[UInt8(0x00)], [0x01], [0x1B], [0x7F], [0x0D]])
    func controlCharactersAreErrors(_ bytes: [UInt8]) throws {
        let e = try #require(issue(Array("x = \"ab".utf8) + bytes + Array("\"\ny = ]".utf8)))
        #expect((e.line, e.column) == (1, 8))
        #expect(e.message.contains("control character"))
    }

    /// TOMLKit hands keys and strings over as C strings: a value would be
    /// cut at the NUL, and a key with one made TOMLKit trap. So a NUL
    /// escape in any basic string is an error at its backslash; in a
    /// literal string or a comment it is only text.
    @Test(arguments: [
        (#""a\u0000b" = 1"#, 1, 3), (#"data = "/srv/\u0000x""#, 1, 14),
        ("[s]\nk = 1\nx = \"\"\"\nab\\U00000000\"\"\"", 4, 3),
        (#"x = { "k\u0000" = 1 }"#, 1, 9),
    ])
    func nulEscapesAreErrors(_ text: String, _ line: Int, _ column: Int) throws {
        let e = try #require(issue(text))
        #expect((e.line, e.column) == (line, column), "\(text): \(e)")
        #expect(e.message == #"a \u0000 (NUL) escape is not allowed: no setting can hold one"#)
    }

    @Test func aNULEscapeInALiteralStringOrACommentIsText() {
        #expect(only(#"x = 'a\u0000b' # "\u0000""#)?.value == .string(#"a\u0000b"#))
    }

    /// toml++ walks nested tables recursively: 100,000 dotted keys
    /// overflowed its stack. Deeper than 128 levels is refused first.
    @Test func deeplyNestedKeysAreRefusedNotACrash() throws {
        let dotted = "a" + String(repeating: ".a", count: 100_000) + " = 1"
        let header = "x = 1\n[a" + String(repeating: ".a", count: 100_000) + "]"
        let arrays = "x = " + String(repeating: "[", count: 100_000)
        let inline = "x = " + String(repeating: "{ a = ", count: 100_000)
        for (text, line) in [(dotted, 1), (header, 2), (arrays, 1), (inline, 1)] {
            let e = try #require(issue(text))
            #expect(e.line == line && e.message.hasPrefix("keys nested more than 128 deep"), "\(e)")
        }
        // 128 levels are read.
        #expect(read("a" + String(repeating: ".a", count: 127) + " = 1").tables.map(\.path) == [["a"], ["a", "a"]])
    }

    @Test func messagesShowControlCharactersVisibly() {
        // A C1 control character is valid TOML in a string but must not
        // reach the terminal raw through a message.
        let written = V.string("a\u{9B}b\u{202E}c").written
        #expect(!written.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0 == "\u{202E}" })
        #expect(written == #""a\u{9B}b\u{202E}c""#)
        #expect(V.string(String(repeating: "x", count: 100)).written.count == 43)
    }

    // MARK: Robustness

    /// Random bytes, and random mixes of TOML's own characters, never trap
    /// (TOMLKit is C++: a crash there would take the dashboard down) and
    /// every problem and place is inside the text.
    @Test func neverCrashesOnRandomInput() {
        var rng = SplitMix64(state: 0x5EED_C0F1)
        let alphabet =
            Array(#"[]{}"'=#\.,_-+ \t\n\r0123456789abcdefuUxtrnE:"#.utf8) + [0xC3, 0xA0, 0xFF, 0x00, 0xE1, 0xBA]
        let sample = Array(
            "lang = \"Lào Cai\"\n[display]\nascii = 'x'\nt = { a = [1, \"\"\"b\"\"\"] }\n[stale]\nmonthly_days = 3.5\n"
                .utf8)
        for round in 0..<3000 {
            let count = Int(rng.next() % 200)
            var bytes: [UInt8]
            switch round % 3 {
            case 0: bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            case 1: bytes = (0..<count).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            default:
                bytes = sample
                for _ in 0..<(1 + rng.next() % 6) {
                    let i = Int(rng.next() % UInt64(bytes.count))
                    bytes[i] = UInt8(truncatingIfNeeded: rng.next())
                }
            }
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
            switch TOMLReader.read(bytes) {
            case .failure(let e):
                #expect(e.line >= 1 && e.line <= lines + 1 && e.column >= 1, "\(bytes): \(e)")
            case .success(let doc):
                for e in doc.entries {
                    #expect(e.line >= 1 && e.line <= lines && e.column >= 1 && e.valueColumn >= e.column, "\(bytes)")
                }
            }
            let (_, problems) = ConfigFile.parse(bytes, file: "config.toml", env: Environment(["HOME": "/home/u"]))
            for p in problems { #expect(p.line >= 1 && p.column >= 1) }
        }
    }
}
