import BoardModel

/// One unit: every assignment it leads and every one it supports, with its
/// scorecard, the filters in force, and (when tall) the selected
/// assignment's full title and latest report.
enum UnitScreen: ListSource {
    enum Sort: Int, SortOrder {
        case mostUrgent, dueDate, leadFirst, latestReport, id
        var name: (vi: String, en: String) {
            switch self {
            case .mostUrgent: return ("khẩn cấp trước", "most urgent")
            case .dueDate: return ("hạn", "due date")
            case .leadFirst: return ("chủ trì trước", "lead first")
            case .latestReport: return ("báo cáo gần nhất", "latest report")
            case .id: return ("mã", "id")
            }
        }
    }

    /// The unit's assignments as the screen lists them: filters, search
    /// and sort applied. `Neighbours` steps through these for `n`/`p`.
    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [UnitAssignment] {
        guard case .unit(let id) = screen.path else { return [] }
        var rows = all(id, c)
            .filter { UnitFilters.keep($0, screen) }
            .filter { Filtering.matches(list.filter, searchTexts($0, c)) }
        // The same order as `ezboard report --unit`, lead before support on ties.
        func urgent(_ a: UnitAssignment, _ b: UnitAssignment) -> Bool {
            let ua = UnitReport.urgency(a.view)
            let ub = UnitReport.urgency(b.view)
            return (ua.0, ua.1, a.isLead ? 0 : 1, a.task.id) < (ub.0, ub.1, b.isLead ? 0 : 1, b.task.id)
        }
        switch Sort(list) {
        case .dueDate:
            rows.sort {
                ($0.task.dueOn?.daysSinceEpoch ?? Int.max, $0.task.id) < (
                    $1.task.dueOn?.daysSinceEpoch ?? Int.max, $1.task.id
                )
            }
        case .leadFirst: rows.sort { a, b in a.isLead != b.isLead ? a.isLead : urgent(a, b) }
        case .latestReport:
            rows.sort {
                ($0.view.latestUpdate?.on.daysSinceEpoch ?? Int.min, $1.task.id) > (
                    $1.view.latestUpdate?.on.daysSinceEpoch ?? Int.min, $0.task.id
                )
            }
        case .id: rows.sort { $0.task.id < $1.task.id }
        case .mostUrgent: rows.sort(by: urgent)
        }
        return list.directed(rows)
    }

    /// What `/` searches in an assignment: id, title, source, the lead and
    /// supporting units (ids and names) and every progress note.
    static func searchTexts(_ a: UnitAssignment, _ c: Ctx) -> [String] {
        var texts = [a.task.id, a.task.title, a.task.source ?? ""]
        for id in [a.task.leadID] + a.task.supportIDs {
            texts.append(id)
            if let u = c.dataSet.unit(id) { texts += [u.name, u.shortName ?? ""] }
        }
        return texts + a.view.updates.map(\.note)
    }

    /// Every assignment of the unit, lead then support, unfiltered.
    static func all(_ id: String, _ c: Ctx) -> [UnitAssignment] {
        let (lead, support) = c.summary.tasks.assignments(of: id)
        return lead.map { UnitAssignment(view: $0, role: .lead) }
            + support.map { UnitAssignment(view: $0, role: .support) }
    }

    static func target(_ item: UnitAssignment, _ screen: ScreenState) -> ScreenPath? {
        guard case .unit(let id) = screen.path else { return nil }
        return .task(unit: id, task: item.task.id)
    }

    static func mark(_ v: TaskView) -> StatusMark? {
        switch v.state {
        case .overdue: return .overdue
        case .doneLate: return .late
        case .doneOnTime, .done: return .done
        case .standing: return .standing
        case .open: return v.status == .blocked ? .blocked : nil
        }
    }

    /// Days overdue or left, or how it ended, in a few words for a column.
    static func stateCell(_ v: TaskView, _ c: Ctx) -> TableCell {
        switch v.state {
        case .overdue(let d): return TableCell(c.t("quá \(d) ngày", "\(d) d late"), style: .bad)
        case .open(let d):
            return TableCell(
                d == 0 ? c.t("hôm nay", "due today") : c.t("còn \(d) ngày", "\(d) d left"),
                style: d <= TaskSummary.dueSoonDays ? .warn : nil)
        case .standing: return TableCell(c.t("thường xuyên", "standing"), style: .dim)
        case .doneOnTime: return TableCell(c.t("đúng hạn", "on time"), style: .good)
        case .doneLate(let d): return TableCell(c.t("chậm \(d) ngày", "\(d) d late"), style: .late)
        case .done: return TableCell(c.t("xong", "done"), style: .good)
        }
    }

