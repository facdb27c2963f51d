/// One project as it stood on the as-of date: its status then (from its
/// events, or from `projects.csv` when it has none), its capital, and its
/// procedures.
public struct ProjectState: Sendable {
    public var project: Project
    /// In the Management Board's remit: a zone of kind `industrial-zone`
    /// or `economic-zone-area` (the review's "projects in the industrial
    /// zones and the economic zone"). The figures count only these.
    public var inRemit: Bool
    /// Its history, oldest first: its events in `project_events.csv`, or,
    /// without any, the one entry `projects.csv` gives (status since
    /// status_on). Later entries than the as-of date are kept for the
    /// project's screen; `status` ignores them.
    public var history: [ProjectEvent]
    /// Whether `history` is the project's events (not `projects.csv`'s one entry).
    public var hasEvents: Bool
    /// How many entries of `history` are on or before the as-of date.
    public var historyAsOf: Int
    /// The status on the as-of date; nil when the project has no entry on
    /// or before it (it did not exist yet).
    public var status: ProjectStatus? { historyAsOf > 0 ? history[historyAsOf - 1].event : nil }
    /// The day that status began.
    public var since: Day? { historyAsOf > 0 ? history[historyAsOf - 1].on : nil }
    /// Registered capital on the as-of date: the latest capital an event
    /// on or before it gives; `projects.csv`'s when no event gives one.
    public var registeredBnVND: Double?
    /// Capital put in so far (`projects.csv`: it has no history).
    public var implementedBnVND: Double? { project.implementedBnVND }
    /// Each procedure's latest row on or before the as-of date, in the
    /// order of `ProjectProcedure.known`, then others by id.
    public var procedures: [ProjectProcedure]
    /// The procedures whose latest status is `missing`.
    public var missing: [String] { procedures.filter { $0.status == .missing }.map(\.procedure) }
    /// Licensed, adjusted, revoked in the as-of year (on or before the date).
    public var licensedInYear = false
    public var adjustedInYear = false
    public var revokedInYear = false

    /// Known on the date and not revoked: what the review calls monitored.
    public var isMonitored: Bool { inRemit && status != nil && status != .revoked }
    public var exists: Bool { status != nil }
}

/// Investment projects as of a date: the figures of the review (monitored,
/// licensed or adjusted in the year, revoked, capital, missing procedures)
/// over the Management Board's remit, and every project's state for the
/// screens.
public struct ProjectSummary: Sendable {
    /// Every project of `projects.csv`, in file order (those not yet in
    /// existence on the date too: `exists` says which).
    public var states: [ProjectState]
    /// Projects known on the date, every zone, by status (every status
    /// listed, zero counts included, in `ProjectStatus` order).
    public var byStatus: [(status: ProjectStatus, count: Int)]
    /// Projects known on the date, every zone, revoked ones included.
    public var total: Int
    /// In the remit, known on the date and not revoked.
    public var monitored: Int
    /// In the remit: distinct projects with such an event in the as-of
    /// year, on or before the date (`licensedOrAdjusted`: either kind).
    public var licensedInYear: Int
    public var adjustedInYear: Int
    public var revokedInYear: Int
    public var licensedOrAdjustedInYear: Int
    /// Over monitored projects; nil when none of them has a figure.
    public var registeredBnVND: Double?
    public var implementedBnVND: Double?
    /// Monitored projects with at least one procedure whose latest status
    /// is `missing`; nil when `project_procedures.csv` has no rows (no
    /// data, not "none missing").
    public var missingProcedures: Int?
    /// Indices into `states` of the projects known on the date: the most
    /// recent change first (then by id); the largest registered capital
    /// first (unknown last, then by id).
    public var byDate: [Int]
    public var byCapital: [Int]
    /// What happened in the remit in the as-of year up to the date: each
    /// event with its project's index in `states`, the latest first (one
    /// day's events in reverse file order).
    public var yearEvents: [(project: Int, event: ProjectEvent)]

    /// The older names of two figures (the screens and the JSON's first keys).
    public var licensedOrAdjustedThisYear: Int { licensedOrAdjustedInYear }
    public var revokedThisYear: Int { revokedInYear }

    /// Projects that hold land and run or are being set up.
    static func isActive(_ s: ProjectStatus) -> Bool { s == .licensed || s == .adjusted || s == .operating }

    /// The state of one project, by id.
    public func state(_ id: String) -> ProjectState? {
        index[id].map { states[$0] }
    }

    /// Indices into `states` by project id.
    var index: [String: Int]

