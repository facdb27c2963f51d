import BoardModel

/// The detailed plans of functional areas, by stage and lead: each with
/// its lead unit, zone, area, stage and approval decision, and the
/// assignment it is made under (Enter; `u` opens the lead unit, `z` the
/// zone; Esc comes back to the same row).
///
/// A screen reached from the tasks panel (`K`), not a panel of its own:
/// the plans are assignments of the committee with a dossier attached,
/// twelve of them that move a stage every few months. A sixth panel would
/// take a sixth of the overview, every day, from figures that change
/// daily; here they sit one key from the scorecard of the units that make
/// them, and each row leads back to its assignment and unit.
enum PlansScreen: ListSource {
    enum Sort: Int, SortOrder {
        case stage, lead, id
        var name: (vi: String, en: String) {
            switch self {
            case .stage: return ("giai đoạn", "stage")
            case .lead: return ("đơn vị lập", "lead")
            case .id: return ("mã", "id")
            }
        }
    }

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [PlanState] {
        var rows = c.summary.plans.plans.filter { p in
            Filtering.matches(
                list.filter,
                [
                    p.plan.id, p.plan.name, p.plan.taskID ?? "", p.plan.leadID,
                    c.dataSet.unit(p.plan.leadID).map(Titles.unitName) ?? "", p.stage.name(c.lang),
                ])
        }
        let stages = PlanStage.allCases
        func rank(_ p: PlanState) -> Int { stages.firstIndex(of: p.stage) ?? 0 }
        switch Sort(list) {
        // The least advanced first: what needs pushing.
        case .stage: rows.sort { (rank($0), $0.plan.id) < (rank($1), $1.plan.id) }
        case .lead: rows.sort { ($0.plan.leadID, $0.plan.id) < ($1.plan.leadID, $1.plan.id) }
        case .id: rows.sort { $0.plan.id < $1.plan.id }
        }
        return list.directed(rows)
    }

    static func target(_ item: PlanState, _ screen: ScreenState) -> ScreenPath? {
        item.plan.taskID.map { .task(unit: item.plan.leadID, task: $0) }
    }

    /// The lead unit of the plan on row `i` of the state's plans screen.
    static func lead(at i: Int, _ s: AppState) -> String? {
        let rows = items(s.screen.list, s.screen, Ctx(s))
        return rows.indices.contains(i) ? rows[i].plan.leadID : nil
    }

    /// The zone of the plan on row `i`, when plans.csv names one.
    static func zone(at i: Int, _ s: AppState) -> String? {
        let rows = items(s.screen.list, s.screen, Ctx(s))
        return rows.indices.contains(i) ? rows[i].plan.zoneID : nil
    }

    /// `12 đồ án: 5 đã phê duyệt · 1 thẩm định · 4 lập đồ án · …`, stages
    /// with none left out.
    static func stageLine(_ c: Ctx) -> Spans {
        let p = c.summary.plans
        var s = Spans([(c.t("\(p.total) đồ án: ", "\(p.total) plans: "), .title)])
        for (i, st) in p.byStage.reversed().filter({ $0.count > 0 }).enumerated() {
            if i > 0 { s.add(" · ", .dim) }
            s.add("\(st.count) " + st.stage.name(c.lang), st.stage == .approved ? .good : .normal)
        }
        return s
    }

    /// `BQL KKT 3 (2 duyệt) · UBND Bát Xát 6 (2) · …`
    static func leadLine(_ c: Ctx) -> Spans {
        var s = Spans([(c.t("Đơn vị lập: ", "Made by: "), .dim)])
        for (i, l) in c.summary.plans.byLead.enumerated() {
            if i > 0 { s.add(" · ", .dim) }
            let name = c.dataSet.unit(l.id).map(Titles.unitName) ?? l.id
            s.add(name + " \(l.count)")
            s.add(c.t(" (\(l.approved) đã duyệt)", " (\(l.approved) approved)"), .dim)
        }
        return s
    }

