import BoardModel

/// Infrastructure works by status and budget, disbursement, and
/// the works themselves, late ones first, with progress bars.
enum WorksPanel: OverviewPanel {
    static let title = (vi: "Hạ tầng", en: "Infrastructure works")
    static let feeds: [DataFeed] = [.file(.works), .file(.worksUpdates)]

    /// Box 2, the lines above the table, its header, every work.
    static func wantedHeight(_ c: Ctx) -> Int { c.summary.works.ordered.count + 3 + linesAbove(c).count }

    /// Every title whole, its mark, progress, budget and due date (the
    /// widest title measured once per data set: `TitleTails.widest`).
    static func wantedWidth(_ c: Ctx) -> Int? { 2 + c.data.titleTails.widest(.works, c.dataSet) + 2 + 11 + 8 + 11 }

    enum Sort: Int, SortOrder {
        case lateFirst, budget, progress, due
        var column: Int? { [nil, 3, 2, 4][rawValue] }
        /// The same on the works screen's wider table.
        var screenColumn: Int? { [nil, 6, 5, 8][rawValue] }
        var name: (vi: String, en: String) {
            switch self {
            case .due: return ("hạn hoàn thành", "due date")
            case .lateFirst: return ("chậm trước", "late first")
            case .budget: return ("tổng mức đầu tư", "budget")
            case .progress: return ("tiến độ", "progress")
            }
        }
    }

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [Work] {
        var rows = c.summary.works.ordered.filter {
            Filtering.matches(list.filter, [$0.id, $0.name, $0.status.name(c.lang), $0.status.rawValue])
        }
        switch Sort(list) {
        case .budget: rows.sort { ($0.budgetBnVND, $1.id) > ($1.budgetBnVND, $0.id) }
        case .progress: rows.sort { ($0.progressPct ?? -1, $1.id) > ($1.progressPct ?? -1, $0.id) }
        case .lateFirst: break  // the summary's order
        case .due:
            // The soonest first; works without a due date last.
            rows.sort { ($0.dueOn?.daysSinceEpoch ?? Int.max, $0.id) < ($1.dueOn?.daysSinceEpoch ?? Int.max, $1.id) }
        }
        return list.directed(rows)
    }

    static func target(_ item: Work, _ screen: ScreenState) -> ScreenPath? { .work(item.id) }

    /// The mark that says what state a work is in, never by colour alone.
    static func mark(_ w: Work, _ asOf: Day) -> StatusMark? {
        // Late = past due and not done: the same mark as an overdue assignment.
        if w.isLate(asOf: asOf) { return .overdue }
        if w.status.isFinished { return .done }
        return nil
    }

    /// A short word for a work's stage, for the progress column of a work
    /// without a progress figure (one not started yet is preparing or
    /// proposed; the works screen says "not started" in full).
    static func stage(_ w: Work, _ c: Ctx) -> String {
        switch w.status {
        case .proposed: return c.t("đề xuất", "proposed")
        case .preparing: return c.t("chuẩn bị", "preparing")
        case .underConstruction: return c.t("thi công", "building")
        case .completed: return c.t("xong", "done")
        case .operating: return c.t("sử dụng", "in use")
        }
    }

    /// `6 công trình · 1.301 tỷ đồng · giải ngân 39%`, shorter when narrow.
    static func totals(_ c: Ctx) -> [String] {
        let w = c.summary.works
        let count = w.byStatus.reduce(0) { $0 + $1.count }
        let budget = Formats.bnVND(w.budgetBnVND, c.lang)
        let disbursed = Formats.percent(fraction: w.disbursedShare, c.lang, decimals: 0)
        return [
            c.t(
                "\(count) công trình · tổng mức \(budget) · đã giải ngân \(disbursed)",
                "\(count) works · \(budget) budget · \(disbursed) disbursed"),
            c.t(
                "\(count) công trình · \(budget) · giải ngân \(disbursed)",
                "\(count) works · \(budget) · \(disbursed) disbursed"),
            c.t("\(budget) · giải ngân \(disbursed)", "\(budget) · \(disbursed) disbursed"),
            budget,
        ]
    }