    static func compute(_ d: DataSet, asOf: Day) -> ProjectSummary {
        let remitZones = Set(
            d.zones.filter { $0.kind == .industrialZone || $0.kind == .economicZoneArea }.map(\.id))
        var index: [String: Int] = [:]
        index.reserveCapacity(d.projects.count)
        for (i, p) in d.projects.enumerated() where index[p.id] == nil { index[p.id] = i }
        // Events and procedures by project, in file order (a stable sort by
        // day then keeps the file's order on one day).
        var events = [[ProjectEvent]](repeating: [], count: d.projects.count)
        for e in d.projectEvents { if let i = index[e.projectID] { events[i].append(e) } }
        var procedures = [[ProjectProcedure]](repeating: [], count: d.projects.count)
        for p in d.projectProcedures where p.on <= asOf {
            if let i = index[p.projectID] { procedures[i].append(p) }
        }
        // Every year of a valid day has its 1 January.
        let firstOfYear = Day(year: asOf.year, month: 1, day: 1) ?? asOf
        var states: [ProjectState] = []
        states.reserveCapacity(d.projects.count)
        var yearEvents: [(project: Int, event: ProjectEvent)] = []
        for (i, p) in d.projects.enumerated() {
            let hasEvents = !events[i].isEmpty
            let history =
                hasEvents
                ? stableSortedByDay(events[i])
                : [ProjectEvent(projectID: p.id, on: p.statusOn, event: p.status, capitalBnVND: p.capitalBnVND)]
            let upTo = history.firstIndex { $0.on > asOf } ?? history.count
            var s = ProjectState(
                project: p, inRemit: remitZones.contains(p.zoneID), history: history, hasEvents: hasEvents,
                historyAsOf: upTo, registeredBnVND: nil, procedures: latestProcedures(procedures[i]))
            if history.contains(where: { $0.capitalBnVND != nil }) {
                s.registeredBnVND = history[..<upTo].last { $0.capitalBnVND != nil }?.capitalBnVND
            } else {
                s.registeredBnVND = p.capitalBnVND
            }
            for e in history[..<upTo] where e.on >= firstOfYear {
                if s.inRemit { yearEvents.append((i, e)) }
                switch e.event {
                case .licensed: s.licensedInYear = true
                case .adjusted: s.adjustedInYear = true
                case .revoked: s.revokedInYear = true
                default: break
                }
            }
            states.append(s)
        }
        var summary = summarise(states, index: index, procedures: !d.projectProcedures.isEmpty)
        // Stable: a project's events stay in their order, reversed.
        summary.yearEvents = yearEvents.enumerated().sorted {
            ($0.element.event.on, $0.offset) > ($1.element.event.on, $1.offset)
        }.map(\.element)
        return summary
    }

    /// The figures over the states (`procedures`: whether any procedure
    /// is known at all).
    static func summarise(_ states: [ProjectState], index: [String: Int], procedures: Bool) -> ProjectSummary {
        var counts = [Int](repeating: 0, count: ProjectStatus.allCases.count)
        var total = 0
        var monitored = 0
        var licensed = 0
        var adjusted = 0
        var revoked = 0
        var either = 0
        var registered: Double?
        var implemented: Double?
        var missing = 0
        var known: [Int] = []
        known.reserveCapacity(states.count)
        for (i, s) in states.enumerated() {
            guard let status = s.status else { continue }
            known.append(i)
            total += 1
            if let k = ProjectStatus.allCases.firstIndex(of: status) { counts[k] += 1 }
            guard s.inRemit else { continue }
            if s.licensedInYear { licensed += 1 }
            if s.adjustedInYear { adjusted += 1 }
            if s.revokedInYear { revoked += 1 }
            if s.licensedInYear || s.adjustedInYear { either += 1 }
            guard s.isMonitored else { continue }
            monitored += 1
            if let r = s.registeredBnVND { registered = (registered ?? 0) + r }
            if let m = s.implementedBnVND { implemented = (implemented ?? 0) + m }
            if s.procedures.contains(where: { $0.status == .missing }) { missing += 1 }
        }
        let byDate = known.sorted { a, b in
            let da = states[a].since?.daysSinceEpoch ?? .min
            let db = states[b].since?.daysSinceEpoch ?? .min
            return da != db ? da > db : states[a].project.id < states[b].project.id
        }
        let byCapital = known.sorted { a, b in
            let ca = states[a].registeredBnVND ?? -1
            let cb = states[b].registeredBnVND ?? -1
            return ca != cb ? ca > cb : states[a].project.id < states[b].project.id
        }
        return ProjectSummary(
            states: states, byStatus: zip(ProjectStatus.allCases, counts).map { ($0, $1) }, total: total,
            monitored: monitored, licensedInYear: licensed, adjustedInYear: adjusted, revokedInYear: revoked,
            licensedOrAdjustedInYear: either, registeredBnVND: registered, implementedBnVND: implemented,
            missingProcedures: procedures ? missing : nil, byDate: byDate, byCapital: byCapital, yearEvents: [],
            index: index)
    }

    /// By day, one day's events in the file's order.
    static func stableSortedByDay(_ events: [ProjectEvent]) -> [ProjectEvent] {
        var sorted = true
        for i in events.indices.dropFirst() where events[i].on < events[i - 1].on { sorted = false }
        if sorted { return events }
        return events.enumerated().sorted { ($0.element.on, $0.offset) < ($1.element.on, $1.offset) }.map(\.element)
    }

    /// Each procedure's latest row (rows on or before the as-of date,
    /// given in file order; one day's rows are unique per procedure).
    static func latestProcedures(_ rows: [ProjectProcedure]) -> [ProjectProcedure] {
        guard !rows.isEmpty else { return [] }
        var latest: [String: ProjectProcedure] = [:]
        for r in rows where latest[r.procedure].map({ r.on >= $0.on }) ?? true { latest[r.procedure] = r }
        return latest.values.sorted { a, b in
            let ia = ProjectProcedure.known.firstIndex(of: a.procedure) ?? Int.max
            let ib = ProjectProcedure.known.firstIndex(of: b.procedure) ?? Int.max
            return ia != ib ? ia < ib : a.procedure < b.procedure
        }
    }

    /// Per zone, counts over its projects known on the date: every one,
    /// the active ones, licensed or adjusted, revoked.
    func zoneCounts() -> [String: ZoneCounts] {
        var out: [String: ZoneCounts] = [:]
        for s in states {
            guard let status = s.status else { continue }
            var c = out[s.project.zoneID] ?? ZoneCounts()
            c.total += 1
            if ProjectSummary.isActive(status) { c.active += 1 }
            if status == .licensed || status == .adjusted { c.licensed += 1 }
            if status == .revoked { c.revoked += 1 }
            out[s.project.zoneID] = c
        }
        return out
    }

    struct ZoneCounts {
        var total = 0
        var active = 0
        var licensed = 0
        var revoked = 0
    }
}
