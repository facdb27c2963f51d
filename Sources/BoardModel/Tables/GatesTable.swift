/// `gates.csv`: border gates and crossing points.
public enum GatesTable: TableSpec {
    public typealias Record = Gate
    static let fileName = "gates.csv"
    static let oneRowIs = "a border gate or crossing point"

    static let id = Column.key("id", noun: "gate")
    static let name = Column.text("name", note: "the full name")
    static let shortName = Column.optionalText("short_name")
    static let kind = Column.choice("kind", GateKind.self)
    static let district = Column.text("district")
    static let counterpart = Column.optionalText("counterpart", note: "the gate facing it across the border")
    static let status = Column.choice("status", GateStatus.self)
    static let columns: [any AnyColumn] = [id, name, shortName, kind, district, counterpart, status]

    static func record(_ r: Row) -> Gate? {
        let id = r[Self.id]
        let name = r[Self.name]
        let short = r[shortName]
        let kind = r[Self.kind]
        let district = r[Self.district]
        let counterpart = r[Self.counterpart]
        let status = r[Self.status]
        guard r.isValid, let kind, let status else { return nil }
        return Gate(
            id: id, name: name, shortName: short, kind: kind, district: district, counterpart: counterpart,
            status: status)
    }
}

extension DataFile {
    public static let gates = DataFile(GatesTable.self)
}

extension DataSet {
    public var gates: [Gate] {
        get { self[GatesTable.self] }
        set { self[GatesTable.self] = newValue }
    }
}