    /// Works by stage, late ones first, each with its mark or word:
    /// `◷ 1 chậm tiến độ  3 đang thi công  2 chưa khởi công  ✓ 1 xong`;
    /// with `budget`, each stage's budget too. Parts give way when narrow,
    /// the late count last.
    static func stages(_ c: Ctx, budget: Bool = false) -> PartsLine {
        let w = c.summary.works
        func sum(_ statuses: [WorkStatus]) -> (count: Int, budget: Double) {
            w.byStatus.filter { statuses.contains($0.status) }.reduce((0, 0)) {
                ($0.0 + $1.count, $0.1 + ($1.budgetBnVND ?? 0))
            }
        }
        // `(1.179 tỷ đồng; ◷ 1 chậm tiến độ)`: the budget, then the late.
        func brackets(_ v: Double, late n: Int) -> String {
            let parts =
                (budget ? [Formats.bnVND(v, c.lang)] : [])
                + (n == 0 ? [] : [StatusMark.overdue.symbol(c.charset) + c.t(" \(n) chậm tiến độ", " \(n) late")])
            return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
        }
        let building = sum([.underConstruction])
        let waiting = sum([.proposed, .preparing])
        let done = sum([.completed, .operating])
        // Late works are among those under construction or not started:
        // said in brackets after them, so the stages add up to every work.
        let lateBuilding = w.late.filter { $0.status == .underConstruction }.count
        let lateWaiting = w.late.count - lateBuilding
        var parts: [PartsLine.Part] = []
        if building.count > 0 {
            parts.append(
                .init(
                    c.t("\(building.count) đang thi công", "\(building.count) under construction")
                        + brackets(building.budget, late: lateBuilding),
                    lateBuilding > 0 ? .late : .normal, priority: lateBuilding > 0 ? 9 : 5))
        }
        if waiting.count > 0 {
            parts.append(
                .init(
                    c.t("\(waiting.count) chưa khởi công", "\(waiting.count) not started")
                        + brackets(waiting.budget, late: lateWaiting),
                    lateWaiting > 0 ? .late : .dim, priority: lateWaiting > 0 ? 8 : 3))
        }
        if done.count > 0 {
            parts.append(
                .init(
                    StatusMark.done.symbol(c.charset) + c.t(" \(done.count) xong", " \(done.count) done")
                        + brackets(done.budget, late: 0),
                    .good, priority: 4))
        }
        return PartsLine(parts: parts)
    }

    /// When the board looks at the past, what of it is today's state:
    /// the works without dated states (`works_updates.csv`), whose status,
    /// progress and disbursement are today's, whatever the date. Wordings
    /// from the longest to the shortest; none when nothing needs saying.
    static func currentStateNote(_ c: Ctx) -> [String] {
        let w = c.summary.works
        guard c.data.isPast, !w.currentStateOnly.isEmpty else { return [] }
        let n = w.currentStateOnly.count
        let mark = StatusMark.warning.symbol(c.charset) + " "
        if n == w.works.count {
            return [
                mark
                    + c.t(
                        "Trạng thái là hiện tại, không phải ngày xem: không có works_updates.csv",
                        "Today's state, not the date's: there is no works_updates.csv"),
                mark + c.t("Trạng thái là hiện tại (không có lịch sử)", "Today's state (no history)"),
                mark + c.t("Trạng thái hiện tại", "Today's state"),
            ]
        }
        return [
            mark
                + c.t(
                    "\(n) công trình không có lịch sử: trạng thái là hiện tại",
                    "\(n) works without history show today's state"),
            mark + c.t("\(n) công trình: trạng thái hiện tại", "\(n) works: today's state"),
            mark + c.t("\(n) trạng thái hiện tại", "\(n) at today's state"),
        ]
    }

    /// The lines above the table, in order: totals, stages, and the note
    /// on today's state when there is one.
    static func linesAbove(_ c: Ctx) -> [LineAbove] {
        let note = currentStateNote(c)
        return [.totals, .stages] + (note.isEmpty ? [] : [.note(note)])
    }

    enum LineAbove {
        case totals, stages
        case note([String])
    }

