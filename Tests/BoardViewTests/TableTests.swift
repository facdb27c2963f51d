import BoardView
import Testing

@Suite("Table")
struct TableTests {
    let columns = [
        TableColumn("Cửa khẩu", width: .content, priority: 3),
        TableColumn("Xuất", width: .fit(min: 5, max: 10), alignment: .right, priority: 2),
        TableColumn("Nhập", width: .fit(min: 5, max: 10), alignment: .right, priority: 1),
        TableColumn("Ghi chú", width: .flex(min: 6, weight: 1), priority: 0),
    ]
    let rows: [TableRow] = [
        ["Kim Thành", "120,5", "98,2", "ổn định"],
        ["Tân Thanh", "1.310,0", "402,7", "tăng"],
        TableRow(["河口", "5,0", "0", TableCell("quá hạn 3 ngày", style: .bad)]),
        ["Mo\u{0301}ng Ca\u{0301}i", "77,0", "12,1", "—"],
    ]

    func slots(_ t: Table, _ w: Int) -> [[Int]] { t.layout(width: w).map { [$0.column, $0.x, $0.width] } }

    @Test("Columns are sized by display width: fit grows to content, flex takes the rest")
    func sizing() {
        let t = Table(columns: columns, rows: rows)
        #expect(slots(t, 40) == [[0, 0, 9], [1, 10, 7], [2, 18, 5], [3, 24, 16]])
        // Figures keep their widest cell (1.310,0); the notes column gives way.
        #expect(slots(t, 25) == [[0, 0, 9], [1, 10, 7], [2, 18, 5]])
    }

    @Test("Too narrow: lowest-priority columns are dropped first")
    func dropping() {
        let t = Table(columns: columns, rows: rows)
        #expect(slots(t, 24) == [[0, 0, 9], [1, 10, 7], [2, 18, 5]])
        #expect(slots(t, 17) == [[0, 0, 9], [1, 10, 7]])
        #expect(slots(t, 10) == [[0, 0, 9]])
        #expect(slots(t, 4) == [[0, 0, 4]])
        #expect(slots(t, 0) == [])
        // Among equal priorities the rightmost goes first.
        let same = Table(
            columns: [
                TableColumn("a", width: .fixed(5)), TableColumn("b", width: .fixed(5)),
                TableColumn("c", width: .fixed(5)),
            ], rows: [])
        #expect(slots(same, 12) == [[0, 0, 5], [1, 6, 5]])
    }

    @Test("Flex columns share by weight; fixed columns keep their width")
    func flex() {
        let t = Table(
            columns: [
                TableColumn("a", width: .flex(min: 2, weight: 1)), TableColumn("b", width: .fixed(3)),
                TableColumn("c", width: .flex(min: 2, weight: 2)),
            ], rows: [], columnGap: 0)
        #expect(slots(t, 13) == [[0, 0, 4], [1, 4, 3], [2, 7, 6]])
        #expect(slots(t, 14) == [[0, 0, 5], [1, 5, 3], [2, 8, 6]])
    }

    @Test("The scroll offset keeps the selection in view, moving as little as possible")
    func visibleRange() {
        #expect(Table.visibleRange(selected: nil, count: 10, height: 4, offset: 0) == 0)
        #expect(Table.visibleRange(selected: 5, count: 10, height: 4, offset: 0) == 2)
        #expect(Table.visibleRange(selected: 3, count: 10, height: 4, offset: 2) == 2)
        #expect(Table.visibleRange(selected: 1, count: 10, height: 4, offset: 3) == 1)
        #expect(Table.visibleRange(selected: 9, count: 10, height: 4, offset: 0) == 6)
        #expect(Table.visibleRange(selected: nil, count: 10, height: 4, offset: 9) == 6)
        #expect(Table.visibleRange(selected: 3, count: 5, height: 10, offset: 2) == 0)
        #expect(Table.visibleRange(selected: 50, count: 10, height: 4, offset: 0) == 6)
        #expect(Table.visibleRange(selected: -3, count: 10, height: 4, offset: 5) == 0)
        #expect(Table.visibleRange(selected: 2, count: 10, height: 0, offset: 5) == 0)
        #expect(Table.visibleRange(selected: 2, count: 0, height: 4, offset: 5) == 0)
    }

