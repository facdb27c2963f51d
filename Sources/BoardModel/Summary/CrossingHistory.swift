/// Vehicles through each gate over time, as of a date: per day for the
/// last 30 days and per week for the last 26 weeks, by direction.
///
/// A week is the 7 days ending on a day: the last one ends on the as-of
/// date, so every bar is a whole week and the chart moves with the date.
/// Days outside the span the logs cover (before their first crossing,
/// after their last) have no figure; a covered day without a vehicle at a
/// gate is a real 0.
public struct CrossingHistory: Sendable {
    public static let dayCount = 30
    public static let weekCount = 26

    /// Vehicles out and in.
    public struct Flow: Sendable, Equatable {
        public var export = 0
        public var `import` = 0
        public var vehicles: Int { export + self.import }
        public init(export: Int = 0, import i: Int = 0) {
            self.export = export
            self.import = i
        }
    }

    /// One gate's days and weeks, oldest first (nil: not covered by the logs).
    public struct Gate: Sendable, Equatable {
        public var days: [Flow?]
        public var weeks: [Flow?]
    }

    /// The as-of date: the last day, and the end of the last week.
    public var through: Day
    /// The first and the last local day of any crossing in the logs.
    public var covered: ClosedRange<Day>?
    /// Per gate id, for every gate of gates.csv.
    public var gates: [String: Gate]

    /// The days charted, oldest first.
    public var days: [Day] { (0..<Self.dayCount).map { through + ($0 - Self.dayCount + 1) } }
    /// The last day of each week charted, oldest first.
    public var weekEnds: [Day] { (0..<Self.weekCount).map { through + 7 * ($0 - Self.weekCount + 1) } }

    public func gate(_ id: String) -> Gate? { gates[id] }

    /// From each chunk's counts per day (`DayCounts`): no row is read.
    static func compute(_ d: DataSet, through: Day) -> CrossingHistory {
        let span = 7 * weekCount
        let first = through + (1 - span)
        let empty = [Flow](repeating: Flow(), count: span)
        var perDay: [String: [Flow]] = [:]
        var lo: Day?
        var hi: Day?
        for (_, log) in d.crossingLogs {
            if let t = log.minTime {
                let day = LocalTime.day(ofEpochSeconds: t)
                lo = min(lo ?? day, day)
            }
            if let t = log.maxTime {
                let day = LocalTime.day(ofEpochSeconds: t)
                hi = max(hi ?? day, day)
            }
            for chunk in log.chunks {
                let c = chunk.days
                for i in c.entries(from: first, through: through) {
                    let g = Int(c.gateDirection[i] >> 1)
                    guard g < log.gateIDs.count else { continue }
                    let id = log.gateIDs[g]
                    let k = Int(c.day[i]) - first.daysSinceEpoch
                    // In place: the default subscript does not copy the array.
                    if c.gateDirection[i] & 1 == 0 {
                        perDay[id, default: empty][k].export += Int(c.count[i])
                    } else {
                        perDay[id, default: empty][k].import += Int(c.count[i])
                    }
                }
            }
        }
        let covered = lo.flatMap { l in hi.map { l...$0 } }
        var gates: [String: Gate] = [:]
        for g in d.gates {
            let flows = perDay[g.id] ?? empty
            func shown(_ k: Int) -> Flow? {
                guard let covered, covered.contains(first + k) else { return nil }
                return flows[k]
            }
            let days = ((span - dayCount)..<span).map(shown)
            let weeks = (0..<weekCount).map { w -> Flow? in
                let parts = (7 * w..<7 * w + 7).compactMap(shown)
                guard !parts.isEmpty else { return nil }
                return Flow(export: parts.reduce(0) { $0 + $1.export }, import: parts.reduce(0) { $0 + $1.import })
            }
            gates[g.id] = Gate(days: days, weeks: weeks)
        }
        return CrossingHistory(through: through, covered: covered, gates: gates)
    }
}
