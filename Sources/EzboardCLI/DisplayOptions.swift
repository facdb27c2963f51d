import ArgumentParser
import BoardModel
import BoardView

#if canImport(Glibc)
    import Glibc
#endif

/// Options shared by the dashboard and `snapshot`: language, characters,
/// colour, as-of date, and the screen to open.
struct DisplayOptions: ParsableArguments {
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var silent: SilentDaysOption

    @Option(
        help: ArgumentHelp(
            "Language of labels and numbers (default: $EZBOARD_LANG, else the config file, else vi).",
            valueName: "vi|en"))
    var lang: LangOption?

    @Flag(help: "ASCII only: no line drawing, Vietnamese without diacritics (automatic when the locale is not UTF-8).")
    var ascii = false

    @Flag(help: "Use UTF-8 even when the locale does not say so.")
    var utf8 = false

    @Option(
        help: ArgumentHelp(
            "Open this screen: gates/ID, zones/ID, works, works/ID, tasks, tasks/UNIT, tasks/UNIT/TASK, assignments, "
                + "projects, projects/ID, plans.",
            valueName: "path"),
        transform: { text in
            guard let p = ScreenPath(text) else {
                throw ValidationError(
                    "'\(text)' is not a screen: use gates/ID, zones/ID, works, works/ID, tasks, tasks/UNIT, "
                        + "tasks/UNIT/TASK, assignments, projects, projects/ID or plans"
                )
            }
            return p
        })
    var screen: ScreenPath?

    func validate() throws {
        if ascii && utf8 { throw ValidationError("--ascii and --utf8 cannot be used together") }
    }

    var language: Lang { LangOption.resolve(lang) }

    /// UTF-8 asked for (`--utf8`, or `ascii = "never"` in the config
    /// file): the terminal then writes UTF-8 whatever the locale says.
    var forcesUTF8: Bool { Settings.ascii(asciiFlag: ascii, utf8Flag: utf8).value == .never }

    /// ASCII when asked (flag, then config file), UTF-8 when asked, else
    /// by the locale's codeset. `localeIsUTF8` is nil when unknown (then
    /// the environment decides).
    func charset(localeIsUTF8: Bool?) -> (Charset, reason: String?) {
        switch Settings.ascii(asciiFlag: ascii, utf8Flag: utf8).value {
        case .always: return (.ascii, nil)
        case .never: return (.unicode, nil)
        case .auto: break
        }
        let isUTF8 = localeIsUTF8 ?? Locale.environmentSaysUTF8()
        return isUTF8 ? (.unicode, nil) : (.ascii, "locale is not UTF-8: ASCII mode (--utf8 to override)")
    }
}

enum Locale {
    /// What LC_ALL / LC_CTYPE / LANG say, without calling setlocale.
    static func environmentSaysUTF8() -> Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let v = getenv(name).map({ String(cString: $0) }), !v.isEmpty {
                let lower = v.lowercased()
                return lower.contains("utf-8") || lower.contains("utf8")
            }
        }
        return false
    }
}

extension ScreenPath: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
