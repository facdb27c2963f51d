/// `ezboard report --format markdown`: one page a secretary can paste into
/// a report — targets and pace, gates, zones, works, overdue assignments.
public enum MarkdownReport {
    public static func render(_ s: BoardSummary, lang l: Lang) -> String {
        var md = MarkdownText()
        md.line(
            "# "
                + l.pick(
                    "Khu kinh tế cửa khẩu và khu công nghiệp Lào Cai — số liệu đến ngày ",
                    "Lào Cai border-gate economic zone and industrial zones — figures as of ")
                + Formats.date(s.asOf, l))
        md.blank()
        SampleMark.markdown(s.isSample, l, &md)
        if s.errors > 0 {
            md.line(
                l.pick(
                    "> **Lưu ý:** dữ liệu có \(s.errors) lỗi (`ezboard check`); các dòng lỗi không được tính.",
                    "> **Note:** the data has \(s.errors) error\(s.errors == 1 ? "" : "s") (`ezboard check`); rows with errors are not counted."
                ))
            md.blank()
        }
        trade(s, l, &md)
        output(s, l, &md)
        projects(s, l, &md)
        plans(s, l, &md)
        works(s, l, &md)
        tasks(s, l, &md)
        return md.finished
    }

    static func pace(_ y: YearToDate, _ l: Lang, money: (Double) -> String) -> [String] {
        // No month of the year in the data: no figure, never "0".
        var out = [
            y.monthsWithData == 0
                ? l.pick(
                    "Lũy kế năm \(y.year): **–** (chưa có số liệu tháng nào của năm)",
                    "Year to date \(y.year): **–** (no month of the year in the data)")
                : l.pick(
                    "Lũy kế năm \(y.year) (\(y.monthsWithData) tháng): **\(money(y.total))**",
                    "Year to date \(y.year) (\(y.monthsWithData) month\(y.monthsWithData == 1 ? "" : "s")): **\(money(y.total))**"
                )
        ]
        if let same = y.samePeriodLastYear {
            out.append(
                l.pick("Cùng kỳ năm \(y.year - 1): \(money(same))", "Same period of \(y.year - 1): \(money(same))")
                    + (y.yoyPct.map { " — " + Formats.change($0, l) + l.pick(" so với cùng kỳ", " on a year earlier") }
                        ?? ""))
        } else {
            out.append(
                l.pick(
                    "Cùng kỳ năm \(y.year - 1): chưa đủ số liệu tháng 1–\(y.month)",
                    "Same period of \(y.year - 1): months 1–\(y.month) are not all in the data"))
        }
        if let t = y.target {
            out.append(
                l.pick(
                    "Mục tiêu năm: \(money(t)) — đạt \(Formats.percent(fraction: y.fractionOfTarget, l))",
                    "Target for the year: \(money(t)) — \(Formats.percent(fraction: y.fractionOfTarget, l)) reached"))
            if let need = y.requiredMonthly {
                out.append(
                    l.pick(
                        "Cần bình quân \(money(need))/tháng trong \(12 - y.month) tháng còn lại để đạt mục tiêu",
                        "Needed: \(money(need)) a month over the \(12 - y.month) months left to reach the target"))
            }
        } else {
            out.append(
                l.pick("Chưa có mục tiêu năm \(y.year) trong targets.csv", "No target for \(y.year) in targets.csv"))
        }
        if let p = y.projectedSeasonal {
            out.append(
                l.pick(
                    "Ước cả năm theo mùa vụ năm \(y.year - 1): \(money(p))",
                    "Projected year end by \(y.year - 1)'s seasons: \(money(p))") + verdict(y, p, .seasonal, l))
        }
        if let p = y.projected {
            out.append(
                l.pick(
                    "Ước cả năm theo nhịp đều (bình quân tháng × 12): \(money(p))",
                    "Projected year end on a straight line (monthly average × 12): \(money(p))")
                    + verdict(y, p, .straightLine, l))
        }
        return out
    }

