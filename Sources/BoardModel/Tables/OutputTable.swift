/// `output_monthly.csv`: industrial production, per zone and month.
public enum OutputTable: TableSpec {
    public typealias Record = OutputMonth
    static let fileName = "output_monthly.csv"
    static let oneRowIs = "the industrial production of one zone in one month"

    static let month = Column.month("month")
    static let zoneID = Column.ref("zone_id", to: .zones)
    static let outputBnVND = Column.number("output_bn_vnd", min: 0, note: "billion VND (tỷ đồng)")
    static let exportUSD = Column.optionalNumber("export_usd", min: 0)
    static let workers = Column.optionalInteger("workers", min: 0)
    static let columns: [any AnyColumn] = [month, zoneID, outputBnVND, exportUSD, workers]

    static func record(_ r: Row) -> OutputMonth? {
        let month = r[Self.month]
        let zone = r[zoneID]
        let value = r[outputBnVND]
        let exp = r[exportUSD]
        let workers = r[Self.workers]
        guard let month, r.isValid, let value,
            r.claim(
                // The month's number, not its text (`TradeTable`).
                zone + "|" + String(month.index), at: Self.month,
                describe: "zone \(Messages.shown(zone)) for \(month)")
        else { return nil }
        return OutputMonth(month: month, zoneID: zone, outputBnVND: value, exportUSD: exp, workers: workers)
    }

    /// A month of production is observed on its last day.
    static func observedOn(_ o: OutputMonth) -> Day? { o.month.lastDay }
    static var observedColumn: ColumnInfo? { month.info }
}

extension DataFile {
    public static let output = DataFile(OutputTable.self)
}

extension DataSet {
    public var output: [OutputMonth] {
        get { self[OutputTable.self] }
        set { self[OutputTable.self] = newValue }
    }
}
