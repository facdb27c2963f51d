// The records of the project and plan registers: a project's events and
// procedures (its history, as `projects.csv` holds only its present), and
// the detailed plans the committee assigned.

/// One event in a project's life (`project_events.csv`). The event's word
/// is the status the project has from that day on.
public struct ProjectEvent: Hashable, Sendable {
    public var projectID: String
    public var on: Day
    public var event: ProjectStatus
    /// The registered capital after the event; nil when the event does not
    /// change it (absent, not zero).
    public var capitalBnVND: Double?
    public var note: String?
    /// Where the loader found the project in `projects.csv` (-1: unknown):
    /// the summary checks it and only looks the id up when it is wrong.
    /// Not part of the event's value.
    var projectHint: Int32 = -1
    public init(projectID: String, on: Day, event: ProjectStatus, capitalBnVND: Double? = nil, note: String? = nil) {
        self.projectID = projectID
        self.on = on
        self.event = event
        self.capitalBnVND = capitalBnVND
        self.note = note
    }

    public static func == (a: ProjectEvent, b: ProjectEvent) -> Bool {
        a.projectID == b.projectID && a.on == b.on && a.event == b.event && a.capitalBnVND == b.capitalBnVND
            && a.note == b.note
    }

    public func hash(into h: inout Hasher) {
        h.combine(projectID)
        h.combine(on)
        h.combine(event)
        h.combine(capitalBnVND)
        h.combine(note)
    }
}

/// Where one of a project's procedures stood on a day
/// (`project_procedures.csv`).
public struct ProjectProcedure: Hashable, Sendable {
    public var projectID: String
    /// One of `ProjectProcedure.known`, or another id (kept, with a warning).
    public var procedure: String
    public var status: ProcedureStatus
    public var on: Day
    /// As `ProjectEvent.projectHint`.
    var projectHint: Int32 = -1
    /// Its place in `known`, as the loader found it (-1: another, or not
    /// noted); checked before use. Not part of the row's value.
    var procedureHint: Int8 = -1
    public init(projectID: String, procedure: String, status: ProcedureStatus, on: Day) {
        self.projectID = projectID
        self.procedure = procedure
        self.status = status
        self.on = on
    }

    public static func == (a: ProjectProcedure, b: ProjectProcedure) -> Bool {
        a.projectID == b.projectID && a.procedure == b.procedure && a.status == b.status && a.on == b.on
    }

    public func hash(into h: inout Hasher) {
        h.combine(projectID)
        h.combine(procedure)
        h.combine(status)
        h.combine(on)
    }

    /// The procedures data-format.md names, in the order screens list them:
    /// land, environment, construction, fire safety, the investment itself.
    public static let known = ["land", "environment", "construction", "fire-safety", "investment"]
}

public enum ProcedureStatus: String, CaseIterable, Sendable {
    case missing
    case inProgress = "in-progress"
    case done
}

/// A detailed plan of a functional area (`plans.csv`).
public struct Plan: Hashable, Sendable {
    public var id: String
    public var name: String
    public var zoneID: String?
    public var leadID: String
    public var areaHa: Double?
    public var stage: PlanStage
    /// The approval decision's number (only for an approved plan).
    public var decision: String?
    /// The day of approval (an approved plan has one; others none).
    public var approvedOn: Day?
    /// The committee's assignment the plan is done under.
    public var taskID: String?
    public init(
        id: String, name: String, zoneID: String? = nil, leadID: String, areaHa: Double? = nil, stage: PlanStage,
        decision: String? = nil, approvedOn: Day? = nil, taskID: String? = nil
    ) {
        self.id = id
        self.name = name
        self.zoneID = zoneID
        self.leadID = leadID
        self.areaHa = areaHa
        self.stage = stage
        self.decision = decision
        self.approvedOn = approvedOn
        self.taskID = taskID
    }
}

/// A plan's stage, in the order a plan goes through them.
public enum PlanStage: String, CaseIterable, Sendable {
    case assigned, surveying, drafting, appraising, approved
}
