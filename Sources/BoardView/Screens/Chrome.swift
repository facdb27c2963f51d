import BoardModel

/// The header line (where you are, as of when, how fresh, what is wrong)
/// and the footer line (the keys that matter here, or a message).
enum Chrome {
    static func header(_ s: AppState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        out.canvas.fill(area, with: Cell(" ", .headerBar))
        let crumbs = ["ezboard"] + s.stack.map { Titles.crumb($0.path, c) } + overlayCrumb(s, c)
        let crumbWidth = TextLayout.width(crumbs.joined(separator: " › "), charset: c.charset)
        // Right side: problem badges, then the as-of date and when the data
        // changed, each said shorter before anything is left out. The
        // wording chosen is the fullest that leaves the whole breadcrumb,
        // else the fullest that leaves `… › here`, else one taking at most
        // a little more than half the line; the date goes last but errors.
        let choices = headerChoices(c)
        let width = { (parts: [(String, Style)]) in
            parts.reduce(0) { $0 + TextLayout.width($1.0, charset: c.charset) + 2 }
        }
        let lastCrumb = TextLayout.width("… › " + (crumbs.last ?? ""), charset: c.charset)
        let shown =
            choices.first { width($0) + crumbWidth + 2 <= area.width }
            ?? choices.first { width($0) + lastCrumb + 2 <= area.width }
            ?? choices.first { width($0) <= area.width / 2 + 8 } ?? errorsOnly(c)
        let rightWidth = width(shown)
        var x = area.maxX - rightWidth
        for (text, style) in shown {
            let st = style == .headerBar ? style : Style(style.role, bold: true, reverse: true)
            x += out.canvas.draw(" " + text + " ", x: x, y: area.y, style: st)
        }
        // Left side: the breadcrumb.
        let left = Rect(x: area.x + 1, y: area.y, width: area.width - rightWidth - 2, height: 1)
        let breadcrumb = Breadcrumb(crumbs, style: .headerBar, lastStyle: Style(.headerBar, bold: true, reverse: true))
        breadcrumb.render(in: left, on: &out.canvas)
        // A click on a segment goes back to that screen ("ezboard" too:
        // the overview).
        guard s.overlay == nil else { return }
        let segments = breadcrumb.shownSegments(width: left.width, charset: c.charset)
        let tail = segments.reversed().prefix { $0 != nil }.count
        let elided = segments.contains { $0 == nil }
        var at = left.x
        let separator = TextLayout.width(Breadcrumb.separator(c.charset), charset: c.charset)
        for (i, segment) in segments.enumerated() {
            if i > 0 { at += separator }
            let w = segment.map { TextLayout.width($0, charset: c.charset) } ?? 1
            // After the `…`, the segments are the breadcrumb's last ones.
            let index = elided && i >= segments.count - tail ? crumbs.count - (segments.count - i) : i
            if segment != nil {
                out.hits.append(Hit(Rect(x: at, y: area.y, width: w, height: 1), .crumb(max(0, index - 1))))
            }
            at += w
        }
    }

    /// The header's right side, from the fullest wording to the shortest:
    /// an error badge outlasts the date, the date outlasts warnings, the
    /// stale mark and the time of the last change.
    static func headerChoices(_ c: Ctx) -> [[(String, Style)]] {
        let e = c.data.problems.errorCount
        let w = c.data.problems.warningCount
        let errorMark = StatusMark.dataError.symbol(c.charset)
        let warningMark = StatusMark.warning.symbol(c.charset)
        let errors = e == 0 ? [] : [(errorMark + " " + c.t("\(e) lỗi", "\(e) error\(e == 1 ? "" : "s")"), Style.bad)]
        let errorsShort = e == 0 ? [] : [(errorMark + " \(e)", Style.bad)]
        let warnings =
            w == 0 ? [] : [(warningMark + " " + c.t("\(w) cảnh báo", "\(w) warning\(w == 1 ? "" : "s")"), Style.warn)]
        let warningsShort = w == 0 ? [] : [(warningMark + " \(w)", Style.warn)]
        let stale =
            !c.panels.anyStale(c.data.freshness)
            ? [] : [(StatusMark.stale.symbol(c.charset) + " " + c.t("cũ", "stale"), Style.late)]
        let date = Formats.date(c.asOf, c.lang)
        // Before the latest observation the board looks at the past: said
        // in words and in the warning colour, never by the date alone.
        let past = c.data.isPast
        let back = c.charset == .ascii ? "< " : "◂ "
        let style = past ? Style.warn : Style.headerBar
        var full: String
        let mediumText: String
        if past, let latest = c.data.latest {
            full =
                back
                + c.t(
                    "Xem lại: đến ngày \(date) (mới nhất \(Formats.date(latest, c.lang)))",
                    "Looking back: as of \(date) (latest \(Formats.date(latest, c.lang)))")
            mediumText = back + c.t("Xem lại: đến ngày ", "Looking back: as of ") + date
        } else {
            full = c.t("Đến ngày ", "As of ") + date
            mediumText = full
        }
        if let changed = c.data.lastChange {
            full += c.t(" · cập nhật ", " · changed ") + LocalTime.formatShort(epochSeconds: changed, c.lang)
        }
        let long = [(full, style)]
        let medium = [(mediumText, style)]
        let short = [((past ? back : "") + date, style)]
        // A sample data set says so on every screen, whatever else is
        // left out: its figures are not the committee's.
        let sample = sampleMark(c)
        return [
            sample + errors + warnings + stale + long,
            sample + errors + warnings + stale + medium,
            sample + errors + warnings + stale + short,
            sample + errorsShort + warningsShort + stale + short,
            sample + errorsShort + warningsShort + short,
            sample + errorsShort + short,
            sample + short,
        ]
    }

