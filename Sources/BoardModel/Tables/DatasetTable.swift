/// `dataset.csv`: what the data set is (an optional file of one row). A
/// data set that says it is a `sample` is shown as one on every screen and
/// at the top of every report ("DỮ LIỆU MẪU" / "SAMPLE DATA"), so that
/// illustrative figures are never taken for official ones. Without the
/// file, or with `real`, nothing is shown.
public enum DatasetTable: TableSpec {
    public typealias Record = DatasetInfo
    static let fileName = "dataset.csv"
    static let oneRowIs = "what the data set is: a sample or real data (one row)"
    static let isOptional = true

    static let kind = Column.choice(
        "kind", DatasetKind.self,
        note: "`sample`: illustrative data, marked \"DỮ LIỆU MẪU\" / \"SAMPLE DATA\" on every screen and report; "
            + "`real`: the committee's own figures, marked nothing (as without the file)")
    static let note = Column.optionalText("note", note: "what the data set is, for people reading the file")
    static let columns: [any AnyColumn] = [kind, note]

    static func record(_ r: Row) -> DatasetInfo? {
        let kind = r[Self.kind]
        let note = r[Self.note]
        guard r.isValid, let kind,
            r.claim("dataset", at: Self.kind, describe: "the data set's description")
        else { return nil }
        return DatasetInfo(kind: kind, note: note)
    }
}

/// Whether a data set is a sample or real data.
public enum DatasetKind: String, CaseIterable, Sendable {
    case sample, real
}

/// The one row of `dataset.csv`.
public struct DatasetInfo: Hashable, Sendable {
    public var kind: DatasetKind
    public var note: String?
    public init(kind: DatasetKind, note: String? = nil) {
        self.kind = kind
        self.note = note
    }
}

extension DataFile {
    public static let dataset = DataFile(DatasetTable.self)
}

extension DataSet {
    public var dataset: [DatasetInfo] {
        get { self[DatasetTable.self] }
        set { self[DatasetTable.self] = newValue }
    }

    /// The data set declares itself a sample (`dataset.csv`).
    public var isSample: Bool { dataset.first?.kind == .sample }
}
