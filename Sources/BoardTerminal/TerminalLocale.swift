import CNcursesw

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The character set of the user's locale, which decides whether the
/// screen may use Unicode (box drawing, Vietnamese diacritics) or must
/// fold to ASCII.
public struct LocaleInfo: Sendable, Equatable {
    /// As `nl_langinfo(CODESET)` says, e.g. `UTF-8`, `ANSI_X3.4-1968`.
    public var codeset: String
    public var isUTF8: Bool
}

public enum TerminalLocale {
    /// Adopts the user's character-type locale and reports its codeset.
    ///
    /// Only `LC_CTYPE`: ncursesw needs it to read and write UTF-8, but
    /// adopting the whole locale (`LC_ALL`) would also switch `LC_NUMERIC`,
    /// and under e.g. `vi_VN` C number formatting would turn `12.5` into
    /// `12,5` in reports and in anything else that formats through libc.
    /// Idempotent; call before `Terminal.open`, or let it do so.
    ///
    /// `forceUTF8` (`--utf8`): when the user's locale is not UTF-8, takes
    /// the first UTF-8 locale installed (`C.UTF-8` is built into glibc)
    /// for the character type only, so that curses writes UTF-8.
    @discardableResult
    public static func adopt(forceUTF8: Bool = false) -> LocaleInfo {
        _ = setlocale(LC_CTYPE, "")
        let info = current()
        guard forceUTF8, !info.isUTF8 else { return info }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            let forced = current()
            if forced.isUTF8 { return forced }
        }
        _ = setlocale(LC_CTYPE, "")
        return current()
    }

    /// The codeset of the locale in force now, without changing it.
    public static func current() -> LocaleInfo {
        let codeset = ezb_codeset().map { String(cString: $0) } ?? ""
        return LocaleInfo(codeset: codeset, isUTF8: isUTF8(codeset: codeset))
    }

    static func isUTF8(codeset: String) -> Bool {
        let c = codeset.lowercased()
        return c == "utf-8" || c == "utf8"
    }
}
