import BoardModel
import Foundation
import Testing

@testable import EzboardCLI

/// The config file's keys, their checks and messages, where the file is,
/// and the commented default.
struct ConfigFileTests {
    let env = Environment(["HOME": "/home/minh"])
    let file = "/home/minh/.config/ezboard/config.toml"

    private func parse(_ text: String) -> (Config, [Problem]) {
        ConfigFile.parse(Array(text.utf8), file: file, env: env)
    }

    // MARK: Keys

    @Test func everyKey() {
        let (config, problems) = parse(
            """
            data = "/srv/ezboard"
            lang = "en"
            [display]
            color = "never"
            ascii = "always"
            [stale]
            monthly_days = 40
            crossings_days = 0.5
            [brief]
            silent_days = 45
            """)
        #expect(problems.isEmpty)
        #expect(
            config
                == Config(
                    data: "/srv/ezboard", lang: .en, color: .never, ascii: .always,
                    monthlyDays: 40, crossingsDays: 0.5, silentDays: 45))
    }

    @Test func anEmptyFileSetsNothing() {
        let (config, problems) = parse("")
        #expect(problems.isEmpty)
        #expect(config == Config())
    }

    @Test(arguments: [
        ("data = \"~\"", "/home/minh"),
        ("data = \"~/ezboard data\"", "/home/minh/ezboard data"),
        ("data = \"/abs/path\"", "/abs/path"),
        ("data = \"sample\"", "/home/minh/.config/ezboard/sample"),
        ("data = \"../../Data\"", "/home/minh/.config/ezboard/../../Data"),
    ])
    func dataPaths(_ text: String, _ expected: String) {
        let (config, problems) = parse(text)
        #expect(problems.isEmpty)
        #expect(config.data == expected)
    }

    @Test func tildeWithoutHomeIsAnError() {
        let (config, problems) = ConfigFile.parse(
            Array("data = \"~/d\"".utf8), file: "config.toml", env: Environment([:]))
        #expect(config.data == nil)
        #expect(problems.map(\.description) == ["config.toml:1:8: error: 'data' starts with '~' but HOME is not set"])
    }

    @Test(arguments: [
        ("color = true", Config.Color.auto), ("color = false", .never), ("color = \"auto\"", .auto),
        ("color = \"never\"", .never), ("color = \"Never\"", .never),
    ])
    func colorValues(_ line: String, _ expected: Config.Color) {
        let (config, problems) = parse("[display]\n" + line)
        #expect(problems.isEmpty)
        #expect(config.color == expected)
    }

    @Test(arguments: [("auto", Config.Ascii.auto), ("always", .always), ("never", .never)])
    func asciiValues(_ word: String, _ expected: Config.Ascii) {
        let (config, problems) = parse("[display]\nascii = \"\(word)\"")
        #expect(problems.isEmpty)
        #expect(config.ascii == expected)
    }

    @Test func langIgnoresCase() {
        #expect(parse("lang = \"EN\"").0.lang == .en)
        #expect(parse("lang = \"vi\"").0.lang == .vi)
    }

    // MARK: Value errors: the value's line and column

    @Test(arguments: [
        ("lang = \"fr\"", 1, 8, #"'lang' must be "vi" or "en", not "fr""#),
        ("lang = 1", 1, 8, #"'lang' must be "vi" or "en", not 1"#),
        ("data = \"\"", 1, 8, "'data' must be a folder in double quotes"),
        ("data = 3", 1, 8, "'data' must be a folder in double quotes"),
        ("data = \"~minh/d\"", 1, 8, "only '~' and '~/…' are expanded"),
        ("[display]\ncolor = \"always\"", 2, 9, #"'color' must be "auto" or "never" (or true / false), not "always""#),
        ("[display]\ncolor = 1", 2, 9, "'color' must be"),
        ("[display]\nascii = true", 2, 9, #"'ascii' must be "auto", "always" or "never", not true"#),
        (
            "[stale]\nmonthly_days = 0", 2, 16,
            "'monthly_days' must be a number of days above 0 and at most 36500 (100 years), e.g. 35; not 0"
        ),
        ("[stale]\nmonthly_days = -3", 2, 16, "above 0"),
        ("[stale]\nmonthly_days = \"35\"", 2, 16, #"not "35""#),
        ("[stale]\nmonthly_days = inf", 2, 16, "above 0"),
        ("[stale]\nmonthly_days = nan", 2, 16, "above 0"),
        (
            "[stale]\n  crossings_days = false", 2, 20,
            "'crossings_days' must be a number of days above 0 and at most 36500 (100 years), e.g. 1; not false"
        ),
        ("stale = { monthly_days = -1 }", 1, 26, "above 0"),
        ("[display]\nascii = 2024-03-31", 2, 9, "not 2024-03-31"),
        ("lang = [\"vi\"]", 1, 8, #"not [ 'vi' ]"#),
    ])
    func valueErrors(_ text: String, _ line: Int, _ column: Int, _ message: String) throws {
        let (config, problems) = parse(text)
        let p = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(p.severity == .error)
        #expect((p.line, p.column) == (line, column), "\(p)")
        #expect(p.message.contains(message), "\(p.message)")
        #expect(p.description.hasPrefix("\(file):\(line):\(column): error: "))
        #expect(config == Config())
    }

    // MARK: Ranges: a value that would make a command trap is an error

    /// Each of these passed `config --check` before and then trapped the
    /// dashboard at start (a day count times 86,400 seconds into Int64).
    @Test(arguments: [
        ("monthly_days = 1e15", "1000000000000000.0"), ("crossings_days = 9223372036854775807", "9223372036854775807"),
        ("monthly_days = 36500.001", "36500.001"), ("crossings_days = 1e308", "1e+308"),
        ("monthly_days = 100000", "100000"),
    ])
    func staleDaysOutOfRange(_ line: String, _ written: String) throws {
        let (config, problems) = parse("[stale]\n" + line)
        let p = try #require(problems.first)
        #expect(problems.count == 1 && p.severity == .error)
        #expect((p.line, p.column) == (2, line.firstIndex(of: "=")!.utf16Offset(in: line) + 3), "\(p)")
        #expect(
            p.message.hasSuffix("at most 36500 (100 years), e.g. \(line.hasPrefix("m") ? "35" : "1"); not \(written)"))
        #expect(config == Config())
    }

    /// Silent days are whole days from 1 to 36500, like `--silent-days`.
    @Test(arguments: ["0", "-3", "36501", "30.5", "\"30\"", "true", "9223372036854775807"])
    func silentDaysOutOfRange(_ value: String) throws {
        let (config, problems) = parse("[brief]\nsilent_days = \(value)")
        let p = try #require(problems.first)
        #expect(problems.count == 1 && p.severity == .error)
        #expect((p.line, p.column) == (2, 15), "\(p)")
        #expect(
            p.message.hasPrefix("'silent_days' must be a whole number of days from 1 to 36500 (100 years), e.g. 30"))
        #expect(config.silentDays == nil)
    }

    @Test(arguments: [1, 30, 36500])
    func silentDaysInRange(_ value: Int) {
        let (config, problems) = parse("brief.silent_days = \(value)")
        #expect(problems.isEmpty, "\(problems)")
        #expect(config.silentDays == value)
        #expect(Settings.silentDays(config: config).value == value)
        #expect(Settings.silentDays(flag: 7, config: config).value == 7)
    }

    @Test(arguments: ["36500", "36500.0", "0.000001", "5e-324", "1"])
    func staleDaysInRange(_ value: String) {
        let (config, problems) = parse("[stale]\nmonthly_days = \(value)\ncrossings_days = \(value)")
        #expect(problems.isEmpty, "\(problems)")
        #expect(config.monthlyDays == Double(value) && config.crossingsDays == Double(value))
    }

    /// A data path with a control character (from an escape) or longer than
    /// Linux opens passed the check before and failed, or opened a
    /// different folder (a NUL ends the path the system sees), later.
    @Test(arguments: [
        (#"data = "/srv/\u001B]0;x\u0007""#, "'data' cannot hold a control character (U+001B)"),
        ("data = \"\"\"\n/srv/a\nb\"\"\"", "'data' cannot hold a control character (U+000A)"),
        (#"data = "/srv/\u009B""#, "(U+009B)"),
        ("data = \"/" + String(repeating: "d", count: 4095) + "\"", "'data' is 4096 bytes long as a path"),
        ("data = \"~/" + String(repeating: "d", count: 4085) + "\"", "'data' is 4096 bytes long as a path"),
    ])
    func dataOutOfRange(_ text: String, _ message: String) throws {
        let (config, problems) = parse(text)
        let p = try #require(problems.first)
        #expect(problems.count == 1 && p.severity == .error)
        #expect((p.line, p.column) == (1, 8), "\(p)")
        #expect(p.message.contains(message), "\(p.message)")
        #expect(config.data == nil)
    }

    @Test func theLongestPathIsFine() {
        let path = "/" + String(repeating: "d", count: 4094)
        let (config, problems) = parse("data = \"\(path)\"")
        #expect(problems.isEmpty)
        #expect(config.data == path)
    }

    /// TOMLKit hands strings over as C strings: "en" followed by a NUL
    /// escape would read as "en", and a NUL would end a data path early.
    @Test(arguments: [#"lang = "en\u0000fr""#, #"data = "/srv/a\u0000b""#])
    func aNULEscapeIsAnErrorNotCutOff(_ text: String) throws {
        let (config, problems) = parse(text)
        #expect(config == Config())
        let p = try #require(problems.first)
        #expect(problems.count == 1 && p.message.hasPrefix(#"a \u0000 (NUL) escape is not allowed"#), "\(p)")
    }

    @Test func syntaxErrorsCarryTheFileName() {
        let (_, problems) = parse("lang = vi")
        #expect(
            problems.map(\.description)
                == [
                    "\(file):1:8: error: 'vi' is not a value: write text in double quotes (\"vi\"), or a number, true or false"
                ])
    }

    // MARK: Unknown keys and sections: warnings

    @Test func unknownKeysAreWarningsAtTheKey() {
        let (config, problems) = parse(
            """
            lang = "en"
            [display]
              colour = "never"
            """)
        #expect(config.lang == .en)
        #expect(
            problems.map(\.description)
                == ["\(file):3:3: warning: unknown key 'colour' in [display] is ignored (keys there: 'color', 'ascii')"]
        )
    }

    @Test func aKeyInTheWrongSectionSaysWhereItBelongs() {
        let (config, problems) = parse("color = \"never\"\n[stale]\nlang = \"en\"")
        #expect(config == Config())
        #expect(problems.map(\.severity) == [.warning, .warning])
        #expect(problems[0].message.hasSuffix("'color' belongs in [display]"))
        #expect(problems[1].message.hasSuffix("'lang' belongs before any [section]"))
        #expect((problems[1].line, problems[1].column) == (3, 1))
    }

    @Test func anUnknownSectionIsOneWarningAndItsKeysAreSkipped() {
        let (config, problems) = parse("[colors]\nbackground = \"blue\"\nlang = 3\n[stale]\ncrossings_days = 2")
        #expect(
            problems.map(\.description)
                == [
                    "\(file):1:1: warning: unknown section [colors] is ignored (ezboard knows [brief], [display], [stale])"
                ])
        #expect(config.crossingsDays == 2)
    }

    @Test func problemsAreListedInFileOrder() {
        let (_, problems) = parse("x = 1\nlang = \"xx\"\n[a]\nlang = 'lang'\n[stale]\nmonthly_days = 0\ny = 2")
        #expect(problems.map(\.line) == [1, 2, 3, 6, 7])
        #expect(problems.map(\.severity) == [.warning, .error, .warning, .error, .warning])
    }

    /// A syntax error stops the reading there (toml++ reports the first):
    /// one error, nothing set.
    @Test func aSyntaxErrorIsTheOnlyProblem() {
        let (config, problems) = parse("lang = \"en\"\nx = 1\n[stale]\nmonthly_days = 0\ncrossings_days = ?")
        #expect(problems.map(\.line) == [5])
        #expect(config == Config())
    }

    // MARK: All of TOML

    @Test func everyKeyWrittenWithDottedKeysAndInlineTables() {
        let (config, problems) = parse(
            """
            lang = 'en'
            display.color = false
            display.ascii = "always"
            stale = { monthly_days = 4_0, crossings_days = 5e-1 }
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(config == Config(lang: .en, color: .never, ascii: .always, monthlyDays: 40, crossingsDays: 0.5))
    }

    @Test func aSectionThatIsNotATable() {
        let (config, problems) = parse("[[display]]\ncolor = \"never\"\n[stale]\nmonthly_days = 2")
        #expect(
            problems.map(\.description)
                == ["\(file):1:1: warning: [display] must be a section of settings, not an array; it is ignored"])
        #expect(config == Config(monthlyDays: 2))
    }

    @Test func aTableInsideASectionIsAnUnknownKey() {
        let (_, problems) = parse("[display]\ncolor = \"never\"\n[display.theme]\nx = 1")
        #expect(
            problems.map(\.description)
                == ["\(file):3:1: warning: unknown key 'theme' in [display] is ignored (keys there: 'color', 'ascii')"])
    }

    // MARK: The default file

    @Test func theDefaultFileParsesAndSetsNothing() {
        let (config, problems) = parse(ConfigFile.defaultText)
        #expect(problems.isEmpty)
        #expect(config == Config())
    }

    /// Uncommenting every setting gives the built-in defaults, so the
    /// commented values are the true ones.
    @Test func theDefaultFilesCommentedValuesAreTheBuiltInDefaults() {
        let uncommented = ConfigFile.defaultText.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let l = line.drop { $0 == " " }
            if l.hasPrefix("# "), l.contains(" = ") { return String(l.dropFirst(2)) }
            return String(line)
        }.joined(separator: "\n")
        let (config, problems) = parse(uncommented)
        #expect(problems.isEmpty)
        #expect(config.lang == Settings.lang(flag: nil, env: Environment([:]), config: Config()).value)
        #expect(config.color == .auto && config.ascii == .auto)
        #expect(config.monthlyDays == StaleThresholds().monthlyDays)
        #expect(config.crossingsDays == StaleThresholds().crossingsDays)
        #expect(config.silentDays == Reporting.defaultSilentDays)
        // Every key ezboard knows is in it.
        for (section, keys) in ConfigFile.known {
            for key in keys {
                #expect(uncommented.contains("\n\(key) = "), "\(section ?? "top"): \(key)")
            }
        }
    }

    // MARK: Where the file is

    @Test(arguments: [
        (["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/a"], "/x/cfg/ezboard/config.toml"),
        (["XDG_CONFIG_HOME": "/x/cfg/", "HOME": "/home/a"], "/x/cfg/ezboard/config.toml"),
        (["XDG_CONFIG_HOME": "", "HOME": "/home/a"], "/home/a/.config/ezboard/config.toml"),
        (["XDG_CONFIG_HOME": "relative/cfg", "HOME": "/home/a"], "/home/a/.config/ezboard/config.toml"),
        (["HOME": "/home/a/"], "/home/a/.config/ezboard/config.toml"),
        (["HOME": "/"], "/.config/ezboard/config.toml"),
    ])
    func path(_ vars: [String: String], _ expected: String) {
        #expect(ConfigFile.path(Environment(vars)) == expected)
    }

    @Test func noHomeAndNoXDGMeansNoFile() {
        #expect(ConfigFile.path(Environment([:])) == nil)
        let loaded = ConfigFile.load(Environment([:]))
        #expect(loaded.path == nil && !loaded.exists && loaded.problems.isEmpty)
    }

    @Test func loadingAMissingFileIsNoProblem() throws {
        let dir = try ConfigTestFolder()
        let loaded = ConfigFile.load(Environment(["XDG_CONFIG_HOME": dir.path]))
        #expect(loaded.path == dir.path + "/ezboard/config.toml")
        #expect(!loaded.exists && loaded.problems.isEmpty && loaded.config == Config())
    }

    @Test func loadingAFile() throws {
        let dir = try ConfigTestFolder()
        try dir.write("ezboard/config.toml", "lang = \"en\"\n[stale]\nmonthly_days = 3\n")
        let loaded = ConfigFile.load(Environment(["XDG_CONFIG_HOME": dir.path]))
        #expect(loaded.exists && loaded.problems.isEmpty)
        #expect(loaded.config == Config(lang: .en, monthlyDays: 3))
    }

    @Test func aFolderWhereTheFileShouldBeIsAnError() throws {
        let dir = try ConfigTestFolder()
        try FileManager.default.createDirectory(
            atPath: dir.path + "/ezboard/config.toml", withIntermediateDirectories: true)
        let loaded = ConfigFile.load(Environment(["XDG_CONFIG_HOME": dir.path]))
        #expect(
            loaded.problems.map(\.description)
                == ["\(dir.path)/ezboard/config.toml:1:1: error: cannot read the config file: it is a folder"])
    }
}

/// A temporary folder removed when the value goes away.
final class ConfigTestFolder {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/ezboard-config-test.XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw CocoaError(.fileWriteUnknown)
        }
        path = URL(fileURLWithPath: String(cString: made)).standardizedFileURL.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Array(text.utf8))
    }

    func write(_ relative: String, _ bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }
}
