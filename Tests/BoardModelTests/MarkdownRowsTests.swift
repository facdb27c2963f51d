import Testing

@testable import BoardModel

/// The brief's table rows written cell by cell (`MarkdownText.beginRow`)
/// against the general path, `MarkdownText.row` over cells made as
/// strings: the same page, byte for byte, for hostile text too.
struct MarkdownRowsTests {
    /// The cycle's data with text that is escaped, made one line or made
    /// safe in a cell: Markdown specials, line breaks, control and bidi
    /// characters, a short name that is empty.
    static var hostile: DataSet {
        var d = CycleData.dataSet
        d.units[1].shortName = "Sở | XD *"
        d.units[4].shortName = ""
        d.units[0].name = "Ban \u{1B}[31m Quản lý\r\nKKT"
        d.tasks[0].title = "Phân luồng | **phương tiện** <b> [x](y)"
        d.tasks[3].title = "Quy hoạch\u{202E}Quang Kim\u{85}"
        d.tasks[8].title = "Thông quan\tnhanh\u{7F}"
        d.tasks[8].supportIDs = ["SXD", "HQ", "CAT"]
        d.tasks[1].supportIDs = ["HQ"]
        d.taskUpdates[0].note = "Đang làm \\ `mã` & ~xong~ # 1\r\nhết"
        d.taskUpdates[5].note = "Xong phần lớn.\n\u{0}Kính đề nghị Trưởng Ban cho ý kiến.\u{2066}"
        return d
    }

    @Test("The brief's Markdown: written cell by cell as the general path writes it", arguments: [Lang.vi, .en])
    func brief(lang: Lang) {
        for d in [CycleData.dataSet, Self.hostile] {
            let names = AssignmentItems.Names(d)
            let b = Brief.compute(d, asOf: CycleData.asOf)
            let fast = b.markdownText(names: names, lang: lang).finished
            let general = b.markdownText(names: names, lang: lang, cellByCell: false).finished
            #expect(fast == general)
            #expect(fast.contains("| A1 |"))
        }
    }

    @Test("Plain text after one look a byte is what the two checks find")
    func plain() {
        let samples = [
            "Hoàn thành khối lượng theo kế hoạch quý.", "Trung tâm – dịch vụ", "a|b", "x\u{1B}y", "x\u{85}y",
            "x\u{202E}y", "x\u{2066}y", "đầu … cuối", "tab\there", "line\nbreak", "del\u{7F}", "", "#1", "a~b",
            "¢ C2 A2",
        ]
        let scalars = (0..<0x300).compactMap(Unicode.Scalar.init) + (0x2000..<0x2100).compactMap(Unicode.Scalar.init)
        for text in samples + scalars.map({ "a" + String($0) + "b" }) {
            var s = text
            let (plain, general) = s.withUTF8 { b in
                let special = b.contains { $0 < 0x80 && MarkdownText.specialBytes[Int($0)] }
                return (MarkdownText.isPlain(b), SafeText.isSafe(b, keepingLineBreaks: false) && !special)
            }
            #expect(plain == general, "\(text)")
        }
    }

    @Test("Unit names by position are the names a dictionary by id gives")
    func names() {
        let units = [
            BoardModel.Unit(id: "SXD", name: "Sở Xây dựng", shortName: "Sở XD", kind: .department),
            BoardModel.Unit(id: "CAT", name: "Công an tỉnh", kind: .agency),
            BoardModel.Unit(id: "SXD", name: "Trùng mã", shortName: "Trùng", kind: .agency),
            BoardModel.Unit(id: "Đà", name: "Tên precomposed", shortName: "", kind: .district),
            BoardModel.Unit(id: "LONG-UNIT-ID-OVER-15", name: "Dài", shortName: "D", kind: .board),
        ]
        var full: [String: String] = [:]
        var short: [String: String] = [:]
        for u in units where full[u.id] == nil {
            full[u.id] = u.name
            short[u.id] = u.shortName ?? u.name
        }
        let names = AssignmentItems.Names(units: units)
        for id in ["SXD", "CAT", "Đà", "Da\u{0300}", "D\u{0300}a", "LONG-UNIT-ID-OVER-15", "NOPE", "", "sxd"] {
            #expect(names.name(id) == full[id] ?? id, "\(id)")
            #expect(names.short(id) == short[id] ?? id, "\(id)")
        }
    }

    @Test("A row with a piece unsafe on one line is the line `row` writes")
    func unsafePiece() {
        for cells in [["a", "b\u{1B}c", "d"], ["x\r\ny", "|"], ["plain", "2024"], [""]] {
            var fast = MarkdownText()
            var general = MarkdownText()
            fast.line("# t")
            general.line("# t")
            fast.beginRow()
            for (i, c) in cells.enumerated() {
                if i % 2 == 0 { fast.cell(own: c) } else { fast.cell(data: c) }
            }
            fast.endRow()
            general.row(cells.enumerated().map { $0.offset % 2 == 0 ? $0.element : general.inline($0.element) })
            #expect(fast.finished == general.finished, "\(cells)")
        }
    }
}
