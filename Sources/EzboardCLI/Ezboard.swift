import ArgumentParser
import BoardModel

#if canImport(Glibc)
    import Glibc
#endif

/// The `ezboard` command: the dashboard by default, and its subcommands.
public struct Ezboard: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "ezboard",
        abstract: "A terminal dashboard for the border-gate economic zones and industrial zones of Lào Cai.",
        discussion: """
            Reads a folder of CSV files (the format: data-format.md, installed in share/doc/ezboard) and shows \
            trade through the border gates, industrial production, infrastructure works and the steering \
            committee's assignments against the year's targets. Press ? in the dashboard for every key.

            Settings come from the flags, then the environment (EZBOARD_DATA, EZBOARD_LANG, NO_COLOR), then \
            the config file $XDG_CONFIG_HOME/ezboard/config.toml (default ~/.config/ezboard/config.toml; \
            `ezboard config --default` prints one), then the built-in defaults. A config file with errors stops \
            every command except `config` with exit status 2.
            """,
        version: version,
        subcommands: [
            DashboardCommand.self, CheckCommand.self, ReportCommand.self, BriefCommand.self, SnapshotCommand.self,
            UpdateCommand.self, ConfigCommand.self, DocsCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self)

    public init() {}

    /// ArgumentParser's `main`, with its messages printed through
    /// `Output`, so that an argument echoed back in an error (`--as-of
    /// $'\e]0;x\a'`) reaches the terminal as visible stand-ins too. The
    /// hot commands' common forms skip the parser (`QuickStart`).
    public static func main() {
        do {
            if let quick = QuickStart.parse(Array(CommandLine.arguments.dropFirst())) {
                if quick.readsFolderOnce { OneShotHeap.prepare() }
                try quick.run()
                return
            }
            var command = try parseAsRoot()
            if command is any ReadsFolderOnce { OneShotHeap.prepare() }
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { Output.write(message + "\n") } else { Output.error(message) }
            }
            Glibc.exit(code.rawValue)
        }
    }
}
