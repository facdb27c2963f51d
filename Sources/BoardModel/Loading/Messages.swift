/// Problem messages shared by the readers, so the same mistake reads the
/// same wherever it is made.
enum Messages {
    static func invalidUTF8(byte: UInt8, at byteInLine: Int) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "not valid UTF-8: byte 0x\(hex.count == 1 ? "0" + hex : hex) at byte \(byteInLine) of the line "
            + "(save the file as UTF-8); the row is skipped"
    }

    static func quoted(_ b: UnsafeBufferPointer<UInt8>) -> String {
        shown(String(decoding: b, as: UTF8.self))
    }

    /// The most characters of a value a message quotes.
    static let excerptLength = 60

    /// A value from the data as a message quotes it: in quotes, on one
    /// line, made safe to print (`SafeText`), and cut after
    /// `excerptLength` characters (`…`), so that a megabyte-long cell
    /// makes a message of a line, not a megabyte.
    static func shown(_ text: String) -> String {
        var t = text
        if t.utf8.count > excerptLength {
            // Cut by scalars: one character may be a cluster of a million.
            let scalars = t.unicodeScalars
            let cut = scalars.prefix(excerptLength)
            if cut.endIndex < scalars.endIndex { t = String(String.UnicodeScalarView(cut)) + "…" }
        }
        return "'" + SafeText.oneLine(t) + "'"
    }

    static func notATime(_ b: UnsafeBufferPointer<UInt8>) -> String {
        "\(quoted(b)) is not a time: write YYYY-MM-DDTHH:MM[:SS], optionally ending in Z or ±HH:MM (no offset = UTC+7)"
    }

    static func empty(_ column: String, _ what: String) -> String {
        "'\(column)' is empty; \(what) is required"
    }

    static func unknown(_ what: String, _ b: UnsafeBufferPointer<UInt8>) -> String {
        "unknown \(what) \(quoted(b))"
    }

    /// A date, month or time after today: most often a mistyped year. The
    /// row still counts, but the default as-of date ignores it.
    static func future(_ what: String, today: Day) -> String {
        "\(what) is after today (\(today)): check the year; it is not used for the default as-of date"
    }
}
