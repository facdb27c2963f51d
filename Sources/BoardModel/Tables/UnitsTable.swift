/// `units.csv`: the organisations that lead or support assignments and
/// own works.
public enum UnitsTable: TableSpec {
    public typealias Record = Unit
    static let fileName = "units.csv"
    static let oneRowIs = "an organisation that leads or supports assignments, or owns works"

    static let id = Column.key("id", noun: "unit", note: "e.g. `BQLKKT`")
    static let name = Column.text("name", note: "the full Vietnamese name, e.g. Ban Quản lý Khu Kinh tế tỉnh")
    static let shortName = Column.optionalText("short_name", note: "used where the full name does not fit")
    static let kind = Column.choice("kind", UnitKind.self)
    static let columns: [any AnyColumn] = [id, name, shortName, kind]

    static func record(_ r: Row) -> Unit? {
        let id = r[Self.id]
        let name = r[Self.name]
        let short = r[shortName]
        let kind = r[Self.kind]
        guard r.isValid, let kind else { return nil }
        return Unit(id: id, name: name, shortName: short, kind: kind)
    }
}

extension DataFile {
    public static let units = DataFile(UnitsTable.self)
}

extension DataSet {
    public var units: [Unit] {
        get { self[UnitsTable.self] }
        set { self[UnitsTable.self] = newValue }
    }
}
