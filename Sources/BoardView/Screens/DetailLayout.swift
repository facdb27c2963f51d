import BoardModel

/// Pieces shared by the drill-down screens.
enum Detail {
    /// Lines of `label: value` facts, drawn in two columns when wide.
    static func facts(_ pairs: [(String, String, Style)], _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) -> Int {
        guard !area.isEmpty, !pairs.isEmpty else { return 0 }
        let twoColumns = area.width >= 100
        let perColumn = twoColumns ? (pairs.count + 1) / 2 : pairs.count
        let labelWidth = pairs.map { TextLayout.width($0.0, charset: c.charset) }.max() ?? 0
        let columnWidth = twoColumns ? area.width / 2 : area.width
        var used = 0
        for (i, (label, value, style)) in pairs.enumerated() {
            let col = twoColumns ? i / perColumn : 0
            let row = twoColumns ? i % perColumn : i
            guard row < area.height else { continue }
            let x = area.x + col * columnWidth, y = area.y + row
            let cell = Rect(x: x, y: y, width: columnWidth - 1, height: 1)
            out.canvas.draw(TextLayout.pad(label, width: labelWidth, charset: c.charset) + "  ", x: x, y: y, style: .dim, clip: cell)
            out.canvas.draw(value, x: x + labelWidth + 2, y: y, style: style, clip: cell)
            used = max(used, row + 1)
        }
        return used
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

    /// Month labels for a chart: the month number, `1` … `12`.
    static func monthLabels(_ months: [YearMonth]) -> [String] { months.map { String($0.month) } }

    /// The screen for an id that is not in the data (a stale link, a typo
    /// in `--screen`): says so instead of an empty screen.
    static func missing(_ what: String, _ id: String, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        Notice(title: c.t("Không tìm thấy", "Not found"),
               message: c.t("Không có \(what) '\(id)' trong dữ liệu. Esc để quay lại.",
                            "There is no \(what) '\(id)' in the data. Esc to go back."), style: .warn)
            .render(in: area, on: &out.canvas)
    }
}
