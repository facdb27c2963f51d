extension Table {
    /// Sizes the columns for a table `width` columns wide: a pure function
    /// of the columns, the rows' texts (for `.fit`) and the width.
    ///
    /// 1. While the columns' minimum widths plus gaps exceed `width`, drop
    ///    the lowest-priority column (the rightmost among equals), keeping
    ///    at least one.
    /// 2. Give every column its minimum; then grow `.fit` columns toward
    ///    their content, left to right; then share what is left among
    ///    `.flex` columns by weight (remainders to the leftmost).
    /// 3. A single column still too wide is cut to `width`.
    public func layout(width: Int, charset: Charset = .unicode) -> [ColumnSlot] {
        guard width > 0, !columns.isEmpty else { return [] }
        let gap = min(max(0, columnGap), width)
        let wanted = columns.indices.map { desiredWidth($0, limit: width, charset: charset) }
        let least = columns.indices.map { minimumWidth($0, desired: wanted[$0], limit: width, charset: charset) }

        var kept = Array(columns.indices)
        func minimumTotal() -> Int { kept.reduce(0) { $0 + least[$1] } + gap * (kept.count - 1) }
        while kept.count > 1 && minimumTotal() > width {
            var drop = kept.count - 1
            for k in kept.indices.reversed() where columns[kept[k]].priority < columns[kept[drop]].priority {
                drop = k
            }
            kept.remove(at: drop)
        }

        var widths = kept.map { least[$0] }
        var spare = width - minimumTotal()
        for (k, i) in kept.enumerated() where spare > 0 {
            if case .fit = columns[i].width {
                let grow = min(spare, wanted[i] - widths[k])
                widths[k] += grow
                spare -= grow
            }
        }
        let weights = kept.map { i -> Int in
            if case .flex(_, let w) = columns[i].width { return max(0, min(w, 1_000)) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        if spare > 0 && totalWeight > 0 {
            var given = 0
            for k in kept.indices where weights[k] > 0 {
                let share = spare * weights[k] / totalWeight
                widths[k] += share
                given += share
            }
            for k in kept.indices where weights[k] > 0 && given < spare {
                widths[k] += 1
                given += 1
            }
        }

        if flexToContent { capFlex(&widths, kept: kept, weights: weights, charset: charset) }

        var slots: [ColumnSlot] = []
        var x = 0
        for (k, i) in kept.enumerated() {
            let w = min(widths[k], width - x)
            if w <= 0 { break }
            slots.append(ColumnSlot(column: i, x: x, width: w))
            x += w + gap
            if x >= width { break }
        }
        return slots
    }

    /// Flex columns no wider than their widest text: what one does not
    /// need goes to the flex columns whose texts are cut (by weight), and
    /// what none needs stays blank at the right, rather than padding a
    /// short name far from its figures.
    private func capFlex(_ widths: inout [Int], kept: [Int], weights: [Int], charset: Charset) {
        var content = [Int](repeating: 0, count: kept.count)
        var spare = 0
        for (k, i) in kept.enumerated() where weights[k] > 0 {
            var w = TextLayout.width(columns[i].header, charset: charset)
            for row in rows where i < row.cells.count {
                w = max(w, TextLayout.width(row.cells[i].text, charset: charset))
            }
            content[k] = w
            if case .flex(let least, _) = columns[i].width, widths[k] > max(w, least) {
                spare += widths[k] - max(w, least)
                widths[k] = max(w, least)
            }
        }
        while spare > 0 {
            let short = kept.indices.filter { weights[$0] > 0 && widths[$0] < content[$0] }
            if short.isEmpty { break }
            for k in short where spare > 0 {
                widths[k] += 1
                spare -= 1
            }
        }
    }

    /// What a column would like, never more than `limit`.
    private func desiredWidth(_ i: Int, limit: Int, charset: Charset) -> Int {
        switch columns[i].width {
        case .fixed(let n): return clamp(n, limit)
        case .flex(let least, _): return clamp(least, limit)
        case .fit(let least, let most):
            var w = TextLayout.width(columns[i].header, charset: charset)
            for row in rows where i < row.cells.count {
                w = max(w, TextLayout.width(row.cells[i].text, charset: charset))
            }
            return clamp(min(max(w, least), most), limit)
        }
    }

    /// The narrowest a column may get before the table drops columns. A
    /// right-aligned `.fit` column holds figures, which are never cut (a cut
    /// figure reads as another number): it keeps its widest cell, and the
    /// table drops a column instead when space runs out.
    private func minimumWidth(_ i: Int, desired: Int, limit: Int, charset: Charset) -> Int {
        switch columns[i].width {
        case .fixed(let n): return clamp(n, limit)
        case .flex(let least, _): return clamp(least, limit)
        case .fit(let least, let most):
            guard columns[i].alignment == .right else { return clamp(min(least, desired), limit) }
            var widest = 0
            for row in rows where i < row.cells.count {
                widest = max(widest, TextLayout.width(row.cells[i].text, charset: charset))
            }
            return clamp(min(max(least, widest), most, desired), limit)
        }
    }

    private func clamp(_ n: Int, _ limit: Int) -> Int { min(max(0, n), limit) }
}
