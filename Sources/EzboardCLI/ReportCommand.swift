import ArgumentParser
import BoardModel

/// `ezboard report`: the headline figures for documents and scripts, or
/// with `--unit ID` one unit's assignments for the meeting minutes.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the headline figures, or one unit's assignments, as Markdown, CSV or JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, csv, json }

    @OptionGroup var data: DataOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: "markdown, csv or json.") var format: Format = .markdown
    @Option(
        help: ArgumentHelp(
            "Display language of labels and numbers (default: $EZBOARD_LANG, else vi).", valueName: "vi|en"))
    var lang: LangOption?
    @Option(
        help: ArgumentHelp(
            "One unit's assignments (those it leads, then those it supports) instead of the headline figures.",
            valueName: "id"))
    var unit: String?
    @Flag(help: "With --unit: only the overdue assignments.")
    var overdue = false

    func validate() throws {
        if overdue && unit == nil {
            throw ValidationError("--overdue needs --unit ID: it filters one unit's assignments")
        }
        if let unit, unit.isEmpty { throw ValidationError("--unit needs a unit id, e.g. --unit BQLKKT") }
    }

    func run() throws {
        try ConfigFile.activate()
        let folder = try data.load()
        let problems = folder.problems
        // A date is always given (today at the latest), so there is always
        // a summary; should that ever change, say so rather than trap.
        guard
            let summary = BoardSummary.compute(
                folder.dataSet,
                asOf: asOf.asOf ?? AsOf.latestObservation(in: folder.dataSet, today: folder.today) ?? Clock.today(),
                problems: problems)
        else {
            Output.error("ezboard: no date to compute the figures for; give one with --as-of YYYY-MM-DD")
            throw ExitCode(2)
        }
        let language = LangOption.resolve(lang)
        if let unitID = unit {
            guard let u = folder.dataSet.unit(unitID) else {
                let known = folder.dataSet.units.map(\.id)
                Output.error(
                    "ezboard: no unit '\(SafeText.oneLine(unitID))' in units.csv"
                        + (known.isEmpty ? "" : "; the units are: " + known.joined(separator: ", ")))
                throw ExitCode(2)
            }
            switch format {
            case .json: Output.write(UnitReport.json(summary.tasks, unit: u, overdueOnly: overdue))
            case .markdown:
                Output.write(UnitReport.markdown(summary.tasks, unit: u, overdueOnly: overdue, lang: language))
            case .csv: Output.write(UnitReport.csv(summary.tasks, unit: u, overdueOnly: overdue))
            }
        } else {
            switch format {
            case .json: Output.write(JSONReport.render(summary))
            case .markdown: Output.write(MarkdownReport.render(summary, lang: language))
            case .csv: Output.write(CSVReport.render(summary, lang: language))
            }
        }
        if problems.errorCount > 0 {
            Output.error(
                "ezboard: the data has \(plural(problems.errorCount, "error")); run `ezboard check` to see them")
        }
    }
}
