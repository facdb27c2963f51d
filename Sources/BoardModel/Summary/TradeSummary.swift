/// Trade through the border gates, as of a date.
public struct TradeSummary: Sendable {
    public struct GateRow: Sendable {
        public var gate: Gate
        /// The year to date; nil (with export and import) when the gate
        /// has no row this year: no figure, not 0 USD.
        public var ytdUSD: Double?
        public var exportUSD: Double?
        public var importUSD: Double?
        /// Nil when no row this year gives border trade.
        public var borderTradeUSD: Double?
        /// Share of all gates' year-to-date trade (nil when that is zero,
        /// or the gate has no figure).
        public var share: Double?
        /// The gate's months 1…m of last year; nil unless each has a row.
        public var samePeriodLastYearUSD: Double?
        /// Its change against them, in percent (nil: nothing to compare,
        /// or no row of the gate this year).
        public var yoyPct: Double?
        /// Total trade per month (export + import + border trade), from
        /// January of last year to the as-of month.
        public var monthly: MonthlyValues
        /// The last 12 of those months.
        public var last12Months: [Double?] { Array(monthly.values.suffix(12)) }
    }

    public var ytd: YearToDate
    /// Nil when no gate has a row this year.
    public var exportUSD: Double?
    public var importUSD: Double?
    /// Every gate of gates.csv, in file order.
    public var gates: [GateRow]
    /// All gates' total per month, the 12 months up to the as-of month.
    public var last12Months: [Double?]
    /// All gates' total per month from January of the previous year to the
    /// as-of month (for the gate chart's year-on-year view).
    public var months: [YearMonth]

    /// All gates' year to date against the year's target (`ytd`), alone.
    static func yearToDate(_ d: DataSet, asOf: Day) -> YearToDate {
        let target = d.targets.first { $0.year == asOf.year && $0.metric == TargetMetric.tradeUSD.rawValue }?.value
        return YearToDate.compute(d.trade, asOf: asOf, month: \.month, value: \.totalUSD, target: target)
    }

    static func compute(_ d: DataSet, asOf: Day) -> TradeSummary {
        let ytd = yearToDate(d, asOf: asOf)
        let lastMonth = asOf.yearMonth
        var byGate: [String: [TradeMonth]] = [:]
        for r in d.trade { byGate[r.gateID, default: []].append(r) }
        var rows: [GateRow] = []
        var exp: Double?
        var imp: Double?
        for g in d.gates {
            let all = byGate[g.id] ?? []
            let mine = all.filter { $0.month.year == asOf.year && $0.month <= lastMonth }
            let e = knownSum(mine.map(\.exportUSD))
            let i = knownSum(mine.map(\.importUSD))
            let b = knownSum(mine.map(\.borderTradeUSD))
            if let e { exp = (exp ?? 0) + e }
            if let i { imp = (imp ?? 0) + i }
            let own = YearToDate.compute(all, asOf: asOf, month: \.month, value: \.totalUSD, target: nil)
            let ytd = mine.isEmpty ? nil : (e ?? 0) + (i ?? 0) + (b ?? 0)
            rows.append(
                GateRow(
                    gate: g, ytdUSD: ytd, exportUSD: e, importUSD: i, borderTradeUSD: b,
                    share: nil, samePeriodLastYearUSD: own.samePeriodLastYear, yoyPct: own.yoyPct,
                    monthly: .twoYears(all, endingAt: lastMonth, month: \.month, value: \.totalUSD)))
        }
        let total = rows.reduce(0) { $0 + ($1.ytdUSD ?? 0) }
        for i in rows.indices { rows[i].share = share(rows[i].ytdUSD, of: total) }
        return TradeSummary(
            ytd: ytd, exportUSD: exp, importUSD: imp, gates: rows,
            last12Months: monthlySeries(
                d.trade, endingAt: lastMonth, count: 12,
                month: \.month, value: \.totalUSD),
            months: (0..<12).map { lastMonth + ($0 - 11) })
    }
}
