/// A table row written cell by cell straight into the page: the bytes
/// `row(_:)` writes for the same cells, without a `String` for each cell
/// made of pieces, an array of cells, or a second look at text that
/// `inline` found plain (a brief of 5,000 assignments writes thousands of
/// rows: make bench).
///
/// `beginRow()`, then per cell `beginCell()`, its pieces (`own`, `data`)
/// and `endCell()` (or `cell(own:)`, `cell(data:)`), then `endRow()`.
/// A row with a piece unsafe on one line is written as `row` writes it
/// then: as one `line`. With `cellByCell` false, the cells are made as
/// strings and written by `row` itself: the general path, which
/// `MarkdownRowsTests` holds the writer against.
extension MarkdownText {
    mutating func beginRow() {
        rowStart = bytes.count
        rowSafe = true
        if !cellByCell {
            cells = []
            return
        }
        bytes.append(UInt8(ascii: "|"))
    }

    mutating func beginCell() {
        if !cellByCell {
            cells.append("")
            return
        }
        bytes.append(UInt8(ascii: " "))
    }

    mutating func endCell() {
        guard cellByCell else { return }
        bytes.append(UInt8(ascii: " "))
        bytes.append(UInt8(ascii: "|"))
    }

    /// A piece of ezboard's own text (a date, a number, a label).
    mutating func own(_ s: String) {
        if !cellByCell {
            cells[cells.count - 1] += s
            return
        }
        var s = s
        s.withUTF8 { b in
            if !SafeText.isSafe(b, keepingLineBreaks: false) { rowSafe = false }
            bytes.append(contentsOf: b)
        }
    }

    /// A piece of text from the data, as `inline` makes it.
    mutating func data(_ s: String) {
        if !cellByCell {
            cells[cells.count - 1] += inline(s)
            return
        }
        var s = s
        // Plain text (nearly all) is `inline`'s answer as it is, and safe.
        let plain = s.withUTF8 { b in
            guard Self.isPlain(b) else { return false }
            bytes.append(contentsOf: b)
            return true
        }
        if !plain { own(inline(s)) }
    }

    mutating func cell(own s: String) {
        beginCell()
        own(s)
        endCell()
    }

    mutating func cell(data s: String) {
        beginCell()
        data(s)
        endCell()
    }

    mutating func endRow() {
        if !cellByCell {
            row(cells)
            return
        }
        if rowSafe {
            bytes.append(0x0A)
            return
        }
        // What `row` writes when a cell is not safe on one line: the row
        // joined as written so far, made one safe line.
        let text = String(decoding: bytes[rowStart...], as: UTF8.self)
        bytes.removeSubrange(rowStart...)
        line(text)
    }
}
