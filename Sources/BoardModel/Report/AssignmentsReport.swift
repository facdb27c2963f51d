/// `ezboard report --assignments [--overdue] [--unit ID]`: every
/// assignment of every unit (or of one unit, leading or supporting), for
/// scripts and the meeting minutes. Items have the shape of `report --unit`
/// (`AssignmentItems`); the order is the all-assignments screen's grouped
/// by lead unit: lead units most overdue first, each unit's assignments
/// most urgent first.
public enum AssignmentsReport {
    /// What to list: `unit` (nil: every unit) and overdue ones only.
    public struct Scope: Sendable {
        public var unit: Unit?
        public var overdueOnly: Bool
        public init(unit: Unit? = nil, overdueOnly: Bool = false) {
            self.unit = unit
            self.overdueOnly = overdueOnly
        }
    }

    /// The listed assignments by lead unit: each group's lead unit id and
    /// its assignments, most urgent first; empty groups left out.
    public static func groups(_ s: BoardSummary, _ scope: Scope) -> [(lead: String, views: [TaskView])] {
        let list = s.assignments
        let groups = list.groups(.leadUnit)
        let of = list.leadGroupOf
        var buckets = [[TaskView]](repeating: [], count: groups.count)
        for i in list.order(.urgency) {
            let v = s.tasks.tasks[i]
            if scope.overdueOnly && !v.isOverdue { continue }
            if let u = scope.unit, v.task.leadID != u.id && !v.task.supportIDs.contains(u.id) { continue }
            buckets[of[i]].append(v)
        }
        return zip(groups, buckets).compactMap { g, views in
            guard case .unit(let id) = g, !views.isEmpty else { return nil }
            return (id, views)
        }
    }

    static func role(_ v: TaskView, _ scope: Scope) -> UnitReport.Role? {
        guard let u = scope.unit else { return nil }
        return v.task.leadID == u.id ? .lead : .support
    }

    // MARK: JSON

    public static func json(_ s: BoardSummary, _ scope: Scope, names: AssignmentItems.Names) -> String {
        let items = groups(s, scope).flatMap { $0.views }.map { AssignmentItems.json($0, role: role($0, scope), names) }
        return JSON.object([
            SampleMark.json(s.isSample),
            ("as_of", .string(s.asOf.description)),
            ("unit", scope.unit.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) } ?? .null),
            ("overdue_only", .bool(scope.overdueOnly)),
            ("silent_days", .int(s.tasks.silentDays)),
            ("assignments", .array(items)),
        ]).rendered()
    }

    // MARK: CSV

    public static func csv(_ s: BoardSummary, _ scope: Scope, names: AssignmentItems.Names, bom: Bool = true)
        -> String
    {
        var t = CSVTable(header: AssignmentItems.csvHeader)
        for (_, views) in groups(s, scope) {
            for v in views {
                t.add(
                    AssignmentItems.csvRow(
                        v, asOf: s.asOf, unit: scope.unit?.id, role: role(v, scope), names, sample: s.isSample))
            }
        }
        return t.rendered(bom: bom)
    }

    // MARK: Markdown

    public static func markdown(_ s: BoardSummary, _ scope: Scope, names: AssignmentItems.Names, lang l: Lang)
        -> String
    {
        var md = MarkdownText()
        let whose =
            scope.unit.map { md.inline($0.name) + " (" + md.inline($0.id) + ")" }
            ?? l.pick("tất cả các đơn vị", "every unit")
        md.line(
            "# " + l.pick("Nhiệm vụ Ban Chỉ đạo giao — ", "The committee's assignments — ") + whose
                + l.pick(", đến ngày ", ", as of ") + Formats.date(s.asOf, l))
        md.blank()
        SampleMark.markdown(s.isSample, l, &md)
        let groups = groups(s, scope)
        let listed = groups.reduce(0) { $0 + $1.views.count }
        let open = groups.reduce(0) { $0 + $1.views.filter { !$0.isDone }.count }
        let overdue = groups.reduce(0) { $0 + $1.views.filter(\.isOverdue).count }
        let silent = groups.reduce(0) { $0 + $1.views.filter(\.isSilent).count }
        let n = s.tasks.silentDays
        md.line(
            "- "
                + l.pick(
                    "\(listed) nhiệm vụ: đang thực hiện \(open) (quá hạn **\(overdue)**, không báo cáo quá \(n) ngày **\(silent)**), hoàn thành \(listed - open)",
                    "\(listed) assignment\(listed == 1 ? "" : "s"): \(open) open (**\(overdue)** overdue, **\(silent)** silent for over \(n) days), \(listed - open) done"
                ))
        if scope.overdueOnly {
            md.line(
                "- " + l.pick("Chỉ liệt kê các nhiệm vụ **quá hạn**.", "Only the **overdue** assignments are listed."))
        }
        if scope.unit != nil {
            md.line(
                "- "
                    + l.pick(
                        "Các nhiệm vụ đơn vị chủ trì hoặc phối hợp, theo đơn vị chủ trì.",
                        "The assignments the unit leads or supports, by lead unit."))
        }
        md.blank()
        if groups.isEmpty {
            md.line(
                scope.overdueOnly
                    ? l.pick("Không có nhiệm vụ quá hạn.", "No assignment is overdue.")
                    : l.pick("Không có nhiệm vụ nào.", "No assignments."))
            md.blank()
        }
        for (lead, views) in groups {
            let short = names.short(lead)
            let title = md.inline(names.name(lead)) + (short != names.name(lead) ? " (" + md.inline(short) + ")" : "")
            md.line("## " + title + l.pick(" — chủ trì \(views.count)", " — leads \(views.count)"))
            md.blank()
            table(views, names, l, &md)
            md.blank()
        }
        return md.finished
    }

    static func table(_ views: [TaskView], _ names: AssignmentItems.Names, _ l: Lang, _ md: inout MarkdownText) {
        let header = [
            l.pick("Mã", "ID"), l.pick("Nhiệm vụ", "Assignment"), l.pick("Phối hợp", "Supporting units"),
            l.pick("Hạn", "Due"), l.pick("Tình trạng", "State"), l.pick("Trạng thái", "Status"),
            l.pick("Tiến độ", "Progress"), l.pick("Báo cáo gần nhất", "Latest report"),
            l.pick("Từ báo cáo gần nhất", "Since the report"), l.pick("Nội dung báo cáo", "Report note"),
        ]
        md.row(header)
        md.line("|---|---|---|---|---|---|---:|---|---:|---|")
        for v in views {
            let support = v.task.supportIDs.map { md.inline(names.short($0)) }.joined(separator: ", ")
            let cells = [
                md.inline(v.task.id), md.inline(v.task.title), support.isEmpty ? "–" : support,
                AssignmentItems.due(v, l), AssignmentItems.state(v, l), v.status.name(l),
                AssignmentItems.progress(v, l), AssignmentItems.latest(v, l), AssignmentItems.sinceReport(v, l),
                v.latestUpdate.map { md.inline($0.note) } ?? "",
            ]
            md.row(cells)
        }
    }
}
