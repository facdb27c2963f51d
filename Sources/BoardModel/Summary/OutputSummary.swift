/// Industrial production, as of a date.
public struct OutputSummary: Sendable {
    public struct ZoneRow: Sendable {
        public var zone: Zone
        /// Nil when the zone has no row this year: no figure, not 0.
        public var ytdBnVND: Double?
        /// Share of the province's year-to-date output.
        public var share: Double?
        /// The zone's months 1…m of last year; nil unless each has a row.
        public var samePeriodLastYearBnVND: Double?
        /// Its change against them, in percent (nil: nothing to compare,
        /// or no row of the zone this year).
        public var yoyPct: Double?
        /// Output per month, from January of last year to the as-of month.
        public var monthly: MonthlyValues
        /// The last 12 of those months.
        public var last12Months: [Double?] { Array(monthly.values.suffix(12)) }
        /// Its projects known on the as-of date, by their status then.
        public var projectsActive: Int
        public var projectsLicensed: Int
        public var projectsRevoked: Int
        public var projectsTotal: Int
        /// The zone's projects by status, every status that has one, in
        /// `ProjectStatus` order (they add up to `projectsTotal`).
        public var projectsByStatus: [(status: ProjectStatus, count: Int)]
        /// Workers in the latest month up to the as-of month that reports them.
        public var workers: Int?
        /// The month `workers` is from.
        public var workersMonth: YearMonth?
    }

    /// Province total: every zone, kind `other` included.
    public var ytd: YearToDate
    /// Output of the zones proper (kind not `other`) over the province total.
    public var zonesShare: Double?
    public var zones: [ZoneRow]
    public var last12Months: [Double?]

    /// The province's year to date against the year's target (`ytd`),
    /// alone.
    static func yearToDate(_ d: DataSet, asOf: Day) -> YearToDate {
        let target = d.targets.first { $0.year == asOf.year && $0.metric == TargetMetric.outputBnVND.rawValue }?.value
        return YearToDate.compute(d.output, asOf: asOf, month: \.month, value: \.outputBnVND, target: target)
    }

    static func compute(_ d: DataSet, asOf: Day, projects: ProjectSummary) -> OutputSummary {
        let ytd = yearToDate(d, asOf: asOf)
        let lastMonth = asOf.yearMonth
        var rows: [ZoneRow] = []
        var inZones = 0.0
        let projectCounts = projects.zoneCounts()
        var byZone: [String: [OutputMonth]] = [:]
        for r in d.output { byZone[r.zoneID, default: []].append(r) }
        for z in d.zones {
            let all = byZone[z.id] ?? []
            let mine = all.filter { $0.month.year == asOf.year && $0.month <= lastMonth }
            let v = knownSum(mine.map(\.outputBnVND))
            let own = YearToDate.compute(all, asOf: asOf, month: \.month, value: \.outputBnVND, target: nil)
            if z.kind != .other { inZones += v ?? 0 }
            let counts = projectCounts[z.id] ?? ProjectSummary.ZoneCounts()
            let workersRow = all.filter { $0.month <= lastMonth && $0.workers != nil }.max { $0.month < $1.month }
            let workers = workersRow?.workers
            rows.append(
                ZoneRow(
                    zone: z, ytdBnVND: v, share: share(v, of: ytd.total),
                    samePeriodLastYearBnVND: own.samePeriodLastYear, yoyPct: own.yoyPct,
                    monthly: .twoYears(all, endingAt: lastMonth, month: \.month, value: \.outputBnVND),
                    projectsActive: counts.active, projectsLicensed: counts.licensed,
                    projectsRevoked: counts.revoked, projectsTotal: counts.total,
                    projectsByStatus: zip(ProjectStatus.allCases, counts.byStatus).compactMap { s, n in
                        n == 0 ? nil : (s, n)
                    },
                    workers: workers, workersMonth: workersRow?.month))
        }
        return OutputSummary(
            ytd: ytd, zonesShare: share(inZones, of: ytd.total), zones: rows,
            last12Months: monthlySeries(
                d.output, endingAt: lastMonth, count: 12,
                month: \.month, value: \.outputBnVND))
    }
}
