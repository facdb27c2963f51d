/// `ezboard report --unit ID [--overdue]`: one unit's assignments for the
/// meeting minutes — those it leads, then those it supports — with the same
/// facts the unit screen shows, all taken from `TaskSummary` as of its date.
///
/// Within each group the order is the unit screen's default: overdue
/// first (longest overdue first), then open by days left, standing tasks,
/// then done ones (most recently done first); ties by id.
public enum UnitReport {
    /// The unit's assignments as the report lists them.
    public struct Assignments: Sendable {
        public var lead: [TaskView]
        public var support: [TaskView]
        public var all: [(role: Role, view: TaskView)] { lead.map { (.lead, $0) } + support.map { (.support, $0) } }
    }

    public enum Role: String, Sendable { case lead, support }

    /// Lead then support assignments of `unitID`, in urgency order;
    /// `overdueOnly` keeps the overdue ones.
    public static func assignments(_ s: TaskSummary, unit unitID: String, overdueOnly: Bool = false) -> Assignments {
        let (lead, support) = s.assignments(of: unitID)
        func pick(_ views: [TaskView]) -> [TaskView] {
            views.filter { !overdueOnly || $0.isOverdue }.sorted(by: urgencyOrder)
        }
        return Assignments(lead: pick(lead), support: pick(support))
    }

    /// Most urgent first: overdue (longest first), open (soonest due
    /// first), standing, done (most recently done first); then by id.
    public static func urgencyOrder(_ a: TaskView, _ b: TaskView) -> Bool {
        let ua = urgency(a)
        let ub = urgency(b)
        return (ua.0, ua.1, a.task.id) < (ub.0, ub.1, b.task.id)
    }

    /// The sort key behind `urgencyOrder` (smaller is more urgent).
    public static func urgency(_ v: TaskView) -> (Int, Int) {
        switch v.state {
        case .overdue(let d): return (0, -d)
        case .open(let left): return (1, left)
        case .standing: return (2, 0)
        case .doneOnTime, .doneLate, .done: return (3, -(v.task.doneOn?.daysSinceEpoch ?? 0))
        }
    }

    /// The state as a machine word: `overdue`, `open`, `standing`,
    /// `done_on_time`, `done_late`, `done`.
    public static func stateKey(_ s: TaskView.State) -> String {
        switch s {
        case .overdue: return "overdue"
        case .open: return "open"
        case .standing: return "standing"
        case .doneOnTime: return "done_on_time"
        case .doneLate: return "done_late"
        case .done: return "done"
        }
    }

    /// Days overdue, days left, days late: each nil where it does not
    /// apply (days late is 0 for a task done on time).
    public static func days(_ s: TaskView.State) -> (overdue: Int?, left: Int?, late: Int?) {
        switch s {
        case .overdue(let d): return (d, nil, nil)
        case .open(let d): return (nil, d, nil)
        case .doneLate(let d): return (nil, nil, d)
        case .doneOnTime: return (nil, nil, 0)
        case .standing, .done: return (nil, nil, nil)
        }
    }

    /// The done date as of the summary's date (nil while not yet done then).
    static func doneOn(_ v: TaskView) -> Day? { v.isDone ? v.task.doneOn : nil }

    // MARK: Markdown

    public static func markdown(_ s: TaskSummary, unit: Unit, overdueOnly: Bool = false, lang l: Lang) -> String {
        let a = assignments(s, unit: unit.id, overdueOnly: overdueOnly)
        var md = MarkdownText()
        md.line(
            "# " + md.inline(unit.name) + " (" + md.inline(unit.id) + ") — "
                + l.pick("nhiệm vụ Ban Chỉ đạo giao, đến ngày ", "the committee's assignments as of ")
                + Formats.date(s.asOf, l))
        md.blank()
        SampleMark.markdown(s.isSample, l, &md)
        if let score = s.score(unit.id) {
            md.line("- " + leadSummary(score, l))
            md.line("- " + supportSummary(score, l))
            if score.leadOpen > 0 { md.line("- " + reportingSummary(score, silentDays: s.silentDays, l)) }
            if overdueOnly {
                md.line(
                    "- "
                        + l.pick(
                            "Chỉ liệt kê các nhiệm vụ **quá hạn**.", "Only the **overdue** assignments are listed."))
            }
            md.blank()
        }
        for (role, views) in [(Role.lead, a.lead), (.support, a.support)] {
            md.line(
                "## " + (role == .lead ? l.pick("Chủ trì", "Leads") : l.pick("Phối hợp", "Supports"))
                    + " (\(views.count))")
            md.blank()
            if views.isEmpty {
                md.line(emptyGroup(role, overdueOnly: overdueOnly, l))
            } else {
                table(views, role: role, l, &md)
            }
            md.blank()
        }
        // One line end at the end, not the blank line after the last table.
        return md.finished
    }

    static func leadSummary(_ u: UnitScore, _ l: Lang) -> String {
        guard u.leadTotal > 0 else { return l.pick("Không chủ trì nhiệm vụ nào.", "Leads no assignment.") }
        var s = l.pick(
            "Chủ trì \(u.leadTotal): đang thực hiện \(u.leadOpen) (quá hạn **\(u.leadOverdue)**), hoàn thành \(u.leadDone)",
            "Leads \(u.leadTotal): \(u.leadOpen) open (**\(u.leadOverdue)** overdue), \(u.leadDone) done")
        if let pct = u.onTimePct {
            s += l.pick(" (đúng hạn \(Formats.percent(pct, l)))", " (\(Formats.percent(pct, l)) on time)")
        }
        return s
    }

