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

    /// Positions in `states` by project id (the first of an id listed twice).
    var index: IDIndex

    /// One pass over the projects, each project's events and procedures
    /// found through `RowsByProject` (positions, not copies of the rows):
    /// 10,000 projects with 100,000 events took 148 M instructions when
    /// the rows were copied into groups and every project's state copied
    /// again to be counted, 2 sorts compared ids through arrays (make
    /// bench, projects).
    static func compute(_ d: DataSet, asOf: Day) -> ProjectSummary {
        let remitZones = Set(
            d.zones.filter { $0.kind == .industrialZone || $0.kind == .economicZoneArea }.map(\.id))
        let projects = d.projects
        let ids = projects.map(\.id)
        let index = IDIndex(ids)
        // The loader noted where each row's project is; its note is
        // checked, and the id looked up only when the data set was put
        // together otherwise.
        func place(_ id: String, _ hint: Int32) -> Int? {
            let h = Int(hint)
            return h >= 0 && h < ids.count && ids[h] == id ? h : index[id]
        }
        let events = d.projectEvents
        let eventRows = RowsByProject(events.count, projects: projects.count) {
            place(events[$0].projectID, events[$0].projectHint)
        }
        let procedures = d.projectProcedures
        let procedureRows = RowsByProject(procedures.count, projects: projects.count) {
            procedures[$0].on <= asOf ? place(procedures[$0].projectID, procedures[$0].projectHint) : nil
        }
        // Every year of a valid day has its 1 January.
        let firstOfYear = Day(year: asOf.year, month: 1, day: 1) ?? asOf
        var tables = FactTables(zones: d.zones.map(\.id), remit: remitZones)
        var tally = Tally(count: projects.count)
        var states: [ProjectState] = []
        states.reserveCapacity(projects.count)
        var facts: [ProjectFacts] = []
        facts.reserveCapacity(projects.count)
        var yearEvents: [(project: Int, event: ProjectEvent)] = []
        for i in projects.indices {
            let p = projects[i]
            let mine = eventRows.rows(of: i)
            let history =
                mine.isEmpty
                ? [ProjectEvent(projectID: p.id, on: p.statusOn, event: p.status, capitalBnVND: p.capitalBnVND)]
                : eventsByDay(events, mine)
            let upTo = history.firstIndex { $0.on > asOf } ?? history.count
            let zone = tables.zone(of: p.zoneID)
            var s = ProjectState(
                project: p, inRemit: tables.inRemit[Int(zone)], history: history, hasEvents: !mine.isEmpty,
                historyAsOf: upTo, registeredBnVND: nil,
                procedures: latestProcedures(procedures, procedureRows.rows(of: i)))
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
            facts.append(tables.facts(of: s, zone: zone))
            tally.count(s, i)
            states.append(s)
        }
        // Stable: a project's events stay in their order, reversed.
        let lastFirst = yearEvents.enumerated().sorted {
            ($0.element.event.on, $0.offset) > ($1.element.event.on, $1.offset)
        }.map(\.element)
        return ProjectSummary(
            states: states, byStatus: zip(ProjectStatus.allCases, tally.byStatus).map { ($0, $1) },
            total: tally.total, monitored: tally.monitored, licensedInYear: tally.licensed,
            adjustedInYear: tally.adjusted, revokedInYear: tally.revoked, licensedOrAdjustedInYear: tally.either,
            registeredBnVND: tally.registered, implementedBnVND: tally.implemented,
            missingProcedures: procedures.isEmpty ? nil : tally.missing,
            byDate: KeyOrder.largestFirst(tally.known, key: tally.sinceKeys, ids: ids),
            byCapital: KeyOrder.largestFirst(tally.known, key: tally.capitalKeys, ids: ids), yearEvents: lastFirst,
            facts: facts, zoneIDs: tables.zones, procedureIDs: tables.procedures, ids: ids, index: index)
    }

    /// A project's events by day, one day's events in the file's order
    /// (`rows`: their positions in `events`, in file order; not empty).
    static func eventsByDay(_ events: [ProjectEvent], _ rows: ArraySlice<Int32>) -> [ProjectEvent] {
        let low = Int(rows.first!)
        let high = Int(rows.last!) + 1
        // A file lists a project's events together, more often than not.
        let out = high - low == rows.count ? Array(events[low..<high]) : rows.map { events[Int($0)] }
        for i in out.indices.dropFirst() where out[i].on < out[i - 1].on {
            return out.enumerated().sorted { ($0.element.on, $0.offset) < ($1.element.on, $1.offset) }.map(\.element)
        }
        return out
    }

    /// Each procedure's latest row (`rows`: positions in `all` of rows on
    /// or before the as-of date, in file order; one day's rows are unique
    /// per procedure), in the order of `ProjectProcedure.known`, then
    /// others by id. A project has a handful of procedures: a scan beats a
    /// dictionary, and the known ones are told apart by their place.
    static func latestProcedures(_ all: [ProjectProcedure], _ rows: ArraySlice<Int32>) -> [ProjectProcedure] {
        guard !rows.isEmpty else { return [] }
        var latest: [ProjectProcedure] = []
        latest.reserveCapacity(rows.count)
        let inOrder = withUnsafeTemporaryAllocation(of: Int.self, capacity: rows.count) { ranks in
            for k in rows {
                let r = all[Int(k)]
                let rank = Self.rank(r)
                var found = -1
                for j in latest.indices
                where ranks[j] == rank && (rank != Int.max || latest[j].procedure == r.procedure) {
                    found = j
                    break
                }
                if found < 0 {
                    ranks[latest.count] = rank
                    latest.append(r)
                } else if r.on >= latest[found].on {
                    latest[found] = r
                }
            }
            // Most files list a project's procedures in the usual order already.
            for j in latest.indices.dropFirst() where ranks[j] <= ranks[j - 1] { return false }
            return true
        }
        if inOrder { return latest }
        let ranks = latest.map(rank)
        return zip(ranks, latest).sorted { a, b in a.0 != b.0 ? a.0 < b.0 : a.1.procedure < b.1.procedure }.map(\.1)
    }

    /// A procedure's place in `ProjectProcedure.known`; `Int.max` for another.
    static func rank(_ p: ProjectProcedure) -> Int {
        let hint = Int(p.procedureHint)
        let known = ProjectProcedure.known
        if hint >= 0, hint < known.count, known[hint] == p.procedure { return hint }
        return known.firstIndex(of: p.procedure) ?? Int.max
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
