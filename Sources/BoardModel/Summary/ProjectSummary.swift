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
    /// Per project of `states`, what a filter reads (`ProjectFacts`):
    /// small values, so that filtering ten thousand projects on a key
    /// never copies their states.
    public var facts: [ProjectFacts]
    /// The zones and procedures `facts` number, and each project's id.
    public var zoneIDs: [String]
    public var procedureIDs: [String]
    public var ids: [String]

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
        // day then keeps the file's order on one day). The loader noted
        // where each project is; its note is checked, and the id looked up
        // only when the data set was put together otherwise.
        let projects = d.projects
        func place(_ id: String, _ hint: Int32) -> Int? {
            let h = Int(hint)
            return h >= 0 && h < projects.count && projects[h].id == id ? h : index[id]
        }
        let eventPlaces = d.projectEvents.map { place($0.projectID, $0.projectHint) }
        let events = grouped(d.projectEvents, eventPlaces, count: projects.count)
        let procedurePlaces = d.projectProcedures.map { $0.on <= asOf ? place($0.projectID, $0.projectHint) : nil }
        let procedures = grouped(d.projectProcedures, procedurePlaces, count: projects.count)
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
        var summary = summarise(
            states, index: index, procedures: !d.projectProcedures.isEmpty, zones: d.zones.map(\.id))
        // Stable: a project's events stay in their order, reversed.
        summary.yearEvents = yearEvents.enumerated().sorted {
            ($0.element.event.on, $0.offset) > ($1.element.event.on, $1.offset)
        }.map(\.element)
        return summary
    }

    /// The figures over the states (`procedures`: whether any procedure
    /// is known at all; `zones`: the zones in file order).
    static func summarise(_ states: [ProjectState], index: [String: Int], procedures: Bool, zones: [String])
        -> ProjectSummary
    {
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
        // Sort keys made once: a comparison must not copy two states.
        var sinceDays = [Int](repeating: .min, count: states.count)
        var capitals = [Double](repeating: -1, count: states.count)
        var tables = FactTables(zones: zones)
        var facts: [ProjectFacts] = []
        facts.reserveCapacity(states.count)
        var ids: [String] = []
        ids.reserveCapacity(states.count)
        for (i, s) in states.enumerated() {
            facts.append(tables.facts(of: s))
            ids.append(s.project.id)
            guard let status = s.status else { continue }
            known.append(i)
            sinceDays[i] = s.since?.daysSinceEpoch ?? .min
            capitals[i] = s.registeredBnVND ?? -1
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
            sinceDays[a] != sinceDays[b] ? sinceDays[a] > sinceDays[b] : ids[a] < ids[b]
        }
        let byCapital = known.sorted { a, b in
            capitals[a] != capitals[b] ? capitals[a] > capitals[b] : ids[a] < ids[b]
        }
        return ProjectSummary(
            states: states, byStatus: zip(ProjectStatus.allCases, counts).map { ($0, $1) }, total: total,
            monitored: monitored, licensedInYear: licensed, adjustedInYear: adjusted, revokedInYear: revoked,
            licensedOrAdjustedInYear: either, registeredBnVND: registered, implementedBnVND: implemented,
            missingProcedures: procedures ? missing : nil, byDate: byDate, byCapital: byCapital, yearEvents: [],
            facts: facts, zoneIDs: tables.zones, procedureIDs: tables.procedures, ids: ids, index: index)
    }

    /// Rows by the place of their project (nil: left out), each group in
    /// file order, made at its size (no array grown row by row).
    static func grouped<T>(_ rows: [T], _ places: [Int?], count: Int) -> [[T]] {
        var sizes = [Int](repeating: 0, count: count)
        for p in places { if let p { sizes[p] += 1 } }
        var out = sizes.map { n -> [T] in
            var a: [T] = []
            a.reserveCapacity(n)
            return a
        }
        for (r, p) in zip(rows, places) { if let p { out[p].append(r) } }
        return out
    }

    /// By day, one day's events in the file's order.
    static func stableSortedByDay(_ events: [ProjectEvent]) -> [ProjectEvent] {
        var sorted = true
        for i in events.indices.dropFirst() where events[i].on < events[i - 1].on { sorted = false }
        if sorted { return events }
        return events.enumerated().sorted { ($0.element.on, $0.offset) < ($1.element.on, $1.offset) }.map(\.element)
    }

    /// Each procedure's latest row (rows on or before the as-of date,
    /// given in file order; one day's rows are unique per procedure). A
    /// project has a handful of procedures: a scan beats a dictionary.
    static func latestProcedures(_ rows: [ProjectProcedure]) -> [ProjectProcedure] {
        guard !rows.isEmpty else { return [] }
        var latest: [ProjectProcedure] = []
        for r in rows {
            if let i = latest.firstIndex(where: { $0.procedure == r.procedure }) {
                if r.on >= latest[i].on { latest[i] = r }
            } else {
                latest.append(r)
            }
        }
        guard latest.count > 1 else { return latest }
        let ranks = latest.map { ProjectProcedure.known.firstIndex(of: $0.procedure) ?? Int.max }
        // Most files list a project's procedures in the usual order already.
        if zip(ranks, ranks.dropFirst()).allSatisfy({ $0 < $1 }) { return latest }
        return zip(ranks, latest).sorted { a, b in a.0 != b.0 ? a.0 < b.0 : a.1.procedure < b.1.procedure }.map(\.1)
    }

    /// Per zone, counts over its projects known on the date: every one,
    /// the active ones, licensed or adjusted, revoked.
    /// (From `facts`: no project's state is copied, no id hashed.)
    func zoneCounts() -> [String: ZoneCounts] {
        var counts = [ZoneCounts](repeating: ZoneCounts(), count: zoneIDs.count)
        let all = ProjectStatus.allCases
        for f in facts where f.status >= 0 {
            let status = all[Int(f.status)]
            let z = Int(f.zone)
            counts[z].total += 1
            if ProjectSummary.isActive(status) { counts[z].active += 1 }
            if status == .licensed || status == .adjusted { counts[z].licensed += 1 }
            if status == .revoked { counts[z].revoked += 1 }
            counts[z].byStatus[Int(f.status)] += 1
        }
        var out: [String: ZoneCounts] = [:]
        for (i, id) in zoneIDs.enumerated() where counts[i].total > 0 { out[id] = counts[i] }
        return out
    }

    struct ZoneCounts {
        var total = 0
        var active = 0
        var licensed = 0
        var revoked = 0
        /// Per status, in `ProjectStatus.allCases` order.
        var byStatus = [Int](repeating: 0, count: ProjectStatus.allCases.count)
    }
}

