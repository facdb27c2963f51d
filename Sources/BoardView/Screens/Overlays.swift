import BoardModel

/// `?`: every key of the screen below, from the same binding tables that
/// handle keys and draw the footer.
enum HelpOverlay {
    static func lines(_ s: AppState, _ c: Ctx) -> [Paragraph.Line] {
        var below = s
        below.overlay = nil
        let context = below.keyContext
        var lines: [Paragraph.Line] = [
            Paragraph.Line(c.t("Phím trên màn hình này", "Keys on this screen"), style: .title),
        ]
        lines += keyLines(KeyMap.bindings(context), c)
        if context != .filter {
            lines.append(Paragraph.Line(""))
            lines.append(Paragraph.Line(c.t("Khi gõ bộ lọc (/)", "While typing a filter (/)"), style: .title))
            lines += keyLines(KeyMap.bindings(.filter), c)
        }
        lines.append(Paragraph.Line(""))
        lines.append(Paragraph.Line(c.t("Chuột: bấm để chọn, bấm lần nữa để mở; cuộn để di chuyển.",
                                        "Mouse: click to select, click again to open; wheel to move."), style: .dim))
        lines.append(Paragraph.Line(c.t("Ký hiệu: ", "Marks: ") + marks(c), style: .dim))
        lines.append(Paragraph.Line(c.t("Dữ liệu: ", "Data: ") + c.data.folder, style: .dim))
        return lines
    }

    static func keyLines(_ bindings: [Binding], _ c: Ctx) -> [Paragraph.Line] {
        let width = bindings.map { TextLayout.width($0.keyLabel(c.charset), charset: c.charset) }.max() ?? 0
        return bindings.map { b in
            Paragraph.Line("  " + TextLayout.pad(b.keyLabel(c.charset), width: max(width, 6), charset: c.charset)
                           + "  " + b.text(c.lang))
        }
    }

    static func marks(_ c: Ctx) -> String {
        let pairs: [(StatusMark, String, String)] = [
            (.onTrack, "đạt nhịp", "on track"), (.behind, "chậm nhịp", "behind"), (.overdue, "quá hạn", "overdue"),
            (.late, "chậm/cũ", "late/stale"), (.done, "xong", "done"), (.standing, "thường xuyên", "standing"),
            (.blocked, "vướng mắc", "blocked"), (.warning, "cảnh báo", "warning"),
        ]
        return pairs.map { "\($0.0.symbol(c.charset)) \(c.t($0.1, $0.2))" }.joined(separator: "  ")
    }

    static func draw(_ s: AppState, _ c: Ctx, scroll: Int, in area: Rect, _ out: inout FrameBuilder) {
        let inner = Panels.box(c.t("Trợ giúp", "Help"), nil, focused: true, sorts: [], editing: false, c, in: area, &out)
        let inset = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let p = Paragraph(lines(s, c))
        let rows = p.rows(width: inset.width, charset: c.charset).count
        let clamped = min(scroll, Paragraph.maxScroll(rowCount: rows, height: inset.height))
        Paragraph(lines(s, c), scroll: clamped).render(in: inset, on: &out.canvas)
        out.overlayScroll = clamped
    }
}

/// `e`: the data's problems, the same messages as `ezboard check`.
enum ProblemsOverlay {
    static func draw(_ c: Ctx, scroll: Int, in area: Rect, _ out: inout FrameBuilder) {
        let problems = c.data.problems
        let title = c.t("Lỗi dữ liệu", "Data problems") + " (\(problems.errorCount) " + c.t("lỗi", "errors")
            + ", \(problems.warningCount) " + c.t("cảnh báo", "warnings") + ")"
        let inner = Panels.box(title, nil, focused: true, sorts: [], editing: false, c, in: area, &out)
        let inset = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        var lines: [Paragraph.Line] = []
        if problems.isEmpty {
            lines.append(Paragraph.Line(StatusMark.done.symbol(c.charset) + " "
                                        + c.t("Không có lỗi: dữ liệu hợp lệ.", "No problems: the data is valid."), style: .good))
        }
        for p in problems {
            lines.append(Paragraph.Line(p.description, style: p.severity == .error ? .bad : .warn))
        }
        if !c.data.keptLastGood.isEmpty {
            lines.append(Paragraph.Line(""))
            lines.append(Paragraph.Line(c.t("Đang hiển thị bản hợp lệ gần nhất của: ", "Showing the last good version of: ")
                                        + c.data.keptLastGood.joined(separator: ", "), style: .dim))
        }
        let rows = Paragraph(lines).rows(width: inset.width, charset: c.charset).count
        let clamped = min(scroll, Paragraph.maxScroll(rowCount: rows, height: inset.height))
        Paragraph(lines, scroll: clamped).render(in: inset, on: &out.canvas)
        out.overlayScroll = clamped
    }
}
