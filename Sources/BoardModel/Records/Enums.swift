// The enumerations of data-format.md. Raw values are exactly the words the
// data files use.

public enum UnitKind: String, CaseIterable, Sendable {
    case board, department, district, city, agency, other
}

public enum GateKind: String, CaseIterable, Sendable {
    case international, main, auxiliary
    case crossingPoint = "crossing-point"
}

public enum GateStatus: String, CaseIterable, Sendable {
    case open, suspended
    case reopenProposed = "reopen-proposed"
}

public enum Direction: String, CaseIterable, Sendable {
    case export, `import`
}

public enum ZoneKind: String, CaseIterable, Sendable {
    case industrialZone = "industrial-zone"
    case industrialCluster = "industrial-cluster"
    case economicZoneArea = "economic-zone-area"
    /// Production outside the zones: counts toward the province's total,
    /// not toward the zones' share.
    case other
}

public enum ProjectStatus: String, CaseIterable, Sendable {
    case appraising, licensed, adjusted, operating, suspended, revoked
}

public enum WorkStatus: String, CaseIterable, Sendable {
    case proposed, preparing
    case underConstruction = "under-construction"
    case completed, operating

    /// Completed or operating works are never late.
    public var isFinished: Bool { self == .completed || self == .operating }
}

public enum TaskStatus: String, CaseIterable, Sendable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case done, blocked
}

public enum TargetMetric: String, CaseIterable, Sendable {
    case tradeUSD = "trade_usd"
    case outputBnVND = "output_bn_vnd"
}

/// Who a person of `people.csv` is: a unit's officer reports on the
/// assignments the unit leads or supports; the committee's secretariat on
/// any.
public enum PersonRole: String, CaseIterable, Sendable {
    case member, secretariat
}