    @Test("Header, right-aligned figures, selected row, overdue cell")
    func picture() {
        let c = rendered(Table(columns: columns, rows: rows, selected: 1), width: 40, height: 6)
        #expect(c.lines[0] == "Cửa khẩu     Xuất  Nhập Ghi chú         ")
        #expect(c.lines[1] == "Kim Thành   120,5  98,2 ổn định         ")
        #expect(c.lines[3] == "河口          5,0     0 quá hạn 3 ngày  ")
        #expect(c[0, 0].style == .header)
        #expect((0..<40).allSatisfy { c[$0, 2].style == .selected })
        #expect(c[24, 3].style == .bad)
        assertPicture(c, named: "table-selected", styles: true)
    }

    @Test("An overdue cell inside the selected row keeps its role, reversed")
    func selectedOverdue() {
        let c = rendered(Table(columns: columns, rows: rows, selected: 2), width: 40, height: 6)
        #expect(c[24, 3].style.role == .bad)
        #expect(c[24, 3].style.reverse)
        #expect(c[0, 3].style == .selected)
    }

    @Test("Narrow table drops columns, cuts texts with …, never cuts figures")
    func narrow() {
        let c = rendered(Table(columns: columns, rows: rows), width: 12, height: 5)
        // A figure column that cannot show its widest figure (1.310,0) is
        // dropped rather than cut or hidden behind #####.
        #expect(c.lines == ["Cửa khẩu    ", "Kim Thành   ", "Tân Thanh   ", "河口        ", "Móng Cái    "])
        let d = rendered(Table(columns: columns, rows: rows), width: 5, height: 3)
        #expect(d.lines == ["Cửa …", "Kim …", "Tân …"])
        assertPicture(
            rendered(Table(columns: columns, rows: rows, selected: 0), width: 22, height: 5, charset: .ascii),
            named: "table-narrow-ascii", styles: true)
    }

    @Test("Scrolling follows the selection")
    func scrolling() {
        let many = (1...20).map { TableRow(texts: ["Dòng \($0)", "\($0 * 10)"]) }
        let cols = [
            TableColumn("Tên", width: .flex(min: 4, weight: 1)), TableColumn("Số", width: .fixed(4), alignment: .right),
        ]
        let c = rendered(Table(columns: cols, rows: many, selected: 7, offset: 0), width: 12, height: 5)
        #expect(c.lines == ["Tên       Số", "Dòng 5    50", "Dòng 6    60", "Dòng 7    70", "Dòng 8    80"])
        #expect(c[0, 4].style == .selected)
        let d = rendered(
            Table(columns: cols, rows: many, selected: 7, offset: 6, showHeader: false), width: 12, height: 3)
        #expect(d.lines == ["Dòng 7    70", "Dòng 8    80", "Dòng 9    90"])
    }

    @Test("No rows: the empty message alone, no header over nothing (issue 11, item 11)")
    func empty() {
        let c = rendered(
            Table(columns: columns, rows: [], emptyMessage: "Không có nhiệm vụ quá hạn"), width: 30, height: 3)
        #expect(c.lines[0] == "Không có nhiệm vụ quá hạn     ")
        #expect(c.lines[1].allSatisfy { $0 == " " } && !c.text.contains("Cửa khẩu"))
        #expect(c[0, 0].style == .dim)
        assertPicture(c, named: "table-empty", styles: true)
    }

    @Test("Never draws outside its area, whatever the area")
    func awkward() {
        assertSafeInAwkwardAreas(Table(columns: columns, rows: rows, selected: 2))
        assertSafeInAwkwardAreas(Table(columns: columns, rows: []))
        assertSafeInAwkwardAreas(Table(columns: [], rows: rows))
        assertSafeInAwkwardAreas(
            Table(
                columns: [
                    TableColumn("x", width: .fixed(Int.max)),
                    TableColumn("y", width: .flex(min: Int.max, weight: Int.max)),
                ],
                rows: [["a", "b"]], selected: Int.max, offset: Int.min))
        assertSafeInAwkwardAreas(Table(columns: columns, rows: rows, columnGap: Int.max))
    }
}