    static func draw(_ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let inner = Panels.box(
            c.t("Quy hoạch chi tiết các khu chức năng", "Detailed plans of functional areas"), screen.list,
            focused: true, sorts: sorts, editing: c.editingFilter, c, in: area, &out)
        guard c.summary.plans.total > 0 else {
            return Detail.none(
                c.t("Chưa có đồ án quy hoạch (plans.csv).", "No plans yet (plans.csv)."), in: inner, &out)
        }
        var rest = inner
        for line in [stageLine(c), leadLine(c)] where rest.height >= 6 {
            let (l, r) = rest.splitTop(1)
            line.draw(in: l, &out)
            rest = r
        }
        // Columns that fit their content grow left to right: the ones that
        // matter most come first.
        let columns = [
            TableColumn(c.t("Mã", "ID"), width: .fit(min: 6, max: 8), priority: 3),
            TableColumn(c.t("Khu chức năng", "Functional area"), width: .flex(min: 20, weight: 1), priority: 10),
            TableColumn(c.t("Giai đoạn", "Stage"), width: .fit(min: 9, max: 13), priority: 9),
            TableColumn(c.t("Đơn vị lập", "Lead"), width: .fit(min: 10, max: 14), priority: 8),
            TableColumn(c.t("Nhiệm vụ", "Assignment"), width: .fit(min: 16, max: 20), priority: 7),
            TableColumn(c.t("Diện tích", "Area"), width: .fit(min: 6, max: 9), alignment: .right, priority: 5),
            TableColumn(c.t("Quyết định", "Decision"), width: .fit(min: 12, max: 20), priority: 4),
            TableColumn(c.t("Ngày duyệt", "Approved"), width: .fit(min: 10, max: 10), alignment: .right, priority: 6),
            TableColumn(c.t("Khu", "Zone"), width: .fit(min: 8, max: 16), priority: 2),
        ]
        let tails = c.data.titleTails.get(.plans, c.dataSet)
        let plans = items(screen.list, screen, c)
        let rows = plans.map { p -> TableRow in
            let approved = p.stage == .approved
            // Approved after the as-of date: not yet then, and said so.
            let later = !approved && p.plan.stage == .approved
            let task = p.plan.taskID.flatMap { c.summary.tasks.view($0) }
            let taskText = p.plan.taskID.map { id in id + (task.map { " " + UnitScreen.stateCell($0, c).text } ?? "") }
            return TableRow([
                TableCell(p.plan.id), TableCell(p.plan.name, tailFrom: tails[p.plan.id] ?? 0),
                TableCell(p.stage.name(c.lang), style: approved ? .good : nil),
                TableCell(c.dataSet.unit(p.plan.leadID).map(Titles.unitName) ?? p.plan.leadID),
                TableCell(taskText ?? "–", style: task?.isOverdue == true ? .bad : nil),
                TableCell(p.plan.areaHa.map { Formats.decimal($0, 1, c.lang) + " ha" } ?? "–"),
                TableCell(
                    approved ? p.plan.decision ?? "–" : (later ? c.t("duyệt sau ngày xem", "approved later") : "–"),
                    style: approved ? nil : .dim),
                TableCell(p.plan.approvedOn.map { Formats.date($0, c.lang) } ?? "–", style: approved ? nil : .dim),
                TableCell(p.plan.zoneID.map { c.dataSet.zone($0).map(Titles.zoneName) ?? $0 } ?? "–"),
            ])
        }
        ListView(
            columns: columns, rows: rows, list: screen.list, index: 0, showSelection: true,
            emptyMessage: c.t("Không có đồ án khớp bộ lọc", "No plan matches"),
            fullText: ListView.selected(plans, screen.list)?.plan.name,
            fullTextHeading: ListView.selected(plans, screen.list)?.plan.id ?? "", textColumn: 1
        ).draw(in: rest, &out)
    }
}
