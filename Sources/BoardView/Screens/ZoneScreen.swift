import BoardModel

/// One zone: its figures beside last year's, its works and detailed plans
/// (lists 1 and 2, when it has them), monthly output beside last year's,
/// and its projects (list 0).
enum ZoneScreen: ListSource {
    enum Sort: Int, SortOrder {
        case status, capital, name, date
        var column: Int? { [4, 3, 1, 5][rawValue] }
        var name: (vi: String, en: String) {
            switch self {
            case .status: return ("trạng thái", "status")
            case .capital: return ("vốn đầu tư", "capital")
            case .name: return ("tên", "name")
            case .date: return ("ngày", "date")
            }
        }
    }

    /// The zone's projects known on the as-of date, with their status then.
    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [ProjectState] {
        guard case .zone(let id) = screen.path else { return [] }
        var rows = c.summary.projects.states.filter { $0.project.zoneID == id && $0.exists }.filter {
            Filtering.matches(
                list.filter,
                [
                    $0.project.id, $0.project.name, $0.project.investor ?? "", $0.status?.name(c.lang) ?? "",
                    $0.status?.rawValue ?? "",
                ])
        }
        // Every status is among `allCases`; `?? 0` only satisfies the type.
        let order = ProjectStatus.allCases
        func rank(_ s: ProjectState) -> Int { s.status.flatMap { order.firstIndex(of: $0) } ?? 0 }
        func since(_ s: ProjectState) -> Int { s.since?.daysSinceEpoch ?? 0 }
        switch Sort(list) {
        case .capital:
            rows.sort { ($0.registeredBnVND ?? -1, $1.project.id) > ($1.registeredBnVND ?? -1, $0.project.id) }
        case .name: rows.sort { CollationKey($0.project.name) < CollationKey($1.project.name) }
        case .date: rows.sort { (since($0), $1.project.id) > (since($1), $0.project.id) }
        case .status: rows.sort { (rank($0), since($1), $0.project.id) < (rank($1), since($0), $1.project.id) }
        }
        return list.directed(rows)
    }

    static func target(_ item: ProjectState, _ screen: ScreenState) -> ScreenPath? { .project(item.project.id) }
    static func identity(_ item: ProjectState, _ screen: ScreenState) -> String? { item.project.id }