    /// "DỮ LIỆU MẪU" / "SAMPLE DATA" when the data set declares itself a
    /// sample (`dataset.csv`); nothing for real data.
    static func sampleMark(_ c: Ctx) -> [(String, Style)] {
        c.data.summary.isSample ? [(c.t("DỮ LIỆU MẪU", "SAMPLE DATA"), Style.warn)] : []
    }

    /// When not even the date fits beside the breadcrumb: the sample mark
    /// and errors only.
    static func errorsOnly(_ c: Ctx) -> [(String, Style)] {
        let e = c.data.problems.errorCount
        return sampleMark(c) + (e == 0 ? [] : [(StatusMark.dataError.symbol(c.charset) + " \(e)", Style.bad)])
    }

    static func overlayCrumb(_ s: AppState, _ c: Ctx) -> [String] {
        switch s.overlay {
        case .help: return [c.t("Trợ giúp", "Help")]
        case .problems: return [c.t("Lỗi dữ liệu", "Data problems")]
        case nil: return []
        }
    }

    /// A list (or work) where Enter opens nothing: a gate's cargo, a work
    /// in no zone and at no gate. Neither the footer nor help offers Enter.
    static func entersNothing(_ s: AppState) -> Bool {
        [.list, .detail].contains(s.keyContext) && s.overlay == nil && !s.editingFilter && s.jump == nil
            && !ScreenLists.model(s).hasTargets
    }

    static func footer(_ s: AppState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        out.canvas.fill(area, with: Cell(" ", .footerBar))
        var hintsArea = area
        if let jump = s.jump {
            let prompt = ":" + jump.text + (c.charset == .ascii ? "_" : "▏")
            let used = out.canvas.draw(prompt + "  ", x: area.x, y: area.y, style: .accent, maxWidth: area.width / 2)
            hintsArea = Rect(x: area.x + used, y: area.y, width: area.width - used, height: 1)
        } else if s.editingFilter {
            let prompt = "/" + s.screen.list.filter + (c.charset == .ascii ? "_" : "▏")
            let used = out.canvas.draw(prompt + "  ", x: area.x, y: area.y, style: .accent, maxWidth: area.width / 2)
            hintsArea = Rect(x: area.x + used, y: area.y, width: area.width - used, height: 1)
        } else if let message = s.message {
            let used = out.canvas.draw(
                message + "  ", x: area.x, y: area.y, style: .accent, maxWidth: area.width * 2 / 3)
            hintsArea = Rect(x: area.x + used, y: area.y, width: area.width - used, height: 1)
        }
        var bindings = KeyMap.bindings(s.keyContext, panels: s.panels.count).filter(\.hint)
        // A panel's own screens are hinted while it is focused (help lists them all).
        if s.keyContext == .overview {
            let links = s.panels.panels.indices.contains(s.screen.focus) ? s.panels.panels[s.screen.focus].links : []
            bindings.removeAll { b in
                if case .openScreen(let path) = b.action { return !links.contains(path) }
                return false
            }
        }
        // Enter on a list whose rows open nothing (a gate's cargo, a zone's
        // projects) is not worth a hint; help still lists it.
        if Chrome.entersNothing(s) { bindings.removeAll { $0.action == .enter } }
        let help = bindings.firstIndex { $0.action == .help }
        let full = bindings.map { KeyHints.Hint($0.keyLabel(c.charset), $0.text(c.lang)) }
        let fullShown = shown(full, help: help, width: hintsArea.width, c.charset)
        // A long hint gives way to its short words (`Binding.brief`)
        // before another key's hint is dropped (`L English` included: the
        // way to a language one can read). Tried only where a hint has
        // short words and not all fit: the footer is drawn every frame.
        guard fullShown.count < full.count, bindings.contains(where: { $0.brief != nil }) else {
            return KeyHints(fullShown.map { full[$0] }).render(in: hintsArea, on: &out.canvas)
        }
        let brief = bindings.map { KeyHints.Hint($0.keyLabel(c.charset), $0.briefText(c.lang)) }
        let briefShown = shown(brief, help: help, width: hintsArea.width, c.charset)
        let (hints, picked) = briefShown.count > fullShown.count ? (brief, briefShown) : (full, fullShown)
        KeyHints(picked.map { hints[$0] }).render(in: hintsArea, on: &out.canvas)
    }

    /// Which of `hints` the footer shows in `width`: those that fit, in
    /// order. The way to every other key is never the one cut off: when
    /// they do not all fit, `?` (at `help`) follows the ones that do.
    static func shown(_ hints: [KeyHints.Hint], help: Int?, width: Int, _ charset: Charset) -> [Int] {
        let all = KeyHints(hints)
        let fitting = all.fittingCount(width: width, charset: charset)
        guard let i = help, i >= fitting else { return Array(0..<fitting) }
        var rest = Array(hints.indices)
        rest.remove(at: i)
        let helpWidth = all.hintWidth(hints[i], charset: charset)
        let n = KeyHints(rest.map { hints[$0] }).fittingCount(
            width: width - helpWidth - KeyHints.gap, charset: charset)
        return Array(rest.prefix(n)) + [i]
    }
}
