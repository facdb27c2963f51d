import BoardModel
import Foundation
import TestSupport
import Testing

@testable import EzboardCLI

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 16 through the built `ezboard`: what reaches stderr and stdout is
/// made safe whatever the data or the arguments hold, and messages about
/// the data folder and the home folder say what is really wrong.
@Suite(.enabled(if: Binaries.ezboard != nil, "the ezboard binary is not built next to the tests (swift build first)"))
struct HostileCommandTests {
    let home: ConfigTestFolder
    init() throws { home = try ConfigTestFolder() }

    var env: [String: String] {
        ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": home.path, "XDG_CONFIG_HOME": home.path + "/xdg"]
    }

    /// A copy of the sample data with `units.csv` given an extra row.
    func data(withUnitRow row: String) throws -> String {
        let root = ConfigCommandTests.data
        for name in try FileManager.default.contentsOfDirectory(atPath: root) where name.hasSuffix(".csv") {
            try home.write("data/" + name, Array(try Data(contentsOf: URL(fileURLWithPath: root + "/" + name))))
        }
        let units = try String(contentsOfFile: root + "/units.csv", encoding: .utf8)
        try home.write("data/units.csv", units + row)
        return home.path + "/data"
    }

    static func unsafe(_ s: String) -> [Unicode.Scalar] {
        s.unicodeScalars.filter { SafeText.isUnsafe($0) && $0 != "\n" }
    }

    /// Item 10: an id `X\e]0;TITLE\aY` was accepted and printed raw in
    /// `report --unit NOPE`'s list of ids: it set the pane title (and with
    /// OSC 52, the clipboard). It is an error now, and no message carries
    /// a control character, whatever the data or the arguments hold.
    @Test func noMessageCarriesAControlCharacter() throws {
        let dir = try data(withUnitRow: "X\u{1B}]0;TITLE\u{7}Y,Ban,,board\n")
        let report = try ConfigHarness.run(["report", "--unit", "NOPE", "--data", dir], environment: env)
        #expect(report.status == 2)
        #expect(report.stderr.contains("; the units are: "))
        #expect(Self.unsafe(report.stderr).isEmpty, "\(report.stderr.debugDescription)")
        let check = try ConfigHarness.run(["check", "--data", dir], environment: env)
        #expect(check.stdout.contains("contains a control character"))
        #expect(Self.unsafe(check.stdout + check.stderr).isEmpty)
        // An argument echoed back by the argument parser.
        let asOf = try ConfigHarness.run(["report", "--as-of", "\u{1B}]0;T\u{7}", "--data", dir], environment: env)
        #expect(asOf.status != 0)
        #expect(asOf.stderr.contains("␛]0;T␇"))
        #expect(Self.unsafe(asOf.stderr).isEmpty)
        let unit = try ConfigHarness.run(["report", "--unit", "A\u{9B}B", "--data", dir], environment: env)
        #expect(Self.unsafe(unit.stderr).isEmpty)
    }

    /// Item 12: `--data /etc/passwd` said "no such folder".
    @Test func aDataFolderThatIsAFileSaysSo() throws {
        try home.write("file.csv", "x\n")
        let r = try ConfigHarness.run(["check", "--data", home.path + "/file.csv"], environment: env)
        #expect(r.status == 2)
        #expect(r.stderr == "ezboard: \(home.path)/file.csv: cannot read the data folder: it is a file, not a folder\n")
    }

    /// Item 12: a home folder that cannot be looked into (here: not a
    /// folder at all; as root nothing else is unreadable) stopped every
    /// command, though there was no config file to read.
    @Test func aHomeThatCannotBeReadStopsNothing() throws {
        try home.write("notafolder", "x\n")
        var e = env
        e["HOME"] = home.path + "/notafolder"
        e["XDG_CONFIG_HOME"] = nil
        let r = try ConfigHarness.run(["check", "--data", ConfigCommandTests.data], environment: e)
        #expect(r.status == 0, "\(r)")
        #expect(r.stderr.contains("warning: cannot look for a config file here: Not a directory"))
        let loaded = ConfigFile.load(Environment(["HOME": home.path + "/notafolder"]))
        #expect(loaded.problems.errorCount == 0)
        #expect(loaded.config == Config())
    }

    @Test(.enabled(if: getuid() != 0, "root reads any folder")) func anUnreadableHomeStopsNothing() throws {
        try home.write("locked/x", "x\n")
        chmod(home.path + "/locked", 0)
        defer { chmod(home.path + "/locked", 0o755) }
        let loaded = ConfigFile.load(Environment(["HOME": home.path + "/locked"]))
        #expect(loaded.problems.errorCount == 0)
        #expect(loaded.problems.warningCount == 1)
    }
}
