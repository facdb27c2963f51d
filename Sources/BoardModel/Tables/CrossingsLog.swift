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