    /// ` — **behind** (90% of target)` after the projection the verdict
    /// uses; nothing after the other one.
    static func verdict(_ y: YearToDate, _ p: Double, _ method: YearToDate.Method, _ l: Lang) -> String {
        guard let t = y.target, t > 0, y.verdictProjection?.method == method else { return "" }
        let ok = p >= t
        return l.pick(
            ok ? " — **đạt** mục tiêu" : " — **chưa đạt** mục tiêu (\(Formats.percent(fraction: p / t, l)))",
            ok ? " — **on track**" : " — **behind** (\(Formats.percent(fraction: p / t, l)) of target)")
    }

    static func trade(_ s: BoardSummary, _ l: Lang, _ md: inout MarkdownText) {
        md.line("## " + l.pick("Xuất nhập khẩu qua các cửa khẩu", "Trade through the border gates"))
        md.blank()
        for line in pace(s.trade.ytd, l, money: { Formats.usd($0, l) }) { md.line("- " + line) }
        let c = s.crossings
        md.line(
            "- "
                + (c.isCovered
                    ? l.pick(
                        "Phương tiện qua cửa khẩu ngày \(Formats.date(c.date, l)): \(Formats.integer(c.total.vehicles, l)) (xuất \(c.total.export), nhập \(c.total.import))",
                        "Vehicles across the gates on \(Formats.date(c.date, l)): \(Formats.integer(c.total.vehicles, l)) (\(c.total.export) export, \(c.total.import) import)"
                    )
                    : l.pick(
                        "Phương tiện qua cửa khẩu ngày \(Formats.date(c.date, l)): nhật ký không có ngày này",
                        "Vehicles across the gates on \(Formats.date(c.date, l)): the log does not cover that day")))
        md.blank()
        let rows = s.trade.gates.filter { ($0.ytdUSD ?? 0) > 0 }.sorted { ($0.ytdUSD ?? 0) > ($1.ytdUSD ?? 0) }
        if !rows.isEmpty {
            md.table(
                header: [
                    l.pick("Cửa khẩu", "Gate"), l.pick("Xuất khẩu", "Export"), l.pick("Nhập khẩu", "Import"),
                    l.pick("Cư dân biên giới", "Border trade"), l.pick("Tổng", "Total"), l.pick("Tỷ trọng", "Share"),
                ],
                right: [false, true, true, true, true, true],
                // Export + import + border trade = total, in every row.
                rows: rows.map { g in
                    [
                        g.gate.name, Formats.usd(g.exportUSD, l), Formats.usd(g.importUSD, l),
                        Formats.usd(g.borderTradeUSD, l), Formats.usd(g.ytdUSD, l),
                        Formats.percent(fraction: g.share, l),
                    ]
                })
            md.blank()
        }
    }

    static func output(_ s: BoardSummary, _ l: Lang, _ md: inout MarkdownText) {
        md.line("## " + l.pick("Sản xuất công nghiệp", "Industrial production"))
        md.blank()
        for line in pace(s.output.ytd, l, money: { Formats.bnVND($0, l) }) { md.line("- " + line) }
        md.line(
            "- "
                + l.pick(
                    "Tỷ trọng của các khu công nghiệp, cụm công nghiệp và khu vực khu kinh tế: \(Formats.percent(fraction: s.output.zonesShare, l))",
                    "Share of the industrial zones, clusters and economic-zone areas: \(Formats.percent(fraction: s.output.zonesShare, l))"
                ))
        md.blank()
        let rows = s.output.zones.filter { $0.ytdBnVND != nil || $0.projectsTotal > 0 }.sorted {
            ($0.ytdBnVND ?? -1) > ($1.ytdBnVND ?? -1)
        }
        if !rows.isEmpty {
            md.table(
                header: [
                    l.pick("Khu", "Zone"), l.pick("Giá trị SX", "Output"), l.pick("Tỷ trọng", "Share"),
                    l.pick("Lấp đầy", "Occupancy"), l.pick("Dự án", "Projects"),
                ],
                right: [false, true, true, true, true],
                rows: rows.map { z in
                    [
                        z.zone.name, Formats.bnVND(z.ytdBnVND, l), Formats.percent(fraction: z.share, l),
                        Formats.percent(fraction: z.zone.occupancy, l), String(z.projectsTotal),
                    ]
                })
            md.blank()
        }
    }

