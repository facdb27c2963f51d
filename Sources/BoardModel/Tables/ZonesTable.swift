/// `zones.csv`: industrial zones, clusters and economic-zone areas.
public enum ZonesTable: TableSpec {
    public typealias Record = Zone
    static let fileName = "zones.csv"
    static let oneRowIs = "an industrial zone, cluster or economic-zone area (or \"outside the zones\")"

    static let id = Column.key("id", noun: "zone")
    static let name = Column.text("name")
    static let shortName = Column.optionalText("short_name")
    static let kind = Column.choice("kind", ZoneKind.self, note: "`other` is production outside the zones")
    static let district = Column.optionalText("district")
    static let areaHa = Column.optionalNumber("area_ha", min: 0)
    static let leasedHa = Column.optionalNumber(
        "leased_ha", min: 0, note: "occupancy = leased ÷ area; more than the area is a warning")
    static let columns: [any AnyColumn] = [id, name, shortName, kind, district, areaHa, leasedHa]

    static func record(_ r: Row) -> Zone? {
        let id = r[Self.id]
        let name = r[Self.name]
        let short = r[shortName]
        let kind = r[Self.kind]
        let district = r[Self.district]
        let area = r[areaHa]
        let leased = r[leasedHa]
        if let a = area, let l = leased, l > a {
            r.warning(leasedHa, "leased area \(Row.plain(l)) ha is larger than the zone's area \(Row.plain(a)) ha")
        }
        guard r.isValid, let kind else { return nil }
        return Zone(
            id: id, name: name, shortName: short, kind: kind, district: district, areaHa: area, leasedHa: leased)
    }
}

extension DataFile {
    public static let zones = DataFile(ZonesTable.self)
}

extension DataSet {
    public var zones: [Zone] {
        get { self[ZonesTable.self] }
        set { self[ZonesTable.self] = newValue }
    }
}
