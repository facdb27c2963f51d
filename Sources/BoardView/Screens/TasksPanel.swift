import BoardModel

/// The committee's assignments: open, overdue, due soon, done,
/// and a scorecard per lead unit, most overdue first.
enum TasksPanel: OverviewPanel {
    static let title = (vi: "Nhiệm vụ", en: "Assignments")
    /// Current while either the list or its progress reports is.
    static let feeds: [DataFeed] = [.file(.tasks), .file(.taskUpdates)]
    /// The detailed plans are assignments with a dossier: their screen is
    /// reached from here (`K`), see `PlansScreen`.
    static let links: [ScreenPath] = [.plans]

    /// Box 2, the summary line, the table's header, every lead unit.
    static func wantedHeight(_ c: Ctx) -> Int { c.summary.tasks.leadUnits.count + 4 }

    /// The units' names whole and the four counts, and the summary line
    /// in its fullest wording.
    static func wantedWidth(_ c: Ctx) -> Int? {
        let summary = summaryLines(c.summary.tasks, c).first?.width(c.charset) ?? 0
        return max(
            2 + summary, widthFor(c.summary.tasks.leadUnits.map { Titles.unitName($0.unit) }, others: [5, 8, 5, 8], c))
    }

    enum Sort: Int, SortOrder {
        case overdueFirst, open, onTime
        var column: Int? { [2, 1, 4][rawValue] }
        var name: (vi: String, en: String) {
            switch self {
            case .overdueFirst: return ("quá hạn trước", "overdue first")
            case .open: return ("đang thực hiện", "open")
            case .onTime: return ("đúng hạn", "on time")
            }
        }
    }

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [UnitScore] {
        var rows = c.summary.tasks.leadUnits.filter {
            Filtering.matches(list.filter, [$0.unit.id, $0.unit.name, $0.unit.shortName ?? ""])
        }
        switch Sort(list) {
        case .open: rows.sort { ($0.leadOpen, $1.unit.id) > ($1.leadOpen, $0.unit.id) }
        case .onTime: rows.sort { ($0.onTimePct ?? -1, $1.unit.id) > ($1.onTimePct ?? -1, $0.unit.id) }
        case .overdueFirst: break  // the summary's order
        }
        return list.directed(rows)
    }

    static func target(_ item: UnitScore, _ screen: ScreenState) -> ScreenPath? { .unit(item.unit.id) }

    static func draw(
        _ list: ListState, index: Int, focused: Bool, _ screen: ScreenState, _ c: Ctx, in area: Rect,
        _ out: inout FrameBuilder
    ) {
        var rest = area
        if area.height >= 3 {
            let variants = summaryLines(c.summary.tasks, c)
            // Two spaces between the figures read best; two lines next, and
            // single spaces (or a cut line) only when the panel is short.
            // The figures count every assignment: a click on them opens the
            // list of all of them (as `a` does).
            let top = rest
            if let one = variants.dropLast().first(where: { $0.width(c.charset) <= area.width })
                ?? (area.height < 8 ? variants.last : nil)
            {
                let (f, r) = rest.splitTop(1)
                one.draw(in: f, &out)
                rest = r
            } else {
                for line in splitSummary(c.summary.tasks, c) {
                    let (f, r) = rest.splitTop(1)
                    line.draw(in: f, &out)
                    rest = r
                }
            }
            out.hits.append(Hit(top.splitTop(rest.y - top.y).top, .link(.assignments)))
        }
        // On-time % matters more than the done count when narrow.
        let columns = [
            TableColumn(c.t("Đơn vị chủ trì", "Lead unit"), width: .flex(min: 15, weight: 3), priority: 9),
            TableColumn(c.t("Đang", "Open"), width: .fit(min: 4, max: 5), alignment: .right, priority: 7),
            TableColumn(c.t("Quá hạn", "Overdue"), width: .fit(min: 7, max: 8), alignment: .right, priority: 8),
            TableColumn(c.t("Xong", "Done"), width: .fit(min: 4, max: 5), alignment: .right, priority: 5),
            TableColumn(c.t("Đúng hạn", "On time"), width: .fit(min: 7, max: 8), alignment: .right, priority: 6),
        ]
        let rows = items(list, screen, c).map { u -> TableRow in
            let overdue =
                u.leadOverdue > 0
                ? TableCell(StatusMark.overdue.symbol(c.charset) + " \(u.leadOverdue)", style: .bad) : TableCell("0")
            return TableRow([
                TableCell(Titles.unitName(u.unit)), TableCell(String(u.leadOpen)), overdue,
                TableCell(String(u.leadDone)), TableCell(Formats.percent(u.onTimePct, c.lang)),
            ])
        }
        ListView(
            columns: columns, rows: rows, list: list, index: index, showSelection: focused,
            emptyMessage: c.t("Chưa có nhiệm vụ", "No assignments"), sortedColumn: Sort(list).column
        ).draw(in: rest, &out)
    }

