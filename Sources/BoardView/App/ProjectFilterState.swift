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

    /// Whether a project (known on the date) passes the three filters.
    public func keeps(_ s: ProjectState) -> Bool {
        switch zone {
        case .all: break
        case .remit: if !s.inRemit { return false }
        case .only(let id): if s.project.zoneID != id { return false }
        }
        switch status {
        case .all: break
        case .notRevoked: if s.status == .revoked { return false }
        case .only(let st): if s.status != st { return false }
        }
        switch missing {
        case .all: return true
        case .any: return s.procedures.contains { $0.status == .missing }
        case .only(let p): return s.procedures.contains { $0.procedure == p && $0.status == .missing }
        }
    }
}
