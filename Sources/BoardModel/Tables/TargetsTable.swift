/// `targets.csv`: the year's targets.
public enum TargetsTable: TableSpec {
    public typealias Record = Target
    static let fileName = "targets.csv"
    static let oneRowIs = "one target for one year"

    static let year = Column.integer("year", min: 1)
    static let metric = Column.id(
        "metric",
        note: "`trade_usd` (trade through the gates, USD) or `output_bn_vnd` (industrial production, billion VND). "
            + "Another metric is kept, with a warning that this version does not show it")
    static let value = Column.number("value")
    static let columns: [any AnyColumn] = [year, metric, value]

    static func record(_ r: Row) -> Target? {
        let year = r[Self.year]
        let metric = r[Self.metric]
        let value = r[Self.value]
        if !metric.isEmpty, TargetMetric(rawValue: metric) == nil {
            r.warning(
                Self.metric,
                "metric \(Messages.shown(metric)) is not one this version shows (\(Row.list(TargetMetric.self)))")
        }
        guard let year, r.isValid, let value,
            r.claim(
                String(year) + "|" + metric, at: Self.metric,
                describe: "target \(Messages.shown(metric)) for \(year)")
        else { return nil }
        return Target(year: year, metric: metric, value: value)
    }
}

extension DataFile {
    public static let targets = DataFile(TargetsTable.self)
}

extension DataSet {
    public var targets: [Target] {
        get { self[TargetsTable.self] }
        set { self[TargetsTable.self] = newValue }
    }
}
