import BoardModel

/// The header line (where you are, as of when, how fresh, what is wrong)
/// and the footer line (the keys that matter here, or a message).
enum Chrome {
    static func header(_ s: AppState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        out.canvas.fill(area, with: Cell(" ", .headerBar))
        // Right side: as-of date, when the data changed, problem badge.
        var right: [(String, Style)] = []
        let e = c.data.problems.errorCount, w = c.data.problems.warningCount
        if e > 0 { right.append((StatusMark.overdue.symbol(c.charset) + " " + c.t("\(e) lỗi", "\(e) error\(e == 1 ? "" : "s")"), .bad)) }
        if w > 0 { right.append((StatusMark.warning.symbol(c.charset) + " " + c.t("\(w) cảnh báo", "\(w) warning\(w == 1 ? "" : "s")"), .warn)) }
        if !c.data.stalePanels.isEmpty { right.append((StatusMark.late.symbol(c.charset) + " " + c.t("cũ", "stale"), .late)) }
        var facts = c.t("Đến ngày ", "As of ") + Formats.date(c.asOf, c.lang)
        if let changed = c.data.lastChange {
            facts += c.t(" · cập nhật ", " · changed ") + LocalTime.formatShort(epochSeconds: changed, c.lang)
        }
        right.append((facts, .headerBar))
        // Drop the least important parts (the last) when the line is short.
        var rightWidth = 0
        var shown: [(String, Style)] = []
        for (text, style) in right.reversed() {
            let w = TextLayout.width(text, charset: c.charset) + 2
            if rightWidth + w > area.width / 2 + 8 { continue }
            shown.insert((text, style), at: 0)
            rightWidth += w
        }
        var x = area.maxX - rightWidth
        for (text, style) in shown {
            let st = style == .headerBar ? style : Style(style.role, bold: true, reverse: true)
            x += out.canvas.draw(" " + text + " ", x: x, y: area.y, style: st)
        }
        // Left side: the breadcrumb.
        let crumbs = ["ezboard"] + s.stack.map { Titles.crumb($0.path, c) } + overlayCrumb(s, c)
        let left = Rect(x: area.x + 1, y: area.y, width: area.width - rightWidth - 2, height: 1)
        Breadcrumb(crumbs, style: .headerBar, lastStyle: Style(.headerBar, bold: true, reverse: true))
            .render(in: left, on: &out.canvas)
    }

    static func overlayCrumb(_ s: AppState, _ c: Ctx) -> [String] {
        switch s.overlay {
        case .help: return [c.t("Trợ giúp", "Help")]
        case .problems: return [c.t("Lỗi dữ liệu", "Data problems")]
        case nil: return []
        }
    }

    static func footer(_ s: AppState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        out.canvas.fill(area, with: Cell(" ", .footerBar))
        var hintsArea = area
        if s.editingFilter {
            let prompt = "/" + s.screen.list.filter + (c.charset == .ascii ? "_" : "▏")
            let used = out.canvas.draw(prompt + "  ", x: area.x, y: area.y, style: .accent, maxWidth: area.width / 2)
            hintsArea = Rect(x: area.x + used, y: area.y, width: area.width - used, height: 1)
        } else if let message = s.message {
            let used = out.canvas.draw(message + "  ", x: area.x, y: area.y, style: .accent, maxWidth: area.width * 2 / 3)
            hintsArea = Rect(x: area.x + used, y: area.y, width: area.width - used, height: 1)
        }
        let hints = KeyMap.bindings(s.keyContext).filter(\.hint).map {
            KeyHints.Hint($0.keyLabel(c.charset), $0.text(c.lang))
        }
        KeyHints(hints).render(in: hintsArea, on: &out.canvas)
    }
}

extension LocalTime {
    /// `29/11 19:32` (vi) or `Nov 29 19:32`-like `11-29 19:32` (en), local time.
    public static func formatShort(epochSeconds t: Int64, _ lang: Lang) -> String {
        let d = day(ofEpochSeconds: t)
        let local = t + Int64(offsetSeconds)
        let s = Int(((local % 86400) + 86400) % 86400)
        let hm = "\(s / 3600 < 10 ? "0" : "")\(s / 3600):\(s / 60 % 60 < 10 ? "0" : "")\(s / 60 % 60)"
        let c = d.civil
        let dd = c.day < 10 ? "0\(c.day)" : "\(c.day)", mm = c.month < 10 ? "0\(c.month)" : "\(c.month)"
        return lang == .vi ? "\(dd)/\(mm) \(hm)" : "\(mm)-\(dd) \(hm)"
    }
}
