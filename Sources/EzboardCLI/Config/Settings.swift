import BoardModel

/// Where a setting's value came from.
enum SettingSource: Equatable, Sendable, CustomStringConvertible {
    case flag(String)
    case environment(String)
    case configFile
    case builtIn

    var description: String {
        switch self {
        case .flag(let f): return f
        case .environment(let v): return v
        case .configFile: return "config file"
        case .builtIn: return "built-in default"
        }
    }
}

struct Resolved<Value: Equatable & Sendable>: Equatable, Sendable {
    var value: Value
    var source: SettingSource
}

/// Each setting from its sources, first found wins:
/// flag > environment > config file > built-in default.
enum Settings {
    /// `--data`, `EZBOARD_DATA`, `data`, the sample data shipped with ezboard.
    static func dataFolder(
        flag: String?, env: Environment = .process, config: Config = .active,
        sample: () -> String? = SampleData.location
    ) -> Resolved<String> {
        if let flag { return Resolved(value: flag, source: .flag("--data")) }
        if let v = env["EZBOARD_DATA"] { return Resolved(value: v, source: .environment("EZBOARD_DATA")) }
        if let v = config.data { return Resolved(value: v, source: .configFile) }
        return Resolved(value: sample() ?? "Data", source: .builtIn)
    }

    /// `--lang`, `EZBOARD_LANG` (when it is vi or en), `lang`, Vietnamese.
    static func lang(flag: Lang?, env: Environment = .process, config: Config = .active) -> Resolved<Lang> {
        if let flag { return Resolved(value: flag, source: .flag("--lang")) }
        if let v = env["EZBOARD_LANG"], let l = Lang(rawValue: v.lowercased()) {
            return Resolved(value: l, source: .environment("EZBOARD_LANG"))
        }
        if let l = config.lang { return Resolved(value: l, source: .configFile) }
        return Resolved(value: .vi, source: .builtIn)
    }

    /// `--no-color`, `NO_COLOR` (set and not empty), `[display] color`,
    /// colours. Nothing turns colour back on once a source turned it off:
    /// there is no `--color` flag.
    static func color(
        noColorFlag: Bool, env: Environment = .process,
        config: Config = .active
    ) -> Resolved<Config.Color> {
        if noColorFlag { return Resolved(value: .never, source: .flag("--no-color")) }
        if env["NO_COLOR"] != nil { return Resolved(value: .never, source: .environment("NO_COLOR")) }
        if let c = config.color { return Resolved(value: c, source: .configFile) }
        return Resolved(value: .auto, source: .builtIn)
    }

    /// `--ascii` / `--utf8`, `[display] ascii`, by the locale.
    static func ascii(asciiFlag: Bool, utf8Flag: Bool, config: Config = .active) -> Resolved<Config.Ascii> {
        if asciiFlag { return Resolved(value: .always, source: .flag("--ascii")) }
        if utf8Flag { return Resolved(value: .never, source: .flag("--utf8")) }
        if let a = config.ascii { return Resolved(value: a, source: .configFile) }
        return Resolved(value: .auto, source: .builtIn)
    }

    /// `[stale] monthly_days`, else 35.
    static func monthlyDays(config: Config = .active) -> Resolved<Double> {
        if let d = config.monthlyDays { return Resolved(value: d, source: .configFile) }
        return Resolved(value: StaleThresholds().monthlyDays, source: .builtIn)
    }

    /// `[stale] crossings_days`, else 1.
    static func crossingsDays(config: Config = .active) -> Resolved<Double> {
        if let d = config.crossingsDays { return Resolved(value: d, source: .configFile) }
        return Resolved(value: StaleThresholds().crossingsDays, source: .builtIn)
    }

    /// `--silent-days`, `[brief] silent_days`, 30.
    static func silentDays(flag: Int? = nil, config: Config = .active) -> Resolved<Int> {
        if let flag { return Resolved(value: flag, source: .flag("--silent-days")) }
        if let d = config.silentDays { return Resolved(value: d, source: .configFile) }
        return Resolved(value: Reporting.defaultSilentDays, source: .builtIn)
    }

    /// `--read-only`, `read_only` in the config file, else writing is on.
    static func readOnly(flag: Bool = false, config: Config = .active) -> Resolved<Bool> {
        if flag { return Resolved(value: true, source: .flag("--read-only")) }
        if let r = config.readOnly { return Resolved(value: r, source: .configFile) }
        return Resolved(value: false, source: .builtIn)
    }

    /// The stale thresholds the dashboard uses.
    static func staleThresholds(config: Config = .active) -> StaleThresholds {
        StaleThresholds(
            monthlyDays: monthlyDays(config: config).value, crossingsDays: crossingsDays(config: config).value)
    }

    /// Days as written in a config file: `35`, `1.5`.
    static func days(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }
}
