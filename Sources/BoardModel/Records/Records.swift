// One record type per data file (data-format.md). Text is already NFC and
// may still hold control characters: `SafeText` cleans it where it is shown.
// Optional numbers are `nil` when the cell was empty (absent, not zero).

public struct Unit: Hashable, Sendable {
    public var id: String
    public var name: String
    public var shortName: String?
    public var kind: UnitKind
    public init(id: String, name: String, shortName: String? = nil, kind: UnitKind) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.kind = kind
    }
}

public struct Gate: Hashable, Sendable {
    public var id: String
    public var name: String
    public var shortName: String?
    public var kind: GateKind
    public var district: String
    public var counterpart: String?
    public var status: GateStatus
    public init(
        id: String, name: String, shortName: String? = nil, kind: GateKind, district: String,
        counterpart: String? = nil, status: GateStatus
    ) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.district = district
        self.counterpart = counterpart
        self.status = status
    }
}

public struct TradeMonth: Hashable, Sendable {
    public var month: YearMonth
    public var gateID: String
    public var exportUSD: Double
    public var importUSD: Double
    public var borderTradeUSD: Double?
    public init(month: YearMonth, gateID: String, exportUSD: Double, importUSD: Double, borderTradeUSD: Double? = nil) {
        self.month = month
        self.gateID = gateID
        self.exportUSD = exportUSD
        self.importUSD = importUSD
        self.borderTradeUSD = borderTradeUSD
    }
    /// Export + import + border residents' trade.
    public var totalUSD: Double { exportUSD + importUSD + (borderTradeUSD ?? 0) }
}

public struct Zone: Hashable, Sendable {
    public var id: String
    public var name: String
    public var shortName: String?
    public var kind: ZoneKind
    public var district: String?
    public var areaHa: Double?
    public var leasedHa: Double?
    public init(
        id: String, name: String, shortName: String? = nil, kind: ZoneKind, district: String? = nil,
        areaHa: Double? = nil, leasedHa: Double? = nil
    ) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.district = district
        self.areaHa = areaHa
        self.leasedHa = leasedHa
    }
    /// Leased / area, when both are known and the area is not zero.
    public var occupancy: Double? { share(leasedHa, of: areaHa) }
}

public struct OutputMonth: Hashable, Sendable {
    public var month: YearMonth
    public var zoneID: String
    public var outputBnVND: Double
    public var exportUSD: Double?
    public var workers: Int?
    public init(month: YearMonth, zoneID: String, outputBnVND: Double, exportUSD: Double? = nil, workers: Int? = nil) {
        self.month = month
        self.zoneID = zoneID
        self.outputBnVND = outputBnVND
        self.exportUSD = exportUSD
        self.workers = workers
    }
}

public struct Project: Hashable, Sendable {
    public var id: String
    public var name: String
    public var zoneID: String
    public var investor: String?
    /// Registered capital, as of today.
    public var capitalBnVND: Double?
    /// Capital put in so far.
    public var implementedBnVND: Double?
    /// Today's status and the day it began: a data set without
    /// `project_events.csv` has no other history.
    public var status: ProjectStatus
    public var statusOn: Day
    public init(
        id: String, name: String, zoneID: String, investor: String? = nil, capitalBnVND: Double? = nil,
        implementedBnVND: Double? = nil, status: ProjectStatus, statusOn: Day
    ) {
        self.id = id
        self.name = name
        self.zoneID = zoneID
        self.investor = investor
        self.capitalBnVND = capitalBnVND
        self.implementedBnVND = implementedBnVND
        self.status = status
        self.statusOn = statusOn
    }
}

public struct Work: Hashable, Sendable {
    public var id: String
    public var name: String
    public var zoneID: String?
    public var gateID: String?
    public var ownerID: String
    public var budgetBnVND: Double
    public var disbursedBnVND: Double?
    public var progressPct: Double?
    public var status: WorkStatus
    public var startOn: Day?
    public var dueOn: Day?
    public init(
        id: String, name: String, zoneID: String? = nil, gateID: String? = nil, ownerID: String,
        budgetBnVND: Double, disbursedBnVND: Double? = nil, progressPct: Double? = nil,
        status: WorkStatus, startOn: Day? = nil, dueOn: Day? = nil
    ) {
        self.id = id
        self.name = name
        self.zoneID = zoneID
        self.gateID = gateID
        self.ownerID = ownerID
        self.budgetBnVND = budgetBnVND
        self.disbursedBnVND = disbursedBnVND
        self.progressPct = progressPct
        self.status = status
        self.startOn = startOn
        self.dueOn = dueOn
    }
    /// Not completed/operating and past its due date.
    public func isLate(asOf: Day) -> Bool { daysLate(asOf: asOf) != nil }

