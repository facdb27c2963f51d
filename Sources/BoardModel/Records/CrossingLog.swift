/// The vehicle crossings of one log file, stored by column.
///
/// A log may hold millions of rows; columns of plain numbers keep it at
/// ~27 bytes a row and let summaries run as tight loops. Gates and cargo
/// types are indices into small tables. Plates are not kept: no figure or
/// screen needs them, and they would triple the memory.
public struct CrossingLog: Sendable, Equatable {
    /// Instants, seconds since 1970-01-01T00:00:00Z.
    public var time: [Int64] = []
    /// Index into `gateIDs`.
    public var gate: [UInt16] = []
    /// 0 export, 1 import.
    public var direction: [UInt8] = []
    /// Index into `cargoNames`.
    public var cargo: [UInt32] = []
    /// NaN when absent.
    public var tonnes: [Float] = []
    /// NaN when absent.
    public var valueUSD: [Double] = []

    /// The gate ids the `gate` column points into.
    public var gateIDs: [String] = []
    /// Distinct cargo types (NFC text) the `cargo` column points into.
    public var cargoNames: [String] = []

    public init() {}

    public var count: Int { time.count }

    public func direction(at i: Int) -> Direction { direction[i] == 0 ? .export : .import }

    public mutating func reserveCapacity(_ n: Int) {
        time.reserveCapacity(n); gate.reserveCapacity(n); direction.reserveCapacity(n)
        cargo.reserveCapacity(n); tonnes.reserveCapacity(n); valueUSD.reserveCapacity(n)
    }

    /// Appends another log's rows, re-indexing its gates and cargo types.
    public mutating func append(contentsOf other: CrossingLog) {
        let gateMap = other.gateIDs.map { id -> UInt16 in
            if let i = gateIDs.firstIndex(of: id) { return UInt16(i) }
            gateIDs.append(id)
            return UInt16(gateIDs.count - 1)
        }
        var cargoIndex = [String: UInt32](minimumCapacity: cargoNames.count)
        for (i, name) in cargoNames.enumerated() { cargoIndex[name] = UInt32(i) }
        let cargoMap = other.cargoNames.map { name -> UInt32 in
            if let i = cargoIndex[name] { return i }
            cargoNames.append(name)
            cargoIndex[name] = UInt32(cargoNames.count - 1)
            return UInt32(cargoNames.count - 1)
        }
        time.append(contentsOf: other.time)
        gate.append(contentsOf: other.gate.map { gateMap[Int($0)] })
        direction.append(contentsOf: other.direction)
        cargo.append(contentsOf: other.cargo.map { cargoMap[Int($0)] })
        tonnes.append(contentsOf: other.tonnes)
        valueUSD.append(contentsOf: other.valueUSD)
    }
}
