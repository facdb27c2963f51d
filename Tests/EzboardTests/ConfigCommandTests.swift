import BoardModel
import Foundation
import TestSupport
import Testing

@testable import EzboardCLI

/// The config file through the built `ezboard`: a bad file stops every
/// command but `config` with status 2 and FILE:LINE:COLUMN on stderr;
/// `config --path/--default/--check`; flag > environment > file for real.
@Suite(.enabled(if: Binaries.ezboard != nil, "the ezboard binary is not built next to the tests (swift build first)"))
struct ConfigCommandTests {
    static let root = Binaries.packageRoot()
    static let data = root + "/Data"

    /// A home and an XDG config folder of its own for each test.
    let home: ConfigTestFolder
    var xdg: String { home.path + "/xdg" }
    var configFile: String { xdg + "/ezboard/config.toml" }

    init() throws { home = try ConfigTestFolder() }

    func writeConfig(_ text: String) throws { try home.write("xdg/ezboard/config.toml", text) }

    var env: [String: String] {
        ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": home.path, "XDG_CONFIG_HOME": xdg]
    }

    func ez(_ args: [String], env extra: [String: String] = [:], removing: [String] = []) throws -> ConfigHarness.Result
    {
        var e = env.merging(extra) { $1 }
        for k in removing { e.removeValue(forKey: k) }
        return try ConfigHarness.run(args, environment: e)
    }

    // MARK: A bad config file

    static let badConfig = "lang = \"vi\"\n[display]\ncolor = never\n"

    @Test(arguments: [
        [], ["dashboard"], ["check"], ["report"], ["report", "--format", "json"],
        ["snapshot", "--width", "80", "--height", "24"],
    ])
    func aBadConfigStopsTheCommandWithStatus2(_ args: [String]) throws {
        try writeConfig(Self.badConfig)
        let r = try ez(args + ["--data", Self.data])
        #expect(r.status == 2, "\(args): \(r)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("\(configFile):3:9: error: 'never' is not a value"), "\(r.stderr)")
        #expect(r.stderr.contains("ezboard config --check"))
    }

