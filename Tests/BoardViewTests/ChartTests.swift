import BoardView
import Testing

@Suite("Bar chart")
struct BarChartTests {
    let months: [Double?] = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]
    let monthLabels = (1...12).map(String.init)

    @Test("Twelve months: axis max, eighth-block tops, every label fits")
    func months12() {
        let c = rendered(BarChart(months, labels: monthLabels, highlighted: 11), width: 40, height: 6)
        #expect(c.lines[0] == "120│                           ▁▁ ▅▅ ██ ")
        #expect(c.lines[4] == "  0│▃▃ ▇▇ ██ ██ ██ ██ ██ ██ ██ ██ ██ ██ ")
        #expect(c.lines[5] == "    1  2  3  4  5  6  7  8  9  10 11 12 ")
        #expect(c[37, 0].style == .accent)
        #expect(c[34, 0].style == .barFill)
        assertPicture(c, named: "barchart-months", styles: true)
    }

    @Test("24 hours: labels every third bar so that none collide")
    func hours24() {
        let values: [Double?] = (0..<24).map { Double(($0 * 7) % 13) }
        let c = rendered(BarChart(values, labels: (0..<24).map(String.init), maxLabel: "12"), width: 30, height: 4)
        #expect(c.lines[3] == "   0  3  6  9  12 15 18 21    ")
        assertPicture(c, named: "barchart-hours")
    }

    @Test("Geometry: bar width and gap chosen to fit, last values when too many")
    func geometry() {
        // 12 bars in 36 columns without an axis label: width 2 with gaps (12×2 + 11 = 35 cells drawn).
        let c = rendered(BarChart(Array(repeating: 5.0, count: 12), maxLabel: ""), width: 36, height: 1)
        #expect(c.lines[0].filter { $0 == "█" }.count == 24)
        // More values than columns: the last ones, one column each, no gaps.
        // (No room for the axis either: 10 - 3 < 8.) Eighths of one row: 6/16×8 = 3 … 16/16×8 = 8.
        let d = rendered(BarChart([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16]), width: 10, height: 1)
        #expect(d.lines[0] == "▃▄▄▅▅▆▆▇▇█")
    }

    @Test("Missing values leave a gap; zero draws nothing; tiny values a sliver")
    func missing() {
        let c = rendered(BarChart([4, nil, 0, 0.01, .nan, 4], maxLabel: ""), width: 11, height: 2)
        #expect(c.lines == ["█         █", "█     ▁   █"])
    }

    @Test("ASCII: # rounded to whole cells, | axis")
    func ascii() {
        let c = rendered(BarChart(months, labels: monthLabels), width: 40, height: 6, charset: .ascii)
        #expect(c.lines[0] == "120|                              ## ## ")
        #expect(c.lines[4] == "  0|## ## ## ## ## ## ## ## ## ## ## ## ")
        assertPicture(c, named: "barchart-months-ascii")
    }

    @Test("Never draws outside its area, whatever the area")
    func awkward() {
        assertSafeInAwkwardAreas(BarChart(months, labels: monthLabels, highlighted: 3))
        assertSafeInAwkwardAreas(BarChart([], labels: ["x"]))
        assertSafeInAwkwardAreas(BarChart([nil, .infinity, -3, .nan], maxValue: .nan))
    }
}

@Suite("Grouped bar chart")
struct GroupedBarChartTests {
    let lastYear: [Double?] = [40, 60, 100, 100, 100, 100, 100, 100, 100, 100, 100, 120]
    let thisYear: [Double?] = [100, 80, 120]

