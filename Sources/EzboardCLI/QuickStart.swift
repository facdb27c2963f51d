import BoardModel
import BoardView

/// The hot commands read without ArgumentParser: the dashboard, `brief`
/// and `update` in their common forms (`--name value` options and flags
/// each given once, and `update`'s task).
///
/// ArgumentParser builds its picture of a command at run time, by
/// reflection and protocol-conformance look-ups over the whole static
/// binary: about half of what a short `ezboard update` costs (make bench,
/// `update`), and a tenth of the dashboard's first frame. Anything these
/// forms do not cover — help, `--version`, `--name=value`, a value that
/// starts with `-`, an option given twice, an unknown or missing option, a
/// value its option refuses — goes to ArgumentParser as before, so its
/// usage, help and error messages are the only ones there are. A test
/// (`QuickStartTests`) checks that both read every accepted form alike.
enum QuickStart {
    enum Request: Equatable {
        case dashboard(DashboardRequest)
        case brief(BriefRequest)
        case update(UpdateRequest)

        /// A command that reads the folder once and exits (`OneShotHeap`).
        var readsFolderOnce: Bool {
            if case .brief = self { return true } else { return false }
        }

        func run() throws {
            switch self {
            case .dashboard(let r): try r.run()
            case .brief(let r): try r.run()
            case .update(let r): try r.run()
            }
        }
    }

    /// The request `args` (without the program's name) make, or nil to
    /// leave them to ArgumentParser.
    static func parse(_ args: [String]) -> Request? {
        guard let first = args.first else { return .dashboard(DashboardRequest()) }
        switch first {
        case "update": return update(args.dropFirst())
        case "brief": return brief(args.dropFirst())
        case "dashboard": return dashboard(args.dropFirst())
        default: return first.hasPrefix("-") ? dashboard(args[...]) : nil
        }
    }

    static func dashboard(_ args: ArraySlice<String>) -> Request? {
        guard
            let a = Scan(
                args, options: ["data", "as-of", "silent-days", "lang", "screen"],
                flags: ["ascii", "utf8", "no-color", "read-only"], positionals: 0)
        else { return nil }
        var r = DashboardRequest(data: a["data"])
        guard let display = display(a) else { return nil }
        r.display = display
        r.noColor = a.flag("no-color")
        r.readOnly = a.flag("read-only")
        return .dashboard(r)
    }

    static func display(_ a: Scan) -> Display? {
        var d = Display()
        guard a.read("as-of", { Day($0) }, into: &d.asOf),
            a.read("silent-days", SilentDaysOption.parse, into: &d.silentDays),
            a.read("lang", LangOption.init(rawValue:), into: &d.lang),
            a.read("screen", { ScreenPath($0) }, into: &d.screen)
        else { return nil }
        d.ascii = a.flag("ascii")
        d.utf8 = a.flag("utf8")
        // DisplayOptions.validate's refusal is ArgumentParser's to print.
        if d.ascii && d.utf8 { return nil }
        return d
    }

    static func brief(_ args: ArraySlice<String>) -> Request? {
        guard
            let a = Scan(
                args, options: ["data", "as-of", "silent-days", "since", "format", "lang"], flags: [], positionals: 0)
        else { return nil }
        var r = BriefRequest(data: a["data"])
        var format: BriefCommand.Format?
        guard a.read("as-of", { Day($0) }, into: &r.asOf),
            a.read("silent-days", SilentDaysOption.parse, into: &r.silentDays),
            a.read("since", { Day($0) }, into: &r.since),
            a.read("format", BriefCommand.Format.init(rawValue:), into: &format),
            a.read("lang", LangOption.init(rawValue:), into: &r.lang)
        else { return nil }
        r.format = format ?? .markdown
        return .brief(r)
    }

    static func update(_ args: ArraySlice<String>) -> Request? {
        guard
            let a = Scan(args, options: ["progress", "status", "note", "on", "data"], flags: [], positionals: 1),
            let task = a.positionals.first, let progress = a["progress"]
        else { return nil }
        var r = UpdateRequest(task: task, progress: progress, note: a["note"], data: a["data"])
        guard a.read("status", UpdateRequest.status, into: &r.status), a.read("on", { Day($0) }, into: &r.on) else {
            return nil
        }
        return .update(r)
    }

    /// The arguments split into `--name value` options, `--name` flags and
    /// positional values; nil for anything else. Arrays of strings only:
    /// other collection types would cost run-time type look-ups, the very
    /// thing this path avoids.
    struct Scan {
        let options: [String]
        let flagNames: [String]
        var given: [String?]
        var set: [Bool]
        var positionals: [String] = []

        init?(_ args: ArraySlice<String>, options: [String], flags: [String], positionals most: Int) {
            self.options = options
            flagNames = flags
            given = Array(repeating: nil, count: options.count)
            set = Array(repeating: false, count: flags.count)
            var i = args.startIndex
            while i < args.endIndex {
                let arg = args[i]
                i += 1
                guard arg.hasPrefix("--") else {
                    // A positional value: never empty, never like an option.
                    guard !arg.isEmpty, !arg.hasPrefix("-"), positionals.count < most else { return nil }
                    positionals.append(arg)
                    continue
                }
                let name = String(arg.dropFirst(2))
                if let f = flags.firstIndex(of: name) {
                    guard !set[f] else { return nil }
                    set[f] = true
                } else if let o = options.firstIndex(of: name) {
                    guard i < args.endIndex, !args[i].isEmpty, !args[i].hasPrefix("-"), given[o] == nil else {
                        return nil
                    }
                    given[o] = args[i]
                    i += 1
                } else {
                    return nil
                }
            }
        }

        /// Option `name`'s value, nil when not given.
        subscript(_ name: String) -> String? {
            options.firstIndex(of: name).flatMap { given[$0] }
        }

        func flag(_ name: String) -> Bool {
            flagNames.firstIndex(of: name).map { set[$0] } ?? false
        }

        /// Converts option `name`'s value, when given, into `slot`; false
        /// when the option refuses it.
        func read<T>(_ name: String, _ convert: (String) -> T?, into slot: inout T?) -> Bool {
            guard let text = self[name] else { return true }
            guard let value = convert(text) else { return false }
            slot = value
            return true
        }
    }
}
