// The per-row fast paths of reading a table, each against the general
// path it stands in for: a cell's column from the record's ASCII prefix
// (`CSVReader.firstNonASCII`), text without a second NFC look
// (`CSVReader.mayNeedNFC`), texts found again by their bytes
// (`TextCache`), one `Row` object for every record, and dates parsed
// without asking the month's length.

import Testing

@testable import BoardModel

/// Lines that take every path: ASCII, precomposed Vietnamese (known NFC),
/// decomposed marks (not NFC), CJK, the dong sign, an emoji, quoted cells
/// with `""` and line breaks, spaces to trim, empty cells.
private let lines: [String] = [
    "T1,plain ascii text that is long enough,2024-01-05",
    "T2,\"Chậm tiến độ do vướng giải phóng mặt bằng, \"\"cần\"\" bổ sung\",2024-01-06",
    "Đà,Tiê\u{0302}\u{0301}n đô\u{0323} decomposed marks here,2024-01-07",
    "T3,\"quoted, with a\nline break and ₫ 1.000\",2024-01-08",
    "T4,漢字のメモ that is long enough to keep,2024-01-09",
    "T5,emoji 🚧 in a long enough note text,2024-01-10",
    "T6,   spaces around a long enough note   ,2024-01-11",
    "T7,,2024-01-12",
    "T8,\"\",2024-01-13",
    "T9,short,2024-01-14",
    "Ω1,Ohm sign Ω is a singleton long enough,2024-01-15",
    "T2,\"Chậm tiến độ do vướng giải phóng mặt bằng, \"\"cần\"\" bổ sung\",2024-01-16",
    "T2,Chậm tiến độ do vướng giải phóng mặt bằng cần bổ sung,2024-01-17",
    "Đà,Tiê\u{0302}\u{0301}n đô\u{0323} decomposed marks here,2024-01-18",
    "T10,café latin-1 é and ư ơ đ long enough,2024-01-19",
]

private let idColumn = ColumnInfo("id", .id, required: false)
private let noteColumn = ColumnInfo("note", .text, required: false)
private let onColumn = ColumnInfo("on", .date, required: false)

/// Calls `body` with each row of `text` (a header `id,note,on` first) and
/// the reader that read it.
private func eachRow(_ text: String, _ body: (Row, TableReader) -> Void) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buf in
        var problems = ProblemList()
        guard
            let t = TableReader(
                file: "t.csv", buffer: buf, columns: [idColumn, noteColumn, onColumn], known: KnownIDs(),
                problems: &problems)
        else {
            Issue.record("no header")
            return
        }
        t.forEachRow { row in body(row, t) }
    }
}

/// The text of a cell the general way: every byte, then NFC.
private func generalText(_ row: Row, _ t: TableReader, _ column: ColumnInfo) -> String? {
    guard let i = t.index(of: column) else { return nil }
    let f = row.fields[i]
    let b = t.bytes(f)
    if trimmed(b).isEmpty { return nil }
    return TextNormalization.nfc(CSVReader.string(b, hasEscapes: f.hasEscapes))
}

@Suite("Row fast paths")
struct RowFastPathTests {
    static let files: [String] = [
        "id,note,on\n" + lines.joined(separator: "\n") + "\n",
        "id,note,on\r\n" + lines.joined(separator: "\r\n"),
        // A byte-order mark: the first row's columns are counted the long way.
        "\u{FEFF}id,note,on\n" + lines.joined(separator: "\n"),
        // Rows repeated: later ones find their texts kept.
        "id,note,on\n" + (lines + lines + lines).joined(separator: "\n") + "\n",
    ]

    @Test func placesAreTheGeneralColumns() {
        for file in Self.files {
            var rows = 0
            eachRow(file) { row, t in
                rows += 1
                for column in [idColumn, noteColumn, onColumn] {
                    let f = row.field(of: column)!
                    let place = row.place(column)
                    #expect(place.line == f.lineNumber)
                    #expect(place.column == t.places.column(of: f), "\(column.name) on line \(f.lineNumber)")
                }
            }
            #expect(rows >= lines.count)
        }
    }

    @Test func textsAreTheGeneralTexts() {
        for file in Self.files {
            eachRow(file) { row, t in
                for column in [idColumn, noteColumn] {
                    let text = row.rawText(column)
                    #expect(text == generalText(row, t, column))
                    // Byte for byte: NFC-equal is not enough.
                    #expect(text.map { Array($0.utf8) } == generalText(row, t, column).map { Array($0.utf8) })
                    #expect(row.isBlank(column) == (text == nil))
                }
            }
        }
    }

    /// More long cells than the cache has slots, each twice and with
    /// `""` or without: texts evicted, slots shared, never mixed up.
    @Test func manyDistinctTextsAreNeverMixedUp() {
        var file = "id,note,on\n"
        for round in 0..<2 {
            for i in 0..<700 {
                let note = i % 3 == 0 ? "\"ghi chú số \(i) \"\"x\"\" dài\"" : "ghi chú số \(i) \"x\" dài"
                file += "T\(i),\(note),2024-02-0\(1 + round)\n"
            }
        }
        var rows = 0
        eachRow(file) { row, t in
            rows += 1
            #expect(row.rawText(noteColumn) == generalText(row, t, noteColumn))
        }
        #expect(rows == 1400)
    }

