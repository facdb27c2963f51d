import ArgumentParser
import BoardView

/// `ezboard docs keys` (hidden): the README's key tables, written from the
/// binding tables. `make docs` puts them in README.md; `make lint` fails
/// when README.md differs.
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "Print generated parts of the documentation.",
        shouldDisplay: false,
        subcommands: [Keys.self])

    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "keys", abstract: "The key tables of README.md, in Markdown, from the binding tables.")

        func run() throws { Output.write(KeyTables.markdown()) }
    }
}
