import ArgumentParser
import BoardModel
import BoardView

/// `ezboard snapshot`: the dashboard's screen as plain text, at any size.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print what the dashboard would draw, as plain text (no escape codes).")

    @OptionGroup var data: DataOptions
    @OptionGroup var display: DisplayOptions
    @Option(help: "Width in columns.") var width = 120
    @Option(help: "Height in rows.") var height = 40
    /// For documentation that must not change with the checkout: the time
    /// the header gives as the data's last change (a clone's files all
    /// carry the time of the clone).
    @Option(name: .customLong("changed-at"), help: .hidden) var changedAt: Int64?

    func validate() throws {
        if width < 1 || height < 1 { throw ValidationError("--width and --height must be at least 1") }
        if width > 1000 || height > 1000 { throw ValidationError("--width and --height must be at most 1000") }
    }

    func run() throws {
        try ConfigFile.activate()
        let folder = try data.load()
        let display = display.values
        var board = BoardData(folder: folder, asOf: display.asOf, silentDays: display.silentDaysValue)
        if let changedAt { board.lastChange = changedAt }
        let charset = display.charset(localeIsUTF8: nil).0
        let state = AppState(
            data: board, lang: display.language, charset: charset, path: try display.resolvedScreen(in: folder.dataSet),
            width: width, height: height)
        let frame = Renderer.render(state)
        // Freed by the process's exit, not row by row before it.
        KeepUntilExit.keep(folder)
        KeepUntilExit.keep(state)
        Output.write(frame.canvas.lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

extension BoardData {
    /// The board as the dashboard shows a loaded folder.
    init(folder: DataFolder, asOf: Day?, silentDays: Int) {
        let problems = folder.problems
        self.init(
            dataSet: folder.dataSet, problems: problems, asOf: asOf, fallback: Clock.today(), folder: folder.path,
            today: folder.today, silentDays: silentDays, observationCounts: folder.currentObservationCounts)
        lastChange = folder.files.values.compactMap(\.shownModifiedNanos).max().map { $0 / 1_000_000_000 }
        keptLastGood = folder.files.filter { $0.value.keptLastGood }.map(\.key).sorted()
    }
}
