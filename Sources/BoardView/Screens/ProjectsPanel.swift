import BoardModel

/// The investment projects of the Management Board's remit: how many are
/// monitored, what was licensed, adjusted and revoked this year, the
/// capital put in against the registered, the projects missing a
/// procedure; and the list of this year's events (Enter opens the
/// project, `P` every project; Enter opens every project when the year
/// has no event).
enum ProjectsPanel: OverviewPanel {
    static let title = (vi: "Dự án đầu tư", en: "Investment projects")
    static let feeds: [DataFeed] = [.file(.projects), .file(.projectEvents), .file(.projectProcedures)]
    static let links: [ScreenPath] = [.projects]

    /// Box 2, the three lines above the table, its header, every event.
    static func wantedHeight(_ c: Ctx) -> Int { c.summary.projects.yearEvents.count + 6 }

    /// Date, event, the longest project name (of all, measured once per
    /// data set) and the capital.
    static func wantedWidth(_ c: Ctx) -> Int? { 2 + 11 + 15 + c.data.titleTails.widest(.projects, c.dataSet) + 9 }

    enum Sort: Int, SortOrder {
        case latest, capital, name
        var name: (vi: String, en: String) {
            switch self {
            case .latest: return ("mới nhất", "latest")
            case .capital: return ("vốn", "capital")
            case .name: return ("tên", "name")
            }
        }
    }

    struct Item {
        var state: ProjectState
        var event: ProjectEvent
    }

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [Item] {
        let p = c.summary.projects
        var rows = p.yearEvents.map { Item(state: p.states[$0.project], event: $0.event) }.filter {
            Filtering.matches(
                list.filter,
                [
                    $0.state.project.id, $0.state.project.name, $0.state.project.investor ?? "",
                    $0.event.event.name(c.lang),
                ])
        }
        switch Sort(list) {
        case .latest: break  // the summary's order
        case .capital:
            rows.sort {
                ($0.event.capitalBnVND ?? -1, $1.state.project.id) > ($1.event.capitalBnVND ?? -1, $0.state.project.id)
            }
        case .name: rows.sort { CollationKey($0.state.project.name) < CollationKey($1.state.project.name) }
        }
        return list.directed(rows)
    }

    static func target(_ item: Item, _ screen: ScreenState) -> ScreenPath? { .project(item.state.project.id) }

    /// The review's figures on one line, from the fullest wording to the
    /// shortest: `Theo dõi 193 dự án · năm 2024: 3 cấp mới, 2 điều chỉnh ·
    /// 0 thu hồi · 11 thiếu thủ tục`. The year's licensed and adjusted are
    /// counted apart; when a project was both (so the two add up to more
    /// than the projects), the projects follow: `20 cấp mới, 9 điều chỉnh
    /// (27 dự án)`, the review's one figure. The shortest keeps that one.
    static func figureLines(_ c: Ctx) -> [Spans] {
        let p = c.summary.projects
        let y = c.asOf.year
        let l = p.licensedInYear
        let a = p.adjustedInYear
        let both = l + a != p.licensedOrAdjustedInYear
        let projects =
            both ? c.t(" (\(p.licensedOrAdjustedInYear) dự án)", " (\(p.licensedOrAdjustedInYear) projects)") : ""
        let year = [
            c.t("năm \(y): \(l) cấp mới, \(a) điều chỉnh", "\(y): \(l) licensed, \(a) adjusted") + projects,
            c.t("\(y): \(l) cấp mới, \(a) đ.chỉnh", "\(y): \(l) lic., \(a) adj.") + projects,
            c.t("\(y): \(p.licensedOrAdjustedInYear) cấp/đ.chỉnh", "\(y): \(p.licensedOrAdjustedInYear) lic./adj."),
        ]
        // Short of room, the missing procedures (a warning) stay before
        // the year's breakdown goes (the events below list it).
        let order = [(0, true), (0, false), (1, true), (2, true), (1, false), (2, false)]
        return order.map { wording, withMissing -> Spans in
            let long = wording == 0
            var s = Spans([
                (
                    long
                        ? c.t("Theo dõi \(p.monitored) dự án", "\(p.monitored) projects monitored")
                        : c.t("Theo dõi \(p.monitored)", "\(p.monitored) monitored"), .accent
                )
            ])
            s.add(" · ", .dim)
            s.add(year[wording])
            s.add(" · ", .dim)
            s.add(
                c.t("\(p.revokedInYear) thu hồi", "\(p.revokedInYear) revoked"),
                p.revokedInYear > 0 ? .bad : .normal)
            if withMissing, let m = p.missingProcedures {
                s.add(" · ", .dim)
                s.add(
                    long
                        ? c.t("\(m) thiếu thủ tục", "\(m) missing a procedure")
                        : c.t("\(m) thiếu TT", "\(m) missing"),
                    m > 0 ? .warn : .normal)
            }
            return s
        }
    }