    @Test func configCheckListsTheProblemsWithStatus1() throws {
        try writeConfig("lang = \"vi\"\n[display]\ncolor = 'never'\n[stale]\nmonthly_days = \"x\"\nunknown = 1\n")
        let r = try ez(["config", "--check"])
        #expect(r.status == 1)
        #expect(
            r.stdout == """
                \(configFile):5:16: error: 'monthly_days' must be a number of days above 0 and at most 36500 (100 years), e.g. 35; not "x"
                \(configFile):6:1: warning: unknown key 'unknown' in [stale] is ignored (keys there: 'monthly_days', 'crossings_days')
                \(configFile): 1 error, 1 warning

                """)
    }

    /// A syntax error is reported alone: TOML is read up to it.
    @Test func configCheckStopsAtASyntaxError() throws {
        try writeConfig(Self.badConfig + "[stale]\nmonthly_days = \"x\"\n")
        let r = try ez(["config", "--check"])
        #expect(r.status == 1)
        #expect(
            r.stdout == """
                \(configFile):3:9: error: 'never' is not a value: write text in double quotes ("never"), or a number, true or false
                \(configFile): 1 error, 0 warnings

                """)
    }

    /// These passed `config --check` and then trapped every command that
    /// reads the stale thresholds (the dashboard, exit 132).
    @Test(arguments: ["monthly_days = 1e15", "crossings_days = 9223372036854775807"])
    func outOfRangeStaleDaysStopEveryCommand(_ setting: String) throws {
        try writeConfig("[stale]\n\(setting)\n")
        let check = try ez(["config", "--check"])
        #expect(check.status == 1)
        #expect(
            check.stdout.contains("\(configFile):2:\(setting.count - setting.drop { $0 != "=" }.count + 3): error: "))
        #expect(check.stdout.contains("at most 36500 (100 years)"))
        for args in [["check"], ["dashboard"]] {
            let r = try ez(args + ["--data", Self.data])
            #expect(r.status == 2, "\(args): \(r)")
            #expect(r.stderr.contains("at most 36500 (100 years)"), "\(args): \(r)")
        }
    }

    @Test func theOtherConfigOptionsWorkWithABadFile() throws {
        try writeConfig(Self.badConfig)
        let path = try ez(["config", "--path"])
        #expect(path.status == 0 && path.stdout == configFile + "\n")
        let def = try ez(["config", "--default"])
        #expect(def.status == 0 && def.stdout == ConfigFile.defaultText)
        let show = try ez(["config"])
        #expect(show.status == 1)
        #expect(show.stdout.contains("\(configFile):3:9: error:"))
        #expect(show.stdout.contains("(has errors: ignored here; other commands stop)"))
    }

    @Test func warningsAloneDoNotStopACommand() throws {
        try writeConfig("[display]\ncolour = \"never\"\n")
        let r = try ez(["check", "--data", Self.data])
        #expect(r.status == 0, "\(r)")
        #expect(
            r.stderr
                == "\(configFile):2:1: warning: unknown key 'colour' in [display] is ignored (keys there: 'color', 'ascii')\n"
        )
        let c = try ez(["config", "--check"])
        #expect(c.status == 0 && c.stdout.hasSuffix("\(configFile): 0 errors, 1 warning\n"))
    }

    @Test func anUnreadableConfigIsAnErrorToo() throws {
        try FileManager.default.createDirectory(atPath: configFile, withIntermediateDirectories: true)
        let r = try ez(["check", "--data", Self.data])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(configFile):1:1: error: cannot read the config file: it is a folder"))
    }

    // MARK: config --path, --default, --check

    @Test func pathHonoursXDGConfigHomeThenHome() throws {
        #expect(try ez(["config", "--path"]).stdout == xdg + "/ezboard/config.toml\n")
        #expect(
            try ez(["config", "--path"], removing: ["XDG_CONFIG_HOME"]).stdout
                == home.path + "/.config/ezboard/config.toml\n")
        #expect(
            try ez(["config", "--path"], env: ["XDG_CONFIG_HOME": ""]).stdout
                == home.path + "/.config/ezboard/config.toml\n")
        // The XDG spec: a relative XDG_CONFIG_HOME is ignored.
        #expect(
            try ez(["config", "--path"], env: ["XDG_CONFIG_HOME": "rel"]).stdout
                == home.path + "/.config/ezboard/config.toml\n")
        // The file need not exist, and asking does not create it.
        #expect(!FileManager.default.fileExists(atPath: xdg))
    }

    @Test func aFileInHomeIsReadWithoutXDG() throws {
        try home.write(".config/ezboard/config.toml", "lang = 1\n")
        let r = try ez(["check", "--data", Self.data], removing: ["XDG_CONFIG_HOME"])
        #expect(r.status == 2)
        #expect(r.stderr.contains(home.path + "/.config/ezboard/config.toml:1:8: error:"))
    }

    @Test func theDefaultConfigIsAGoodConfig() throws {
        let text = try ez(["config", "--default"]).stdout
        let (config, problems) = ConfigFile.parse(
            Array(text.utf8), file: "config.toml", env: Environment(["HOME": "/h"]))
        #expect(problems.isEmpty && config == Config())
        try writeConfig(text)
        let check = try ez(["config", "--check"])
        #expect(check.status == 0 && check.stdout == "\(configFile): 0 errors, 0 warnings\n")
        let r = try ez(["check", "--data", Self.data])
        #expect(r.status == 0 && r.stderr.isEmpty)
    }

    @Test func checkWithoutAFile() throws {
        let r = try ez(["config", "--check"])
        #expect(r.status == 0)
        #expect(r.stdout == "\(configFile): no config file; the built-in defaults apply\n")
    }

    @Test func onlyOneOptionAtATime() throws {
        let r = try ez(["config", "--path", "--check"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("use one of --path, --default and --check"))
    }

    @Test func configShowsEachSettingAndItsSource() throws {
        try writeConfig("data = \"/srv/d\"\nlang = \"en\"\n[stale]\nmonthly_days = 2.5\n")
        let r = try ez(["config"], env: ["EZBOARD_LANG": "vi", "NO_COLOR": "1"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map {
            $0.split(separator: "#").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        #expect(lines.contains(["data = \"/srv/d\"", "config file"]))
        #expect(lines.contains(["lang = \"vi\"", "EZBOARD_LANG"]))
        #expect(lines.contains(["color = \"never\"", "NO_COLOR"]))
        #expect(lines.contains(["ascii = \"auto\"", "built-in default (ASCII when the locale is not UTF-8)"]))
        #expect(lines.contains(["monthly_days = 2.5", "config file"]))
        #expect(lines.contains(["crossings_days = 1", "built-in default"]))
    }

    // MARK: The program never writes the file

    @Test func noCommandWritesTheConfigFile() throws {
        let text = "lang = \"en\"   # mine, with my spacing\n[display]\ncolour = 'x'\n"
        try writeConfig(text)
        let before = try FileManager.default.attributesOfItem(atPath: configFile)[.modificationDate] as? Date
        for args in [
            ["config"], ["config", "--check"], ["config", "--default"], ["check", "--data", Self.data],
            ["report", "--data", Self.data], ["snapshot", "--data", Self.data],
        ] {
            _ = try ez(args)
        }
        #expect(try String(contentsOfFile: configFile, encoding: .utf8) == text)
        #expect(try FileManager.default.attributesOfItem(atPath: configFile)[.modificationDate] as? Date == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: xdg + "/ezboard") == ["config.toml"])
        // Nor creates one.
        try FileManager.default.removeItem(atPath: xdg)
        _ = try ez(["config"])
        _ = try ez(["check", "--data", Self.data])
        #expect(!FileManager.default.fileExists(atPath: xdg))
    }

    // MARK: Precedence, through the binary

    @Test func dataFolderPrecedence() throws {
        try writeConfig("data = \"/nonexistent/ezboard-config-data\"\n")
        let fromConfig = try ez(["check"])
        #expect(fromConfig.status == 2)
        #expect(fromConfig.stderr.contains("/nonexistent/ezboard-config-data: cannot read the data folder"))
        let fromEnv = try ez(["check"], env: ["EZBOARD_DATA": Self.data])
        #expect(fromEnv.status == 0 && fromEnv.stdout.hasPrefix(Self.data + ": "), "\(fromEnv)")
        let fromFlag = try ez(["check", "--data", Self.data], env: ["EZBOARD_DATA": "/nonexistent/env"])
        #expect(fromFlag.status == 0 && fromFlag.stdout.hasPrefix(Self.data + ": "))
        // A relative path in the file starts at the file's folder.
        try writeConfig("data = \"\(ConfigHarness.relativePath(Self.data, from: xdg + "/ezboard"))\"\n")
        let relative = try ez(["check"])
        #expect(relative.status == 0, "\(relative)")
    }

    @Test func languagePrecedence() throws {
        let args = ["snapshot", "--data", Self.data, "--width", "100", "--height", "24"]
        try writeConfig("lang = \"en\"\n")
        #expect(try ez(args).stdout.contains("ezboard › Overview"))
        #expect(try ez(args, env: ["EZBOARD_LANG": "vi"]).stdout.contains("ezboard › Tổng quan"))
        #expect(try ez(args + ["--lang", "en"], env: ["EZBOARD_LANG": "vi"]).stdout.contains("ezboard › Overview"))
        try writeConfig("")
        #expect(try ez(args).stdout.contains("ezboard › Tổng quan"))
    }

    @Test func asciiPrecedence() throws {
        let args = ["snapshot", "--data", Self.data, "--width", "100", "--height", "24"]
        func isASCII(_ r: ConfigHarness.Result) -> Bool { r.status == 0 && r.stdout.utf8.allSatisfy { $0 < 0x80 } }
        // The locale decides by default.
        #expect(!isASCII(try ez(args)))
        #expect(isASCII(try ez(args, env: ["LANG": "C"])))
        try writeConfig("[display]\nascii = \"always\"\n")
        #expect(isASCII(try ez(args)))
        #expect(!isASCII(try ez(args + ["--utf8"])))
        try writeConfig("[display]\nascii = \"never\"\n")
        #expect(!isASCII(try ez(args, env: ["LANG": "C"])))
        #expect(isASCII(try ez(args + ["--ascii"], env: ["LANG": "C"])))
    }
}

/// Runs the built `ezboard` with a chosen environment and no terminal.
enum ConfigHarness {
    struct Result: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "status \(status)\nstdout:\n\(stdout)\nstderr:\n\(stderr)" }
    }

    static func run(
        _ args: [String], environment: [String: String], executable: String? = nil,
        directory: String? = nil
    ) throws -> Result {
        let exe = try #require(executable ?? Binaries.ezboard)
        let out = try ConfigTestFolder()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        p.environment = environment
        if let directory { p.currentDirectoryURL = URL(fileURLWithPath: directory) }
        _ = FileManager.default.createFile(atPath: out.path + "/out", contents: nil)
        _ = FileManager.default.createFile(atPath: out.path + "/err", contents: nil)
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out.path + "/out"))
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: out.path + "/err"))
        try p.run()
        p.waitUntilExit()
        return Result(
            status: p.terminationStatus,
            stdout: try String(contentsOfFile: out.path + "/out", encoding: .utf8),
            stderr: try String(contentsOfFile: out.path + "/err", encoding: .utf8))
    }
}

extension ConfigHarness {
    /// `path` relative to `folder` (both absolute), with `..` as needed.
    static func relativePath(_ path: String, from folder: String) -> String {
        let a = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        let b = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        return (Array(repeating: "..", count: b.count - i) + a[i...]).joined(separator: "/")
    }
}