    static func roleName(_ lead: Bool, _ c: Ctx) -> String {
        lead ? c.t("chủ trì", "lead") : c.t("phối hợp", "support")
    }

    /// Put before a supported assignment's title when there is no room for
    /// the role column.
    static func supportTag(_ c: Ctx) -> String { c.t("[PH]", "[sup]") }

    // MARK: Columns

    /// The table's columns, in display order. Which show depends on the
    /// width: the mark, id, title and days overdue/left always; then, while
    /// the title keeps a readable width, the due date, progress, report
    /// date, status and role; the latest note only when very wide.
    enum Column: CaseIterable { case mark, id, title, role, due, left, status, progress, reported, note }

    static let required: [Column] = [.mark, .id, .title, .left]
    static let optional: [Column] = [.due, .progress, .reported, .status, .role]

    static func header(_ col: Column, _ c: Ctx, tagged: Bool) -> String {
        switch col {
        case .mark: return ""
        case .id: return c.t("Mã", "ID")
        case .title:
            return c.t("Nhiệm vụ", "Assignment")
                + (tagged ? c.t("  (\(supportTag(c)) = phối hợp)", "  (\(supportTag(c)) = supporting)") : "")
        case .role: return c.t("Vai trò", "Role")
        case .due: return c.t("Hạn", "Due")
        case .left: return c.t("Thời hạn", "Deadline")
        case .status: return c.t("Trạng thái", "Status")
        case .progress: return "%"
        case .reported: return c.t("Báo cáo", "Reported")
        case .note: return c.t("Báo cáo gần nhất", "Latest report")
        }
    }

    static func cell(_ col: Column, _ a: UnitAssignment, _ c: Ctx, tagged: Bool) -> TableCell {
        let v = a.view
        switch col {
        case .mark:
            let m = mark(v)
            guard v.isSilent else { return TableCell(m?.symbol(c.charset) ?? "", style: m?.style) }
            // The state's mark, then the silent one in the second column.
            return TableCell(
                (m?.symbol(c.charset) ?? " ") + StatusMark.silent.symbol(c.charset),
                style: m?.style ?? StatusMark.silent.style)
        case .id: return TableCell(a.task.id)
        case .title:
            let tail = c.data.titleTails.get(.tasks, c.dataSet)[a.task.id] ?? 0
            guard tagged && !a.isLead else { return TableCell(a.task.title, tailFrom: tail) }
            let tag = supportTag(c) + " "
            let n = tag.utf8.count
            return TableCell(tag + a.task.title, tailFrom: tail > 0 ? tail + n : 0, headKept: n)
        case .role: return TableCell(roleName(a.isLead, c))
        case .due: return TableCell(a.task.dueOn.map { Formats.date($0, c.lang) } ?? "–")
        case .left: return stateCell(v, c)
        case .status:
            let st: Style? = v.status == .blocked ? .bad : (v.status == .notStarted && !v.isDone ? .warn : nil)
            return TableCell(v.status.name(c.lang), style: st)
        case .progress: return TableCell(v.latestProgress.map { Formats.percent($0, c.lang) } ?? "–")
        case .reported:
            return TableCell(
                v.latestUpdate.map { Formats.date($0.on, c.lang) } ?? "–", style: v.isSilent ? .warn : nil)
        case .note:
            return TableCell(
                v.latestUpdate.map { SafeText.oneLine($0.note) } ?? "–", style: v.latestUpdate == nil ? .dim : nil)
        }
    }

    static func isRight(_ col: Column) -> Bool { [.due, .left, .progress, .reported].contains(col) }

    /// The columns that fit `width` for these rows (see `Column`).
    static func columns(width: Int, _ rows: [UnitAssignment], _ c: Ctx) -> [Column] {
        func measure(_ col: Column) -> Int {
            var w = TextLayout.width(header(col, c, tagged: false), charset: c.charset)
            for a in rows { w = max(w, TextLayout.width(cell(col, a, c, tagged: false).text, charset: c.charset)) }
            return col == .mark ? markWidth(rows) : w
        }
        let titleMin = min(40, max(12, width * 45 / 100))
        var used = measure(.mark) + measure(.id) + measure(.left) + titleMin + 3
        var chosen = Set(required)
        for col in optional {
            let w = measure(col) + 1
            if used + w <= width {
                chosen.insert(col)
                used += w
            }
        }
        if used + 1 + noteMin <= width { chosen.insert(.note) }
        return Column.allCases.filter { chosen.contains($0) }
    }

    static let noteMin = 30

    /// The mark column: one for the state's mark, two when a row also
    /// carries the silent mark.
    static func markWidth(_ rows: [UnitAssignment]) -> Int { rows.contains { $0.view.isSilent } ? 2 : 1 }
}
