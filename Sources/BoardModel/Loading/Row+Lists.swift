// A cell that lists ids of another file (`support_ids`, `work_ids`).

extension Row {
    /// A `;`-separated list of references (empty items ignored).
    func refList(_ column: ColumnInfo, to file: DataFile) -> [String] {
        plainRefList(column, to: file) ?? listedRefs(column, to: file)
    }

    /// `refList` the general way: by the cell's text, reporting each id
    /// that is malformed, unknown or listed twice.
    func listedRefs(_ column: ColumnInfo, to file: DataFile) -> [String] {
        guard let t = rawText(column) else { return [] }
        let known = table.known[file]
        let what = file.noun ?? file.rawValue
        var out: [String] = []
        for item in Row.items(t) {
            if item.isEmpty { continue }
            if let problem = Row.idProblem(item) {
                error(
                    column,
                    "identifier \(Messages.shown(item)) \(problem)"
                        + (Row.containsWhitespace(item) ? " (separate ids with ';')" : ""))
            } else if !known.contains(item) {
                error(column, "unknown \(what) \(Messages.shown(item))")
            } else if out.contains(item) {
                warning(column, "\(what) \(Messages.shown(item)) is listed twice")
            } else {
                out.append(item)
            }
        }
        return out
    }

    /// `refList` for a cell of printable ASCII ids, each known and listed
    /// once (nearly every cell): split on its bytes, with a `String` made
    /// only for each id. Nil, with nothing reported, for anything else
    /// (quotes to undo, a space inside an id, other text, an unknown or
    /// repeated id): the general path then reads the cell, and reports.
    fileprivate func plainRefList(_ column: ColumnInfo, to file: DataFile) -> [String]? {
        guard let place = table.index(of: column) else { return nil }
        let f = fields[place]
        guard !f.hasEscapes else { return nil }
        let b = table.bytes(f)
        if trimmed(b).isEmpty { return [] }
        var out: [String] = []
        // Room for every item at once (an append at a time grew the list
        // twice for most cells: make bench, brief).
        var separators = 0
        for byte in b where byte == UInt8(ascii: ";") { separators += 1 }
        out.reserveCapacity(separators + 1)
        var start = 0
        while start <= b.count {
            var end = start
            while end < b.count, b[end] != UInt8(ascii: ";") { end += 1 }
            let item = trimmed(UnsafeBufferPointer(rebasing: b[start..<end]))
            if !item.isEmpty {
                guard item.allSatisfy({ $0 &- 0x21 < 0x5E }) else { return nil }
                // An id found known before in this column is found again
                // by its bytes (`TableReader.repeatedRef`): no `String`
                // made and hashed to look it up again.
                let offset = f.start + (item.baseAddress! - b.baseAddress!)
                let itemField = CSVReader.Field(
                    start: offset, end: offset + item.count, line: f.line, quoted: false, hasEscapes: false)
                let id: String
                if let seen = table.repeatedRef(place, itemField) {
                    id = seen
                } else {
                    id = String(decoding: item, as: UTF8.self)
                    guard table.known[file].contains(id) else { return nil }
                    table.rememberRef(place, itemField, id)
                }
                guard !out.contains(id) else { return nil }
                out.append(id)
            }
            start = end + 1
        }
        return out
    }

    /// A list's items, split at `;` and trimmed of spaces (empty ones kept:
    /// the caller skips them). ASCII text, nearly every list of ids, is
    /// split on its bytes; other text by characters, as `;` followed by a
    /// combining mark is one character and no separator.
    static func items(_ t: String) -> [String] {
        if t.utf8.allSatisfy({ $0 < 0x80 }) {
            return t.utf8.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: true).map {
                String(Substring($0)).trimmingSpaces()
            }
        }
        return t.split(separator: ";", omittingEmptySubsequences: true).map { String($0).trimmingSpaces() }
    }
}
