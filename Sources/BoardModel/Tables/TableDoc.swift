/// The tables of docs/data-format.md that come from the specs: the list of
/// files, and each file's columns. The page keeps its prose; each table
/// sits between two markers,
///
///     <!-- generated: files -->
///     …
///     <!-- end generated -->
///
/// (`columns of units.csv` for a file's columns), and `updated(_:)`
/// rewrites what is between them. A test fails when the page differs from
/// the specs; `EZBOARD_RECORD=1 swift test --filter DataFormatDoc`
/// rewrites it.
enum TableDoc {
    static let end = "<!-- end generated -->"

    static func marker(_ name: String) -> String { "<!-- generated: \(name) -->" }

    /// Every generated table by its marker name, in page order.
    static var tables: [(name: String, text: String)] {
        [("files", files)]
            + DataFile.allCases.map { ("columns of \($0.rawValue)", columns($0.spec.columns.map(\.info))) }
            + [("columns of \(DataFile.crossingsFolder)/*.csv", columns(CrossingsLog.columns))]
    }

    /// `doc` with each generated table replaced by the specs' version.
    /// Missing markers are listed in `missing`.
    static func updated(_ doc: String) -> (text: String, missing: [String]) {
        var lines = doc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var missing: [String] = []
        for (name, text) in tables {
            guard let start = lines.firstIndex(of: marker(name)),
                let stop = lines[(start + 1)...].firstIndex(of: end)
            else {
                missing.append(name)
                continue
            }
            lines.replaceSubrange((start + 1)..<stop, with: text.split(separator: "\n").map(String.init))
        }
        return (lines.joined(separator: "\n"), missing)
    }

    static var files: String {
        var rows = DataFile.allCases.map { f in
            "| `\(f.rawValue)` | \(f.isOptional ? "no" : "yes") | \(f.spec.oneRowIs) |"
        }
        rows.append("| `\(DataFile.crossingsFolder)/*.csv` | no | \(CrossingsLog.oneRowIs) |")
        return (["| file | required | one row is |", "|---|---|---|"] + rows).joined(separator: "\n")
    }

    static func columns(_ columns: [ColumnInfo]) -> String {
        let rows = columns.map { c in
            let n = notes(c)
            return "| `\(c.name)` | \(typeText(c)) |" + (n.isEmpty ? " |" : " \(n) |")
        }
        return (["| column | type | notes |", "|---|---|---|"] + rows).joined(separator: "\n")
    }

    /// `number ≥ 0, optional`, `ref `zones.csv``, `list of ref `units.csv`, optional` …
    static func typeText(_ c: ColumnInfo) -> String {
        let base: String
        switch c.type {
        case .key, .id: base = "id"
        case .text: base = "text"
        case .number(let lo, let hi): base = "number" + range(lo.map(Row.plain), hi.map(Row.plain))
        case .integer(let lo): base = "integer" + range(lo.map(String.init), nil)
        case .date: base = c.mayBeFuture ? "date (a plan)" : "date"
        case .month: base = "month"
        case .time: base = "time"
        case .choice: base = "choice"
        case .ref(let f): base = "ref `\(f.rawValue)`"
        case .refList(let f): base = "list of ref `\(f.rawValue)`"
        }
        return c.isRequired ? base : base + ", optional"
    }

    private static func range(_ lo: String?, _ hi: String?) -> String {
        switch (lo, hi) {
        case (let lo?, let hi?): return " \(lo)–\(hi)"
        case (let lo?, nil): return " ≥ \(lo)"
        case (nil, let hi?): return " ≤ \(hi)"
        case (nil, nil): return ""
        }
    }

    /// A choice's words, then the column's note.
    static func notes(_ c: ColumnInfo) -> String {
        guard case .choice(let words, _) = c.type else { return c.note }
        let list = words.map { "`\($0)`" }.joined(separator: ", ")
        return c.note.isEmpty ? list : list + "; " + c.note
    }
}
