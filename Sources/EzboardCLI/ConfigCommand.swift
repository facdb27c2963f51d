import ArgumentParser
import BoardModel

/// `ezboard config`: where the config file is, what it sets, whether it
/// is right. Never writes the file.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the config file's path and the settings in effect; check it; print a default one.",
        discussion: """
            The config file is $XDG_CONFIG_HOME/ezboard/config.toml, or ~/.config/ezboard/config.toml. \
            ezboard only reads it; to start one, create its folder, then: \
            ezboard config --default > "$(ezboard config --path)". \
            Flags come first, then the environment (EZBOARD_DATA, EZBOARD_LANG, NO_COLOR), then the file, \
            then the built-in defaults. Without an option, prints the settings in effect and where each comes from. \
            Exit status: 0, or 1 when the file has errors (other commands stop with status 2 then).
            """)

    @Flag(help: "Print the config file's path (whether or not the file exists).")
    var path = false

    @Flag(name: .customLong("default"), help: "Print a default config file, every setting commented out.")
    var printDefault = false

    @Flag(help: "Check the config file: print each problem as FILE:LINE:COLUMN and a total.")
    var check = false

    func validate() throws {
        if [path, printDefault, check].filter({ $0 }).count > 1 {
            throw ValidationError("use one of --path, --default and --check")
        }
    }

    func run() throws {
        if printDefault {
            Output.write(ConfigFile.defaultText)
            return
        }
        guard let file = ConfigFile.path() else {
            Output.error("ezboard: no config file: neither XDG_CONFIG_HOME nor HOME says where it would be")
            throw ExitCode(path ? 2 : 0)
        }
        if path {
            Output.write(SafeText.oneLine(file) + "\n")
            return
        }
        let loaded = ConfigFile.load()
        var out = ""
        for p in loaded.problems { out += SafeText.oneLine(p.description) + "\n" }
        let errors = loaded.problems.errorCount
        if check {
            if loaded.exists {
                out +=
                    "\(SafeText.oneLine(file)): \(plural(errors, "error")), "
                    + "\(plural(loaded.problems.warningCount, "warning"))\n"
            } else {
                out += "\(SafeText.oneLine(file)): no config file; the built-in defaults apply\n"
            }
        } else {
            out += Self.effective(file: file, loaded: loaded)
        }
        Output.write(out)
        if errors > 0 { throw ExitCode(1) }
    }

    /// The settings in effect, written as a config file with where each
    /// value comes from.
    static func effective(file: String, loaded: ConfigFile.Loaded, env: Environment = .process) -> String {
        let config = loaded.problems.errorCount > 0 ? Config() : loaded.config
        var status = loaded.exists ? "" : " (not found)"
        if loaded.problems.errorCount > 0 { status = " (has errors: ignored here; other commands stop)" }
        func quoted(_ s: String) -> String { TOMLReader.Value.string(s).written }
        let data = Settings.dataFolder(flag: nil, env: env, config: config)
        let lang = Settings.lang(flag: nil, env: env, config: config)
        let color = Settings.color(noColorFlag: false, env: env, config: config)
        let ascii = Settings.ascii(asciiFlag: false, utf8Flag: false, config: config)
        let monthly = Settings.monthlyDays(config: config)
        let crossings = Settings.crossingsDays(config: config)
        let silent = Settings.silentDays(config: config)
        let readOnly = Settings.readOnly(config: config)
        let rows: [(String, String)] = [
            ("# config file: \(file)\(status)", ""),
            (
                "data = \(quoted(data.value))",
                data.source == .builtIn ? "built-in default: the sample data" : "\(data.source)"
            ),
            ("lang = \(quoted(lang.value.rawValue))", "\(lang.source)"),
            ("read_only = \(readOnly.value)", "\(readOnly.source)"),
            ("", ""),
            ("[display]", ""),
            ("color = \(quoted(color.value.rawValue))", "\(color.source)"),
            (
                "ascii = \(quoted(ascii.value.rawValue))",
                "\(ascii.source)" + (ascii.value == .auto ? " (ASCII when the locale is not UTF-8)" : "")
            ),
            ("", ""),
            ("[stale]", ""),
            ("monthly_days = \(Settings.days(monthly.value))", "\(monthly.source)"),
            ("crossings_days = \(Settings.days(crossings.value))", "\(crossings.source)"),
            ("", ""),
            ("[brief]", ""),
            ("silent_days = \(silent.value)", "\(silent.source)"),
        ]
        let width = rows.filter { !$0.1.isEmpty }.map { $0.0.count }.max() ?? 0
        return rows.map { setting, source in
            source.isEmpty ? setting : setting + String(repeating: " ", count: width - setting.count) + "  # " + source
        }.map(SafeText.oneLine).joined(separator: "\n") + "\n"
    }
}
