/// A table file of the data set (data-format.md): a handle on its spec.
/// Each spec's file declares its handle (`DataFile.gates`); `allCases` is
/// the one list of them.
public struct DataFile: Hashable, Sendable, CaseIterable, RawRepresentable, CustomStringConvertible {
    let spec: any TableSpec.Type

    init(_ spec: any TableSpec.Type) { self.spec = spec }

    /// Every table file, one line each. Files are read in `loadOrder`,
    /// derived from their references, whatever the order here; the order
    /// here is the one data-format.md lists them in.
    public static let allCases: [DataFile] = [
        .units, .gates, .zones, .targets, .trade, .output, .projects, .works, .worksUpdates, .meetings, .tasks,
        .taskUpdates, .projectEvents,
        .projectProcedures, .plans, .people, .dataset,
    ]

    /// The folder of crossing logs (optional, any number of `*.csv`; see
    /// `CrossingsLog`).
    public static let crossingsFolder = "crossings"

    /// The file's name in the data folder.
    public var rawValue: String { spec.fileName }
    public var description: String { rawValue }

    public init?(rawValue: String) {
        guard let f = DataFile.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = f
    }

    public var isOptional: Bool { spec.isOptional }

    /// Files whose ids this file refers to: the targets of its reference
    /// columns, each once. From a table made once: the loader asks this
    /// of each file many times per read (ordering, waves, re-reads), and
    /// each answer walked every column of the spec again.
    public var references: [DataFile] {
        guard let i = DataFile.allCases.firstIndex(of: self) else { return referencesOfColumns }
        return DataFile.allReferences[i]
    }

    /// `references` of each of `allCases`, in that order.
    private static let allReferences: [[DataFile]] = allCases.map(\.referencesOfColumns)

    private var referencesOfColumns: [DataFile] {
        var out: [DataFile] = []
        for c in spec.columns {
            switch c.info.type {
            case .ref(let f), .refList(let f): if !out.contains(f) { out.append(f) }
            default: break
            }
        }
        return out
    }

    /// The files some file refers to (their ids are looked up).
    static let referenced: Set<DataFile> = Set(allCases.flatMap(\.references))

    /// The key column's noun (`gate`), nil for a file without a key column.
    var noun: String? {
        for c in spec.columns { if case .key(let noun) = c.info.type { return noun } }
        return nil
    }

    /// Every file after the files it refers to, so that a reference is
    /// checked against ids already read; among files free to go, the
    /// order of `allCases`. A file cannot refer to itself (its ids are
    /// not known while it is read).
    public static let loadOrder: [DataFile] = ordered(allCases)

    /// `files` sorted so that each comes after its references (Kahn's
    /// algorithm, stable). A cycle, or a reference to a file not in
    /// `files`, cannot be read in any order: the first load stops with a
    /// message naming the files (so does every test that loads data).
    static func ordered(_ files: [DataFile]) -> [DataFile] {
        var out: [DataFile] = []
        var left = files
        while !left.isEmpty {
            guard let next = left.firstIndex(where: { f in f.references.allSatisfy(out.contains) })
            else { preconditionFailure("data files refer to each other in a cycle, or to an unlisted file: \(left)") }
            out.append(left.remove(at: next))
        }
        return out
    }

    public static func == (a: DataFile, b: DataFile) -> Bool { ObjectIdentifier(a.spec) == ObjectIdentifier(b.spec) }
    public func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(spec)) }
}