    /// The reader's flags, against the bytes of each record.
    @Test func readerFlagsMatchTheBytes() {
        for file in Self.files {
            let bytes = Array(file.utf8)
            bytes.withUnsafeBufferPointer { buf in
                var r = CSVReader(buf)
                var complete = false
                var start = r.position
                while r.next(complete: &complete) {
                    let first = r.fields.first!.origin
                    let end = r.position
                    let high = (first..<end).first { buf[$0] >= 0x80 } ?? Int.max
                    #expect(r.firstNonASCII == high)
                    if !r.mayNeedNFC {
                        for f in r.fields {
                            #expect(TextNormalization.isKnownNFC(r.bytes(f)))
                        }
                    }
                    // The fast path is taken for ASCII and precomposed Vietnamese.
                    let text = String(decoding: buf[start..<end], as: UTF8.self)
                    if text.hasPrefix("T1,") || text.hasPrefix("T2,") || text.hasPrefix("id,") {
                        #expect(!r.mayNeedNFC)
                    }
                    if text.contains("\u{0302}") || text.contains("Ω") || text.contains("🚧") {
                        #expect(r.mayNeedNFC)
                    }
                    start = end
                }
            }
        }
    }

    /// Rows read through one `Row` object start afresh: a bad row before
    /// does not make the next one bad.
    @Test func aRowAfterABadOneIsValid() {
        var valid: [Bool] = []
        eachRow("id,note,on\nT1,a,2024-13-01\nT2,b,2024-01-02\nT3,c,x\nT4,d,2024-01-04\n") { row, _ in
            _ = row.day(onColumn)
            valid.append(row.isValid)
        }
        #expect(valid == [false, true, false, true])
    }

    /// Lists of ids: the byte path gives what the general path gives,
    /// and leaves to it every cell it would report.
    @Test func refListsAreTheGeneralLists() {
        // Twice over: the second time, ids are found again by their bytes
        // (short and long ones, `TableReader.repeatedRef`).
        let once = [
            "A;B;C", "A", "", "  ", "A;;B", ";A;", " A ; B ", "A;A", "A;X", "A B;C", "A\tB", "\"A;B\"",
            "\"A;\"\"B\"\"\"", "Ä;B", "A;B;C;A", "x\"y", "C;B;A", "LONGUNIT01;A", "A;LONGUNIT01", "LONGUNIT02",
            "LONGUNIT01;LONGUNIT01", "SGTVT;LONGUNIT0", "@;A", "C",
        ]
        let cells = once + once
        let list = ColumnInfo("ids", .refList(.units), required: false)
        var known = KnownIDs()
        known[.units] = ["A", "B", "C", "x\"y", "LONGUNIT01", "SGTVT"]
        let number = ColumnInfo("n", .text, required: false)
        let text = "n,ids\n" + cells.enumerated().map { "\($0.offset),\($0.element)\n" }.joined()
        func read(general: Bool) -> (lists: [[String]], problems: [String]) {
            Array(text.utf8).withUnsafeBufferPointer { buf in
                var sink = ProblemList()
                let t = TableReader(
                    file: "t.csv", buffer: buf, columns: [number, list], known: known, problems: &sink)!
                var lists: [[String]] = []
                t.forEachRow { row in
                    lists.append(general ? row.listedRefs(list, to: .units) : row.refList(list, to: .units))
                }
                return (lists, t.problems.kept.map { "\($0.line):\($0.column) \($0.message)" })
            }
        }
        let fast = read(general: false)
        let general = read(general: true)
        #expect(fast.lists.count == cells.count)
        #expect(fast.lists == general.lists)
        #expect(fast.problems == general.problems)
        #expect(!general.problems.isEmpty)
    }

