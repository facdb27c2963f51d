/// The files of data-format.md other than the crossing log: one reader per
/// file, each turning valid rows into records. References to other files
/// are checked against the ids already loaded (`KnownIDs`), which is why
/// files are read in dependency order (`DataFile.loadOrder`).

/// The ids later files may refer to.
public struct KnownIDs: Sendable, Equatable {
    public var units: Set<String> = []
    public var gates: Set<String> = []
    public var zones: Set<String> = []
    public var tasks: Set<String> = []
    public init() {}
}

/// Tracks ids (or keys) already seen in a file to report duplicates with
/// the line of the first one.
struct UniqueKeys {
    private var firstLine: [String: Int] = [:]
    /// True when `key` is new; otherwise reports the duplicate on `row`.
    mutating func claim(_ key: String, row: Row, column: String, describe: @autoclosure () -> String) -> Bool {
        guard !key.isEmpty else { return true }
        if let first = firstLine[key] {
            row.error(column, "\(describe()) is already on line \(first); the row is skipped")
            return false
        }
        firstLine[key] = row.line
        return true
    }
}

enum TableFiles {
    static func units(_ t: TableReader) -> [Unit] {
        var out: [Unit] = []
        var ids = UniqueKeys()
        t.forEachRow { r in
            let id = r.id("id")
            let name = r.text("name")
            let short = r.optionalText("short_name")
            let kind = r.choice("kind", UnitKind.self)
            guard ids.claim(id, row: r, column: "id", describe: "unit id '\(SafeText.oneLine(id))'"),
                r.isValid, let kind
            else { return }
            out.append(Unit(id: id, name: name, shortName: short, kind: kind))
        }
        return out
    }

    static func gates(_ t: TableReader) -> [Gate] {
        var out: [Gate] = []
        var ids = UniqueKeys()
        t.forEachRow { r in
            let id = r.id("id")
            let name = r.text("name")
            let short = r.optionalText("short_name")
            let kind = r.choice("kind", GateKind.self)
            let district = r.text("district")
            let counterpart = r.optionalText("counterpart")
            let status = r.choice("status", GateStatus.self)
            guard ids.claim(id, row: r, column: "id", describe: "gate id '\(SafeText.oneLine(id))'"),
                r.isValid, let kind, let status
            else { return }
            out.append(
                Gate(
                    id: id, name: name, shortName: short, kind: kind, district: district,
                    counterpart: counterpart, status: status))
        }
        return out
    }

    static func zones(_ t: TableReader) -> [Zone] {
        var out: [Zone] = []
        var ids = UniqueKeys()
        t.forEachRow { r in
            let id = r.id("id")
            let name = r.text("name")
            let short = r.optionalText("short_name")
            let kind = r.choice("kind", ZoneKind.self)
            let district = r.optionalText("district")
            let area = r.number("area_ha", required: false, min: 0)
            let leased = r.number("leased_ha", required: false, min: 0)
            if let a = area, let l = leased, l > a {
                r.warning(
                    "leased_ha", "leased area \(Row.plain(l)) ha is larger than the zone's area \(Row.plain(a)) ha")
            }
            guard ids.claim(id, row: r, column: "id", describe: "zone id '\(SafeText.oneLine(id))'"),
                r.isValid, let kind
            else { return }
            out.append(
                Zone(
                    id: id, name: name, shortName: short, kind: kind, district: district,
                    areaHa: area, leasedHa: leased))
        }
        return out
    }

    static func trade(_ t: TableReader, known: KnownIDs) -> [TradeMonth] {
        var out: [TradeMonth] = []
        var keys = UniqueKeys()
        t.forEachRow { r in
            let month = r.month("month")
            let gate = r.ref("gate_id", in: known.gates, to: "gate")
            let exp = r.number("export_usd", min: 0)
            let imp = r.number("import_usd", min: 0)
            let border = r.number("border_trade_usd", required: false, min: 0)
            guard let month, r.isValid, let exp, let imp,
                keys.claim(
                    gate + "|" + month.description, row: r, column: "month",
                    describe: "gate '\(SafeText.oneLine(gate))' for \(month)")
            else { return }
            out.append(TradeMonth(month: month, gateID: gate, exportUSD: exp, importUSD: imp, borderTradeUSD: border))
        }
        return out
    }

    static func output(_ t: TableReader, known: KnownIDs) -> [OutputMonth] {
        var out: [OutputMonth] = []
        var keys = UniqueKeys()
        t.forEachRow { r in
            let month = r.month("month")
            let zone = r.ref("zone_id", in: known.zones, to: "zone")
            let value = r.number("output_bn_vnd", min: 0)
            let exp = r.number("export_usd", required: false, min: 0)
            let workers = r.integer("workers", required: false, min: 0)
            guard let month, r.isValid, let value,
                keys.claim(
                    zone + "|" + month.description, row: r, column: "month",
                    describe: "zone '\(SafeText.oneLine(zone))' for \(month)")
            else { return }
            out.append(OutputMonth(month: month, zoneID: zone, outputBnVND: value, exportUSD: exp, workers: workers))
        }
        return out
    }

