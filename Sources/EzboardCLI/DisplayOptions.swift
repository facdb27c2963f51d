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
                throw ValidationError("'\(text)' is not a screen: use " + ScreenPath.forms)
            }
            return p
        })
    var screen: ScreenPath?

    func validate() throws {
        if ascii && utf8 { throw ValidationError("--ascii and --utf8 cannot be used together") }
    }

    /// The values, for the commands.
    var values: Display {
        Display(asOf: asOf.asOf, silentDays: silent.silentDays, lang: lang, ascii: ascii, utf8: utf8, screen: screen)
    }
}

/// What the display options say, however they were parsed (ArgumentParser,
/// or `QuickStart` for the common forms).
struct Display: Equatable {
    var asOf: Day?
    var silentDays: Int?
    var lang: LangOption?
    var ascii = false
    var utf8 = false
    var screen: ScreenPath?

    /// `--silent-days`, else the config file, else 30.
    var silentDaysValue: Int { SilentDaysOption.value(flag: silentDays) }

    /// The screen to open, its ids as the data spells them; a screen of
    /// something the data does not hold is reported on standard error and
    /// ends the command with exit status 2.
    func resolvedScreen(in d: DataSet) throws -> ScreenPath {
        switch (screen ?? .overview).resolved(in: d) {
        case .success(let path): return path
        case .failure(let why):
            Output.error("ezboard: --screen: \(why)")
            throw ExitCode(2)
        }
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
        // In the board's language: the footer says it among Vietnamese words.
        return isUTF8
            ? (.unicode, nil)
            : (
                .ascii,
                language.pick(
                    "ASCII: locale không phải UTF-8 (--utf8 để bỏ qua)",
                    "locale is not UTF-8: ASCII mode (--utf8 to override)")
            )
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
