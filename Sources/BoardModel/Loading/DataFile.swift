/// The files of a data set (data-format.md), in the order they must be read:
/// a file comes after the files whose ids it refers to.
public enum DataFile: String, CaseIterable, Sendable {
    case units = "units.csv"
    case gates = "gates.csv"
    case zones = "zones.csv"
    case targets = "targets.csv"
    case trade = "trade_monthly.csv"
    case output = "output_monthly.csv"
    case projects = "projects.csv"
    case works = "works.csv"
    case tasks = "tasks.csv"
    case taskUpdates = "task_updates.csv"

    /// The folder of crossing logs (optional, any number of `*.csv`).
    public static let crossingsFolder = "crossings"

    public var isOptional: Bool { self == .taskUpdates }

    /// Files whose ids this file refers to.
    public var references: [DataFile] {
        switch self {
        case .units, .gates, .zones, .targets: return []
        case .trade: return [.gates]
        case .output, .projects: return [.zones]
        case .works: return [.zones, .gates, .units]
        case .tasks: return [.units]
        case .taskUpdates: return [.tasks]
        }
    }

    var schema: Schema {
        switch self {
        case .units: return Schema(required: ["id", "name", "kind"], optional: ["short_name"])
        case .gates:
            return Schema(
                required: ["id", "name", "kind", "district", "status"],
                optional: ["short_name", "counterpart"])
        case .zones:
            return Schema(
                required: ["id", "name", "kind"],
                optional: ["short_name", "district", "area_ha", "leased_ha"])
        case .targets: return Schema(required: ["year", "metric", "value"], optional: [])
        case .trade:
            return Schema(
                required: ["month", "gate_id", "export_usd", "import_usd"],
                optional: ["border_trade_usd"])
        case .output:
            return Schema(required: ["month", "zone_id", "output_bn_vnd"], optional: ["export_usd", "workers"])
        case .projects:
            return Schema(
                required: ["id", "name", "zone_id", "status", "status_on"],
                optional: ["investor", "capital_bn_vnd"])
        case .works:
            return Schema(
                required: ["id", "name", "owner_id", "budget_bn_vnd", "status"],
                optional: ["zone_id", "gate_id", "disbursed_bn_vnd", "progress_pct", "start_on", "due_on"])
        case .tasks:
            return Schema(
                required: ["id", "title", "lead_id", "assigned_on", "status"],
                optional: ["support_ids", "source", "due_on", "done_on"])
        case .taskUpdates: return Schema(required: ["task_id", "on", "note"], optional: ["progress_pct"])
        }
    }
}

/// The valid rows read from one file.
public enum FileContent: Sendable {
    case units([Unit])
    case gates([Gate])
    case zones([Zone])
    case targets([Target])
    case trade([TradeMonth])
    case output([OutputMonth])
    case projects([Project])
    case works([Work])
    case tasks([BoardTask])
    case taskUpdates([TaskUpdate])
    case crossings(CrossingReader.Result)

    /// Parses one table file (not a crossing log).
    static func parse(
        _ file: DataFile, bytes: UnsafeBufferPointer<UInt8>, known: KnownIDs,
        problems: inout [Problem]
    ) -> FileContent {
        let path = file.rawValue
        guard let t = TableReader(file: path, buffer: bytes, schema: file.schema, problems: &problems) else {
            return empty(file)
        }
        defer { problems.append(contentsOf: t.problems) }
        switch file {
        case .units: return .units(TableFiles.units(t))
        case .gates: return .gates(TableFiles.gates(t))
        case .zones: return .zones(TableFiles.zones(t))
        case .targets: return .targets(TableFiles.targets(t))
        case .trade: return .trade(TableFiles.trade(t, known: known))
        case .output: return .output(TableFiles.output(t, known: known))
        case .projects: return .projects(TableFiles.projects(t, known: known))
        case .works: return .works(TableFiles.works(t, known: known))
        case .tasks: return .tasks(TableFiles.tasks(t, known: known))
        case .taskUpdates: return .taskUpdates(TableFiles.taskUpdates(t, known: known))
        }
    }

    static func empty(_ file: DataFile) -> FileContent {
        switch file {
        case .units: return .units([])
        case .gates: return .gates([])
        case .zones: return .zones([])
        case .targets: return .targets([])
        case .trade: return .trade([])
        case .output: return .output([])
        case .projects: return .projects([])
        case .works: return .works([])
        case .tasks: return .tasks([])
        case .taskUpdates: return .taskUpdates([])
        }
    }

    /// Puts these rows into their place in a data set.
    func apply(to d: inout DataSet, path: String) {
        switch self {
        case .units(let v): d.units = v
        case .gates(let v): d.gates = v
        case .zones(let v): d.zones = v
        case .targets(let v): d.targets = v
        case .trade(let v): d.trade = v
        case .output(let v): d.output = v
        case .projects(let v): d.projects = v
        case .works(let v): d.works = v
        case .tasks(let v): d.tasks = v
        case .taskUpdates(let v): d.taskUpdates = v
        case .crossings(let r): d.crossings[path] = r.log
        }
    }
}
