import BoardModel

/// Pieces shared by the drill-down screens.
enum Detail {
    /// Lines of `label: value` facts, drawn in two columns when wide. Each
    /// column lines its values up after its own longest label, and the
    /// columns share the width by what they hold, so that a long name on
    /// the left is not cut while the right column has room to spare.
    static func facts(_ pairs: [(String, String, Style)], _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) -> Int {
        guard !area.isEmpty, !pairs.isEmpty else { return 0 }
        // Two columns when wide, unless the first (the figures) would not
        // fit in two thirds of the width: a figure is never cut while one
        // column would show it whole.
        let firstHalf = pairs.prefix((pairs.count + 1) / 2)
        let firstNeeds =
            (firstHalf.map { Fit.width($0.0, c) }.max() ?? 0) + 2 + (firstHalf.map { Fit.width($0.1, c) }.max() ?? 0)
        let twoColumns = area.width >= 100 && pairs.count > 1 && firstNeeds + 3 <= area.width * 2 / 3
        let perColumn = twoColumns ? (pairs.count + 1) / 2 : pairs.count
        let groups = twoColumns ? [Array(pairs[..<perColumn]), Array(pairs[perColumn...])] : [pairs]
        let labelWidths = groups.map { g in g.map { Fit.width($0.0, c) }.max() ?? 0 }
        let needs = zip(groups, labelWidths).map { g, lw in lw + 2 + (g.map { Fit.width($0.1, c) }.max() ?? 0) }
        var lefts = [area.x]
        var widths = [area.width]
        if twoColumns {
            let gap = 3
            let w = area.width
            let left: Int
            if needs[0] + gap + needs[1] <= w {
                left = min(max(w / 2, needs[0] + gap), w - needs[1])
            } else if needs[0] + gap <= w * 2 / 3 {
                // The left column holds the figures: it keeps its width,
                // and the text on the right is cut instead.
                left = needs[0] + gap
            } else if needs[1] < w / 2 {
                left = w - needs[1]
            } else {
                left = w / 2
            }
            lefts = [area.x, area.x + left]
            widths = [left - gap, w - left]
        }
        var used = 0
        for (col, group) in groups.enumerated() {
            for (row, (label, value, style)) in group.enumerated() where row < area.height {
                let x = lefts[col]
                let y = area.y + row
                let cell = Rect(x: x, y: y, width: widths[col], height: 1)
                out.canvas.draw(
                    TextLayout.pad(label, width: labelWidths[col], charset: c.charset) + "  ", x: x, y: y,
                    style: .dim, clip: cell)
                out.canvas.draw(value, x: x + labelWidths[col] + 2, y: y, style: style, clip: cell)
                used = max(used, row + 1)
            }
        }
        return used
    }

    /// The title of a screen's box: the full name when it fits the top
    /// edge whole (border and padding take four columns), else the short
    /// one rather than a name cut in the middle of a word.
    static func title(_ full: String, short: String, width: Int, _ c: Ctx) -> String {
        Fit.width(full, c) + 4 <= width ? full : short
    }

    /// A long name the title could not hold, wrapped over up to three
    /// lines at the top of `area`; returns the rows used.
    static func name(_ text: String, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) -> Int {
        guard !area.isEmpty else { return 0 }
        let rows = Paragraph(text, style: .title).rows(width: area.width, charset: c.charset)
        let n = min(rows.count, 3, area.height)
        Paragraph(Array(rows.prefix(n))).render(in: area.splitTop(n).top, on: &out.canvas)
        return n
    }

    /// A section heading: `── Title ─────`.
    static func heading(_ title: String, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        guard !area.isEmpty else { return }
        let rule = c.charset == .ascii ? "-" : "─"
        let text = rule + rule + " " + title + " "
        let w = out.canvas.draw(text, x: area.x, y: area.y, style: .title, maxWidth: area.width)
        if area.width > w {
            out.canvas.draw(String(repeating: rule, count: area.width - w), x: area.x + w, y: area.y, style: .border)
        }
    }

    /// What an empty chart or section says instead of empty axes.
    static func none(_ text: String, in area: Rect, _ out: inout FrameBuilder) {
        guard !area.isEmpty else { return }
        out.canvas.draw(text, x: area.x, y: area.y, style: .dim, clip: area)
    }

    /// The screen for an id that is not in the data (a stale link, a typo
    /// in `--screen`): says so instead of an empty screen.
    static func missing(_ what: String, _ id: String, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        Notice(
            title: c.t("Không tìm thấy", "Not found"),
            message: c.t(
                "Không có \(what) '\(id)' trong dữ liệu. Esc để quay lại.",
                "There is no \(what) '\(id)' in the data. Esc to go back."), style: .warn
        )
        .render(in: area, on: &out.canvas)
    }
}