    /// The table of references found valid: against a dictionary, through
    /// growth and replacement.
    @Test func refTableIsADictionary() {
        var table = RefTable()
        defer { table.free() }
        var model: [UInt64: Int] = [:]
        var state: UInt64 = 12345
        for i in 0..<5000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Some hashes again (replaced), some differing only in the lowest bit.
            let hash = i % 7 == 0 ? UInt64(i / 7) : state
            let field = CSVReader.Field(start: i, end: i + 1, line: Int32(i), quoted: false, hasEscapes: false)
            table.set(hash, field, "v\(i)")
            model[hash | 1] = i
        }
        for (hash, i) in model {
            let found = table.find(hash)
            #expect(found?.value == "v\(i)")
            #expect(found?.field.start == i)
        }
        #expect(table.find(0xDEAD_BEEF_0000) == nil || model[0xDEAD_BEEF_0001] != nil)
    }

    /// References in no order, some unknown or malformed, many repeated:
    /// each row gets its own id, and each bad one is reported on its row.
    /// A second column of references keeps its own table.
    @Test func referencesInNoOrderAreEachChecked() {
        let ref = ColumnInfo("unit", .ref(.units))
        let other = ColumnInfo("other", .ref(.units))
        var known = KnownIDs()
        known[.units] = Set((0..<300).map { "A\($0)" })
        var expected: [String] = []
        var wanted: [String] = []
        var text = "unit,other\n"
        for i in 0..<2000 {
            let id = i % 50 == 3 ? "B\(i % 4)" : i % 77 == 5 ? "\"A 1\"" : "A\(i * 7 % 300)"
            text += id + ",A\(i % 300)\n"
            wanted.append(id == "\"A 1\"" ? "A 1" : id)
            if id.hasPrefix("B") { expected.append("\(i + 2):1 unknown unit '\(id)'") }
            if id.hasPrefix("\"") {
                // Malformed, and (as written) not an id of units.csv.
                expected.append("\(i + 2):1 identifier 'A 1' contains a space")
                expected.append("\(i + 2):1 unknown unit 'A 1'")
            }
        }
        Array(text.utf8).withUnsafeBufferPointer { buf in
            var sink = ProblemList(limit: 10_000)
            let t = TableReader(file: "t.csv", buffer: buf, columns: [ref, other], known: known, problems: &sink)!
            var got: [String] = []
            var others: [String] = []
            t.forEachRow { row in
                got.append(row.ref(ref, to: .units))
                others.append(row.ref(other, to: .units))
            }
            #expect(got == wanted)
            #expect(others == (0..<2000).map { "A\($0 % 300)" })
            #expect(t.problems.kept.map { "\($0.line):\($0.column) \($0.message)" } == expected)
        }
    }

    /// References of every length about the `shortKey` bound (7 bytes),
    /// ids one bit apart, quoted, with spaces, unknown, near the end of
    /// the buffer: each row's id and problems are those of the general
    /// check (`Row.id`, then the ids known), in a first and a repeated pass.
    @Test func shortKeysAreTheGeneralReferences() {
        let ref = ColumnInfo("unit", .ref(.units))
        let ids = [
            "A", "@", "T1", "ABCDEFG", "ABCDEFF", "ABCDEFGH", "ABCDEFGHIJKL", "Sở1", "x", "\"B\"\"1\"", " T1", "\"T1\"",
            "K1", "T1 ", "t1",
        ]
        var known = KnownIDs()
        // "\u{212A}1" (a Kelvin sign) is "K1" as a `String`: never seeded.
        known[.units] = ["A", "T1", "ABCDEFG", "ABCDEFGH", "ABCDEFGHIJKL", "Sở1", "B\"1", "\u{212A}1", "Z9"]
        // Padded past `TableReader.seedThreshold`: the known ids seeded.
        for (tail, padded) in [("", false), ("\n", false), ("\n", true)] {
            let cells = (0..<3).flatMap { _ in ids }
            let padding = padded ? Array(repeating: "Z9", count: TableReader.seedThreshold / 3 + 1) : []
            let text = "unit\n" + (cells + padding).joined(separator: "\n") + tail
            // Each cell's id as written: unquoted, `""` made `"`, trimmed.
            let values = [
                "A", "@", "T1", "ABCDEFG", "ABCDEFF", "ABCDEFGH", "ABCDEFGHIJKL", "Sở1", "x", "B\"1", "T1", "T1", "K1",
                "T1", "t1",
            ]
            let general: [(value: String, problems: [String])] = ((0..<3).flatMap { _ in values } + padding).map { v in
                (v, known[.units].contains(v) ? [] : ["unknown unit '\(v)'"])
            }
            Array(text.utf8).withUnsafeBufferPointer { buf in
                #expect(padded == (buf.count >= TableReader.seedThreshold))
                var sink = ProblemList(limit: 10_000)
                let t = TableReader(file: "t.csv", buffer: buf, columns: [ref], known: known, problems: &sink)!
                var got: [String] = []
                t.forEachRow { row in got.append(row.ref(ref, to: .units)) }
                #expect(got == general.map(\.value))
                let expected = general.enumerated().flatMap { i, g in g.problems.map { "\(i + 2):1 \($0)" } }
                #expect(t.problems.kept.map { "\($0.line):\($0.column) \($0.message)" } == expected)
            }
        }
    }

    @Test func datesParseAsTheCalendarSays() {
        let years = [0, 1, 2, 4, 100, 400, 1600, 1899, 1900, 1970, 2000, 2023, 2024, 2100, 9999]
        for y in years {
            for m in 0...13 {
                for d in 0...32 {
                    let text =
                        String(repeating: "0", count: 4 - String(y).count) + "\(y)-"
                        + (m < 10 ? "0\(m)" : "\(m)") + "-" + (d < 10 ? "0\(d)" : "\(d)")
                    let parsed = Array(text.utf8).withUnsafeBufferPointer { Day.parse($0) }
                    #expect(parsed == Day(year: y, month: m, day: d), "\(text)")
                }
            }
        }
        // Every day of a few years, through the months' ends.
        var day = Day(year: 1999, month: 12, day: 25)!
        while day.year < 2002 {
            #expect(Array(day.description.utf8).withUnsafeBufferPointer { Day.parse($0) } == day)
            day = day + 1
        }
    }
}
