/// Where the overview's panels go, from their number and the room: a grid
/// (rows of two panels, three on very wide terminals), one column when
/// narrow but tall, and one panel at a time under a tab line when small
/// (or zoomed). The drawing and the ←/→ keys read the same layout, so the
/// keys move to the panel the user sees beside the focused one.
///
/// Given what each panel would like (`PanelNeed`), a grid wide enough for
/// three panels a row picks, among the ways of cutting the registry's
/// order into rows of one to three, the one that leaves the least of the
/// panels' wanted cells unshown: a row of three whose widest panel is cut
/// gives way to rows of two where each is whole, and a row that needs few
/// rows gives the rest to the others (`shareHeights`).
struct OverviewLayout: Equatable {
    enum Arrangement: Equatable {
        /// Rows of up to `columns` panels, in registry order.
        case grid(columns: Int)
        /// One panel under the other.
        case stacked
        /// The focused panel alone, under a tab line unless zoomed.
        case single
    }

    /// The fewest rows a panel of the grid or the column gets: its box,
    /// the headline figure, the table's header and three rows.
    static let minimumPanelHeight = 7
    /// The grid needs this many rows in all (a 2×2 grid: 9 a panel) …
    static let minimumGridHeight = 18
    /// … and two columns of 40; a third column comes when each of the
    /// three gets 60 and there are five panels or more.
    static let minimumGridWidth = 80
    static let wideColumn = 60

    let arrangement: Arrangement
    let count: Int
    /// The panels row by row (the stacked column: one a row; single: the
    /// tabs, all in one row).
    let rows: [[Int]]

    /// The layout of `count` panels in a body of `width`×`height` cells;
    /// `needs`, one a panel, choose the grid's rows where there is room
    /// for three panels a row.
    init(count: Int, width: Int, height: Int, zoomed: Bool, needs: [PanelNeed] = []) {
        self.count = count
        let arrangement = OverviewLayout.arrange(count: count, width: width, height: height, zoomed: zoomed)
        switch arrangement {
        case .grid(let columns):
            let regular = stride(from: 0, to: count, by: columns).map { Array($0..<min(count, $0 + columns)) }
            if columns >= 3 && needs.count == count {
                let best = OverviewLayout.bestRows(regular, most: columns, width: width, height: height, needs)
                rows = best
                self.arrangement = .grid(columns: best.map(\.count).max() ?? columns)
            } else {
                rows = regular
                self.arrangement = arrangement
            }
        case .stacked:
            rows = (0..<count).map { [$0] }
            self.arrangement = arrangement
        case .single:
            rows = [Array(0..<count)]
            self.arrangement = arrangement
        }
    }

    static func arrange(count n: Int, width: Int, height: Int, zoomed: Bool) -> Arrangement {
        if zoomed || n < 1 { return .single }
        let columns = n >= 5 && width >= 3 * wideColumn ? 3 : min(2, n)
        let rows = (n + columns - 1) / columns
        if width >= minimumGridWidth && height >= minimumGridHeight && height / rows >= minimumPanelHeight {
            return .grid(columns: columns)
        }
        if height >= minimumPanelHeight * n { return .stacked }
        return .single
    }

    /// The rows (the registry's order cut into rows of 1…`most` panels,
    /// each panel at least `minimumPanelHeight` high) that leave the
    /// fewest wanted cells unshown; `regular` when none does better.
    static func bestRows(_ regular: [[Int]], most: Int, width: Int, height: Int, _ needs: [PanelNeed]) -> [[Int]] {
        var best = regular
        var bestMissing = missing(regular, width: width, height: height, needs)
        let maxRows = max(1, height / minimumPanelHeight)
        func cut(_ from: Int, _ rows: [[Int]]) {
            guard bestMissing > 0 else { return }
            if from == needs.count {
                let m = missing(rows, width: width, height: height, needs)
                if m < bestMissing || (m == bestMissing && rows.count < best.count) {
                    best = rows
                    bestMissing = m
                }
                return
            }
            guard rows.count < maxRows else { return }
            for k in (1...most).reversed() where from + k <= needs.count {
                cut(from + k, rows + [Array(from..<(from + k))])
            }
        }
        cut(0, [])
        return best
    }

    /// The cells the panels would like that `rows` leave out: per panel,
    /// its wanted width × height less what it gets of each.
    static func missing(_ rows: [[Int]], width: Int, height: Int, _ needs: [PanelNeed]) -> Int {
        let heights = heights(of: rows, height: height, needs)
        var missing = 0
        for (row, h) in zip(rows, heights) {
            for (panel, w) in zip(row, widths(of: row, width: width, needs)) {
                let want = needs[panel]
                let wantedWidth = want.width ?? w
                missing += wantedWidth * want.height - min(w, wantedWidth) * min(h, want.height)
            }
        }
        return missing
    }

    /// Each row's height: the body shared by what each row's tallest
    /// panel wants.
    static func heights(of rows: [[Int]], height: Int, _ needs: [PanelNeed]) -> [Int] {
        shareHeights(
            height, wanted: rows.map { row in row.map { needs.indices.contains($0) ? needs[$0].height : 0 }.max() ?? 0 }
        )
    }

    /// The panels' widths in a row: what a panel does not need goes to
    /// those that do (a panel without a need takes what is left).
    static func widths(of row: [Int], width: Int, _ needs: [PanelNeed]) -> [Int] {
        shareHeights(width, wanted: row.map { needs.indices.contains($0) ? needs[$0].width ?? width : width })
    }

    /// The panel ←/→ move to from `focus`: the one beside it in its row
    /// (the tabs are one row); none past the row's end.
    func sideways(from focus: Int, right: Bool) -> Int {
        guard let row = rows.first(where: { $0.contains(focus) }), let i = row.firstIndex(of: focus) else {
            return focus
        }
        let j = right ? i + 1 : i - 1
        return row.indices.contains(j) ? row[j] : focus
    }

    /// Splits `total` rows among rows of panels wanting `wanted` rows each:
    /// equal shares (the remainder to the last), then rows that need less
    /// than their share give the rest to rows that need more, a row at a
    /// time in turn, as far as each needs.
    static func shareHeights(_ total: Int, wanted: [Int]) -> [Int] {
        let n = wanted.count
        guard n > 0 else { return [] }
        var heights = (0..<n).map { i in total / n + (i >= n - total % n ? 1 : 0) }
        var spare = zip(heights, wanted).reduce(0) { $0 + max(0, $1.0 - $1.1) }
        var needing = (0..<n).filter { heights[$0] < wanted[$0] }
        while spare > 0 && !needing.isEmpty {
            for i in needing where spare > 0 {
                heights[i] += 1
                spare -= 1
            }
            needing.removeAll { heights[$0] >= wanted[$0] }
        }
        // Take what was given away from the rows that had too much.
        var given = zip(heights, wanted).reduce(0) { $0 + $1.0 } - total
        for i in 0..<n where given > 0 && heights[i] > wanted[i] {
            let less = min(given, heights[i] - wanted[i])
            heights[i] -= less
            given -= less
        }
        return heights
    }
}
