import ArgumentParser
import BoardModel

/// `ezboard report`: the headline figures for documents and scripts.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the headline figures as Markdown, CSV or JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, csv, json }

    @OptionGroup var data: DataOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: "markdown, csv or json.") var format: Format = .markdown
    @Option(help: ArgumentHelp("Display language of labels and numbers (default: $EZBOARD_LANG, else vi).", valueName: "vi|en"))
    var lang: LangOption?

    func run() throws {
        try ConfigFile.activate()
        let path = data.folder()
        let folder: DataFolder
        do {
            folder = try DataFolder.load(path)
        } catch {
            Output.error("ezboard: \(SafeText.oneLine(error.description))")
            throw ExitCode(2)
        }
        let problems = folder.problems
        let summary = BoardSummary.compute(folder.dataSet, asOf: asOf.asOf ?? AsOf.latestObservation(in: folder.dataSet) ?? Clock.today(),
                                           problems: problems)!
        let language = LangOption.resolve(lang)
        switch format {
        case .json: Output.write(JSONReport.render(summary))
        case .markdown: Output.write(MarkdownReport.render(summary, lang: language))
        case .csv: Output.write(CSVReport.render(summary, lang: language))
        }
        if problems.errorCount > 0 {
            Output.error("ezboard: the data has \(plural(problems.errorCount, "error")); run `ezboard check` to see them")
        }
    }
}
