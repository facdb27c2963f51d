import ArgumentParser
import BoardModel

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
            ConfigCommand.self, DocsCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self)

    public init() {}
}
