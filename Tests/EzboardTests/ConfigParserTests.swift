import TestSupport
import Testing

@testable import EzboardCLI

/// The TOML subset the config file is written in: every value type,
/// comments, sections, and every error with its line and column.
struct ConfigParserTests {
    typealias V = TOMLSubset.Value

    private func only(_ text: String) -> TOMLSubset.Entry? {
        let doc = TOMLSubset.parse(text)
        #expect(doc.errors.isEmpty, "\(doc.errors)")
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

    @Test func unicodeTextStaysAsWritten() {
        #expect(only("s = \"Lào Cai — Kim Thành\"")?.value == .string("Lào Cai — Kim Thành"))
    }

    @Test(arguments: [
        ("n = 35", V.integer(35)), ("n = -1", .integer(-1)), ("n = +7", .integer(7)), ("n = 0", .integer(0)),
        ("n = 1_000", .integer(1000)), ("n = 1.5", .float(1.5)), ("n = -0.25", .float(-0.25)),
        ("n = 2e3", .float(2000)), ("n = 1.5E-2", .float(0.015)), ("n = 6.02e+2", .float(602)),
        ("n = 3_1.0_5", .float(31.05)), ("n = inf", .float(.infinity)), ("n = -inf", .float(-.infinity)),
        ("b = true", .boolean(true)), ("b = false", .boolean(false)),
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

    @Test func commentsBlankLinesAndSpaces() {
        let doc = TOMLSubset.parse(
            """
            # a comment
              # an indented comment

            \tlang\t=\t"en"   # after a value
            [display]  # after a header
            color = "never"#no space needed
            """)
        #expect(doc.errors.isEmpty)
        #expect(doc.entries.map(\.key) == ["lang", "color"])
        #expect(doc.value("lang") == .string("en"))
        #expect(doc.value("color", in: "display") == .string("never"))
    }

    @Test func sectionsGroupTheKeysAfterThem() {
        let doc = TOMLSubset.parse(
            """
            data = "/srv/data"
            [display]
            ascii = "always"
            [ stale ]
            monthly_days = 40
            """)
        #expect(doc.errors.isEmpty)
        #expect(doc.headers.map(\.name) == ["display", "stale"])
        #expect(doc.headers.map(\.line) == [2, 4])
        #expect(doc.entries.map(\.section) == [nil, "display", "stale"])
        #expect(doc.value("monthly_days", in: "stale") == .integer(40))
        #expect(doc.value("monthly_days") == nil)
    }

    @Test func positionsOfKeysAndValues() throws {
        let doc = TOMLSubset.parse("\n  lang =   \"vi\"\n")
        let e = try #require(doc.entries.first)
        #expect((e.line, e.column, e.valueColumn) == (2, 3, 12))
    }

    @Test func quotedKeysAndBareKeyCharacters() {
        let doc = TOMLSubset.parse("\"a key\" = 1\nkey-2_B = 2\n'lit' = 3")
        #expect(doc.errors.isEmpty)
        #expect(doc.entries.map(\.key) == ["a key", "key-2_B", "lit"])
    }

    @Test func crlfLineEndsAndAByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("lang = \"en\"\r\n[stale]\r\nmonthly_days = 3\r\n".utf8)
        let doc = TOMLSubset.parse(bytes)
        #expect(doc.errors.isEmpty)
        #expect(doc.value("lang") == .string("en"))
        #expect(doc.value("monthly_days", in: "stale") == .integer(3))
        #expect(doc.entries.first?.column == 1)
    }

    @Test func emptyInputIsAnEmptyDocument() {
        #expect(TOMLSubset.parse("") == TOMLSubset.Document())
        #expect(TOMLSubset.parse("\n\n# only comments\n") == TOMLSubset.Document())
    }

    // MARK: Errors, each with its line and column

    @Test(arguments: [
        (#"lang = "vi"#, 1, 8, "no closing double quote"),
        ("lang = 'vi", 1, 8, "no closing quote"),
        ("lang = vi", 1, 8, "not a value: write text in double quotes (\"vi\")"),
        (#"lang "vi""#, 1, 6, "expected '=' after the key 'lang'"),
        ("lang", 1, 5, "expected '=' and a value after 'lang'"),
        ("= 1", 1, 1, "expected a key"),
        ("lang =", 1, 7, "expected a value after '='"),
        ("lang = # nothing", 1, 8, "expected a value after '='"),
        ("[display", 1, 9, "no closing ']'"),
        ("[display x]", 1, 10, "expected ']'"),
        ("[]", 1, 2, "expected a section name"),
        ("[[display]]", 1, 1, "arrays of tables"),
        ("[display] x", 1, 11, "only a # comment may follow"),
        ("a.b = 1", 1, 2, "dotted keys are not supported"),
        ("tên = 1", 1, 2, "cannot be part of a bare key"),
        (#""" = 1"#, 1, 1, "a key cannot be empty"),
        ("x = [1, 2]", 1, 5, "arrays are not supported"),
        ("x = { a = 1 }", 1, 5, "inline tables are not supported"),
        (#"x = "a\qb""#, 1, 7, #"unknown escape '\q'"#),
        (#"x = "a\"#, 1, 7, "at the end of the line"),
        (#"x = "\u12""#, 1, 6, "needs 4 hexadecimal digits"),
        (#"x = "\U0000123""#, 1, 6, "needs 8 hexadecimal digits"),
        (#"x = "\uD800""#, 1, 6, "does not name a Unicode character"),
        (#"x = "\U00110000""#, 1, 6, "does not name a Unicode character"),
        (#"x = """a""""#, 1, 5, "multi-line strings"),
        ("x = '''a'''", 1, 5, "multi-line strings"),
        (#"x = "ầầ" y"#, 1, 10, "unexpected 'y' after the value"),
        ("x = 1 2", 1, 7, "unexpected '2'"),
        ("x = 07", 1, 5, "'07' is not a number"),
        ("x = 1__0", 1, 5, "is not a number"),
        ("x = 1_", 1, 5, "is not a number"),
        ("x = 1.", 1, 5, "is not a number"),
        ("x = .5", 1, 5, "is not a number"),
        ("x = 1e", 1, 5, "is not a number"),
        ("x = 99999999999999999999", 1, 5, "is not a number"),
        ("x = 0x10", 1, 5, "write the number in decimal"),
        ("x = 2024-03-31", 1, 5, "dates and times are not supported"),
        ("x = 07:30:00", 1, 5, "dates and times are not supported"),
        ("x = True", 1, 5, "not a value"),
        ("\n\n   x = y", 3, 8, "not a value"),
    ])
    func syntaxErrors(_ text: String, _ line: Int, _ column: Int, _ message: String) throws {
        let doc = TOMLSubset.parse(text)
        let e = try #require(doc.errors.first, "no error for \(text)")
        #expect(doc.errors.count == 1)
        #expect(e.line == line && e.column == column, "\(text): \(e.line):\(e.column) \(e.message)")
        #expect(e.message.contains(message), "\(text): \(e.message)")
        #expect(doc.entries.isEmpty && doc.headers.isEmpty)
    }

    @Test func duplicateKeysAndSections() {
        let doc = TOMLSubset.parse(
            """
            lang = "vi"
            lang = "en"
            [stale]
            monthly_days = 1
             monthly_days = 2
            [display]
            [stale]
            """)
        #expect(doc.errors.map { [$0.line, $0.column] } == [[2, 1], [5, 2], [7, 1]])
        #expect(doc.errors[0].message == "'lang' is already set on line 1")
        #expect(doc.errors[1].message == "'monthly_days' in [stale] is already set on line 4")
        #expect(doc.errors[2].message == "section [stale] is already on line 3")
        // The first of each stays.
        #expect(doc.value("lang") == .string("vi"))
        #expect(doc.value("monthly_days", in: "stale") == .integer(1))
    }

    @Test func sameKeyInTwoSectionsIsFine() {
        let doc = TOMLSubset.parse("[a]\nx = 1\n[b]\nx = 2")
        #expect(doc.errors.isEmpty)
        #expect(doc.value("x", in: "a") == .integer(1) && doc.value("x", in: "b") == .integer(2))
    }

    @Test func aTopLevelKeyCannotBeASectionToo() {
        let doc = TOMLSubset.parse("display = 1\n[display]")
        #expect(doc.errors.map(\.line) == [2])
        #expect(doc.errors.first?.message.contains("already set on line 1") == true)
    }

    @Test func invalidUTF8IsReportedAtItsColumn() throws {
        let bytes = Array("lang = \"vi\"\nx = \"à".utf8) + [0xFF] + Array("\"\n".utf8)
        let doc = TOMLSubset.parse(bytes)
        let e = try #require(doc.errors.first)
        #expect((e.line, e.column) == (2, 7))
        #expect(e.message.contains("not valid UTF-8 (byte 0xFF)"))
        #expect(doc.value("lang") == .string("vi"))
    }

    @Test(arguments: [[UInt8(0x00)], [0x01], [0x1B], [0x7F], [0x0D]])
    func controlCharactersAreErrors(_ bytes: [UInt8]) throws {
        let doc = TOMLSubset.parse(Array("x = \"ab".utf8) + bytes + Array("\"".utf8))
        let e = try #require(doc.errors.first)
        #expect((e.line, e.column) == (1, 8))
        #expect(e.message.contains("control character"))
    }

    @Test func everyBadLineIsReportedAndTheGoodOnesKept() {
        let doc = TOMLSubset.parse(
            """
            lang = en
            data = "/srv"
            [display
            x = [1]
            [stale]
            monthly_days = 9
            """)
        #expect(doc.errors.map(\.line) == [1, 3, 4])
        #expect(doc.value("data") == .string("/srv"))
        // The broken header added no section: x and the rest follow [stale] rules.
        #expect(doc.value("monthly_days", in: "stale") == .integer(9))
    }

    @Test func messagesShowControlCharactersVisibly() throws {
        // A C1 control character is allowed by the UTF-8 check but must not
        // reach the terminal raw through a message.
        let doc = TOMLSubset.parse("x = a\u{9B}b")
        let e = try #require(doc.errors.first)
        #expect(!e.message.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
        #expect(e.message.contains("\\u{9B}"))
    }

    // MARK: Robustness

    /// Random bytes, and random mixes of TOML's own characters, never trap
    /// and every problem has a place inside the text.
    @Test func neverCrashesOnRandomInput() {
        var rng = SplitMix64(state: 0x5EED_C0F1)
        let alphabet =
            Array(#"[]{}"'=#\.,_-+ \t\n\r0123456789abcdefuUxtrnE:"#.utf8) + [0xC3, 0xA0, 0xFF, 0x00, 0xE1, 0xBA]
        let vietnamese = Array("lang = \"Lào Cai\"\n[display]\nascii = 'x'\n[stale]\nmonthly_days = 3.5\n".utf8)
        for round in 0..<3000 {
            let count = Int(rng.next() % 200)
            var bytes: [UInt8]
            switch round % 3 {
            case 0: bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            case 1: bytes = (0..<count).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            default:
                bytes = vietnamese
                for _ in 0..<(1 + rng.next() % 6) {
                    let i = Int(rng.next() % UInt64(bytes.count))
                    bytes[i] = UInt8(truncatingIfNeeded: rng.next())
                }
            }
            let doc = TOMLSubset.parse(bytes)
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
            for e in doc.errors {
                #expect(e.line >= 1 && e.line <= lines && e.column >= 1, "\(bytes): \(e)")
            }
            let (_, problems) = ConfigFile.parse(bytes, file: "config.toml", env: Environment(["HOME": "/home/u"]))
            for p in problems { #expect(p.line >= 1 && p.column >= 1) }
        }
    }
}
