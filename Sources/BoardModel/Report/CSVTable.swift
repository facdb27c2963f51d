/// A CSV document people open in a spreadsheet: one table with a header
/// row, written so that Excel and LibreOffice show it as it is meant.
///
/// - It starts with a UTF-8 byte-order mark (unless `bom` is false: the
///   `--no-bom` flag), without which Excel reads UTF-8 as a Windows code
///   page and Vietnamese comes out garbled.
/// - A text cell from the data that starts with `=`, `+`, `-` or `@`
///   (after any spaces) would be run as a formula: it gets a leading
///   apostrophe (`'=HYPERLINK(…)`), the spreadsheets' mark for "this is
///   text". Numbers, dates and the program's own words are written as they
///   are, so `-3` stays a number.
/// - Text is made one line, without control characters (`SafeText`), and
///   quoted as RFC 4180 says; lines end in CRLF.
public struct CSVTable: Sendable {
    /// One cell: text from the data (neutralised), or a value ezboard
    /// wrote (a number in machine format, a date, a word of the format).
    public enum Cell: Sendable, Equatable, ExpressibleByStringLiteral {
        case text(String)
        case value(String)

        public init(stringLiteral s: String) { self = .value(s) }

        /// A number in machine format; empty when absent.
        public static func number(_ v: Double?) -> Cell { .value(v.map(Formats.machine) ?? "") }
        public static func int(_ v: Int?) -> Cell { .value(v.map(String.init) ?? "") }
        public static func day(_ d: Day?) -> Cell { .value(d?.description ?? "") }
        /// Text that may be absent: an empty cell then.
        public static func text(_ s: String?) -> Cell { .text(s ?? "") }
    }

    public var header: [String]
    public private(set) var rows: [[Cell]] = []

    public init(header: [String]) { self.header = header }

    public mutating func add(_ row: [Cell]) { rows.append(row) }

    public static let byteOrderMark = "\u{FEFF}"

    /// The document: the mark (with `bom`), the header, the rows.
    public func rendered(bom: Bool = true) -> String {
        var out = bom ? Self.byteOrderMark : ""
        out += header.map { Self.quoted($0) }.joined(separator: ",") + "\r\n"
        for row in rows {
            out += row.map(Self.field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func field(_ cell: Cell) -> String {
        switch cell {
        case .text(let s): return quoted(neutralised(SafeText.oneLine(s)))
        case .value(let s): return quoted(SafeText.oneLine(s))
        }
    }

    /// `text` with a leading apostrophe when a spreadsheet would run it.
    public static func neutralised(_ text: String) -> String {
        // On bytes: the characters that matter are ASCII.
        guard let first = text.utf8.first(where: { $0 != 0x20 }),
            first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@")
        else { return text }
        return "'" + text
    }

    /// RFC 4180: quoted when it holds a comma, a quote or a line break.
    static func quoted(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return "\"" + s.replacingQuotes() + "\""
    }
}