/// What the projects screen filters a project on, packed small.
public struct ProjectFacts: Sendable, Equatable {
    /// Its zone's place in `ProjectSummary.zoneIDs`.
    public var zone: Int32
    /// Its status's place in `ProjectStatus.allCases`; -1: none yet.
    public var status: Int8
    public var inRemit: Bool
    /// Bit `i`: the procedure `ProjectSummary.procedureIDs[i]` is missing
    /// (the 64th and later all share the last bit).
    public var missing: UInt64

    /// The bit of a procedure's place in `procedureIDs`.
    public static func bit(_ procedure: Int) -> UInt64 { 1 << UInt64(min(procedure, 63)) }
}

/// Numbers zones and procedures for `ProjectFacts`.
struct FactTables {
    var zones: [String]
    var zoneIndex: [String: Int32] = [:]
    /// The known procedures first, then others as they come.
    var procedures = ProjectProcedure.known
    var procedureIndex: [String: Int] = [:]

    init(zones: [String]) {
        self.zones = zones
        for (i, z) in zones.enumerated() where zoneIndex[z] == nil { zoneIndex[z] = Int32(i) }
        for (i, p) in procedures.enumerated() { procedureIndex[p] = i }
    }

    mutating func facts(of s: ProjectState) -> ProjectFacts {
        let zone: Int32
        if let z = zoneIndex[s.project.zoneID] {
            zone = z
        } else {
            // Every project's zone is in zones.csv; a made-up data set may not be.
            zones.append(s.project.zoneID)
            zone = Int32(zones.count - 1)
            zoneIndex[s.project.zoneID] = zone
        }
        var missing: UInt64 = 0
        for p in s.procedures where p.status == .missing {
            let i: Int
            if let k = ProjectProcedure.known.firstIndex(of: p.procedure) {
                i = k
            } else if let k = procedureIndex[p.procedure] {
                i = k
            } else {
                procedures.append(p.procedure)
                i = procedures.count - 1
                procedureIndex[p.procedure] = i
            }
            missing |= ProjectFacts.bit(i)
        }
        let status = s.status.flatMap { ProjectStatus.allCases.firstIndex(of: $0) }.map { Int8($0) } ?? -1
        return ProjectFacts(zone: zone, status: status, inRemit: s.inRemit, missing: missing)
    }
}