    /// Days past the due date of a late work; nil when it is not late.
    public func daysLate(asOf: Day) -> Int? {
        guard let due = dueOn, !status.isFinished, due < asOf else { return nil }
        return asOf - due
    }

    /// Disbursed over budget; nil without a disbursed figure or a budget.
    public var disbursedShare: Double? { share(disbursedBnVND, of: budgetBnVND) }
}

public struct BoardTask: Hashable, Sendable {
    public var id: String
    public var title: String
    public var leadID: String
    public var supportIDs: [String]
    public var source: String?
    public var assignedOn: Day
    /// Nil for a standing task.
    public var dueOn: Day?
    public var status: TaskStatus
    public var doneOn: Day?
    /// The meeting (meetings.csv) the assignment comes from: its
    /// conclusions, or a point raised there; nil when from no meeting on
    /// record.
    public var meetingID: String?
    /// The infrastructure works (works.csv) the assignment is about; empty
    /// when it names none.
    public var workIDs: [String]
    public init(
        id: String, title: String, leadID: String, supportIDs: [String] = [], source: String? = nil,
        assignedOn: Day, dueOn: Day? = nil, status: TaskStatus, doneOn: Day? = nil, meetingID: String? = nil,
        workIDs: [String] = []
    ) {
        self.id = id
        self.title = title
        self.leadID = leadID
        self.supportIDs = supportIDs
        self.source = source
        self.assignedOn = assignedOn
        self.dueOn = dueOn
        self.status = status
        self.doneOn = doneOn
        self.meetingID = meetingID
        self.workIDs = workIDs
    }
}

/// A meeting of the committee whose conclusions give assignments
/// (`meetings.csv`).
public struct Meeting: Hashable, Sendable {
    public var id: String
    public var heldOn: Day
    public var title: String
    public init(id: String, heldOn: Day, title: String) {
        self.id = id
        self.heldOn = heldOn
        self.title = title
    }
}

public struct TaskUpdate: Hashable, Sendable {
    public var taskID: String
    public var on: Day
    public var progressPct: Double?
    public var note: String
    /// The status reported that day (nil: the report does not say).
    public var status: TaskStatus?
    /// The login of who recorded it (`ezboard update`, the form); nil for
    /// reports typed into the file by hand.
    public var by: String?
    public init(
        taskID: String, on: Day, progressPct: Double? = nil, note: String, status: TaskStatus? = nil,
        by: String? = nil
    ) {
        self.taskID = taskID
        self.on = on
        self.progressPct = progressPct
        self.note = note
        self.status = status
        self.by = by
    }
}

/// A person who may record progress reports (`people.csv`).
public struct Person: Hashable, Sendable {
    /// The login name on the host where ezboard runs.
    public var login: String
    /// The unit the person reports for (nil: none, for the secretariat).
    public var unitID: String?
    public var name: String
    public var role: PersonRole
    public init(login: String, unitID: String?, name: String, role: PersonRole) {
        self.login = login
        self.unitID = unitID
        self.name = name
        self.role = role
    }
}

/// A work's state on a date (`works_updates.csv`): each figure nil when
/// the row does not give it.
public struct WorkUpdate: Hashable, Sendable {
    public var workID: String
    public var on: Day
    public var progressPct: Double?
    public var disbursedBnVND: Double?
    public var status: WorkStatus?
    public init(
        workID: String, on: Day, progressPct: Double? = nil, disbursedBnVND: Double? = nil, status: WorkStatus? = nil
    ) {
        self.workID = workID
        self.on = on
        self.progressPct = progressPct
        self.disbursedBnVND = disbursedBnVND
        self.status = status
    }
}

public struct Target: Hashable, Sendable {
    public var year: Int
    /// Kept as text: more metrics may be added than this version knows.
    public var metric: String
    public var value: Double
    public init(year: Int, metric: String, value: Double) {
        self.year = year
        self.metric = metric
        self.value = value
    }
}