    /// `Vốn thực hiện 48.694 / 90.616 tỷ đồng` and its share as a bar.
    static func drawCapital(_ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let p = c.summary.projects
        guard let registered = p.registeredBnVND else {
            out.canvas.draw(
                c.t("Vốn đăng ký: chưa có số liệu", "Registered capital: no figure"), x: area.x, y: area.y,
                style: .dim, clip: area)
            return
        }
        let reg = Formats.bnVNDShort(registered, c.lang)
        guard let implemented = p.implementedBnVND else {
            out.canvas.draw(
                c.t(
                    "Vốn đăng ký \(reg) tỷ đồng · thực hiện: chưa có số liệu",
                    "Registered \(reg) bn VND · put in: no figure"),
                x: area.x, y: area.y, clip: area)
            return
        }
        let imp = Formats.bnVNDShort(implemented, c.lang)
        let share = registered > 0 ? implemented / registered : nil
        let pct = Formats.percent(fraction: share, c.lang, decimals: 0)
        let label = Fit.first(
            [
                c.t("vốn thực hiện \(imp) / \(reg) tỷ đồng (\(pct))", "capital put in \(imp) / \(reg) bn VND (\(pct))"),
                c.t("thực hiện \(imp)/\(reg) tỷ (\(pct))", "put in \(imp)/\(reg) bn (\(pct))"),
                c.t("vốn th.hiện \(pct)", "put in \(pct)"), pct,
            ], width: max(0, area.width - 8), c)
        Gauge(fraction: share ?? 0, label: label).render(in: area, on: &out.canvas)
    }

    static func draw(
        _ list: ListState, index: Int, focused: Bool, _ screen: ScreenState, _ c: Ctx, in area: Rect,
        _ out: inout FrameBuilder
    ) {
        let p = c.summary.projects
        var rest = area
        let lines = Panels.linesAbove(3, height: area.height, rows: p.yearEvents.count)
        if lines >= 1 {
            let (f, r) = rest.splitTop(1)
            Spans.fitting(figureLines(c), width: f.width, c.charset).draw(in: f, &out)
            rest = r
        }
        if lines >= 2 {
            let (f, r) = rest.splitTop(1)
            drawCapital(c, in: f, &out)
            rest = r
        }
        if lines >= 3 {
            let (f, r) = rest.splitTop(1)
            // Every figure above and every event below counts the remit
            // only (docs/data-format.md, projects.csv).
            let text = Fit.first(
                [
                    c.t(
                        "Mọi số liệu và sự kiện: chỉ dự án trong KCN và KKT, không tính CCN",
                        "All figures and events: projects in the zones and the economic zone only, not clusters"),
                    c.t("Số liệu: chỉ KCN và KKT, không tính CCN", "Figures: zones and economic zone only"),
                    c.t("Chỉ KCN và KKT", "Zones and economic zone only"),
                ], width: f.width, c)
            out.canvas.draw(text, x: f.x, y: f.y, style: .dim, clip: f)
            rest = r
        }
        let columns = [
            TableColumn(c.t("Ngày", "Date"), width: .fixed(10), priority: 7),
            TableColumn(c.t("Sự kiện", "Event"), width: .fit(min: 8, max: 14), priority: 8),
            TableColumn(c.t("Dự án", "Project"), width: .flex(min: 12, weight: 3), priority: 9),
            TableColumn(c.t("Vốn (tỷ)", "bn VND"), width: .fit(min: 6, max: 8), alignment: .right, priority: 5),
        ]
        let tails = c.data.titleTails.get(.projects, c.dataSet)
        let events = items(list, screen, c)
        let rows = events.map { item -> TableRow in
            // The capital an event sets; an event that leaves it as it was
            // (operating, suspended, …) has none to show.
            let capital = item.event.capitalBnVND
            return TableRow([
                TableCell(Formats.date(item.event.on, c.lang)),
                TableCell(item.event.event.name(c.lang), style: ProjectsScreen.statusStyle(item.event.event)),
                TableCell(item.state.project.name, tailFrom: tails[item.state.project.id] ?? 0),
                TableCell(capital.map { Formats.bnVNDShort($0, c.lang) } ?? ""),
            ])
        }
        ListView(
            columns: columns, rows: rows, list: list, index: index, showSelection: focused,
            emptyMessage: c.t("Chưa có biến động năm \(c.asOf.year)", "No event yet in \(c.asOf.year)"),
            fullText: ListView.selected(events, list)?.state.project.name,
            fullTextHeading: ListView.selected(events, list)?.state.project.id ?? "", textColumn: 2
        ).draw(in: rest, &out)
    }
}
