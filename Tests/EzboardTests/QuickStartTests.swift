import ArgumentParser
import BoardModel
import Testing

@testable import EzboardCLI

/// The hot commands' common forms skip ArgumentParser (`QuickStart`): for
/// every form it takes, it must read what ArgumentParser reads, and every
/// other form (help, errors, what it does not know) must be left to
/// ArgumentParser.
@Suite("quick start")
struct QuickStartTests {
    /// What ArgumentParser makes of `args`, as a request; nil when it
    /// refuses them or they name another command.
    static func parsed(_ args: [String]) -> QuickStart.Request? {
        guard let command = try? Ezboard.parseAsRoot(args) else { return nil }
        switch command {
        case let c as DashboardCommand: return .dashboard(c.request)
        case let c as BriefCommand: return .brief(c.request)
        case let c as UpdateCommand: return .update(c.request)
        default: return nil
        }
    }

    static let taken: [[String]] = [
        [],
        ["--data", "Data"],
        ["dashboard"],
        ["dashboard", "--data", "/tmp/x", "--lang", "en", "--no-color"],
        [
            "--data", "d", "--as-of", "2024-03-31", "--silent-days", "45", "--lang", "vi", "--screen", "tasks/SXD/QH02",
            "--ascii", "--read-only",
        ],
        ["--utf8", "--screen", "assignments"],
        ["--data", "update"],
        ["brief"],
        ["brief", "--data", "Data", "--format", "json"],
        ["brief", "--format", "markdown", "--lang", "en", "--since", "2024-01-26", "--as-of", "2024-03-31"],
        ["brief", "--silent-days", "1", "--data", "brief"],
        ["update", "QH02", "--progress", "40"],
        ["update", "--progress", "12.5", "QH02", "--data", "Data"],
        [
            "update", "QH02", "--progress", "5", "--note", "bench 1, \"quoted\"", "--on", "2024-04-02", "--status",
            "Blocked", "--data", "x",
        ],
        ["update", "QH02", "--progress", "x"],
    ]

    static let leftToArgumentParser: [[String]] = [
        ["--help"], ["-h"], ["--version"], ["help"], ["brief", "--help"], ["update", "--help"],
        ["--data=Data"], ["--data"], ["--data", ""], ["--data", "-x"], ["--data", "a", "--data", "b"],
        ["--ascii", "--utf8"], ["--ascii", "--ascii"], ["--as-of", "2024-02-30"], ["--silent-days", "0"],
        ["--silent-days", "x"], ["--lang", "fr"], ["--screen", "nowhere"], ["--colour"], ["Data"],
        ["dashboard", "extra"], ["brief", "--format", "csv"], ["brief", "--since", "yesterday"], ["brief", "x"],
        ["brief", "--no-color"], ["update"], ["update", "QH02"], ["update", "--progress", "5"],
        ["update", "QH02", "QH03", "--progress", "5"], ["update", "QH02", "--progress", "5", "--status", "stuck"],
        ["update", "QH02", "--progress", "5", "--note", "-"], ["update", "QH02", "--progress", "-5"],
        ["update", "QH02", "--progress", "5", "--on", "31/03/2024"], ["update", "QH02", "--progress", "5", "--"],
        ["update", "-", "--progress", "5"], ["check", "--data", "Data"], ["report"], ["snapshot"],
        ["--generate-completion-script", "bash"],
    ]

    @Test("every form it takes reads as ArgumentParser reads it", arguments: taken)
    func same(_ args: [String]) throws {
        let quick = try #require(QuickStart.parse(args))
        #expect(quick == Self.parsed(args))
    }

    @Test("help, errors and other commands are ArgumentParser's", arguments: leftToArgumentParser)
    func left(_ args: [String]) {
        #expect(QuickStart.parse(args) == nil)
    }
}
