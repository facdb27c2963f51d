import BoardModel

/// The projects screen's filters: the zone (`z`), the status (`t`) and a
/// missing procedure (`m`), each cycled by its key through what the data
/// holds, and said in words on the screen.
enum ProjectFilters {
    static func cycle(_ action: Action, _ screen: inout ScreenState, _ c: Ctx) {
        switch action {
        case .cycleZoneFilter: screen.projectFilter.zone = nextZone(after: screen.projectFilter.zone, c)
        case .cycleStatusFilter: screen.projectFilter.status = nextStatus(after: screen.projectFilter.status)
        case .cycleMissingFilter: screen.projectFilter.missing = nextMissing(after: screen.projectFilter.missing, c)
        default: break
        }
    }

    /// All, the remit, then each zone that has a project, then all again.
    static func nextZone(after current: ProjectFilter.Zone, _ c: Ctx) -> ProjectFilter.Zone {
        let p = c.summary.projects
        // Per zone of `zoneIDs`: a flag, not a set (ten thousand projects at each key).
        var used = [Bool](repeating: false, count: p.zoneIDs.count)
        for f in p.facts where f.status >= 0 { used[Int(f.zone)] = true }
        let withProjects = Set(p.zoneIDs.indices.filter { used[$0] }.map { p.zoneIDs[$0] })
        let zones = c.dataSet.zones.map(\.id).filter(withProjects.contains)
        switch current {
        case .all: return .remit
        case .remit: return zones.first.map(ProjectFilter.Zone.only) ?? .all
        case .only(let id):
            guard let i = zones.firstIndex(of: id), i + 1 < zones.count else { return .all }
            return .only(zones[i + 1])
        }
    }

    /// All, not revoked, then each status.
    static func nextStatus(after current: ProjectFilter.Status) -> ProjectFilter.Status {
        let all = ProjectStatus.allCases
        switch current {
        case .all: return .notRevoked
        case .notRevoked: return .only(all[0])
        case .only(let s):
            guard let i = all.firstIndex(of: s), i + 1 < all.count else { return .all }
            return .only(all[i + 1])
        }
    }

    /// All, any missing procedure, then each procedure some project misses.
    static func nextMissing(after current: ProjectFilter.Missing, _ c: Ctx) -> ProjectFilter.Missing {
        let missing = missingProcedures(c)
        switch current {
        case .all: return .any
        case .any: return missing.first.map(ProjectFilter.Missing.only) ?? .all
        case .only(let p):
            guard let i = missing.firstIndex(of: p), i + 1 < missing.count else { return .all }
            return .only(missing[i + 1])
        }
    }

    /// The procedures some project known on the date misses, in the known
    /// order, then others by id.
    static func missingProcedures(_ c: Ctx) -> [String] {
        let p = c.summary.projects
        var mask: UInt64 = 0
        for f in p.facts where f.status >= 0 { mask |= f.missing }
        var seen = Set(
            p.procedureIDs.indices.filter { $0 < 63 && mask & ProjectFacts.bit($0) != 0 }.map { p.procedureIDs[$0] })
        // Past the 63rd procedure the bit is shared: look at the projects.
        if p.procedureIDs.count > 63, mask & ProjectFacts.bit(63) != 0 {
            for s in p.states where s.exists { seen.formUnion(s.missing) }
        }
        return ProjectProcedure.known.filter(seen.contains) + seen.subtracting(ProjectProcedure.known).sorted()
    }

    /// The filters on, in words: `khu: KCN Tằng Loỏng`, `thiếu: đất đai`.
    static func active(_ f: ProjectFilter, _ c: Ctx) -> [String] {
        var parts: [String] = []
        switch f.zone {
        case .all: break
        case .remit: parts.append(c.t("KCN và KKT", "zones and economic zone"))
        case .only(let id): parts.append(c.t("khu: ", "zone: ") + (c.dataSet.zone(id).map(Titles.zoneName) ?? id))
        }
        switch f.status {
        case .all: break
        case .notRevoked: parts.append(c.t("chưa thu hồi", "not revoked"))
        case .only(let s): parts.append(c.t("trạng thái: ", "status: ") + s.name(c.lang))
        }
        switch f.missing {
        case .all: break
        case .any: parts.append(c.t("thiếu thủ tục", "missing a procedure"))
        case .only(let p): parts.append(c.t("thiếu: ", "missing: ") + ProjectProcedure.name(p, c.lang))
        }
        return parts
    }
}
