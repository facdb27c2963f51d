import ArgumentParser
import BoardModel

/// `ezboard brief`: what the committee's next meeting reviews, in one
/// document (docs/brief.md).
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Print the brief for the committee's next meeting, as Markdown or JSON.",
        discussion: """
            Where trade and output stand against the year's targets; overdue assignments by lead unit, with \
            their supporting units; blocked assignments and those whose latest report asks the committee for \
            its direction; silent assignments; what happened since DATE (assignments done, new assignments, \
            progress reports, works turned late, data problems); late works. DATE defaults to the day of the \
            latest meeting in meetings.csv held on or before the as-of date, else 90 days before it. In \
            Vietnamese unless --lang en. The JSON keys are documented in brief.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

    @OptionGroup var data: DataOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var silent: SilentDaysOption
    @Option(
        help: ArgumentHelp(
            "The period's first day (default: the latest meeting held by the as-of date, else 90 days before it).",
            valueName: "YYYY-MM-DD"),
        transform: { text in
            guard let d = Day(text) else {
                throw ValidationError("'\(text)' is not a date: write YYYY-MM-DD, e.g. 2024-01-26")
            }
            return d
        })
    var since: Day?
    @Option(help: "markdown or json.") var format: Format = .markdown
    @Option(
        help: ArgumentHelp(
            "Language of the Markdown brief (default: $EZBOARD_LANG, else the config file, else vi).",
            valueName: "vi|en"))
    var lang: LangOption?

    var request: BriefRequest {
        BriefRequest(
            data: data.data, asOf: asOf.asOf, silentDays: silent.silentDays, since: since, format: format, lang: lang)
    }

    func run() throws { try request.run() }
}

/// What `ezboard brief` was asked, however it was parsed (ArgumentParser,
/// or `QuickStart` for the common forms).
struct BriefRequest: Equatable {
    var data: String?
    var asOf: Day?
    var silentDays: Int?
    var since: Day?
    var format: BriefCommand.Format = .markdown
    var lang: LangOption?

    func run() throws {
        try ConfigFile.activate()
        let folder = try DataOptions.load(flag: data)
        let problems = folder.problems
        let day = AsOfOption.day(asOf, of: folder)
        if let since, day < since {
            Output.error("ezboard: --since \(since) is after the as-of date \(day): the period would be empty")
            throw ExitCode.validationFailure
        }
        // Only the figures a brief shows, not a whole `BoardSummary`.
        let brief = Brief.compute(
            folder.dataSet, asOf: day, problems: problems, silentDays: SilentDaysOption.value(flag: silentDays),
            since: since)
        defer {
            KeepUntilExit.keep(folder)
            KeepUntilExit.keep(brief)
        }
        switch format {
        case .json: Output.write(utf8: brief.jsonUTF8()[...])
        case .markdown:
            Output.write(
                utf8: brief.markdownUTF8(names: AssignmentItems.Names(folder.dataSet), lang: LangOption.resolve(lang)))
        }
        if problems.errorCount > 0 {
            Output.error(
                "ezboard: the data has \(plural(problems.errorCount, "error")); run `ezboard check` to see them")
        }
    }
}
