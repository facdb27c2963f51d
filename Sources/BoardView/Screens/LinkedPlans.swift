import BoardModel

/// The detailed plans in a zone (plans.csv's `zone_id`): the zone screen's
/// third list, after its works. Enter opens the plans screen on that
/// plan's row (as an assignment's plan link does; Enter there opens the
/// assignment it is made under), Esc comes back to the zone with the row
/// kept. The list comes from the summary's index (`PlanSummary.plans(inZone:)`).
enum LinkedPlans: ListSource {
    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [PlanState] {
        guard case .zone(let id) = screen.path else { return [] }
        let plans = c.summary.plans.plans(inZone: id)
        guard !list.filter.isEmpty else { return plans }
        return plans.filter { Filtering.matches(list.filter, [$0.plan.id, $0.plan.name, $0.plan.taskID ?? ""]) }
    }

    static func target(_ item: PlanState, _ screen: ScreenState) -> ScreenPath? { .plans }
    /// The plan's id: the reducer opens the plans screen on its row.
    static func identity(_ item: PlanState, _ screen: ScreenState) -> String? { item.plan.id }

    /// The list's index on the zone screen.
    static let index = 2

    static func has(_ screen: ScreenState, _ c: Ctx) -> Bool {
        guard screen.lists.count > index, case .zone(let id) = screen.path else { return false }
        return !c.summary.plans.plans(inZone: id).isEmpty
    }

    /// The section (heading, table) at the top of `area` when the zone has
    /// plans; returns the rest of the area.
    static func draw(_ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) -> Rect {
        guard has(screen, c), area.height >= 6 else { return area }
        let list = screen.lists[index]
        let plans = items(list, screen, c)
        let height = min(max(1, plans.count), area.height >= 20 ? 6 : 2) + 2
        let (section, rest) = area.splitTop(height)
        Detail.heading(
            c.t(
                "Đồ án quy hoạch chi tiết (\(plans.count)) · Tab chọn danh sách",
                "Detailed plans (\(plans.count)) · Tab to switch list"), c, in: section.splitTop(1).top, &out)
        let columns = [
            TableColumn(c.t("Mã", "ID"), width: .fit(min: 4, max: 8), priority: 6),
            TableColumn(c.t("Đồ án", "Plan"), width: .flex(min: 12, weight: 4), priority: 9),
            TableColumn(c.t("Giai đoạn", "Stage"), width: .fit(min: 8, max: 16), priority: 7),
            TableColumn(c.t("Diện tích", "Area"), width: .fit(min: 7, max: 9), alignment: .right, priority: 4),
            TableColumn(c.t("Đơn vị lập", "Lead"), width: .fit(min: 8, max: 14), priority: 3),
            TableColumn(c.t("Nhiệm vụ", "Task"), width: .fit(min: 4, max: 8), priority: 5),
        ]
        let rows = plans.map { p -> TableRow in
            TableRow([
                TableCell(p.plan.id), TableCell(p.plan.name),
                TableCell(p.stage.name(c.lang), style: p.stage == .approved ? .good : nil),
                TableCell(p.plan.areaHa.map { Formats.decimal($0, 1, c.lang) + " ha" } ?? "–"),
                TableCell(c.dataSet.unit(p.plan.leadID).map(Titles.unitName) ?? p.plan.leadID),
                TableCell(p.plan.taskID ?? "–"),
            ])
        }
        ListView(
            columns: columns, rows: rows, list: list, index: index, showSelection: screen.focus == index,
            emptyMessage: c.t("Không có đồ án khớp bộ lọc", "No plan matches")
        ).draw(in: section.splitTop(1).rest, &out)
        return rest.splitTop(1).rest
    }
}
