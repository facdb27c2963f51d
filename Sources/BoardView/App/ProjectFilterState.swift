import BoardModel

/// The projects screen's filters (each cycled by a key): the zone, the
/// status, and a missing procedure. The typed filter (`/`) is the list's.
public struct ProjectFilter: Equatable, Sendable {
    public enum Zone: Equatable, Sendable {
        case all
        /// The Management Board's remit: industrial zones and economic-zone
        /// areas (the projects the review's figures count).
        case remit
        case only(String)
    }

    public enum Status: Equatable, Sendable {
        case all
        /// Every status but `revoked`: with the remit, the monitored projects.
        case notRevoked
        case only(ProjectStatus)
    }

    public enum Missing: Equatable, Sendable {
        case all
        /// Missing at least one procedure.
        case any
        case only(String)
    }

    public var zone = Zone.all
    public var status = Status.all
    public var missing = Missing.all

    public init() {}

    public var isEmpty: Bool { zone == .all && status == .all && missing == .all }
}

/// A `ProjectFilter` put in the numbers of a summary's `ProjectFacts`,
/// once per list: then a project passes or not by comparing small values.
struct ProjectFilterMatch {
    let summary: ProjectSummary
    var remit = false
    /// The zone's number; -2: a zone no project has (nothing passes).
    var zone: Int32?
    var notStatus: Int8?
    var status: Int8?
    var missingMask: UInt64?
    /// A procedure past the 63rd (sharing the last bit): checked by name.
    var missingByName: String?

    init(_ f: ProjectFilter, _ p: ProjectSummary) {
        summary = p
        switch f.zone {
        case .all: break
        case .remit: remit = true
        case .only(let id): zone = p.zoneIDs.firstIndex(of: id).map { Int32($0) } ?? -2
        }
        let code = { (s: ProjectStatus) in Int8(ProjectStatus.allCases.firstIndex(of: s) ?? 0) }
        switch f.status {
        case .all: break
        case .notRevoked: notStatus = code(.revoked)
        case .only(let s): status = code(s)
        }
        switch f.missing {
        case .all: break
        case .any: missingMask = ~0
        case .only(let name):
            let i = p.procedureIDs.firstIndex(of: name)
            missingMask = i.map(ProjectFacts.bit) ?? 0
            if let i, i >= 63 { missingByName = name }
        }
    }

    /// Whether project `i` of the summary passes.
    func matches(_ i: Int) -> Bool {
        let f = summary.facts[i]
        if remit && !f.inRemit { return false }
        if let z = zone, f.zone != z { return false }
        if let s = notStatus, f.status == s { return false }
        if let s = status, f.status != s { return false }
        if let m = missingMask {
            if f.missing & m == 0 { return false }
            if let name = missingByName { return summary.states[i].missing.contains(name) }
        }
        return true
    }
}
