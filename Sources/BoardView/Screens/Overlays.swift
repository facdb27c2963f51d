import BoardModel

/// `?`: every key of the screen below, from the same binding tables that
/// handle keys and draw the footer.
enum HelpOverlay {
    static func lines(_ s: AppState, _ c: Ctx) -> [Paragraph.Line] {
        var below = s
        below.overlay = nil
        let context = below.keyContext
        // This screen's keys, then the other tables a user meets from here,
        // so that help lists every key there is.
        var here = KeyMap.bindings(context, panels: s.panels.count)
        if Chrome.entersNothing(below) { here.removeAll { $0.action == .enter } }
        var sections: [(String, [Binding])] = [(c.t("Phím trên màn hình này", "Keys on this screen"), here)]
        var others: [(KeyContext, String, String)] = [
            (.filter, "Khi gõ bộ lọc (/)", "While typing a filter (/)"),
            (.jump, "Khi gõ tên để đi tới (:)", "While typing a name to jump to (:)"),
            (.help, "Trong trợ giúp (?)", "In this help (?)"),
            (.problems, "Trong danh sách lỗi dữ liệu (e)", "In the list of data problems (e)"),
        ]
        if context == .task {
            others.insert((.form, "Trong mẫu báo cáo tiến độ (u)", "In the progress-report form (u)"), at: 0)
        }
        for (other, vi, en) in others where other != context {
            sections.append((c.t(vi, en), KeyMap.bindings(other, panels: s.panels.count)))
        }
        // One key column for all the sections.
        let width = max(6, sections.flatMap { $0.1 }.map { Fit.width(keyNames($0, c), c) }.max() ?? 0)
        var lines: [Paragraph.Line] = []
        for (i, (title, bindings)) in sections.enumerated() {
            if i > 0 { lines.append(Paragraph.Line("")) }
            lines.append(Paragraph.Line(title, style: .title))
            lines += bindings.map { b in
                Paragraph.Line(
                    "  " + TextLayout.pad(keyNames(b, c), width: width, charset: c.charset) + "  " + b.text(c.lang))
            }
        }
        lines.append(Paragraph.Line(""))
        lines.append(
            Paragraph.Line(
                c.t(
                    "Chuột: bấm để chọn, bấm lần nữa để mở; cuộn để di chuyển.",
                    "Mouse: click to select, click again to open; wheel to move."), style: .dim))
        lines.append(Paragraph.Line(c.t("Ký hiệu: ", "Marks: ") + marks(c), style: .dim))
        lines.append(Paragraph.Line(c.t("Dữ liệu: ", "Data: ") + c.data.folder, style: .dim))
        return lines
    }

    /// Every key of a binding: help names all of them (`Esc/Bksp`, `?/F1`)
    /// where the footer's shorter labels name the first.
    static func keyNames(_ b: Binding, _ c: Ctx) -> String {
        // A run of digits reads better as a range (`1–4`).
        if b.keys.count > 2,
            b.keys.allSatisfy({ if case .char(let ch) = $0 { return ch.isNumber } else { return false } }),
            let first = b.keys.first, let last = b.keys.last
        {
            return KeyMap.name(of: first, c.charset) + (c.charset == .ascii ? "-" : "–")
                + KeyMap.name(of: last, c.charset)
        }
        return b.keys.map { KeyMap.name(of: $0, c.charset) }.joined(separator: "/")
    }

    /// The legend: every mark with its one meaning (README's "Marks" says
    /// the same), then the pace marker of the gauges.
    static func marks(_ c: Ctx) -> String {
        let pace =
            (c.charset == .ascii ? "|" : "│")
            + c.t(
                " nhịp đều: phần năm đã qua (tháng có số liệu ÷ 12), thanh đầy hơn vạch là vượt nhịp",
                " straight-line pace: the part of the year gone (months with data ÷ 12); a bar past it is ahead")
        return StatusMark.allCases.map { "\($0.symbol(c.charset)) \($0.meaning(c.lang))" }.joined(separator: "  ")
            + "  " + pace
    }

    static func draw(_ s: AppState, _ c: Ctx, scroll: Int, in area: Rect, _ out: inout FrameBuilder) {
        Overlays.scrolled(c.t("Trợ giúp", "Help"), lines(s, c), c, scroll: scroll, in: area, &out)
    }
}

enum Overlays {
    /// Lines in a focused box, scrolled; when they do not all fit, the
    /// box's top edge says which rows are in view (`1–9/34`), so that the
    /// reader knows there is more below.
    static func scrolled(
        _ title: String, _ lines: [Paragraph.Line], _ c: Ctx, scroll: Int, in area: Rect,
        _ out: inout FrameBuilder
    ) {
        let inset = Box().inner(area).inset(dx: 1, dy: 0)
        let rows = Paragraph(lines).rows(width: max(0, inset.width), charset: c.charset).count
        let clamped = min(max(0, scroll), Paragraph.maxScroll(rowCount: rows, height: inset.height))
        let position =
            rows > inset.height && inset.height > 0
            ? "\(clamped + 1)–\(min(rows, clamped + inset.height))/\(rows)" : ""
        Box(
            title: title, rightTitle: c.charset == .ascii ? position.replacingOccurrences("–", "-") : position,
            focused: true
        )
        .render(in: area, on: &out.canvas)
        Paragraph(lines, scroll: clamped).render(in: inset, on: &out.canvas)
        out.overlayScroll = clamped
    }
}

/// `e`: the data's problems, the same messages as `ezboard check`.
enum ProblemsOverlay {
    static func draw(_ c: Ctx, scroll: Int, in area: Rect, _ out: inout FrameBuilder) {
        let problems = c.data.problems
        let title =
            c.t("Lỗi dữ liệu", "Data problems") + " (\(problems.errorCount) "
            + c.t("lỗi", problems.errorCount == 1 ? "error" : "errors")
            + ", \(problems.warningCount) " + c.t("cảnh báo", problems.warningCount == 1 ? "warning" : "warnings") + ")"
        var lines: [Paragraph.Line] = []
        if problems.isEmpty {
            lines.append(
                Paragraph.Line(
                    StatusMark.done.symbol(c.charset) + " "
                        + c.t("Không có lỗi: dữ liệu hợp lệ.", "No problems: the data is valid."), style: .good))
        }
        for p in problems {
            let mark = p.severity == .error ? StatusMark.dataError : StatusMark.warning
            lines.append(Paragraph.Line(mark.symbol(c.charset) + " " + p.description, style: mark.style))
        }
        if !c.data.keptLastGood.isEmpty {
            lines.append(Paragraph.Line(""))
            lines.append(
                Paragraph.Line(
                    c.t("Đang hiển thị bản hợp lệ gần nhất của: ", "Showing the last good version of: ")
                        + c.data.keptLastGood.joined(separator: ", "), style: .dim))
        }
        Overlays.scrolled(title, lines, c, scroll: scroll, in: area, &out)
    }
}