    static func projects(_ t: TableReader, known: KnownIDs) -> [Project] {
        var out: [Project] = []
        var ids = UniqueKeys()
        t.forEachRow { r in
            let id = r.id("id")
            let name = r.text("name")
            let zone = r.ref("zone_id", in: known.zones, to: "zone")
            let investor = r.optionalText("investor")
            let capital = r.number("capital_bn_vnd", required: false, min: 0)
            let status = r.choice("status", ProjectStatus.self)
            let on = r.day("status_on")
            guard ids.claim(id, row: r, column: "id", describe: "project id '\(SafeText.oneLine(id))'"),
                r.isValid, let status, let on
            else { return }
            out.append(
                Project(
                    id: id, name: name, zoneID: zone, investor: investor, capitalBnVND: capital,
                    status: status, statusOn: on))
        }
        return out
    }

    static func works(_ t: TableReader, known: KnownIDs) -> [Work] {
        var out: [Work] = []
        var ids = UniqueKeys()
        t.forEachRow { r in
            let id = r.id("id")
            let name = r.text("name")
            let zone = r.optionalRef("zone_id", in: known.zones, to: "zone")
            let gate = r.optionalRef("gate_id", in: known.gates, to: "gate")
            if zone != nil, gate != nil {
                r.error("gate_id", "a work belongs to a zone or to a gate, not both")
            }
            let owner = r.ref("owner_id", in: known.units, to: "unit")
            let budget = r.number("budget_bn_vnd", min: 0)
            let disbursed = r.number("disbursed_bn_vnd", required: false, min: 0)
            let progress = r.number("progress_pct", required: false, min: 0, max: 100)
            let status = r.choice("status", WorkStatus.self)
            let start = r.day("start_on", required: false)
            let due = r.day("due_on", required: false)
            if let b = budget, let d = disbursed, d > b {
                r.warning("disbursed_bn_vnd", "disbursed \(Row.plain(d)) is more than the budget \(Row.plain(b))")
            }
            if let s = start, let d = due, d < s {
                r.warning("due_on", "due \(d) is before the start \(s)")
            }
            guard ids.claim(id, row: r, column: "id", describe: "work id '\(SafeText.oneLine(id))'"),
                r.isValid, let budget, let status
            else { return }
            out.append(
                Work(
                    id: id, name: name, zoneID: zone, gateID: gate, ownerID: owner, budgetBnVND: budget,
                    disbursedBnVND: disbursed, progressPct: progress, status: status,
                    startOn: start, dueOn: due))
        }
        return out
    }

    static func tasks(_ t: TableReader, known: KnownIDs) -> [BoardTask] {
        var out: [BoardTask] = []
        var ids = UniqueKeys()
        t.forEachRow { r in
            let id = r.id("id")
            let title = r.text("title")
            let lead = r.ref("lead_id", in: known.units, to: "unit")
            var support = r.refList("support_ids", in: known.units, to: "unit")
            if support.contains(lead) {
                r.warning(
                    "support_ids", "the lead unit '\(SafeText.oneLine(lead))' is also listed as support; ignored there")
                support.removeAll { $0 == lead }
            }
            let source = r.optionalText("source")
            let assigned = r.day("assigned_on")
            let due = r.day("due_on", required: false)
            let status = r.choice("status", TaskStatus.self)
            var doneOn = r.day("done_on", required: false)
            if status == .done, r.rawText("done_on") == nil {
                r.error("done_on", "a done task needs done_on (the date it was done)")
            }
            if let s = status, s != .done, doneOn != nil {
                r.warning("done_on", "done_on is ignored: the status is '\(s.rawValue)', not 'done'")
                doneOn = nil
            }
            if let a = assigned, let d = due, d < a {
                r.warning("due_on", "due \(d) is before the task was assigned (\(a))")
            }
            if let a = assigned, let d = doneOn, d < a {
                r.warning("done_on", "done \(d) is before the task was assigned (\(a))")
            }
            guard ids.claim(id, row: r, column: "id", describe: "task id '\(SafeText.oneLine(id))'"),
                r.isValid, let assigned, let status
            else { return }
            out.append(
                BoardTask(
                    id: id, title: title, leadID: lead, supportIDs: support, source: source,
                    assignedOn: assigned, dueOn: due, status: status, doneOn: doneOn))
        }
        return out
    }

    static func taskUpdates(_ t: TableReader, known: KnownIDs) -> [TaskUpdate] {
        var out: [TaskUpdate] = []
        t.forEachRow { r in
            let task = r.ref("task_id", in: known.tasks, to: "task")
            let on = r.day("on")
            let progress = r.number("progress_pct", required: false, min: 0, max: 100)
            let note = r.text("note")
            guard r.isValid, let on else { return }
            out.append(TaskUpdate(taskID: task, on: on, progressPct: progress, note: note))
        }
        return out
    }

    static func targets(_ t: TableReader) -> [Target] {
        var out: [Target] = []
        var keys = UniqueKeys()
        t.forEachRow { r in
            let year = r.integer("year", min: 1)
            let metric = r.id("metric")
            let value = r.number("value")
            if !metric.isEmpty, TargetMetric(rawValue: metric) == nil {
                r.warning(
                    "metric",
                    "metric '\(SafeText.oneLine(metric))' is not one this version shows (\(Row.list(TargetMetric.self)))"
                )
            }
            guard let year, r.isValid, let value,
                keys.claim(
                    String(year) + "|" + metric, row: r, column: "metric",
                    describe: "target '\(SafeText.oneLine(metric))' for \(year)")
            else { return }
            out.append(Target(year: year, metric: metric, value: value))
        }
        return out
    }
}
