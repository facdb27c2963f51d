import BoardModel

/// Checking the config file's values: each setting's type and range, each
/// problem at its FILE:LINE:COLUMN. A value out of range is an error, so a
/// command stops before a setting could make it trap or misbehave.
extension ConfigFile {
    /// The stale thresholds' range, in days. Above 0; at most 100 years,
    /// which is "never stale" in practice and keeps every time computed
    /// from it (seconds, nanoseconds since 1970) far inside 64 bits.
    static let staleDays: ClosedRange<Double> = Double.leastNonzeroMagnitude...36_500

    /// The longest path Linux opens (PATH_MAX, less its NUL).
    static let longestPath = 4095

    /// Parses config text. `file` names it in problems; `env` gives HOME
    /// for `~`. Relative `data` paths are taken from the file's folder.
    static func parse(_ bytes: [UInt8], file: String, env: Environment = .process) -> (Config, [Problem]) {
        let doc: TOMLReader.Document
        switch TOMLReader.read(bytes) {
        case .failure(let issue):
            return (Config(), [.error(file, issue.line, issue.column, issue.message)])
        case .success(let d):
            doc = d
        }
        var problems: [Problem] = []
        var config = Config()
        // Sections are the tables at the top; a table inside a known
        // section is a key ezboard does not know.
        var ignored = Set<String>()
        for t in doc.tables {
            if t.path.count == 1, known[t.path[0]] == nil {
                ignored.insert(t.path[0])
                let names = known.keys.compactMap { $0 }.sorted().map { "[\($0)]" }.joined(separator: ", ")
                problems.append(
                    .warning(
                        file, t.line, t.column,
                        "unknown section [\(shown(t.path[0]))] is ignored (ezboard knows \(names))"))
            } else if t.path.count == 2, known[t.path[0]] != nil {
                problems.append(unknownKey(t.path[1], in: t.path[0], file: file, line: t.line, column: t.column))
            }
        }
        for e in doc.entries where !ignored.contains(e.path[0]) && e.path.count <= 2 {
            let section = e.path.count == 2 ? e.path[0] : nil
            let key = e.path[e.path.count - 1]
            if section == nil, known[key] != nil, case .other(let kind, _) = e.value {
                // `[[display]]`, or `display = [...]`: valid TOML, not ezboard's.
                problems.append(
                    .warning(
                        file, e.line, e.column,
                        "[\(key)] must be a section of settings, not \(kind); it is ignored"))
            } else if let message = check(section: section, key: key, e.value, file: file, env: env, into: &config) {
                problems.append(.error(file, e.line, e.valueColumn, message))
            } else if !(known[section] ?? []).contains(key) {
                problems.append(unknownKey(key, in: section, file: file, line: e.line, column: e.column))
            }
        }
        return (config, problems.sorted(by: Problem.listingOrder))
    }

    /// Sets one known setting from its value, or says what is wrong with
    /// it. Nil, and nothing set, for a key ezboard does not know.
    private static func check(
        section: String?, key: String, _ value: TOMLReader.Value, file: String, env: Environment,
        into config: inout Config
    ) -> String? {
        switch (section, key) {
        case (nil, "data"):
            switch dataFolder(value, file: file, env: env) {
            case .success(let path): config.data = path
            case .failure(let message): return message.text
            }
        case (nil, "lang"):
            guard case .string(let s) = value, let l = Lang(rawValue: s.lowercased()) else {
                return "'lang' must be \"vi\" or \"en\", not \(value.written)"
            }
            config.lang = l
        case (nil, "read_only"):
            guard case .boolean(let b) = value else {
                return "'read_only' must be true or false, not \(value.written)"
            }
            config.readOnly = b
        case ("display", "color"):
            switch value {
            case .boolean(let b): config.color = b ? .auto : .never
            case .string(let s) where Config.Color(rawValue: s.lowercased()) != nil:
                config.color = Config.Color(rawValue: s.lowercased())
            default:
                return "'color' must be \"auto\" or \"never\" (or true / false), not \(value.written)"
            }
        case ("display", "ascii"):
            guard case .string(let s) = value, let a = Config.Ascii(rawValue: s.lowercased()) else {
                return "'ascii' must be \"auto\", \"always\" or \"never\", not \(value.written)"
            }
            config.ascii = a
        case ("stale", "monthly_days"), ("stale", "crossings_days"):
            let days: Double?
            switch value {
            case .integer(let i): days = Double(i)
            case .float(let d): days = d
            default: days = nil
            }
            guard let days, staleDays.contains(days) else {
                return "'\(key)' must be a number of days above 0 and at most \(Settings.days(staleDays.upperBound)) "
                    + "(100 years), e.g. \(key == "monthly_days" ? "35" : "1"); not \(value.written)"
            }
            if key == "monthly_days" { config.monthlyDays = days } else { config.crossingsDays = days }
        case ("brief", "silent_days"):
            let range = Reporting.silentDaysRange
            guard case .integer(let n) = value, n >= range.lowerBound, n <= range.upperBound else {
                return "'silent_days' must be a whole number of days from \(range.lowerBound) to "
                    + "\(range.upperBound) (100 years), e.g. 30; not \(value.written)"
            }
            config.silentDays = Int(n)
        default:
            return nil
        }
        return nil
    }

    private struct Message: Error { var text: String }

    /// `data`: a folder path, `~` expanded, a relative one taken from the
    /// config file's folder; no control characters, no longer than Linux
    /// opens.
    private static func dataFolder(_ value: TOMLReader.Value, file: String, env: Environment) -> Result<String, Message>
    {
        guard case .string(let s) = value, !s.isEmpty else {
            return .failure(
                Message(
                    text:
                        "'data' must be a folder in double quotes, e.g. data = \"~/ezboard-data\"; not \(value.written)"
                ))
        }
        if let c = s.unicodeScalars.first(where: {
            $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value)
        }) {
            return .failure(
                Message(text: "'data' cannot hold a control character (\(TOMLReader.hex(c.value))): \(value.written)"))
        }
        if s.hasPrefix("~") && !(s == "~" || s.hasPrefix("~/")) {
            return .failure(Message(text: "'data': only '~' and '~/…' are expanded, not '~user'"))
        }
        let path: String
        if s == "~" || s.hasPrefix("~/") {
            guard let home = env.home else {
                return .failure(Message(text: "'data' starts with '~' but HOME is not set"))
            }
            path = trimmingSlashes(home) + String(s.dropFirst())
        } else if s.hasPrefix("/") {
            path = s
        } else {
            path = folder(of: file) + "/" + s
        }
        if path.utf8.count > longestPath {
            return .failure(
                Message(
                    text:
                        "'data' is \(path.utf8.count) bytes long as a path; Linux opens paths of at most \(longestPath)"
                ))
        }
        return .success(path)
    }

    private static func unknownKey(_ key: String, in section: String?, file: String, line: Int, column: Int) -> Problem
    {
        let keys = (known[section] ?? []).map { "'\($0)'" }.joined(separator: ", ")
        let place = section.map { " in [\(shown($0))]" } ?? " before any [section]"
        var message = "unknown key '\(shown(key))'\(place) is ignored (keys there: \(keys))"
        if let home = known.first(where: { $0.value.contains(key) && $0.key != section }) {
            message += home.key.map { "; '\(key)' belongs in [\($0)]" } ?? "; '\(key)' belongs before any [section]"
        }
        return .warning(file, line, column, message)
    }

    private static func shown(_ name: String) -> String { TOMLReader.shown(name, escapingQuotes: false) }
}
