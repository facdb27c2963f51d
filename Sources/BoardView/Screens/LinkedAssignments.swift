import BoardModel

/// Works and assignments, both ways (tasks.csv's `work_ids`): a work's
/// screen lists where it is, its owner and the assignments about it; an
/// assignment's screen lists its works and the zones or gates they are
/// at. Enter opens a row, Esc comes back to it.
enum LinkedAssignments {
    // MARK: From a work

    /// A work's list: its zone or gate first (Enter on a work, as it
    /// opens, leads back where it is), its owner, then its assignments.
    static func ofWork(_ id: String, _ c: Ctx) -> [LinkRow] {
        guard let w = c.summary.works.work(id) ?? c.dataSet.work(id) else { return [] }
        var rows = place(of: w, c).map { [$0] } ?? []
        let owner = c.dataSet.unit(w.ownerID)
        rows.append(
            LinkRow(
                path: .unit(w.ownerID), role: ("chủ đầu tư", "owner"), text: owner?.name ?? w.ownerID,
                tail: owner == nil ? "" : " (" + w.ownerID + ")"))
        rows += c.summary.tasks.assignments(ofWork: id).map { assignment($0, c) }
        return rows
    }

    /// `! NV13 · BQL KKT · quá hạn 16 ngày · hạn 15/03/2024 · Hoàn thành…`:
    /// its mark, lead, state and due date before the title, which is cut
    /// first.
    static func assignment(_ v: TaskView, _ c: Ctx) -> LinkRow {
        let lead = c.dataSet.unit(v.task.leadID).map(Titles.unitName) ?? v.task.leadID
        var bits = [
            (UnitScreen.mark(v).map { $0.symbol(c.charset) + " " } ?? "") + v.task.id, lead, v.state.words(c.lang),
        ]
        if let due = v.task.dueOn, !v.isDone { bits.append(c.t("hạn ", "due ") + Formats.date(due, c.lang)) }
        bits.append(v.task.title)
        return LinkRow(
            path: .task(unit: v.task.leadID, task: v.task.id), role: ("nhiệm vụ", "assignment"),
            text: bits.joined(separator: " · "), style: TaskScreen.style(v))
    }

    /// `── Nơi, chủ đầu tư, nhiệm vụ (3) · Enter để mở ──`
    static func workHeading(_ rows: [LinkRow], _ c: Ctx) -> String {
        c.t(
            "Nơi thực hiện, chủ đầu tư, nhiệm vụ (\(rows.count)) · Enter để mở",
            "Where, owner and assignments (\(rows.count)) · Enter opens")
    }

    // MARK: From an assignment

    /// An assignment's works, then the zones and gates they are at (each
    /// once), then the detailed plan made under it (plans.csv's `task_id`).
    static func works(of t: BoardTask, _ c: Ctx) -> [LinkRow] {
        let works = t.workIDs.compactMap { c.summary.works.work($0) ?? c.dataSet.work($0) }
        var places: [LinkRow] = []
        for w in works {
            if let p = place(of: w, c), !places.contains(where: { $0.path == p.path }) { places.append(p) }
        }
        return works.map { work($0, c) } + places + (plan(of: t, c).map { [$0] } ?? [])
    }

    /// `QHCT03 · lập đồ án · 52,0 ha · Cảng cạn (ICD)…`: Enter opens the
    /// plans screen on that plan's row.
    static func plan(of t: BoardTask, _ c: Ctx) -> LinkRow? {
        guard let p = c.summary.plans.plan(forTask: t.id) else { return nil }
        var bits = [p.plan.id, p.stage.name(c.lang)]
        if let a = p.plan.areaHa { bits.append(Formats.decimal(a, 1, c.lang) + " ha") }
        bits.append(p.plan.name)
        return LinkRow(path: .plans, role: ("đồ án", "plan"), text: bits.joined(separator: " · "))
    }

    /// `KCN01 · chậm 16 ngày · 72% · hạn 15/03/2024 · Nâng cấp, mở rộng…`:
    /// the state before the name, which is cut first.
    static func work(_ w: Work, _ c: Ctx) -> LinkRow {
        var bits = [w.id]
        if let late = w.daysLate(asOf: c.asOf) {
            bits.append(StatusMark.overdue.symbol(c.charset) + " " + c.t("chậm \(late) ngày", "\(late) days late"))
        } else {
            bits.append(
                c.summary.works.notStarted.contains(w.id) ? c.t("chưa khởi công", "not started") : w.status.name(c.lang)
            )
        }
        if let p = w.progressPct { bits.append(Formats.percent(p, c.lang)) }
        if let due = w.dueOn, !w.status.isFinished { bits.append(c.t("hạn ", "due ") + Formats.date(due, c.lang)) }
        bits.append(w.name)
        return LinkRow(
            path: .work(w.id), role: ("công trình", "work"), text: bits.joined(separator: " · "),
            style: w.isLate(asOf: c.asOf) ? .late : .normal)
    }

    /// `── Công trình và nơi thực hiện (2) · Enter để mở ──`, or the plan's
    /// section, or both.
    static func worksHeading(_ rows: [LinkRow], _ c: Ctx) -> String {
        let plan = rows.last?.path == .plans
        let what: String
        switch (plan, rows.count > (plan ? 1 : 0)) {
        case (true, true): what = c.t("Công trình, nơi thực hiện, đồ án", "Works, where they are, plan")
        case (true, false): what = c.t("Đồ án quy hoạch", "Detailed plan")
        default: what = c.t("Công trình và nơi thực hiện", "Works and where they are")
        }
        return what + " (\(rows.count)) · " + c.t("Enter để mở", "Enter opens")
    }

    // MARK: Shared

    /// The zone or gate a work is at, as a row; nil for a work at neither.
    static func place(of w: Work, _ c: Ctx) -> LinkRow? {
        if let id = w.zoneID { return .zone(id, c, showingID: true) }
        if let id = w.gateID { return .gate(id, c) }
        return nil
    }
}