    /// Draws the lines above a works table, as many as `count`.
    /// With fewer lines than wanted, the note on today's state stays (it
    /// says the figures are not the date's); the totals and stages give way.
    static func drawLinesAbove(_ c: Ctx, count: Int, budget: Bool, in area: inout Rect, _ out: inout FrameBuilder) {
        let all = linesAbove(c)
        var shownLines = Array(all.prefix(count))
        if count > 0, count < all.count, let last = all.last, case .note = last {
            shownLines = Array(all.prefix(count - 1)) + [last]
        }
        for line in shownLines {
            let (f, r) = area.splitTop(1)
            switch line {
            case .totals: out.canvas.draw(Fit.first(totals(c), width: f.width, c), x: f.x, y: f.y, clip: f)
            case .stages:
                let withBudget = stages(c, budget: true)
                let shown =
                    budget && withBudget.shown(width: f.width, c).count == withBudget.parts.count
                    ? withBudget : stages(c)
                shown.draw(c, in: f, &out)
            case .note(let wordings):
                out.canvas.draw(Fit.first(wordings, width: f.width, c), x: f.x, y: f.y, style: .warn, clip: f)
            }
            area = r
        }
    }

    static func draw(
        _ list: ListState, index: Int, focused: Bool, _ screen: ScreenState, _ c: Ctx, in area: Rect,
        _ out: inout FrameBuilder
    ) {
        var rest = area
        let lines = Panels.linesAbove(linesAbove(c).count, height: area.height, rows: c.summary.works.ordered.count)
        drawLinesAbove(c, count: lines, budget: false, in: &rest, &out)
        let columns = [
            TableColumn("", width: .fixed(1), priority: 7),
            TableColumn(c.t("Công trình", "Work"), width: .flex(min: 10, weight: 3), priority: 9),
            TableColumn(c.t("Tiến độ", "Progress"), width: .fixed(10), priority: 5),
            TableColumn(c.t("Tỷ đồng", "bn VND"), width: .fit(min: 6, max: 7), alignment: .right, priority: 4),
            TableColumn(c.t("Hạn", "Due"), width: .fit(min: 7, max: 10), alignment: .right, priority: 6),
            // Only where two titles read the same once cut (`idColumn`).
            TableColumn(c.t("Mã", "ID"), width: .content, priority: 8),
        ]
        let rows = items(list, screen, c)
        let tails = c.data.titleTails.get(.works, c.dataSet)
        let tableRows = rows.map { work -> TableRow in
            let mark = mark(work, c.asOf)
            let late = work.isLate(asOf: c.asOf)
            return TableRow([
                TableCell(mark?.symbol(c.charset) ?? "", style: mark?.style),
                TableCell(work.name, tailFrom: tails[work.id] ?? 0),
                TableCell(work.progressPct.map { Formats.percent($0, c.lang) } ?? stage(work, c), style: .dim),
                TableCell(Formats.bnVNDShort(work.budgetBnVND, c.lang)),
                TableCell(work.dueOn.map { Formats.date($0, c.lang) } ?? "–", style: late ? .late : nil),
                TableCell(work.id, style: .dim),
            ])
        }
        let selected = rows.isEmpty ? nil : rows[min(max(0, list.selection), rows.count - 1)]
        let (offset, slots, table) = ListView(
            columns: columns, rows: tableRows, list: list, index: index,
            showSelection: focused, emptyMessage: c.t("Không có công trình", "No works"),
            sortedColumn: Sort(list).column, fullText: selected?.name, fullTextHeading: selected?.id ?? "",
            textColumn: 1, idColumn: 5
        )
        .draw(in: rest, &out)
        if let bar = slots.first(where: { $0.column == 2 }) {
            let selected = focused && !rows.isEmpty ? min(max(0, list.selection), rows.count - 1) : nil
            for i in offset..<min(rows.count, offset + max(0, table.height - 1)) {
                guard let pct = rows[i].progressPct else { continue }
                // The selected row is one highlight, its bar included.
                let inSelection = i == selected
                Gauge(
                    fraction: pct / 100, label: Formats.percent(pct, c.lang),
                    fillStyle: inSelection ? .selected : Style(rows[i].isLate(asOf: c.asOf) ? .late : .barFill),
                    emptyStyle: inSelection ? .selected : .barEmpty, labelStyle: inSelection ? .selected : .normal
                )
                .render(in: ListView.cell(bar, row: i, offset: offset, in: table), on: &out.canvas)
            }
        }
    }
}