    /// The review's project figures, over the Management Board's remit.
    static func projects(_ s: BoardSummary, _ l: Lang, _ md: inout MarkdownText) {
        let p = s.projects
        let y = s.asOf.year
        md.line(
            "## "
                + l.pick(
                    "Dự án đầu tư trong các khu công nghiệp và khu kinh tế",
                    "Investment projects in the industrial zones and the economic zone"))
        md.blank()
        md.line(
            "- " + l.pick("Theo dõi, giám sát: **\(p.monitored)** dự án", "Monitored: **\(p.monitored)** projects"))
        md.line(
            "- "
                + l.pick(
                    "Năm \(y): cấp mới hoặc điều chỉnh **\(p.licensedOrAdjustedInYear)** dự án (cấp mới \(p.licensedInYear), điều chỉnh \(p.adjustedInYear)); thu hồi **\(p.revokedInYear)**",
                    "In \(y): **\(p.licensedOrAdjustedInYear)** licensed or adjusted (\(p.licensedInYear) licensed, \(p.adjustedInYear) adjusted); **\(p.revokedInYear)** revoked"
                ))
        let none = l.pick("chưa có số liệu", "no figure")
        let registered = p.registeredBnVND.map { Formats.bnVND($0, l) } ?? none
        var implemented = p.implementedBnVND.map { Formats.bnVND($0, l) } ?? none
        if let f = share(p.implementedBnVND, of: p.registeredBnVND) {
            implemented += " (" + Formats.percent(fraction: f, l) + ")"
        }
        md.line(
            "- "
                + l.pick(
                    "Vốn đăng ký: \(registered); vốn đã thực hiện: \(implemented)",
                    "Registered capital: \(registered); capital put in: \(implemented)"))
        md.line(
            "- "
                + l.pick(
                    "Dự án còn thiếu thủ tục: \(p.missingProcedures.map(String.init) ?? none)",
                    "Projects with a missing procedure: \(p.missingProcedures.map(String.init) ?? none)"))
        md.blank()
        md.line(
            l.pick(
                "Dự án trong cụm công nghiệp và ngoài các khu không tính ở đây.",
                "Projects in the industrial clusters and outside the zones are not counted here."))
        md.blank()
    }

    /// The detailed plans by stage and lead; nothing without plans.csv.
    static func plans(_ s: BoardSummary, _ l: Lang, _ md: inout MarkdownText) {
        let p = s.plans
        guard p.total > 0 else { return }
        md.line("## " + l.pick("Quy hoạch chi tiết các khu chức năng", "Detailed plans of functional areas"))
        md.blank()
        let stages = p.byStage.filter { $0.count > 0 }.map { "\($0.stage.name(l)) \($0.count)" }
        md.line("- " + l.pick("\(p.total) đồ án: ", "\(p.total) plans: ") + stages.joined(separator: ", "))
        md.blank()
        md.table(
            header: [l.pick("Đơn vị lập", "Lead"), l.pick("Số đồ án", "Plans"), l.pick("Đã phê duyệt", "Approved")],
            right: [false, true, true],
            rows: p.byLead.map { lead in
                [s.tasks.score(lead.id)?.unit.name ?? lead.id, String(lead.count), String(lead.approved)]
            })
        md.blank()
    }

