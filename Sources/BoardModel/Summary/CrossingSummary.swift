/// Vehicle crossings on one local date (the as-of date).
public struct CrossingSummary: Sendable {
    public struct Counts: Sendable, Equatable {
        public var vehicles = 0
        public var export = 0
        public var `import` = 0
        /// Over the vehicles that have a figure: `withoutTonnes` and
        /// `withoutValue` of `vehicles` have none (an empty cell), so the
        /// sums say how many they leave out.
        public var tonnes = 0.0
        public var valueUSD = 0.0
        public var withoutTonnes = 0
        public var withoutValue = 0
        public init() {}
        /// Nil when no vehicle has a figure: not 0 tonnes.
        public var knownTonnes: Double? { withoutTonnes == vehicles ? nil : tonnes }
        public var knownValueUSD: Double? { withoutValue == vehicles ? nil : valueUSD }
        mutating func add(direction: UInt8, tonnes t: Float, value v: Double) {
            vehicles += 1
            if direction == 0 { export += 1 } else { self.import += 1 }
            if t.isNaN { withoutTonnes += 1 } else { tonnes += Double(t) }
            if v.isNaN { withoutValue += 1 } else { valueUSD += v }
        }
        mutating func merge(_ o: Counts) {
            vehicles += o.vehicles
            export += o.export
            self.import += o.import
            tonnes += o.tonnes
            valueUSD += o.valueUSD
            withoutTonnes += o.withoutTonnes
            withoutValue += o.withoutValue
        }
    }

    public struct CargoRow: Sendable, Equatable {
        public var cargo: String
        public var counts: Counts
        /// Share of the gate's vehicles that day.
        public var share: Double?
    }

    public struct GateRow: Sendable {
        public var gateID: String
        public var counts: Counts
        /// Vehicles per local hour, 0–23.
        public var byHour: [Int]
        /// Cargo types, most vehicles first.
        public var cargo: [CargoRow]
    }

    public var date: Day
    public var total: Counts
    public var byHour: [Int]
    /// Gates with at least one crossing that day, most vehicles first.
    public var gates: [GateRow]
    /// Crossings in the whole log, any date.
    public var logRows: Int
    /// The latest crossing in the log (any date).
    public var latestTime: Int64?
    /// Vehicles per gate over the last 30 days and 26 weeks.
    public var history: CrossingHistory

    public func gate(_ id: String) -> GateRow? { gates.first { $0.gateID == id } }

    /// The date is within the span of the logs (their first to their last
    /// crossing's local date): its counts are figures, 0 included. Outside
    /// it there is no figure for the date, not 0 vehicles.
    public var isCovered: Bool { history.covered?.contains(date) ?? false }

    /// The rows on `date` only: chunks that cannot hold any are skipped,
    /// and sorted chunks give theirs by binary search.
    static func compute(_ d: DataSet, date: Day) -> CrossingSummary {
        // Local date `date` spans these UTC seconds.
        let start = Int64(date.daysSinceEpoch) * 86400 - Int64(LocalTime.offsetSeconds)
        let end = start + 86400
        var total = Counts()
        var byHour = [Int](repeating: 0, count: 24)
        var perGate: [String: (Counts, [Int], [String: Counts])] = [:]
        var rows = 0
        var latest: Int64?
        for (_, log) in d.crossingLogs {
            rows += log.count
            if let m = log.maxTime { latest = max(latest ?? m, m) }
            for chunk in log.chunks {
                // Chunks that end before the day or start after it hold
                // none of its rows; a sorted chunk's rows of the day are
                // found by binary search. Only unsorted chunks are read whole.
                guard let lo = chunk.minTime, let hi = chunk.maxTime, hi >= start, lo < end else { continue }
                // Per gate of this log, per cargo index of this chunk.
                var gateCounts = [Counts](repeating: Counts(), count: log.gateIDs.count)
                var gateHours = [[Int]](repeating: [Int](repeating: 0, count: 24), count: log.gateIDs.count)
                var gateCargo = [[UInt32: Counts]](repeating: [:], count: log.gateIDs.count)
                let range = chunk.rows(from: start, before: end) ?? 0..<chunk.count
                chunk.time.withUnsafeBufferPointer { time in
                    for i in range where time[i] >= start && time[i] < end {
                        let g = Int(chunk.gate[i])
                        let hour = Int((time[i] - start) / 3600)
                        let dir = chunk.direction[i]
                        let t = chunk.tonnes[i]
                        let v = chunk.valueUSD[i]
                        total.add(direction: dir, tonnes: t, value: v)
                        byHour[hour] += 1
                        gateCounts[g].add(direction: dir, tonnes: t, value: v)
                        gateHours[g][hour] += 1
                        gateCargo[g][chunk.cargo[i], default: Counts()].add(direction: dir, tonnes: t, value: v)
                    }
                }
                for (g, id) in log.gateIDs.enumerated() where gateCounts[g].vehicles > 0 {
                    var entry = perGate[id] ?? (Counts(), [Int](repeating: 0, count: 24), [:])
                    entry.0.merge(gateCounts[g])
                    for h in 0..<24 { entry.1[h] += gateHours[g][h] }
                    for (c, counts) in gateCargo[g] {
                        entry.2[chunk.cargoNames[Int(c)], default: Counts()].merge(counts)
                    }
                    perGate[id] = entry
                }
            }
        }
        let gates = perGate.map { id, e in
            GateRow(
                gateID: id, counts: e.0, byHour: e.1,
                cargo: e.2.map {
                    CargoRow(
                        cargo: $0.key, counts: $0.value,
                        share: share(Double($0.value.vehicles), of: Double(e.0.vehicles)))
                }
                .sorted { ($0.counts.vehicles, $1.cargo) > ($1.counts.vehicles, $0.cargo) })
        }.sorted { ($0.counts.vehicles, $1.gateID) > ($1.counts.vehicles, $0.gateID) }
        return CrossingSummary(
            date: date, total: total, byHour: byHour, gates: gates, logRows: rows, latestTime: latest,
            history: .compute(d, through: date))
    }
}
