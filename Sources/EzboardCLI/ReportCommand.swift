import ArgumentParser
import BoardModel

/// `ezboard report`: the headline figures for documents and scripts; with
/// `--unit ID` one unit's assignments for the meeting minutes; with
/// `--assignments` (or `--overdue` alone) every unit's assignments.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the headline figures, one unit's assignments, or every assignment, as Markdown, CSV or JSON.",
        discussion: """
            CSV output starts with a UTF-8 byte-order mark so that spreadsheets show Vietnamese correctly \
            (--no-bom leaves it out), is one table with a header row, and puts an apostrophe before a text \
            cell that a spreadsheet would run as a formula (one starting with =, +, - or @). See report-csv.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, csv, json }

    @OptionGroup var data: DataOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var silent: SilentDaysOption
    @Option(help: "markdown, csv or json.") var format: Format = .markdown
    @Option(
        help: ArgumentHelp(
            "Display language of labels and numbers (default: $EZBOARD_LANG, else vi).", valueName: "vi|en"))
    var lang: LangOption?
    @Option(
        help: ArgumentHelp(
            "One unit's assignments (those it leads, then those it supports) instead of the headline figures; "
                + "with --assignments, the list of every assignment narrowed to that unit's.",
            valueName: "id"))
    var unit: String?
    @Flag(help: "Every assignment of every unit, grouped by lead unit, with lead and supporting units by name.")
    var assignments = false
    @Flag(help: "Only the overdue assignments (alone: every unit's overdue assignments).")
    var overdue = false
    @Flag(name: .customLong("no-bom"), help: "CSV without the UTF-8 byte-order mark.")
    var noBOM = false

    func validate() throws {
        if let unit, unit.isEmpty { throw ValidationError("--unit needs a unit id, e.g. --unit BQLKKT") }
        if noBOM && format != .csv { throw ValidationError("--no-bom goes with --format csv") }
    }

    /// What the command lists.
    enum Kind { case headline, unit, assignments }
    var kind: Kind {
        if assignments || (overdue && unit == nil) { return .assignments }
        return unit == nil ? .headline : .unit
    }

    func run() throws {
        try ConfigFile.activate()
        let folder = try data.load()
        let problems = folder.problems
        let summary = try asOf.summary(of: folder, silentDays: silent.value)
        let language = LangOption.resolve(lang)
        let names = AssignmentItems.Names(folder.dataSet)
        defer {
            KeepUntilExit.keep(folder)
            KeepUntilExit.keep(summary)
        }
        var chosenUnit: Unit?
        if let unitID = unit {
            guard let u = folder.dataSet.unit(unitID) else {
                let known = folder.dataSet.units.map(\.id)
                Output.error(
                    "ezboard: no unit '\(SafeText.oneLine(unitID))' in units.csv"
                        + (known.isEmpty ? "" : "; the units are: " + known.joined(separator: ", ")))
                throw ExitCode(2)
            }
            chosenUnit = u
        }
        let bom = !noBOM
        switch (kind, chosenUnit) {
        case (.unit, let u?):
            switch format {
            case .json: Output.write(UnitReport.json(summary.tasks, unit: u, overdueOnly: overdue, names: names))
            case .markdown:
                Output.write(UnitReport.markdown(summary.tasks, unit: u, overdueOnly: overdue, lang: language))
            case .csv:
                Output.write(UnitReport.csv(summary.tasks, unit: u, overdueOnly: overdue, names: names, bom: bom))
            }
        case (.assignments, _), (.unit, nil):
            let scope = AssignmentsReport.Scope(unit: chosenUnit, overdueOnly: overdue)
            switch format {
            case .json: Output.write(AssignmentsReport.json(summary, scope, names: names))
            case .markdown: Output.write(AssignmentsReport.markdown(summary, scope, names: names, lang: language))
            case .csv: Output.write(AssignmentsReport.csv(summary, scope, names: names, bom: bom))
            }
        case (.headline, _):
            switch format {
            case .json: Output.write(JSONReport.render(summary))
            case .markdown: Output.write(MarkdownReport.render(summary, lang: language))
            case .csv: Output.write(CSVReport.render(summary, lang: language, bom: bom))
            }
        }
        if problems.errorCount > 0 {
            Output.error(
                "ezboard: the data has \(plural(problems.errorCount, "error")); run `ezboard check` to see them")
        }
    }
}
