/// `trade_monthly.csv`: trade through each gate, per month.
public enum TradeTable: TableSpec {
    public typealias Record = TradeMonth
    static let fileName = "trade_monthly.csv"
    static let oneRowIs = "the trade through one gate in one month"

    static let month = Column.month("month")
    static let gateID = Column.ref("gate_id", to: .gates)
    static let exportUSD = Column.number("export_usd", min: 0)
    static let importUSD = Column.number("import_usd", min: 0)
    static let borderTradeUSD = Column.optionalNumber(
        "border_trade_usd", min: 0, note: "border residents' trade and exchange of goods")
    static let columns: [any AnyColumn] = [month, gateID, exportUSD, importUSD, borderTradeUSD]

    static func record(_ r: Row) -> TradeMonth? {
        let month = r[Self.month]
        let gate = r[gateID]
        let exp = r[exportUSD]
        let imp = r[importUSD]
        let border = r[borderTradeUSD]
        guard let month, r.isValid, let exp, let imp,
            r.claim(
                // The month's number, not its text: a key nobody reads, made
                // for every row.
                gate + "|" + String(month.index), at: Self.month,
                describe: "gate \(Messages.shown(gate)) for \(month)")
        else { return nil }
        return TradeMonth(month: month, gateID: gate, exportUSD: exp, importUSD: imp, borderTradeUSD: border)
    }

    /// A month of trade is observed on its last day.
    static func observedOn(_ t: TradeMonth) -> Day? { t.month.lastDay }
    static var observedColumn: ColumnInfo? { month.info }
}

extension DataFile {
    public static let trade = DataFile(TradeTable.self)
}

extension DataSet {
    public var trade: [TradeMonth] {
        get { self[TradeTable.self] }
        set { self[TradeTable.self] = newValue }
    }
}
