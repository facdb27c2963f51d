import ArgumentParser
import BoardModel

/// `ezboard check`: validate a data folder and list every problem.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the data folder: print every problem as FILE:LINE:COLUMN and a total.",
        discussion: "Exit status: 0 without errors (warnings allowed), 1 with errors, 2 when the folder cannot be read."
    )

    @OptionGroup var data: DataOptions

    func run() throws {
        try ConfigFile.activate()
        let folder = try data.load()
        // Freed by the process's exit, not row by row before it.
        KeepUntilExit.keep(folder)
        let path = folder.path
        let problems = folder.problems
        var out = ""
        for p in problems { out += SafeText.oneLine(p.description) + "\n" }
        let rows = folder.dataSet.rowCount
        let files = folder.files.values.filter { $0.fingerprint != nil }.count
        out +=
            "\(SafeText.oneLine(path)): \(files) files, \(rows) rows: "
            + "\(plural(problems.errorCount, "error")), \(plural(problems.warningCount, "warning"))\n"
        Output.write(out)
        if problems.errorCount > 0 { throw ExitCode(1) }
    }
}

func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
