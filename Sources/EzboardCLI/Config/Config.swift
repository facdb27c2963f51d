import ArgumentParser
import BoardModel

#if canImport(Glibc)
    import Glibc
#endif

/// The settings a config file may hold (`$XDG_CONFIG_HOME/ezboard/config.toml`).
/// Every field is nil when the file does not set it; flags and the
/// environment come first (see `Settings`). The program only reads the
/// file: it never creates or rewrites it.
struct Config: Equatable, Sendable {
    enum Color: String, Equatable, Sendable, CaseIterable {
        /// Colours when the terminal has them.
        case auto
        /// Bold, underline and reverse only (like `--no-color`).
        case never
    }

    enum Ascii: String, Equatable, Sendable, CaseIterable {
        /// By the locale: ASCII when it is not UTF-8.
        case auto
        /// Always ASCII (like `--ascii`).
        case always
        /// Never: UTF-8 even when the locale does not say so (like `--utf8`).
        case never
    }

    /// The data folder, `~` expanded, relative paths taken from the
    /// config file's folder.
    var data: String?
    var lang: Lang?
    var color: Color?
    var ascii: Ascii?
    var monthlyDays: Double?
    var crossingsDays: Double?
    /// `[brief] silent_days`: whole days.
    var silentDays: Int?
    /// `read_only = true`: no progress report can be recorded (no form in
    /// the dashboard, `ezboard update` refused).
    var readOnly: Bool?

    init(
        data: String? = nil, lang: Lang? = nil, color: Color? = nil, ascii: Ascii? = nil,
        monthlyDays: Double? = nil, crossingsDays: Double? = nil, silentDays: Int? = nil, readOnly: Bool? = nil
    ) {
        self.data = data
        self.lang = lang
        self.color = color
        self.ascii = ascii
        self.monthlyDays = monthlyDays
        self.crossingsDays = crossingsDays
        self.silentDays = silentDays
        self.readOnly = readOnly
    }

    /// The config of this run, set once by `ConfigFile.activate()` before
    /// a command does its work; empty (built-in defaults) until then.
    nonisolated(unsafe) static var active = Config()
}

/// Reading and checking the config file.
enum ConfigFile {
    /// The sections and keys ezboard knows, for messages and `--default`.
    static let known: [String?: [String]] = [
        nil: ["data", "lang", "read_only"],
        "display": ["color", "ascii"],
        "stale": ["monthly_days", "crossings_days"],
        "brief": ["silent_days"],
    ]

    /// Where the config file is: `$XDG_CONFIG_HOME/ezboard/config.toml`
    /// (an absolute XDG_CONFIG_HOME only, as the XDG spec says), else
    /// `$HOME/.config/ezboard/config.toml`, else the account's home
    /// folder from the password database. Nil when there is no home.
    static func path(_ env: Environment = .process) -> String? {
        if let xdg = env["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return trimmingSlashes(xdg) + "/ezboard/config.toml"
        }
        guard let home = env.home else { return nil }
        return trimmingSlashes(home) + "/.config/ezboard/config.toml"
    }

    static func trimmingSlashes(_ s: String) -> String {
        var s = Substring(s)
        while s.count > 1, s.last == "/" { s.removeLast() }
        return s == "/" ? "" : String(s)
    }

    /// What reading the file gave: the settings and every problem, with
    /// `file` set to the file's path. A missing file is no problem.
    struct Loaded: Sendable {
        var path: String?
        var exists: Bool
        var config: Config
        var problems: [Problem]
    }

    /// A config file holds a dozen lines; past this it is not one.
    static let maxSize = 1 << 20

    static func load(_ env: Environment = .process) -> Loaded {
        guard let path = path(env) else {
            return Loaded(path: nil, exists: false, config: Config(), problems: [])
        }
        switch FileIO.read(path, limit: maxSize) {
        case .failure(.missing):
            return Loaded(path: path, exists: false, config: Config(), problems: [])
        case .failure(.unreadable(let reason)) where FileIO.fingerprint(path) == nil:
            // Not even there to be seen (HOME unreadable, or not a folder):
            // there is no config file this account can use. Say so, and go
            // on with the built-in settings rather than stop every command.
            return Loaded(
                path: path, exists: false, config: Config(),
                problems: [
                    .warning(
                        path, 1, 1, "cannot look for a config file here: \(reason); the built-in settings are used")
                ])
        case .failure(.unreadable(let reason)):
            return Loaded(
                path: path, exists: true, config: Config(),
                problems: [.error(path, 1, 1, "cannot read the config file: \(reason)")])
        case .failure(.changedWhileReading):
            // Only mapped reads say so; `read` copies.
            return Loaded(
                path: path, exists: true, config: Config(),
                problems: [.error(path, 1, 1, "cannot read the config file: it changed while it was read")])
        case .success(let bytes):
            let (config, problems) = parse(bytes, file: path, env: env)
            return Loaded(path: path, exists: true, config: config, problems: problems)
        }
    }

