/// `ezboard report --format json`: the machine-readable contract, every
/// key of it documented in docs/report-json.md. Keys are never renamed or
/// removed; a new key is added to that page with the code.
public enum JSONReport {
    public static func render(_ s: BoardSummary) -> String {
        let trade: JSON = .object(
            [
                ("year", .int(s.trade.ytd.year)),
                ("ytd_usd", .num(s.trade.ytd.totalWithData)),
                ("target_usd", .num(s.trade.ytd.target)),
                ("projected_usd", .num(s.trade.ytd.projected)),
                ("months_with_data", .int(s.trade.ytd.monthsWithData)),
            ] + pace(s.trade.ytd, unit: "usd") + [
                ("export_usd", .num(s.trade.exportUSD)),
                ("import_usd", .num(s.trade.importUSD)),
                (
                    "gates",
                    .array(
                        s.trade.gates.map { g in
                            .object([
                                ("id", .string(g.gate.id)), ("name", .string(g.gate.name)),
                                ("ytd_usd", .num(g.ytdUSD)), ("export_usd", .num(g.exportUSD)),
                                ("import_usd", .num(g.importUSD)), ("border_trade_usd", .num(g.borderTradeUSD)),
                                ("share", .num(g.share)), ("same_period_last_year_usd", .num(g.samePeriodLastYearUSD)),
                                ("yoy_pct", .num(g.yoyPct)),
                            ])
                        })
                ),
            ])
        let output: JSON = .object(
            [
                ("year", .int(s.output.ytd.year)),
                ("ytd_bn_vnd", .num(s.output.ytd.totalWithData)),
                ("target_bn_vnd", .num(s.output.ytd.target)),
                ("projected_bn_vnd", .num(s.output.ytd.projected)),
                ("months_with_data", .int(s.output.ytd.monthsWithData)),
            ] + pace(s.output.ytd, unit: "bn_vnd") + [
                ("zones_share", .num(s.output.zonesShare)),
                (
                    "zones",
                    .array(
                        s.output.zones.map { z in
                            .object([
                                ("id", .string(z.zone.id)), ("name", .string(z.zone.name)),
                                ("kind", .string(z.zone.kind.rawValue)),
                                ("ytd_bn_vnd", .num(z.ytdBnVND)), ("occupancy", .num(z.zone.occupancy)),
                                ("same_period_last_year_bn_vnd", .num(z.samePeriodLastYearBnVND)),
                                ("yoy_pct", .num(z.yoyPct)),
                            ])
                        })
                ),
            ])
        let crossings: JSON = .object([
            ("date", .string(s.crossings.date.description)),
            // A date outside the span of the logs has no figure, not 0.
            ("vehicles", s.crossings.isCovered ? .int(s.crossings.total.vehicles) : .null),
            ("export", s.crossings.isCovered ? .int(s.crossings.total.export) : .null),
            ("import", s.crossings.isCovered ? .int(s.crossings.total.import) : .null),
            (
                "gates",
                .array(
                    s.crossings.gates.map { g in
                        .object([
                            ("id", .string(g.gateID)), ("vehicles", .int(g.counts.vehicles)),
                            ("export", .int(g.counts.export)), ("import", .int(g.counts.import)),
                        ])
                    })
            ),
        ])
        let p = s.projects
        let projects: JSON = .object([
            ("total", .int(p.total)),
            ("by_status", .object(p.byStatus.map { ($0.status.rawValue, .int($0.count)) })),
            ("licensed_or_adjusted_in_year", .int(p.licensedOrAdjustedInYear)),
            ("revoked_in_year", .int(p.revokedInYear)),
            ("monitored", .int(p.monitored)),
            (
                "in_year",
                .object([
                    ("licensed", .int(p.licensedInYear)), ("adjusted", .int(p.adjustedInYear)),
                    ("revoked", .int(p.revokedInYear)), ("licensed_or_adjusted", .int(p.licensedOrAdjustedInYear)),
                ])
            ),
            (
                "capital_bn_vnd",
                .object([("registered", .num(p.registeredBnVND)), ("implemented", .num(p.implementedBnVND))])
            ),
            ("missing_procedures", .num(p.missingProcedures.map(Double.init))),
        ])
        let plans: JSON =
            s.plans.total == 0
            ? .null
            : .object([
                ("total", .int(s.plans.total)),
                ("by_stage", .object(s.plans.byStage.map { ($0.stage.rawValue, .int($0.count)) })),
                (
                    "by_lead",
                    .array(
                        s.plans.byLead.map {
                            .object([
                                ("id", .string($0.id)), ("count", .int($0.count)), ("approved", .int($0.approved)),
                            ])
                        })
                ),
            ])
        let works: JSON = .object([
            ("by_status", .object(s.works.byStatus.map { ($0.status.rawValue, .int($0.count)) })),
            (
                "budget_by_status_bn_vnd",
                .object(s.works.byStatus.map { ($0.status.rawValue, .num($0.budgetBnVND)) })
            ),
            ("budget_bn_vnd", .number(s.works.budgetBnVND)),
            ("disbursed_bn_vnd", .num(s.works.disbursedBnVND)),
            ("late", .array(s.works.late.map { .string($0.id) })),
        ])
        let tasks: JSON = .object([
            ("open", .int(s.tasks.open)),
            ("overdue", .int(s.tasks.overdue)),
            ("done", .int(s.tasks.done)),
            ("due_soon", .int(s.tasks.dueSoon)),
            ("overdue_ids", .array(s.tasks.overdueIDs.map { .string($0) })),
            ("units", .array(s.tasks.leadUnits.map(unitJSON))),
        ])
        return JSON.object([
            SampleMark.json(s.isSample),
            ("as_of", .string(s.asOf.description)),
            ("trade", trade),
            ("output", output),
            ("crossings", crossings),
            ("projects", projects),
            ("plans", plans),
            ("works", works),
            ("tasks", tasks),
            ("problems", .object([("errors", .int(s.errors)), ("warnings", .int(s.warnings))])),
        ]).rendered()
    }

    /// The same period last year, the change, the seasonal projection, the
    /// monthly amount still needed and the verdict, with `unit` (`usd`,
    /// `bn_vnd`) in the money keys' names.
    static func pace(_ y: YearToDate, unit: String) -> [(String, JSON)] {
        [
            ("same_period_last_year_\(unit)", .num(y.samePeriodLastYear)),
            ("yoy_pct", .num(y.yoyPct)),
            ("projected_seasonal_\(unit)", .num(y.projectedSeasonal)),
            ("required_monthly_\(unit)", .num(y.requiredMonthly)),
            ("on_track", y.onTrack.map(JSON.bool) ?? .null),
            ("on_track_by", y.onTrack == nil ? .null : .str(y.verdictProjection?.method.rawValue)),
        ]
    }

    static func unitJSON(_ u: UnitScore) -> JSON {
        .object([
            ("id", .string(u.unit.id)), ("name", .string(u.unit.name)),
            ("lead_open", .int(u.leadOpen)), ("lead_overdue", .int(u.leadOverdue)),
            ("lead_done", .int(u.leadDone)), ("on_time_pct", .num(u.onTimePct)),
            ("support_open", .int(u.supportOpen)),
        ])
    }
}
