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
        public var projectsActive: Int
        public var projectsLicensed: Int
        public var projectsRevoked: Int
        public var projectsTotal: Int
        /// The zone's projects by status, every status that has one, in
        /// `ProjectStatus` order (they add up to `projectsTotal`).
        public var projectsByStatus: [(status: ProjectStatus, count: Int)]
        /// Workers in the latest month up to the as-of month that reports them.
        public var workers: Int?
    }

    /// Province total: every zone, kind `other` included.
    public var ytd: YearToDate
    /// Output of the zones proper (kind not `other`) over the province total.
    public var zonesShare: Double?
    public var zones: [ZoneRow]
    public var last12Months: [Double?]

    static func compute(_ d: DataSet, asOf: Day) -> OutputSummary {
        let target = d.targets.first { $0.year == asOf.year && $0.metric == TargetMetric.outputBnVND.rawValue }?.value
        let ytd = YearToDate.compute(d.output, asOf: asOf, month: \.month, value: \.outputBnVND, target: target)
        let lastMonth = asOf.yearMonth
        var rows: [ZoneRow] = []
        var inZones = 0.0
        var byZone: [String: [OutputMonth]] = [:]
        for r in d.output { byZone[r.zoneID, default: []].append(r) }
        for z in d.zones {
            let all = byZone[z.id] ?? []
            let mine = all.filter { $0.month.year == asOf.year && $0.month <= lastMonth }
            let v = knownSum(mine.map(\.outputBnVND))
            let own = YearToDate.compute(all, asOf: asOf, month: \.month, value: \.outputBnVND, target: nil)
            if z.kind != .other { inZones += v ?? 0 }
            let projects = d.projects.filter { $0.zoneID == z.id }
            let workers = all.filter { $0.month <= lastMonth && $0.workers != nil }.max { $0.month < $1.month }?.workers
            rows.append(
                ZoneRow(
                    zone: z, ytdBnVND: v, share: share(v, of: ytd.total),
                    samePeriodLastYearBnVND: own.samePeriodLastYear, yoyPct: own.yoyPct,
                    monthly: .twoYears(all, endingAt: lastMonth, month: \.month, value: \.outputBnVND),
                    projectsActive: projects.filter { ProjectSummary.isActive($0.status) }.count,
                    projectsLicensed: projects.filter { $0.status == .licensed || $0.status == .adjusted }.count,
                    projectsRevoked: projects.filter { $0.status == .revoked }.count,
                    projectsTotal: projects.count,
                    projectsByStatus: ProjectStatus.allCases.compactMap { s in
                        let n = projects.filter { $0.status == s }.count
                        return n == 0 ? nil : (s, n)
                    },
                    workers: workers))
        }
        return OutputSummary(
            ytd: ytd, zonesShare: share(inZones, of: ytd.total), zones: rows,
            last12Months: monthlySeries(
                d.output, endingAt: lastMonth, count: 12,
                month: \.month, value: \.outputBnVND))
    }
}

/// Investment projects by status.
public struct ProjectSummary: Sendable {
    /// Every status, zero counts included, in `ProjectStatus` order.
    public var byStatus: [(status: ProjectStatus, count: Int)]
    public var total: Int
    /// Licensed or adjusted with the status date in the as-of year.
    public var licensedOrAdjustedThisYear: Int
    public var revokedThisYear: Int

    /// Projects that hold land and run or are being set up.
    static func isActive(_ s: ProjectStatus) -> Bool { s == .licensed || s == .adjusted || s == .operating }

    static func compute(_ d: DataSet, asOf: Day) -> ProjectSummary {
        let year = asOf.year
        return ProjectSummary(
            byStatus: ProjectStatus.allCases.map { s in (s, d.projects.filter { $0.status == s }.count) },
            total: d.projects.count,
            licensedOrAdjustedThisYear: d.projects.filter {
                ($0.status == .licensed || $0.status == .adjusted) && $0.statusOn.year == year && $0.statusOn <= asOf
            }.count,
            revokedThisYear: d.projects.filter {
                $0.status == .revoked && $0.statusOn.year == year && $0.statusOn <= asOf
            }.count)
    }
}