    /// Reads the file for a command: prints its problems on stderr, and
    /// for errors stops the command with exit status 2. Warnings (unknown
    /// keys) do not stop it.
    static func activate(_ env: Environment = .process) throws {
        let loaded = load(env)
        for p in loaded.problems { Output.error(SafeText.oneLine(p.description)) }
        if loaded.problems.errorCount > 0 {
            Output.error(
                "ezboard: the config file has \(plural(loaded.problems.errorCount, "error")); "
                    + "fix it or move it away (`ezboard config --check` lists the problems)")
            throw ExitCode(2)
        }
        Config.active = loaded.config
    }

    static func folder(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "." }
        return slash == file.startIndex ? "" : String(file[..<slash])
    }

    // MARK: The default file

    /// `ezboard config --default`: every setting, commented out, at its
    /// built-in default, with what it does.
    static let defaultText = """
        # ezboard's config file: $XDG_CONFIG_HOME/ezboard/config.toml
        # (or ~/.config/ezboard/config.toml). Every line here is commented out,
        # so this file changes nothing: remove the '#' before a setting to use it.
        # Command-line flags and the environment (EZBOARD_DATA, EZBOARD_LANG,
        # NO_COLOR) come before this file. ezboard only reads it.

        # The data folder when no --data is given and EZBOARD_DATA is not set.
        # '~' is your home folder; a relative path starts at this file's folder.
        # Built-in default: the sample data shipped with ezboard.
        # data = "~/ezboard-data"

        # Language of labels and numbers: "vi" (Tiếng Việt) or "en" (English).
        # lang = "vi"

        # true: this account only looks. The dashboard shows no key to record
        # a progress report and `ezboard update` refuses (as --read-only).
        # read_only = false

        [display]
        # "auto": colours when the terminal has them; "never": bold, underline
        # and reverse only (as --no-color or NO_COLOR).
        # color = "auto"

        # "auto": ASCII only when the locale is not UTF-8; "always": no line
        # drawing and no diacritics (as --ascii); "never": UTF-8 whatever the
        # locale says (as --utf8).
        # ascii = "auto"

        [stale]
        # A panel is marked stale when its files have not changed for this
        # many days (above 0, at most 36500): the monthly files (trade, output,
        # works, tasks) ...
        # monthly_days = 35
        # ... and the vehicle crossing log.
        # crossings_days = 1

        [brief]
        # An open assignment is "silent" when nothing has been reported on it
        # (or, with no report, since it was assigned) for more than this many
        # days: a whole number from 1 to 36500. Screens, reports and
        # `ezboard brief` mark it; --silent-days overrides this.
        # silent_days = 30

        """
}

/// The environment variables ezboard reads; a test can give its own.
struct Environment: Sendable {
    let lookup: @Sendable (String) -> String?
    /// True for the process's own environment: then a missing HOME is
    /// looked up in the password database.
    let isProcess: Bool

    init(_ values: [String: String]) {
        lookup = { values[$0] }
        isProcess = false
    }

    private init(process lookup: @escaping @Sendable (String) -> String?) {
        self.lookup = lookup
        isProcess = true
    }

    /// The process's own environment.
    static let process = Environment(process: { name in getenv(name).map { String(cString: $0) } })

    /// A variable's value; nil when unset or empty.
    subscript(_ name: String) -> String? {
        guard let v = lookup(name), !v.isEmpty else { return nil }
        return v
    }

    /// HOME, else (for the process environment only) the password
    /// database's home folder.
    var home: String? {
        if let h = self["HOME"] { return h }
        guard isProcess, let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir else { return nil }
        let s = String(cString: dir)
        return s.isEmpty ? nil : s
    }
}
