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
    public func rendered() -> String { String(decoding: renderedUTF8(), as: UTF8.self) }

    /// `rendered()` as its UTF-8: written as bytes, several times cheaper
    /// than `String` appends (a brief's lists of 5,000 ids: make bench).
    public func renderedUTF8() -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out, indent: 0)
        out.append(0x0A)
        return out
    }

    private func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .number(let v): out += Formats.machine(v).utf8
        case .string(let s): JSON.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]".utf8
                return
            }
            // Short arrays of scalars stay on one line.
            if items.count <= 24, items.allSatisfy(\.isScalar) {
                out.append(UInt8(ascii: "["))
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", ".utf8 }
                    item.write(to: &out, indent: indent)
                }
                out.append(UInt8(ascii: "]"))
                return
            }
            out += "[\n".utf8
            for (i, item) in items.enumerated() {
                Self.spaces(indent + 2, into: &out)
                item.write(to: &out, indent: indent + 2)
                out += (i + 1 < items.count ? ",\n" : "\n").utf8
            }
            Self.spaces(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty {
                out += "{}".utf8
                return
            }
            // A row of scalars (one gate, one unit) reads best on one line.
            if indent > 0, members.count <= 12, members.allSatisfy({ $0.1.isScalar }) {
                out.append(UInt8(ascii: "{"))
                for (i, (key, value)) in members.enumerated() {
                    if i > 0 { out += ", ".utf8 }
                    JSON.escape(key, into: &out)
                    out += ": ".utf8
                    value.write(to: &out, indent: indent)
                }
                out.append(UInt8(ascii: "}"))
                return
            }
            out += "{\n".utf8
            for (i, (key, value)) in members.enumerated() {
                Self.spaces(indent + 2, into: &out)
                JSON.escape(key, into: &out)
                out += ": ".utf8
                value.write(to: &out, indent: indent + 2)
                out += (i + 1 < members.count ? ",\n" : "\n").utf8
            }
            Self.spaces(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func spaces(_ n: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: n))
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
        var bytes: [UInt8] = []
        escape(s, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    static func escape(_ s: String, into out: inout [UInt8]) {
        // Most strings (ids, dates) need nothing escaped or replaced:
        // appended whole.
        if s.utf8.withContiguousStorageIfAvailable({ isPlain($0) }) == true {
            out.append(UInt8(ascii: "\""))
            out += s.utf8
            out.append(UInt8(ascii: "\""))
            return
        }
        out.append(UInt8(ascii: "\""))
        var afterCR = false
        for scalar in s.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\"": out += "\\\"".utf8
            case "\\": out += "\\\\".utf8
            case "\n": if !afterCR { out += "\\n".utf8 }
            case "\r": out += "\\n".utf8
            default:
                let shown = SafeText.isUnsafe(scalar) ? SafeText.replacement(for: scalar) : scalar
                UTF8.encode(shown) { out.append($0) }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// No quote, no backslash, no line break, nothing unsafe.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard SafeText.isSafe(bytes, keepingLineBreaks: false) else { return false }
        for b in bytes where b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return false }
        return true
    }
}