    static func draw(_ screen: ScreenState, id: String, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        guard let zone = c.dataSet.zone(id) else { return Detail.missing(c.t("khu", "zone"), id, c, in: area, &out) }
        let row = c.summary.output.zones.first { $0.zone.id == id }
        let title = Detail.title(zone.name, short: Titles.zoneName(zone), width: area.width, c)
        let inner = Panels.box(
            title, screen.list, focused: true, sorts: sorts, editing: c.editingFilter, c, in: area, &out)
        // The figures first, then what the zone is.
        var facts: [(String, String, Style)] = []
        if let r = row {
            facts.append(
                (
                    c.t("GTSX lũy kế \(c.asOf.year)", "Output YTD \(c.asOf.year)"),
                    Formats.bnVND(r.ytdBnVND, c.lang) + " (" + Formats.percent(fraction: r.share, c.lang)
                        + c.t(" toàn tỉnh)", " of the province)"), .accent
                ))
            facts.append(
                Comparison.fact(
                    r.samePeriodLastYearBnVND, change: r.yoyPct, money: { Formats.bnVND($0, c.lang) }, c))
            facts.append(
                (
                    c.t("Dự án", "Projects"),
                    // Every status, so that the parts add up to the total.
                    r.projectsTotal == 0
                        ? c.t("không có", "none")
                        : "\(r.projectsTotal): "
                            + r.projectsByStatus.map { "\($0.status.name(c.lang)) \($0.count)" }.joined(
                                separator: " · "),
                    .normal
                ))
            if let w = r.workers {
                // Which month: workers are a month's count, not the year's.
                let month = r.workersMonth.map { " (" + Formats.month($0, c.lang) + ")" } ?? ""
                facts.append((c.t("Lao động", "Workers"), Formats.integer(w, c.lang) + month, .normal))
            }
        }
        if let a = zone.areaHa {
            var text = Formats.decimal(a, a < 100 ? 1 : 0, c.lang) + " ha"
            if let leased = zone.leasedHa {
                text += c.t(" · đã cho thuê ", " · leased ") + Formats.decimal(leased, 1, c.lang) + " ha"
                // The share is the occupancy, said as such (not "leased 74 %").
                if let o = zone.occupancy {
                    text += " (" + c.t("lấp đầy ", "") + Formats.percent(fraction: o, c.lang) + c.t(")", " occupied)")
                }
            }
            facts.append((c.t("Diện tích", "Area"), text, .normal))
        }
        facts.append((c.t("Loại", "Kind"), zone.kind.name(c.lang) + (zone.district.map { " · " + $0 } ?? ""), .normal))
        var rest = inner
        rest = rest.splitTop(Detail.facts(facts, c, in: rest, &out) + 1).rest
        rest = LinkedWorks.draw(screen, c, in: rest, &out)
        rest = LinkedPlans.draw(screen, c, in: rest, &out)
        let chartHeight = min(9, max(0, (rest.height - 4) / 2))
        if chartHeight >= 4 {
            let (chart, below) = rest.splitTop(chartHeight + 1)
            Detail.heading(
                c.t("Giá trị sản xuất theo tháng (tỷ đồng)", "Output by month (bn VND)"), c, in: chart.splitTop(1).top,
                &out)
            let plot = chart.splitTop(1).rest.inset(dx: 1, dy: 0)
            if let m = row?.monthly, !m.lastYear.isEmpty, let top = m.peak {
                GroupedBarChart(
                    [m.lastYear, m.thisYear], styles: [GateCharts.lastYear, GateCharts.thisYear],
                    labels: (1...12).map(String.init), names: Comparison.years(c),
                    maxLabel: Formats.bnVNDShort(top, c.lang)
                ).render(in: plot, on: &out.canvas)
            } else {
                Detail.none(
                    c.t(
                        "Chưa có số liệu sản xuất năm \(c.asOf.year - 1)–\(c.asOf.year)",
                        "No output figures in \(c.asOf.year - 1)–\(c.asOf.year)"), in: plot, &out)
            }
            rest = below
        }
        // A heading over a table with no room for a row says nothing.
        guard rest.height >= 3 else { return }
        Detail.heading(c.t("Dự án trong khu", "Projects in the zone"), c, in: rest.splitTop(1).top, &out)
        rest = rest.splitTop(1).rest
        let columns = [
            TableColumn(c.t("Mã", "ID"), width: .fit(min: 4, max: 12), priority: 3),
            TableColumn(c.t("Dự án", "Project"), width: .flex(min: 12, weight: 3), priority: 9),
            TableColumn(c.t("Nhà đầu tư", "Investor"), width: .flex(min: 10, weight: 2), priority: 4),
            TableColumn(c.t("Vốn (tỷ)", "bn VND"), width: .fit(min: 6, max: 9), alignment: .right, priority: 5),
            TableColumn(c.t("Trạng thái", "Status"), width: .fit(min: 8, max: 16), priority: 8),
            TableColumn(c.t("Ngày", "Since"), width: .fit(min: 8, max: 10), alignment: .right, priority: 6),
        ]
        let tails = c.data.titleTails.get(.projects, c.dataSet)
        let projects = items(screen.lists[0], screen, c)
        let rows = projects.map { s -> TableRow in
            TableRow([
                TableCell(s.project.id), TableCell(s.project.name, tailFrom: tails[s.project.id] ?? 0),
                TableCell(s.project.investor ?? "–"),
                TableCell(s.registeredBnVND.map { Formats.bnVNDShort($0, c.lang) } ?? "–"),
                TableCell(s.status?.name(c.lang) ?? "–", style: ProjectsScreen.statusStyle(s.status)),
                TableCell(s.since.map { Formats.date($0, c.lang) } ?? "–"),
            ])
        }
        ListView(
            columns: columns, rows: rows, list: screen.lists[0], index: 0, showSelection: screen.focus == 0,
            emptyMessage: c.t("Không có dự án", "No projects"), sortedColumn: Sort(screen.lists[0]).column,
            fullText: ListView.selected(projects, screen.lists[0])?.project.name,
            fullTextHeading: ListView.selected(projects, screen.lists[0])?.project.id ?? "", textColumn: 1
        ).draw(in: rest, &out)
    }
}
