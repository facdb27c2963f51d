/// A small JSON value and writer: keys keep the order they are given in
/// (the report contract reads best in its documented order), numbers use
/// `Formats.machine`, and strings carry no control character or bidi
/// override from the data, escaped or not (`escape`).
public indirect enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool { a.rendered() == b.rendered() }

    public static func num(_ v: Double?) -> JSON { v.map { .number($0) } ?? .null }
    public static func int(_ v: Int) -> JSON { .number(Double(v)) }
    public static func str(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }

    /// Pretty-printed with two-space indents and a final line feed.
    public func rendered() -> String {
        var out = ""
        write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let v): out += Formats.machine(v)
        case .string(let s): JSON.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            // Short arrays of scalars stay on one line.
            if items.count <= 24, items.allSatisfy(\.isScalar) {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    item.write(to: &out, indent: indent)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                item.write(to: &out, indent: indent + 2)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            // A row of scalars (one gate, one unit) reads best on one line.
            if indent > 0, members.count <= 12, members.allSatisfy({ $0.1.isScalar }) {
                out += "{"
                for (i, (key, value)) in members.enumerated() {
                    if i > 0 { out += ", " }
                    JSON.escape(key, into: &out)
                    out += ": "
                    value.write(to: &out, indent: indent)
                }
                out += "}"
                return
            }
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                JSON.escape(key, into: &out)
                out += ": "
                value.write(to: &out, indent: indent + 2)
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// A JSON string under the one rule of every output (SafeText): a
    /// control character, C1 or bidi override from the data becomes its
    /// visible stand-in (`␛`, `�`), as on screen, so that `jq -r` prints
    /// nothing a terminal would act on. Line breaks (LF, CR, CRLF) are the
    /// one exception, kept as `\n`: a multi-line note stays multi-line,
    /// and a line break moves the cursor, nothing more.
    static func escape(_ s: String, into out: inout String) {
        // Most strings (ids, dates) need nothing escaped or replaced:
        // appended whole.
        if s.utf8.withContiguousStorageIfAvailable({ isPlain($0) }) == true {
            out += "\""
            out += s
            out += "\""
            return
        }
        out += "\""
        var afterCR = false
        for scalar in s.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": if !afterCR { out += "\\n" }
            case "\r": out += "\\n"
            default:
                out.unicodeScalars.append(SafeText.isUnsafe(scalar) ? SafeText.replacement(for: scalar) : scalar)
            }
        }
        out += "\""
    }

    /// No quote, no backslash, no line break, nothing unsafe.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard SafeText.isSafe(bytes, keepingLineBreaks: false) else { return false }
        for b in bytes where b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return false }
        return true
    }
}
