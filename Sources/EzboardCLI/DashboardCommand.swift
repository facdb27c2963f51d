import ArgumentParser
import BoardModel
import BoardTerminal
import BoardView

#if canImport(Glibc)
    import Glibc
#endif

/// `ezboard [--data DIR]`: the interactive dashboard (the default command).
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the interactive dashboard (the default when no command is given).")

    @OptionGroup var data: DataOptions
    @OptionGroup var display: DisplayOptions
    @Flag(
        name: .customLong("no-color"),
        help: "No colours: bold, underline and reverse only (also NO_COLOR, or color = \"never\" in the config file).")
    var noColor = false
    @Flag(
        name: .customLong("read-only"),
        help: "Only look: no key to record a progress report (also read_only = true in the config file).")
    var readOnly = false

    var request: DashboardRequest {
        DashboardRequest(data: data.data, display: display.values, noColor: noColor, readOnly: readOnly)
    }

    func run() throws { try request.run() }
}

/// What the dashboard was asked, however it was parsed (ArgumentParser, or
/// `QuickStart` for the common forms).
struct DashboardRequest: Equatable {
    var data: String?
    var display = Display()
    var noColor = false
    var readOnly = false

    func run() throws {
        Startup.mark("parsed")
        try ConfigFile.activate()
        // Read the data before taking the terminal: a folder that cannot be
        // read at all is reported on a normal screen.
        let folder = try DataOptions.load(flag: data)
        Startup.mark("loaded")
        // A screen of nothing is said on a normal screen too.
        var display = display
        display.screen = try display.resolvedScreen(in: folder.dataSet)
        let monochrome = Settings.color(noColorFlag: noColor).value == .never
        let status = DashboardLoop.run(
            folder: consume folder, display: display, monochrome: monochrome,
            staleThresholds: Settings.staleThresholds(), readOnly: Settings.readOnly(flag: readOnly).value)
        if status != 0 { throw ExitCode(status) }
    }
}
