import Foundation
import TestSupport
import Testing

/// The config file's colour and stale thresholds reach the running
/// dashboard (in a tmux pane).
@Suite(
    .serialized,
    .enabled(if: TmuxSession.available, "tmux is not installed, so the dashboard cannot be run in a terminal"),
    .enabled(if: Binaries.ezboard != nil, "the ezboard binary is not built next to the tests (swift build first)"))
struct ConfigDashboardTests {
    static let data = Binaries.packageRoot() + "/Data"

    /// Runs the dashboard with this config file; returns the screen once
    /// the overview is drawn, and the pane with its colours.
    func dashboard(config: String, env: String = "") throws -> (screen: [String], styled: String) {
        let home = try ConfigTestFolder()
        try home.write("ezboard/config.toml", config)
        let bin = try #require(Binaries.ezboard)
        // `swift test` exports NO_COLOR=1 to the tests: only `env` may set it here.
        let command =
            "exec env -u NO_COLOR XDG_CONFIG_HOME='\(home.path)' \(env) '\(bin)' --data '\(Self.data)' --lang en"
        let tmux = try TmuxSession(cols: 100, rows: 30, command: command)
        let screen = try tmux.waitFor("the overview") { $0.contains { $0.contains("ezboard › Overview") } }
        let styled = try tmux.run(["capture-pane", "-e", "-p", "-t", tmux.target])
        try tmux.send("q")
        return (screen, styled)
    }

    /// SGR colour parameters (30–38, 40–48, 90–97, 100–107) in captured
    /// output; bold, underline, reverse and the default colours do not count.
    static func hasColour(_ text: String) -> Bool {
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { $0.isLetter }) else { break }
            if rest[end] == "m" {
                for p in rest[..<end].split(separator: ";") {
                    if let n = Int(p),
                        (30...38).contains(n) || (40...48).contains(n) || (90...97).contains(n)
                            || (100...107).contains(n)
                    {
                        return true
                    }
                }
            }
            rest = rest[end...]
        }
        return false
    }

    @Test func colourFromTheConfigFileAndNoColor() throws {
        let coloured = try dashboard(config: "")
        try #require(Self.hasColour(coloured.styled), "the dashboard shows no colour in tmux at all")
        #expect(!Self.hasColour(try dashboard(config: "[display]\ncolor = \"never\"\n").styled))
        #expect(!Self.hasColour(try dashboard(config: "[display]\ncolor = false\n").styled))
        // NO_COLOR comes before the file (there is no way to force colour on).
        #expect(!Self.hasColour(try dashboard(config: "[display]\ncolor = \"auto\"\n", env: "NO_COLOR=1").styled))
    }

    @Test func staleThresholdsFromTheConfigFile() throws {
        // The largest thresholds allowed: nothing is stale, nothing traps.
        let fresh = try dashboard(config: "[stale]\nmonthly_days = 36500\ncrossings_days = 36500\n").screen
        #expect(!fresh.joined().contains("stale"), "\(fresh.joined(separator: "\n"))")
        // The sample files changed more than a tenth of a second ago.
        let stale = try dashboard(config: "[stale]\nmonthly_days = 0.000001\ncrossings_days = 0.000001\n").screen
        #expect(stale[0].contains("stale"), "\(stale.joined(separator: "\n"))")
        #expect(stale.contains { $0.contains("1 Border gates") && $0.contains("stale") })
    }

    /// A threshold too large for the clock stops the dashboard with the
    /// config file's message before the terminal is touched (it trapped
    /// at start, exit 132, with the screen half set up).
    @Test func anOutOfRangeThresholdStopsTheDashboardCleanly() throws {
        let home = try ConfigTestFolder()
        try home.write("ezboard/config.toml", "[stale]\nmonthly_days = 1e15\n")
        let bin = try #require(Binaries.ezboard)
        let command =
            "env XDG_CONFIG_HOME='\(home.path)' '\(bin)' --data '\(Self.data)' --lang en; echo \"exit status $?\"; sleep 30"
        let tmux = try TmuxSession(cols: 200, rows: 30, command: command)
        let screen = try tmux.waitFor("the exit status") { $0.contains { $0.hasPrefix("exit status") } }
        #expect(screen.contains("exit status 2"), "\(screen.joined(separator: "\n"))")
        #expect(screen.joined().contains("config.toml:2:16: error: 'monthly_days' must be a number of days above 0"))
    }

    /// Data that turns stale while the dashboard runs shows it without any
    /// key or file change: the loop wakes once, when the threshold passes.
    @Test func aPanelTurnsStaleWhileNothingHappens() throws {
        let data = try DataCopy()  // files written just now: fresh
        let home = try ConfigTestFolder()
        // Four seconds, in days.
        try home.write("ezboard/config.toml", "[stale]\nmonthly_days = 36500\ncrossings_days = \(4.0 / 86400)\n")
        let bin = try #require(Binaries.ezboard)
        let command = "exec env -u NO_COLOR XDG_CONFIG_HOME='\(home.path)' '\(bin)' --data '\(data.path)' --lang en"
        let tmux = try TmuxSession(cols: 100, rows: 30, command: command)
        let fresh = try tmux.waitFor("the overview") { $0.contains { $0.contains("ezboard › Overview") } }
        #expect(!fresh.joined().contains("stale"), "\(fresh.joined(separator: "\n"))")
        let later = try tmux.waitFor("the gates panel marked stale, with no key pressed", timeout: 20) {
            $0.contains { $0.contains("1 Border gates") && $0.contains("stale") }
        }
        #expect(later[0].contains("stale"))
        try tmux.send("q")
    }
}
