/// `ezboard report --format csv`: the headline figures as one table, one
/// figure a row: `as_of, section, id, name, figure, value`. A section is
/// a part of the JSON report (`trade`, `output`, `crossings`, `projects`,
/// `plans`, `works`, `tasks`, `problems`) or one of its rows (`gate`,
/// `zone`, `plan_lead`, `late_work`, `unit`, with its id and name); a figure is named by its
/// JSON key (docs/report-json.md), so a pivot table in a spreadsheet gives
/// back the per-gate, per-zone and per-unit tables. An empty value is a
/// figure that does not exist (JSON's `null`), never a made-up 0.
public enum CSVReport {
    public static let header = ["as_of", "section", "id", "name", "figure", "value"]

    public static func render(_ s: BoardSummary, lang _: Lang, bom: Bool = true) -> String {
        table(s).rendered(bom: bom)
    }

    public static func table(_ s: BoardSummary) -> CSVTable {
        var t = CSVTable(header: header)
        let asOf = CSVTable.Cell.day(s.asOf)
        func add(_ section: String, id: String = "", name: String = "", _ figure: String, _ value: CSVTable.Cell) {
            t.add([asOf, .value(section), .text(id), .text(name), .value(figure), value])
        }
        func pace(_ section: String, _ y: YearToDate, unit: String) {
            add(section, "year", .int(y.year))
            add(section, "ytd_\(unit)", .number(y.totalWithData))
            add(section, "target_\(unit)", .number(y.target))
            add(section, "projected_\(unit)", .number(y.projected))
            add(section, "months_with_data", .int(y.monthsWithData))
            add(section, "same_period_last_year_\(unit)", .number(y.samePeriodLastYear))
            add(section, "yoy_pct", .number(y.yoyPct))
            add(section, "projected_seasonal_\(unit)", .number(y.projectedSeasonal))
            add(section, "required_monthly_\(unit)", .number(y.requiredMonthly))
        }
        // First: whether the figures are a sample (`dataset.csv`).
        add("data_set", "sample_data", .value(s.isSample ? "true" : "false"))
        pace("trade", s.trade.ytd, unit: "usd")
        add("trade", "export_usd", .number(s.trade.exportUSD))
        add("trade", "import_usd", .number(s.trade.importUSD))
        // A gate's vehicles: 0 only when the logs cover the day; nothing
        // when they do not.
        let logCoversDay = s.crossings.isCovered
        for g in s.trade.gates {
            let (id, name) = (g.gate.id, g.gate.name)
            add("gate", id: id, name: name, "ytd_usd", .number(g.ytdUSD))
            add("gate", id: id, name: name, "export_usd", .number(g.exportUSD))
            add("gate", id: id, name: name, "import_usd", .number(g.importUSD))
            add("gate", id: id, name: name, "border_trade_usd", .number(g.borderTradeUSD))
            add("gate", id: id, name: name, "share", .number(g.share))
            add("gate", id: id, name: name, "same_period_last_year_usd", .number(g.samePeriodLastYearUSD))
            add("gate", id: id, name: name, "yoy_pct", .number(g.yoyPct))
            let vehicles = s.crossings.gate(id)?.counts.vehicles ?? (logCoversDay ? 0 : nil)
            add("gate", id: id, name: name, "vehicles_on_as_of", .int(vehicles))
        }
        pace("output", s.output.ytd, unit: "bn_vnd")
        add("output", "zones_share", .number(s.output.zonesShare))
        for z in s.output.zones {
            let (id, name) = (z.zone.id, z.zone.name)
            add("zone", id: id, name: name, "kind", .value(z.zone.kind.rawValue))
            add("zone", id: id, name: name, "ytd_bn_vnd", .number(z.ytdBnVND))
            add("zone", id: id, name: name, "share", .number(z.share))
            add("zone", id: id, name: name, "area_ha", .number(z.zone.areaHa))
            add("zone", id: id, name: name, "leased_ha", .number(z.zone.leasedHa))
            add("zone", id: id, name: name, "occupancy", .number(z.zone.occupancy))
            add("zone", id: id, name: name, "projects", .int(z.projectsTotal))
            add("zone", id: id, name: name, "projects_active", .int(z.projectsActive))
            add("zone", id: id, name: name, "projects_revoked", .int(z.projectsRevoked))
            add("zone", id: id, name: name, "same_period_last_year_bn_vnd", .number(z.samePeriodLastYearBnVND))
            add("zone", id: id, name: name, "yoy_pct", .number(z.yoyPct))
        }
        add("crossings", "date", .day(s.crossings.date))
        let covered = s.crossings.isCovered
        add("crossings", "vehicles", .int(covered ? s.crossings.total.vehicles : nil))
        add("crossings", "export", .int(covered ? s.crossings.total.export : nil))
        add("crossings", "import", .int(covered ? s.crossings.total.import : nil))
        add("projects", "total", .int(s.projects.total))
        for b in s.projects.byStatus { add("projects", "by_status." + b.status.rawValue, .int(b.count)) }
        add("projects", "licensed_or_adjusted_in_year", .int(s.projects.licensedOrAdjustedThisYear))
        add("projects", "revoked_in_year", .int(s.projects.revokedThisYear))
        // The review's figures, over the Management Board's remit.
        let p = s.projects
        add("projects", "monitored", .int(p.monitored))
        add("projects", "in_year.licensed", .int(p.licensedInYear))
        add("projects", "in_year.adjusted", .int(p.adjustedInYear))
        add("projects", "in_year.revoked", .int(p.revokedInYear))
        add("projects", "in_year.licensed_or_adjusted", .int(p.licensedOrAdjustedInYear))
        add("projects", "capital_bn_vnd.registered", .number(p.registeredBnVND))
        add("projects", "capital_bn_vnd.implemented", .number(p.implementedBnVND))
        add("projects", "missing_procedures", .int(p.missingProcedures))
        if s.plans.total > 0 {
            add("plans", "total", .int(s.plans.total))
            for st in s.plans.byStage { add("plans", "by_stage." + st.stage.rawValue, .int(st.count)) }
            for lead in s.plans.byLead {
                let name = s.tasks.score(lead.id)?.unit.name ?? ""
                add("plan_lead", id: lead.id, name: name, "count", .int(lead.count))
                add("plan_lead", id: lead.id, name: name, "approved", .int(lead.approved))
            }
        }
        for b in s.works.byStatus { add("works", "by_status." + b.status.rawValue, .int(b.count)) }
        for b in s.works.byStatus {
            add("works", "budget_by_status_bn_vnd." + b.status.rawValue, .number(b.budgetBnVND))
        }
        add("works", "budget_bn_vnd", .number(s.works.budgetBnVND))
        add("works", "disbursed_bn_vnd", .number(s.works.disbursedBnVND))
        for w in s.works.late {
            add("late_work", id: w.id, name: w.name, "days_late", .int(w.daysLate(asOf: s.asOf)))
        }
        let tk = s.tasks
        add("tasks", "open", .int(tk.open))
        add("tasks", "overdue", .int(tk.overdue))
        add("tasks", "done", .int(tk.done))
        add("tasks", "due_soon", .int(tk.dueSoon))
        add("tasks", "silent", .int(tk.silentIDs.count))
        add("tasks", "silent_days", .int(tk.silentDays))
        for u in tk.allUnits {
            let (id, name) = (u.unit.id, u.unit.name)
            add("unit", id: id, name: name, "lead_total", .int(u.leadTotal))
            add("unit", id: id, name: name, "lead_open", .int(u.leadOpen))
            add("unit", id: id, name: name, "lead_overdue", .int(u.leadOverdue))
            add("unit", id: id, name: name, "lead_done", .int(u.leadDone))
            add("unit", id: id, name: name, "on_time_pct", .number(u.onTimePct))
            add("unit", id: id, name: name, "lead_due_soon", .int(u.leadDueSoon))
            add("unit", id: id, name: name, "lead_silent", .int(u.leadSilent))
            add("unit", id: id, name: name, "lead_reported_within", .int(u.leadReportedWithin))
            add("unit", id: id, name: name, "support_total", .int(u.supportTotal))
            add("unit", id: id, name: name, "support_open", .int(u.supportOpen))
            add("unit", id: id, name: name, "support_overdue", .int(u.supportOverdue))
        }
        add("problems", "errors", .int(s.errors))
        add("problems", "warnings", .int(s.warnings))
        return t
    }
}

extension String {
    func replacingQuotes() -> String {
        var out = ""
        for c in self {
            if c == "\"" { out += "\"\"" } else { out.append(c) }
        }
        return out
    }
}
