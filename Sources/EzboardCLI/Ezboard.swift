import ArgumentParser
import BoardModel

/// The `ezboard` command: the dashboard by default, and its subcommands.
public struct Ezboard: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "ezboard",
        abstract: "A terminal dashboard for the border-gate economic zones and industrial zones of Lào Cai.",
        discussion: """
            Reads a folder of CSV files (see docs/data-format.md) and shows trade through the border gates, \
            industrial production, infrastructure works and the steering committee's assignments against \
            the year's targets.
            """,
        version: version,
        subcommands: [DashboardCommand.self, CheckCommand.self, ReportCommand.self, SnapshotCommand.self],
        defaultSubcommand: DashboardCommand.self)

    public init() {}
}
