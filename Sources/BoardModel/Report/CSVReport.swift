/// `ezboard report --format csv`: the per-gate, per-zone and per-unit
/// tables, one after another, each with its own header and separated by a
/// blank line. The first column names the table (`gate`, `zone`, `unit`)
/// so every row says what it is. Numbers in machine format.
public enum CSVReport {
    public static func render(_ s: BoardSummary, lang _: Lang) -> String {
        var out = ""
        func row(_ fields: [String]) { out += fields.map(field).joined(separator: ",") + "\r\n" }
        row([
            "table", "as_of", "id", "name", "ytd_usd", "export_usd", "import_usd", "border_trade_usd", "share",
            "vehicles_on_as_of", "same_period_last_year_usd", "yoy_pct",
        ])
        for g in s.trade.gates {
            row([
                "gate", s.asOf.description, g.gate.id, g.gate.name, Formats.machine(g.ytdUSD),
                Formats.machine(g.exportUSD),
                Formats.machine(g.importUSD), Formats.machine(g.borderTradeUSD), g.share.map(Formats.machine) ?? "",
                // Empty (no figure) when the logs do not cover the date.
                s.crossings.isCovered ? String(s.crossings.gate(g.gate.id)?.counts.vehicles ?? 0) : "",
                g.samePeriodLastYearUSD.map(Formats.machine) ?? "", g.yoyPct.map(Formats.machine) ?? "",
            ])
        }
        out += "\r\n"
        row([
            "table", "as_of", "id", "name", "kind", "ytd_bn_vnd", "share", "area_ha", "leased_ha", "occupancy",
            "projects", "projects_active", "projects_revoked", "same_period_last_year_bn_vnd", "yoy_pct",
        ])
        for z in s.output.zones {
            row([
                "zone", s.asOf.description, z.zone.id, z.zone.name, z.zone.kind.rawValue, Formats.machine(z.ytdBnVND),
                z.share.map(Formats.machine) ?? "", z.zone.areaHa.map(Formats.machine) ?? "",
                z.zone.leasedHa.map(Formats.machine) ?? "", z.zone.occupancy.map(Formats.machine) ?? "",
                String(z.projectsTotal), String(z.projectsActive), String(z.projectsRevoked),
                z.samePeriodLastYearBnVND.map(Formats.machine) ?? "", z.yoyPct.map(Formats.machine) ?? "",
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
