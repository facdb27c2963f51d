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
            """)
        #expect(problems.isEmpty)
        #expect(
            config
                == Config(
                    data: "/srv/ezboard", lang: .en, color: .never, ascii: .always,
                    monthlyDays: 40, crossingsDays: 0.5))
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
        ("[stale]\nmonthly_days = 0", 2, 16, "'monthly_days' must be a number of days greater than 0, e.g. 35; not 0"),
        ("[stale]\nmonthly_days = -3", 2, 16, "greater than 0"),
        ("[stale]\nmonthly_days = \"35\"", 2, 16, #"not "35""#),
        ("[stale]\nmonthly_days = inf", 2, 16, "greater than 0"),
        ("[stale]\nmonthly_days = nan", 2, 16, "greater than 0"),
        (
            "[stale]\n  crossings_days = false", 2, 20,
            "'crossings_days' must be a number of days greater than 0, e.g. 1; not false"
        ),
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
                == ["\(file):1:1: warning: unknown section [colors] is ignored (ezboard knows [display], [stale])"])
        #expect(config.crossingsDays == 2)
    }

    @Test func problemsAreListedInFileOrder() {
        let (_, problems) = parse("x = 1\nlang = \"xx\"\n[a]\nlang = lang")
        #expect(problems.map(\.line) == [1, 2, 3, 4])
        #expect(problems.map(\.severity) == [.warning, .error, .warning, .error])
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