    static func supportSummary(_ u: UnitScore, _ l: Lang) -> String {
        guard u.supportTotal > 0 else { return l.pick("Không phối hợp nhiệm vụ nào.", "Supports no assignment.") }
        return l.pick(
            "Phối hợp \(u.supportTotal): đang thực hiện \(u.supportOpen) (quá hạn **\(u.supportOverdue)**)",
            "Supports \(u.supportTotal): \(u.supportOpen) open (**\(u.supportOverdue)** overdue)")
    }

    /// `Báo cáo trong 30 ngày: 6/9 nhiệm vụ chủ trì đang thực hiện (chậm báo cáo **3**)`.
    static func reportingSummary(_ u: UnitScore, silentDays n: Int, _ l: Lang) -> String {
        var s = l.pick(
            "Báo cáo trong \(n) ngày: \(u.leadReportedWithin)/\(u.leadOpen) nhiệm vụ chủ trì đang thực hiện",
            "Reported within \(n) days: \(u.leadReportedWithin) of \(u.leadOpen) open lead assignments")
        if u.leadSilent > 0 {
            s += l.pick(" (chậm báo cáo **\(u.leadSilent)**)", " (**\(u.leadSilent)** silent)")
        }
        return s
    }

    static func emptyGroup(_ role: Role, overdueOnly: Bool, _ l: Lang) -> String {
        switch (role, overdueOnly) {
        case (.lead, false): return l.pick("Không chủ trì nhiệm vụ nào.", "Leads no assignment.")
        case (.support, false): return l.pick("Không phối hợp nhiệm vụ nào.", "Supports no assignment.")
        case (.lead, true): return l.pick("Không có nhiệm vụ chủ trì quá hạn.", "No lead assignment is overdue.")
        case (.support, true):
            return l.pick("Không có nhiệm vụ phối hợp quá hạn.", "No supported assignment is overdue.")
        }
    }

    static func table(_ views: [TaskView], role: Role, _ l: Lang, _ md: inout MarkdownText) {
        let header = [
            l.pick("Mã", "ID"), l.pick("Nhiệm vụ", "Assignment"), l.pick("Vai trò", "Role"), l.pick("Hạn", "Due"),
            l.pick("Tình trạng", "State"), l.pick("Trạng thái", "Status"), l.pick("Tiến độ", "Progress"),
            l.pick("Báo cáo gần nhất", "Latest report"), l.pick("Từ báo cáo gần nhất", "Since the report"),
            l.pick("Nội dung báo cáo", "Report note"),
        ]
        md.row(header)
        md.line("|---|---|---|---|---|---|---:|---|---:|---|")
        for v in views {
            let cells = [
                md.inline(v.task.id), md.inline(v.task.title),
                role == .lead ? l.pick("chủ trì", "lead") : l.pick("phối hợp", "support"),
                AssignmentItems.due(v, l), AssignmentItems.state(v, l), v.status.name(l),
                AssignmentItems.progress(v, l), AssignmentItems.latest(v, l), AssignmentItems.sinceReport(v, l),
                v.latestUpdate.map { md.inline($0.note) } ?? "",
            ]
            md.row(cells)
        }
    }

    // MARK: CSV

    /// One row per assignment, lead then support, with a header
    /// (`AssignmentItems.csvHeader`); machine formats (dates `YYYY-MM-DD`,
    /// numbers with `.`), a byte-order mark first (`CSVTable`).
    public static var csvHeader: [String] { AssignmentItems.csvHeader }

    public static func csv(
        _ s: TaskSummary, unit: Unit, overdueOnly: Bool = false, names: AssignmentItems.Names? = nil,
        bom: Bool = true
    ) -> String {
        let names = names ?? AssignmentItems.Names(units: [unit])
        var t = CSVTable(header: AssignmentItems.csvHeader)
        for (role, v) in assignments(s, unit: unit.id, overdueOnly: overdueOnly).all {
            t.add(AssignmentItems.csvRow(v, asOf: s.asOf, unit: unit.id, role: role, names, sample: s.isSample))
        }
        return t.rendered(bom: bom)
    }

    // MARK: JSON

    public static func json(
        _ s: TaskSummary, unit: Unit, overdueOnly: Bool = false, names: AssignmentItems.Names? = nil
    ) -> String {
        let names = names ?? AssignmentItems.Names(units: [unit])
        let a = assignments(s, unit: unit.id, overdueOnly: overdueOnly)
        var members: [(String, JSON)] = [
            SampleMark.json(s.isSample),
            ("as_of", .string(s.asOf.description)),
            ("unit", .object([("id", .string(unit.id)), ("name", .string(unit.name))])),
            ("overdue_only", .bool(overdueOnly)),
            ("silent_days", .int(s.silentDays)),
        ]
        if let u = s.score(unit.id) {
            members.append(
                (
                    "scorecard",
                    .object([
                        ("lead_total", .int(u.leadTotal)), ("lead_open", .int(u.leadOpen)),
                        ("lead_overdue", .int(u.leadOverdue)),
                        ("lead_done", .int(u.leadDone)), ("on_time_pct", .num(u.onTimePct)),
                        ("lead_due_soon", .int(u.leadDueSoon)),
                        ("support_total", .int(u.supportTotal)), ("support_open", .int(u.supportOpen)),
                        ("support_overdue", .int(u.supportOverdue)),
                        ("lead_silent", .int(u.leadSilent)), ("lead_reported_within", .int(u.leadReportedWithin)),
                        ("support_silent", .int(u.supportSilent)),
                    ])
                ))
        }
        members.append(
            ("assignments", .array(a.all.map { AssignmentItems.json($0.view, role: $0.role, names) })))
        return JSON.object(members).rendered()
    }
}