    static func works(_ s: BoardSummary, _ l: Lang, _ md: inout MarkdownText) {
        md.line("## " + l.pick("Kết cấu hạ tầng", "Infrastructure works"))
        md.blank()
        md.table(
            header: [
                l.pick("Trạng thái", "Status"), l.pick("Số công trình", "Works"), l.pick("Tổng mức đầu tư", "Budget"),
                l.pick("Đã giải ngân", "Disbursed"),
            ],
            right: [false, true, true, true],
            rows: s.works.byStatus.filter { $0.count > 0 }.map { r in
                [
                    r.status.name(l), String(r.count), Formats.bnVND(r.budgetBnVND, l),
                    Formats.bnVND(r.disbursedBnVND, l),
                ]
            })
        md.blank()
        if s.works.late.isEmpty {
            md.line(l.pick("Không có công trình chậm tiến độ.", "No work is late."))
        } else {
            md.line("**" + l.pick("Công trình chậm tiến độ", "Late works") + "**")
            md.blank()
            for w in s.works.late {
                // Late works have a due date and days late (WorksSummary.late).
                guard let due = w.dueOn, let days = w.daysLate(asOf: s.asOf) else { continue }
                md.line(
                    "- \(md.inline(w.name)) (\(w.id)) — "
                        + l.pick(
                            "hạn \(Formats.date(due, l)), chậm \(days) ngày",
                            "due \(Formats.date(due, l)), \(days) days late")
                        + (w.progressPct.map { ", " + Formats.percent($0, l) } ?? ""))
            }
        }
        md.blank()
    }

    static func tasks(_ s: BoardSummary, _ l: Lang, _ md: inout MarkdownText) {
        let t = s.tasks
        md.line("## " + l.pick("Nhiệm vụ Ban Chỉ đạo giao", "The committee's assignments"))
        md.blank()
        md.line(
            "- "
                + l.pick(
                    "Đang thực hiện: \(t.open) (quá hạn: **\(t.overdue)**, đến hạn trong 7 ngày: \(t.dueSoon)); hoàn thành: \(t.done)",
                    "Open: \(t.open) (overdue: **\(t.overdue)**, due within 7 days: \(t.dueSoon)); done: \(t.done)"))
        md.blank()
        let overdue = t.overdueIDs.compactMap { t.view($0) }
        if !overdue.isEmpty {
            md.line("**" + l.pick("Nhiệm vụ quá hạn", "Overdue assignments") + "**")
            md.blank()
            md.table(
                header: [
                    l.pick("Mã", "ID"), l.pick("Nhiệm vụ", "Assignment"), l.pick("Chủ trì", "Lead"),
                    l.pick("Hạn", "Due"), l.pick("Quá hạn", "Overdue"), l.pick("Báo cáo gần nhất", "Latest report"),
                ],
                right: [false, false, false, false, true, false],
                rows: overdue.map { v in
                    [
                        v.task.id, v.task.title, v.task.leadID, v.task.dueOn.map { Formats.date($0, l) } ?? "",
                        l.pick("\(-(v.daysLeft ?? 0)) ngày", "\(-(v.daysLeft ?? 0)) days"),
                        v.latestUpdate.map { Formats.date($0.on, l) + ": " + $0.note } ?? l.pick("chưa có", "none"),
                    ]
                })
            md.blank()
        }
        if !t.leadUnits.isEmpty {
            md.line("**" + l.pick("Theo đơn vị chủ trì", "By lead unit") + "**")
            md.blank()
            md.table(
                header: [
                    l.pick("Đơn vị", "Unit"), l.pick("Đang thực hiện", "Open"), l.pick("Quá hạn", "Overdue"),
                    l.pick("Hoàn thành", "Done"), l.pick("Đúng hạn", "On time"),
                ],
                right: [false, true, true, true, true],
                rows: t.leadUnits.map { u in
                    [
                        u.unit.name, String(u.leadOpen), String(u.leadOverdue), String(u.leadDone),
                        Formats.percent(u.onTimePct, l),
                    ]
                })
            md.blank()
        }
    }
}