    @Test("Last year beside this year, month by month; the years on the month axis")
    func years() {
        let chart = GroupedBarChart(
            [lastYear, thisYear], styles: [.dim, .barFill], labels: (1...12).map(String.init),
            names: ["2023", "2024"], maxLabel: "120")
        let c = rendered(chart, width: 60, height: 6)
        // 12 groups of two one-column bars and a gap: 36 columns after the axis.
        // January: 40 and 100 of 120 (5 rows): 13⅓ and 33⅓ eighths.
        #expect(c.lines[3] == "   │▅█ ██ ██ █  █  █  █  █  █  █  █  █                      ")
        #expect(c.lines[5] == "    1  2  3  4  5  6  7  8  9  10 11 12          ▆2023 ▆2024")
        // Last year's bar is the left one of each month, in its own style.
        #expect(c[4, 3].style == .dim && c[5, 3].style == .barFill)
        #expect(c[49, 5].style == .dim && c[55, 5].style == .barFill)  // the legend's glyphs
        assertPicture(c, named: "groupedbars-years", styles: true)
        // ASCII: the series by their glyphs, not colour alone.
        let a = rendered(chart, width: 60, height: 6, charset: .ascii)
        #expect(a.lines[3].hasPrefix("   |+# +# +# +  +"))
        #expect(a.lines[5].hasSuffix("+2023 #2024"))
    }

    @Test("Too narrow for every group: the last ones; the legend (which says what the bars are) before the labels")
    func narrow() {
        let chart = GroupedBarChart(
            [[1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1]], styles: [.dim, .barFill], labels: ["a", "b", "c", "d", "e", "f"],
            names: ["x", "y"], maxLabel: "")
        let c = rendered(chart, width: 7, height: 3)
        // Three groups of two fit in 7 columns (no gaps): d, e, f, of 6:
        // 4 | 3, 5 | 2, 6 | 1 on two rows (16 eighths).
        #expect(c.lines[0] == "▃ ▅ █  ")
        #expect(c.lines[1] == "███▅█▃ ")
        #expect(c.lines[2] == "d ▆x ▆y")
    }

    @Test("Never draws outside its area, whatever the area")
    func awkward() {
        assertSafeInAwkwardAreas(
            GroupedBarChart([lastYear, thisYear], styles: [.dim, .barFill], names: ["2023", "2024"]))
        assertSafeInAwkwardAreas(GroupedBarChart([], styles: []))
        assertSafeInAwkwardAreas(GroupedBarChart([[nil, .nan], [.infinity, -1]], styles: [.dim]))
    }
}

@Suite("Horizontal bar list")
struct HBarListTests {
    let items = [
        HBarList.Item("Nông sản", value: 41.2, valueText: "41,2%"),
        HBarList.Item("Than", value: 15.0, valueText: "15,0%"),
        HBarList.Item("Hoa quả", value: 30.5, valueText: "30,5%"),
        HBarList.Item("Khác", value: 13.3, valueText: "13,3%", style: .dim),
    ]

    @Test("Label, bar scaled to the largest, figure at the right")
    func list() {
        let c = rendered(HBarList(items), width: 30, height: 4)
        #expect(
            c.lines == [
                "Nông sản ███████████████ 41,2%",
                "Than     █████▌          15,0%",
                "Hoa quả  ███████████▏    30,5%",
                "Khác     ████▉           13,3%",
            ])
        #expect(c[9, 3].style == .dim)
        assertPicture(c, named: "hbarlist", styles: true)
    }

    @Test("Narrow: the bar goes, label and figure stay; extra rows are not drawn")
    func narrow() {
        let c = rendered(HBarList(items), width: 12, height: 2)
        #expect(c.lines == ["Nông … 41,2%", "Than   15,0%"])
        let a = rendered(HBarList(items), width: 24, height: 2, charset: .ascii)
        #expect(a.lines == ["Nong san ######### 41,2%", "Than     ###...... 15,0%"])
    }

    @Test("Never draws outside its area, whatever the area")
    func awkward() {
        assertSafeInAwkwardAreas(HBarList(items))
        assertSafeInAwkwardAreas(HBarList([HBarList.Item("中文中文中文", value: .nan, valueText: "∞")], maxValue: 0))
    }
}
