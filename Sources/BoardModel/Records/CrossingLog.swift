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
        /// The latest instant in the chunk.
        public let maxTime: Int64?

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
            maxTime = time.max()
        }

        public var count: Int { time.count }
    }

    /// The gate ids the chunks' `gate` columns point into.
    public var gateIDs: [String] = []
    public private(set) var chunks: [Chunk] = []
    public private(set) var count = 0
    /// The latest instant in the log.
    public private(set) var maxTime: Int64?

    public init() {}

    public mutating func append(_ chunk: Chunk) {
        guard chunk.count > 0 else { return }
        chunks.append(chunk)
        count += chunk.count
        if let m = chunk.maxTime { maxTime = max(maxTime ?? m, m) }
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
