/// `ezboard report --format csv`: the per-gate, per-zone and per-unit
/// tables, then the project figures and the plans by stage and by lead,
/// one after another, each with its own header and separated by a blank
/// line. The first column names the table (`gate`, `zone`, `unit`,
/// `projects`, `plan_stage`, `plan_lead`) so every row says what it is.
/// Numbers in machine format; an empty cell is a figure that does not exist.
public enum CSVReport {
    public static func render(_ s: BoardSummary, lang _: Lang) -> String {
        var out = ""
        func row(_ fields: [String]) { out += fields.map(field).joined(separator: ",") + "\r\n" }
        row([
            "table", "as_of", "id", "name", "ytd_usd", "export_usd", "import_usd", "border_trade_usd", "share",
            "vehicles_on_as_of",
        ])
        for g in s.trade.gates {
            row([
                "gate", s.asOf.description, g.gate.id, g.gate.name, Formats.machine(g.ytdUSD),
                Formats.machine(g.exportUSD),
                Formats.machine(g.importUSD), Formats.machine(g.borderTradeUSD), g.share.map(Formats.machine) ?? "",
                String(s.crossings.gate(g.gate.id)?.counts.vehicles ?? 0),
            ])
        }
        out += "\r\n"
        row([
            "table", "as_of", "id", "name", "kind", "ytd_bn_vnd", "share", "area_ha", "leased_ha", "occupancy",
            "projects", "projects_active", "projects_revoked",
        ])
        for z in s.output.zones {
            row([
                "zone", s.asOf.description, z.zone.id, z.zone.name, z.zone.kind.rawValue, Formats.machine(z.ytdBnVND),
                z.share.map(Formats.machine) ?? "", z.zone.areaHa.map(Formats.machine) ?? "",
                z.zone.leasedHa.map(Formats.machine) ?? "", z.zone.occupancy.map(Formats.machine) ?? "",
                String(z.projectsTotal), String(z.projectsActive), String(z.projectsRevoked),
            ])
        }
        out += "\r\n"
        row([
            "table", "as_of", "id", "name", "lead_total", "lead_open", "lead_overdue", "lead_done", "on_time_pct",
            "lead_due_soon", "support_total", "support_open", "support_overdue",
        ])
        for u in s.tasks.allUnits {
            row([
                "unit", s.asOf.description, u.unit.id, u.unit.name, String(u.leadTotal), String(u.leadOpen),
                String(u.leadOverdue), String(u.leadDone), u.onTimePct.map(Formats.machine) ?? "",
                String(u.leadDueSoon),
                String(u.supportTotal), String(u.supportOpen), String(u.supportOverdue),
            ])
        }
        out += "\r\n"
        // The review's project figures, over the Management Board's remit
        // (docs/report-json.md, `projects`).
        let p = s.projects
        row([
            "table", "as_of", "monitored", "licensed_in_year", "adjusted_in_year", "revoked_in_year",
            "licensed_or_adjusted_in_year", "registered_bn_vnd", "implemented_bn_vnd", "missing_procedures",
        ])
        row([
            "projects", s.asOf.description, String(p.monitored), String(p.licensedInYear), String(p.adjustedInYear),
            String(p.revokedInYear), String(p.licensedOrAdjustedInYear), p.registeredBnVND.map(Formats.machine) ?? "",
            p.implementedBnVND.map(Formats.machine) ?? "", p.missingProcedures.map(String.init) ?? "",
        ])
        guard s.plans.total > 0 else { return out }
        out += "\r\n"
        row(["table", "as_of", "stage", "plans"])
        for st in s.plans.byStage { row(["plan_stage", s.asOf.description, st.stage.rawValue, String(st.count)]) }
        out += "\r\n"
        row(["table", "as_of", "id", "name", "plans", "approved"])
        for lead in s.plans.byLead {
            row([
                "plan_lead", s.asOf.description, lead.id, s.tasks.score(lead.id)?.unit.name ?? "", String(lead.count),
                String(lead.approved),
            ])
        }
        return out
    }

    /// RFC 4180 quoting; text cleaned of control characters first.
    static func field(_ s: String) -> String {
        let clean = SafeText.oneLine(s)
        guard clean.contains(where: { $0 == "," || $0 == "\"" }) else { return clean }
        return "\"" + clean.replacingQuotes() + "\""
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
