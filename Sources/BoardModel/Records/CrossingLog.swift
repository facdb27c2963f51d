/// The vehicle crossings of one log file, stored by column, in chunks.
///
/// A log may hold millions of rows: columns of plain numbers keep it at
/// ~27 bytes a row and let summaries run as tight loops. Gates are indices
/// into `gateIDs`, cargo types into each chunk's `cargoNames`. Plates are
/// not kept: no figure or screen needs them, and they would triple the
/// memory.
///
/// Rows come in immutable chunks (one per read of the file: the first
/// read, each append) so that taking in 10,000 new rows never copies the
/// million already there, while a `CrossingLog` stays a value: a copy
/// made before an append does not see the new rows.
public struct CrossingLog: Sendable {
    /// Rows read together. Immutable once made.
    public final class Chunk: Sendable {
        /// Instants, seconds since 1970-01-01T00:00:00Z.
        public let time: [Int64]
        /// Index into the log's `gateIDs`.
        public let gate: [UInt16]
        /// 0 export, 1 import.
        public let direction: [UInt8]
        /// Index into `cargoNames`.
        public let cargo: [UInt32]
        /// NaN when absent.
        public let tonnes: [Float]
        /// NaN when absent.
        public let valueUSD: [Double]
        /// Distinct cargo types (NFC text) the `cargo` column points into.
        public let cargoNames: [String]
        /// The earliest and the latest instant in the chunk.
        public let minTime: Int64?
        public let maxTime: Int64?
        /// The rows are in time order (the usual log): the rows of one day
        /// are then found by binary search.
        public let isSorted: Bool
        /// Vehicles per day, gate and direction.
        public let days: DayCounts

        public init(
            time: [Int64], gate: [UInt16], direction: [UInt8], cargo: [UInt32], tonnes: [Float],
            valueUSD: [Double], cargoNames: [String]
        ) {
            self.time = time
            self.gate = gate
            self.direction = direction
            self.cargo = cargo
            self.tonnes = tonnes
            self.valueUSD = valueUSD
            self.cargoNames = cargoNames
            var lo = Int64.max
            var hi = Int64.min
            var sorted = true
            var previous = Int64.min
            for t in time {
                lo = min(lo, t)
                hi = max(hi, t)
                if t < previous { sorted = false }
                previous = t
            }
            minTime = time.isEmpty ? nil : lo
            maxTime = time.isEmpty ? nil : hi
            isSorted = sorted
            days = DayCounts(time: time, gate: gate, direction: direction)
        }

        /// The rows whose instant is in `start..<end`: found by binary
        /// search in a sorted chunk; nil when the chunk is not sorted (the
        /// caller then looks at every row).
        public func rows(from start: Int64, before end: Int64) -> Range<Int>? {
            guard isSorted else { return nil }
            func lowerBound(_ x: Int64) -> Int {
                var lo = 0
                var hi = time.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if time[mid] < x { lo = mid + 1 } else { hi = mid }
                }
                return lo
            }
            return lowerBound(start)..<lowerBound(end)
        }

        public var count: Int { time.count }
    }

    /// The gate ids the chunks' `gate` columns point into.
    public var gateIDs: [String] = []
    public private(set) var chunks: [Chunk] = []
    public private(set) var count = 0
    /// The earliest and the latest instant in the log.
    public private(set) var minTime: Int64?
    public private(set) var maxTime: Int64?

    public init() {}

    public mutating func append(_ chunk: Chunk) {
        guard chunk.count > 0 else { return }
        chunks.append(chunk)
        count += chunk.count
        if let m = chunk.maxTime { maxTime = max(maxTime ?? m, m) }
        if let m = chunk.minTime { minTime = min(minTime ?? m, m) }
    }

    // Whole-log columns, gathered from the chunks (a copy: for tests and
    // small logs, not for hot paths).
    public var time: [Int64] { chunks.flatMap(\.time) }
    public var direction: [UInt8] { chunks.flatMap(\.direction) }
    public var tonnes: [Float] { chunks.flatMap(\.tonnes) }
    public var valueUSD: [Double] { chunks.flatMap(\.valueUSD) }
    public var gates: [String] { chunks.flatMap { c in c.gate.map { gateIDs[Int($0)] } } }
    public var cargo: [String] { chunks.flatMap { c in c.cargo.map { c.cargoNames[Int($0)] } } }
    /// Distinct cargo types over all chunks, first seen first.
    public var cargoNames: [String] {
        var seen = Set<String>()
        return chunks.flatMap(\.cargoNames).filter { seen.insert($0).inserted }
    }
}
