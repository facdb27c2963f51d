/// Markdown text with data made safe, so that the page is valid CommonMark
/// (with GitHub's tables) and pastes into a document as it reads: no
/// control characters, no line breaks inside a table cell, no trailing
/// spaces (a hard line break in CommonMark), and the characters that
/// would start emphasis, code, a link, an HTML tag, an entity, a
/// strike-through or a cell border escaped in text from the data.
struct MarkdownText {
    /// The page's UTF-8: pieces are appended as bytes, several times
    /// cheaper than `String` appends (a brief of 5,000 assignments is
    /// tens of thousands of pieces). Every line ends in a line feed of its
    /// own and no piece holds a carriage return (`SafeText.oneLine`), so
    /// the checks on the last bytes read as they would on the text.
    /// Written here and by the row writer (`beginRow`, MarkdownRows.swift).
    var bytes: [UInt8] = []
    /// The row being written cell by cell: where it starts, and whether
    /// every piece of it was safe on one line (`beginRow`, `endRow`).
    var rowStart = 0
    var rowSafe = true
    /// False: rows are made as strings and written by `row` (the general
    /// path, for tests); `cells` holds the row's cells then.
    var cellByCell = true
    var cells: [String] = []

    init(cellByCell: Bool = true) { self.cellByCell = cellByCell }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func append(_ s: String) {
        // A copy of the contiguous bytes; element by element otherwise.
        if s.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: s.utf8)
        }
    }

    /// Another part of the page after this one. The part must start with
    /// a line (a `blank()` first would have read this text's end).
    mutating func append(_ part: MarkdownText) { bytes += part.bytes }

    mutating func line(_ s: String) {
        let clean = SafeText.oneLine(s)
        // Most lines end in no space: appended as they are, no copy.
        if clean.utf8.last != 0x20 {
            append(clean)
            bytes.append(0x0A)
            return
        }
        var one = Substring(clean)
        while one.last == " " { one.removeLast() }
        bytes.append(contentsOf: one.utf8)
        bytes.append(0x0A)
    }
    mutating func blank() {
        let n = bytes.count
        if n > 0 && !(n >= 2 && bytes[n - 1] == 0x0A && bytes[n - 2] == 0x0A) { bytes.append(0x0A) }
    }

    /// The characters escaped in text from the data.
    static let specials: Set<Character> = ["|", "*", "_", "`", "[", "]", "<", ">", "\\", "&", "~", "#"]

    /// The same, as bytes (all of them are ASCII).
    static let specialBytes: [Bool] = (0..<128).map { b in specials.contains(Character(Unicode.Scalar(UInt8(b)))) }

    /// Inline text from the data: one line, markdown specials escaped.
    func inline(_ s: String) -> String {
        // Most text is safe and has no special: one pass over its bytes,
        // and it is returned as it is.
        if s.utf8.withContiguousStorageIfAvailable({ Self.isPlain($0) }) == true { return s }
        let clean = SafeText.oneLine(s)
        // The table once, not a static's lazy check for every byte.
        let special = Self.specialBytes
        // Most text has no special at all: returned as it is.
        guard clean.utf8.contains(where: { $0 < 0x80 && special[Int($0)] }) else { return clean }
        var out = String.UnicodeScalarView()
        for c in clean.unicodeScalars {
            if c.value < 0x80 && special[Int(c.value)] { out.append("\\") }
            out.append(c)
        }
        return String(out)
    }

    /// The bytes that are a special, or that `SafeText.isSafe` looks at
    /// closer (C0 controls, DEL, and the lead bytes C2 and E2): text
    /// without any is plain after one look-up a byte.
    static let closerLook: [Bool] = (0...255).map { b in
        (b < 0x80 && specialBytes[b]) || b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xE2
    }

    /// Safe on one line (`SafeText.isSafe`) and without a special.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // One pass for nearly all text (the brief's titles and notes),
        // rather than one for safety and one for specials.
        let clear = closerLook.withUnsafeBufferPointer { look in
            for b in bytes where look[Int(b)] { return false }
            return true
        }
        if clear { return true }
        guard SafeText.isSafe(bytes, keepingLineBreaks: false) else { return false }
        return specialBytes.withUnsafeBufferPointer { special in
            for b in bytes where b < 0x80 && special[Int(b)] { return false }
            return true
        }
    }

    mutating func table(header: [String], right: [Bool], rows: [[String]]) {
        row(header.map(inline))
        line("|" + right.map { $0 ? "---:|" : "---|" }.joined())
        for r in rows { row(r.map(inline)) }
    }

    /// One table row of cells already made safe (`inline`, or text of
    /// ezboard's own).
    mutating func row(_ cells: [String]) {
        // Cells safe on one line make a row safe on one line, which ends
        // in "|", not a space: what `line` would append, cell by cell
        // without joining them first.
        guard !cells.isEmpty else {
            line("|  |")
            return
        }
        let start = bytes.count
        bytes.append(UInt8(ascii: "|"))
        for cell in cells {
            bytes.append(UInt8(ascii: " "))
            let safe = cell.utf8.withContiguousStorageIfAvailable { cell -> Bool in
                guard SafeText.isSafe(cell, keepingLineBreaks: false) else { return false }
                bytes.append(contentsOf: cell)
                return true
            }
            guard safe == true else {
                bytes.removeSubrange(start...)
                line("| " + cells.joined(separator: " | ") + " |")
                return
            }
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: "|"))
        }
        bytes.append(0x0A)
    }

    /// The text with one line end at the end (not the blank line after the
    /// last block).
    var finished: String { String(decoding: finishedUTF8, as: UTF8.self) }

    /// `finished` as the UTF-8 it is made of (valid: every piece was a
    /// `String`), for a writer that needs no `String`.
    var finishedUTF8: ArraySlice<UInt8> {
        var end = bytes.count
        while end >= 2 && bytes[end - 1] == 0x0A && bytes[end - 2] == 0x0A { end -= 1 }
        return bytes[..<end]
    }
}
