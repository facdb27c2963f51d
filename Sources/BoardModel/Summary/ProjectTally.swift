/// The rows of a file by the place of their project, without copying a
/// row: per project, the positions of its rows in file order, in one
/// flat array (`start[p]..<start[p + 1]`). Positions fit in 32 bits: a
/// table file is at most 64 MB (`DataFolder.tableSizeLimit`).
struct RowsByProject {
    private var start: [Int32]
    private var positions: [Int32]

    /// `place(k)`: the project of row `k`, nil to leave the row out.
    init(_ count: Int, projects: Int, place: (Int) -> Int?) {
        var places = [Int32](repeating: -1, count: count)
        var start = [Int32](repeating: 0, count: projects + 1)
        for k in 0..<count {
            if let p = place(k) {
                places[k] = Int32(p)
                start[p + 1] += 1
            }
        }
        for p in 0..<projects { start[p + 1] += start[p] }
        var next = start
        var positions = [Int32](repeating: 0, count: Int(start[projects]))
        for k in 0..<count where places[k] >= 0 {
            let p = Int(places[k])
            positions[Int(next[p])] = Int32(k)
            next[p] += 1
        }
        self.start = start
        self.positions = positions
    }

    /// The positions of project `p`'s rows, in file order.
    func rows(of p: Int) -> ArraySlice<Int32> { positions[Int(start[p])..<Int(start[p + 1])] }
}

/// The figures of `ProjectSummary` counted project by project, and the
/// keys its two orders sort by (made once: a comparison reads two
/// numbers, not two states).
struct Tally {
    var byStatus = [Int](repeating: 0, count: ProjectStatus.allCases.count)
    var total = 0
    var monitored = 0
    var licensed = 0
    var adjusted = 0
    var revoked = 0
    var either = 0
    var registered: Double?
    var implemented: Double?
    var missing = 0
    /// The projects known on the date, in file order.
    var known: [Int] = []
    /// Per project, its keys for `KeyOrder` (the larger first).
    var sinceKeys: [UInt64]
    var capitalKeys: [UInt64]

    init(count: Int) {
        known.reserveCapacity(count)
        sinceKeys = [UInt64](repeating: 0, count: count)
        capitalKeys = [UInt64](repeating: 0, count: count)
    }

    /// Counts the state of the project at `i`.
    mutating func count(_ s: ProjectState, _ i: Int) {
        guard let status = s.status else { return }
        known.append(i)
        sinceKeys[i] = KeyOrder.key(s.since?.daysSinceEpoch ?? .min)
        capitalKeys[i] = KeyOrder.key(s.registeredBnVND ?? -1)
        total += 1
        if let k = ProjectStatus.allCases.firstIndex(of: status) { byStatus[k] += 1 }
        guard s.inRemit else { return }
        if s.licensedInYear { licensed += 1 }
        if s.adjustedInYear { adjusted += 1 }
        if s.revokedInYear { revoked += 1 }
        if s.licensedInYear || s.adjustedInYear { either += 1 }
        guard s.isMonitored else { return }
        monitored += 1
        if let r = s.registeredBnVND { registered = (registered ?? 0) + r }
        if let m = s.implementedBnVND { implemented = (implemented ?? 0) + m }
        if s.procedures.contains(where: { $0.status == .missing }) { missing += 1 }
    }
}

/// Projects in the order of a number, the largest first, then by id: the
/// numbers sorted as plain integers (made from days or amounts so that
/// their order is the integers'), and only projects with the same number
/// compared by id. The same order as a sort by (number, id) would give,
/// projects with the same id too (in file order).
enum KeyOrder {
    static func largestFirst(_ projects: [Int], key: [UInt64], ids: [String]) -> [Int] {
        // The complements smallest first by a stable radix sort, a byte at
        // a time (a byte all of them share is skipped: days differ in two
        // or three): the largest first, equal ones in the order given.
        var keys = projects.map { ~key[$0] }
        var order = projects
        var keys2 = keys
        var order2 = order
        let n = keys.count
        var counts = [Int](repeating: 0, count: 257)
        for shift in stride(from: UInt64(0), to: 64, by: 8) {
            for b in counts.indices { counts[b] = 0 }
            for k in keys { counts[Int(truncatingIfNeeded: k >> shift & 0xFF) + 1] += 1 }
            if counts.contains(n) { continue }
            for b in 1..<counts.count { counts[b] += counts[b - 1] }
            for i in 0..<n {
                let b = Int(truncatingIfNeeded: keys[i] >> shift & 0xFF)
                let at = counts[b]
                counts[b] = at + 1
                keys2[at] = keys[i]
                order2[at] = order[i]
            }
            swap(&keys, &keys2)
            swap(&order, &order2)
        }
        var a = 0
        while a < n {
            var b = a + 1
            while b < n, keys[b] == keys[a] { b += 1 }
            if b - a > 1 { order[a..<b].sort { ids[$0] < ids[$1] } }
            a = b
        }
        return order
    }

    /// An integer's key: the order of the integers.
    static func key(_ n: Int) -> UInt64 { UInt64(bitPattern: Int64(n)) ^ 1 << 63 }

    /// A number's key: the order of the numbers (0 and -0 alike; no
    /// amount is NaN, the number columns refuse it).
    static func key(_ x: Double) -> UInt64 {
        let bits = (x + 0).bitPattern
        return bits >> 63 == 1 ? ~bits : bits | 1 << 63
    }
}

/// Numbers zones and procedures for `ProjectFacts`.
struct FactTables {
    var zones: [String]
    /// Per zone of `zones`: in the Management Board's remit.
    var inRemit: [Bool]
    private let zoneIndex: IDIndex
    private let remit: Set<String>
    private var otherZones: [String: Int32] = [:]
    /// The known procedures first, then others as they come.
    var procedures = ProjectProcedure.known
    var procedureIndex: [String: Int] = [:]

    /// `zones`: the zones in file order; `remit`: the ids of those in the remit.
    init(zones: [String], remit: Set<String>) {
        self.zones = zones
        self.remit = remit
        zoneIndex = IDIndex(zones)
        inRemit = zones.map { remit.contains($0) }
        for (i, p) in procedures.enumerated() { procedureIndex[p] = i }
    }

    /// The place of a zone in `zones` (the first of an id listed twice).
    mutating func zone(of id: String) -> Int32 {
        if let z = zoneIndex[id] { return Int32(z) }
        if let z = otherZones[id] { return z }
        // Every project's zone is in zones.csv; a made-up data set may not be.
        zones.append(id)
        inRemit.append(remit.contains(id))
        let z = Int32(zones.count - 1)
        otherZones[id] = z
        return z
    }

    mutating func facts(of s: ProjectState, zone: Int32) -> ProjectFacts {
        var missing: UInt64 = 0
        for p in s.procedures where p.status == .missing {
            let i: Int
            let rank = ProjectSummary.rank(p)
            if rank != Int.max {
                i = rank
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
