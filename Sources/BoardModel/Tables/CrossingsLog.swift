/// `crossings/*.csv`: the vehicle crossing log. Its columns are declared
/// here like every file's; its rows are read by `CrossingReader`, the
/// fast path for millions of rows, which finds these columns by name.
enum CrossingsLog {
    static let oneRowIs = "one vehicle crossing a gate (any number of files)"

    static let time = ColumnInfo("time", .time)
    static let gateID = ColumnInfo("gate_id", .ref(.gates))
    static let direction = ColumnInfo(
        "direction", .choice(Direction.allCases.map(\.rawValue), strict: true), note: "exactly so, in small letters")
    static let plate = ColumnInfo("plate", .text, note: "the vehicle's plate")
    static let cargo = ColumnInfo("cargo", .text, note: "the cargo type, free text")
    static let tonnes = ColumnInfo("tonnes", .number(min: 0, max: nil), required: false)
    static let valueUSD = ColumnInfo("value_usd", .number(min: 0, max: nil), required: false)
    static let columns = [time, gateID, direction, plate, cargo, tonnes, valueUSD]
}

extension CrossingsLog {
    // The fast reader's messages that name a column, made once rather than
    // in its loop.
    static let emptyTime = Messages.empty(time.name, "a time")
    static let emptyGate = Messages.empty(gateID.name, "a gate id")
    static let gateNoun = DataFile.gates.noun ?? "gate"
    static let emptyDirection = Messages.empty(direction.name, "export or import")
    static let emptyPlate = Messages.empty(plate.name, "a plate")
    static let emptyCargo = Messages.empty(cargo.name, "a cargo type")
    static let negativeTonnes = "\(tonnes.name) must be at least 0"
    static let negativeValue = "\(valueUSD.name) must be at least 0"
}