    /// `Đang thực hiện 24 (! quá hạn 7, sắp đến hạn 1) · ✓ xong 10`: the
    /// overdue and the due soon are parts of the open ones, and read so
    /// (24 + 10 is every assignment). Then shorter wordings; the panel
    /// takes the first that fits.
    static func summaryLines(_ t: TaskSummary, _ c: Ctx) -> [Spans] {
        var lines = [false, true].map { short in
            var line = Spans([
                (
                    short ? c.t("Đang \(t.open)", "Open \(t.open)") : c.t("Đang thực hiện \(t.open)", "Open \(t.open)"),
                    .normal
                )
            ])
            line.add(" (", .dim)
            line.add(openParts(t, short: short, c))
            line.add(") · ", .dim)
            line.add(done(t, c))
            return line
        }
        // The shortest, for a short panel (cut if it must): the marks alone
        // (`?` explains them).
        var tight = Spans([(c.t("Đang \(t.open)", "Open \(t.open)") + " (", .normal)])
        tight.add(StatusMark.overdue.symbol(c.charset) + " \(t.overdue)", t.overdue > 0 ? .bad : .normal)
        if t.dueSoon > 0 { tight.add(c.t(", sắp hạn \(t.dueSoon)", ", due ≤7d \(t.dueSoon)"), .warn) }
        tight.add(") · ", .dim)
        tight.add(StatusMark.done.symbol(c.charset) + " \(t.done)", .good)
        lines.append(tight)
        return lines
    }

    /// What of the open ones is overdue and due soon: `! quá hạn 7, sắp
    /// đến hạn 1`.
    static func openParts(_ t: TaskSummary, short: Bool, _ c: Ctx) -> Spans {
        var parts = overdue(t, c)
        if t.dueSoon > 0 {
            parts.add(", ", .dim)
            parts.add(
                short
                    ? c.t("sắp hạn \(t.dueSoon)", "due ≤7d \(t.dueSoon)")
                    : c.t("sắp đến hạn \(t.dueSoon)", "due in 7 days \(t.dueSoon)"), .warn)
        }
        return parts
    }

    /// The same on two lines: open and done, then what of the open ones is
    /// overdue and due soon.
    static func splitSummary(_ t: TaskSummary, _ c: Ctx) -> [Spans] {
        let first = joined([Spans([(c.t("Đang thực hiện \(t.open)", "Open \(t.open)"), .normal)]), done(t, c)], " · ")
        var second = Spans([(c.t("trong đó ", "of which "), .dim)])
        second.add(overdue(t, c))
        if t.dueSoon > 0 {
            second.add(", ", .dim)
            second.add(c.t("sắp đến hạn \(t.dueSoon)", "due in 7 days \(t.dueSoon)"), .warn)
        }
        return [first, second]
    }

    static func joined(_ parts: [Spans], _ gap: String) -> Spans {
        var out = Spans()
        for (i, p) in parts.enumerated() {
            if i > 0 { out.add(gap) }
            out.add(p)
        }
        return out
    }

    static func overdue(_ t: TaskSummary, _ c: Ctx) -> Spans {
        guard t.overdue > 0 else { return Spans([(c.t("quá hạn 0", "overdue 0"), .normal)]) }
        return Spans([
            (StatusMark.overdue.symbol(c.charset) + c.t(" quá hạn \(t.overdue)", " overdue \(t.overdue)"), .bad)
        ])
    }

    static func done(_ t: TaskSummary, _ c: Ctx) -> Spans {
        Spans([(StatusMark.done.symbol(c.charset) + c.t(" xong \(t.done)", " done \(t.done)"), .good)])
    }
}
