import Dispatch

/// One assignment as it stood on the as-of date.
///
/// Tasks are read as of the date, like every other figure: a task assigned
/// after it does not count yet, and a task done after it was not yet done
/// then. Overdue is derived, never stored: not done and due before the date.
public struct TaskView: Sendable {
    public enum State: Sendable, Equatable {
        /// Not done, due before the as-of date.
        case overdue(days: Int)
        /// Not done, due on or after the as-of date.
        case open(daysLeft: Int)
        /// Not done and without a due date.
        case standing
        case doneOnTime
        case doneLate(days: Int)
        /// Done, with no due date to be late against.
        case done

        public var isOverdue: Bool { if case .overdue = self { return true } else { return false } }
    }

    public var task: BoardTask
    public var state: State
    /// The status on the as-of date (`done` only when done by then).
    public var status: TaskStatus
    /// Progress reports up to the as-of date, oldest first.
    public var updates: [TaskUpdate]
    /// Days from the latest progress report (with none, from `assigned_on`)
    /// to the as-of date: how long the committee has heard nothing.
    public internal(set) var daysSinceReport = 0
    /// Open, and nothing reported for more than the summary's
    /// `silentDays` (see `Reporting`).
    public internal(set) var isSilent = false
    /// Open, and the latest report asks the committee for its direction
    /// (`CommitteeRequest`).
    public internal(set) var asksDirection = false

    public var isDone: Bool { status == .done }
    public var isOverdue: Bool { state.isOverdue }
    public var latestUpdate: TaskUpdate? { updates.last }
    /// The latest reported progress figure (a later note without a figure
    /// does not erase it); 100 for a done task without one.
    public var latestProgress: Double? {
        updates.last { $0.progressPct != nil }?.progressPct ?? (isDone ? 100 : nil)
    }
    /// Days to the due date (negative: overdue), nil for standing or done tasks.
    public var daysLeft: Int? {
        switch state {
        case .overdue(let d): return -d
        case .open(let d): return d
        default: return nil
        }
    }

    /// `updates`: the reports up to the as-of date, oldest first;
    /// `statusReported`: whether any report of the task, at any date, gives
    /// a status (then tasks.csv's status is today's, not the date's).
    init(task: BoardTask, asOf: Day, updates: [TaskUpdate], statusReported: Bool = false) {
        self.task = task
        self.updates = updates
        if task.status == .done, let doneOn = task.doneOn, doneOn <= asOf {
            status = .done
            if let due = task.dueOn {
                state = doneOn > due ? .doneLate(days: doneOn - due) : .doneOnTime
            } else {
                state = .done
            }
        } else {
            status = TaskView.status(task, updates: updates, statusReported: statusReported)
            if let due = task.dueOn {
                state = due < asOf ? .overdue(days: asOf - due) : .open(daysLeft: due - asOf)
            } else {
                state = .standing
            }
        }
    }
}

extension TaskView {
    /// The status of a task not done by the as-of date (data-format.md,
    /// `task_updates.csv`): the latest status reported on or before it
    /// (a reported `done` waits for `done_on`: in progress until then);
    /// without any reported status, tasks.csv's (done later: in progress);
    /// with statuses reported only later, in progress when a report came
    /// by then, else not started.
    static func status(_ task: BoardTask, updates: [TaskUpdate], statusReported: Bool) -> TaskStatus {
        if let s = updates.last(where: { $0.status != nil })?.status { return s == .done ? .inProgress : s }
        if !statusReported { return task.status == .done ? .inProgress : task.status }
        return updates.isEmpty ? .notStarted : .inProgress
    }
}

/// A unit's record on the assignments it leads and supports.
public struct UnitScore: Sendable {
    public var unit: Unit
    public var leadTotal = 0
    public var leadOpen = 0
    public var leadOverdue = 0
    public var leadDone = 0
    /// Done lead tasks that had a due date, and those done on or before it.
    public var leadDoneWithDue = 0
    public var leadDoneOnTime = 0
    /// Open lead tasks due within the next 7 days.
    public var leadDueSoon = 0
    public var supportTotal = 0
    public var supportOpen = 0
    public var supportOverdue = 0
    /// Open lead tasks that are silent (no report within the summary's
    /// `silentDays`), and open supported ones.
    public var leadSilent = 0
    public var supportSilent = 0

    /// Open lead tasks reported on within the summary's `silentDays`: the
    /// scorecard's "reported within N days: x of y open".
    public var leadReportedWithin: Int { leadOpen - leadSilent }

    /// Percentage (0–100) of done lead tasks with a due date done on time;
    /// nil when there are none.
    public var onTimePct: Double? {
        leadDoneWithDue > 0 ? Double(leadDoneOnTime) * 100 / Double(leadDoneWithDue) : nil
    }
}

/// The committee's assignments as of a date.
public struct TaskSummary: Sendable {
    public var asOf: Day
    /// Every task assigned by the as-of date, in file order.
    public var tasks: [TaskView]
    public var open: Int
    public var overdue: Int
    public var done: Int
    /// Open tasks due within 7 days of the as-of date (inclusive).
    public var dueSoon: Int
    /// Overdue tasks, the longest overdue first.
    public var overdueIDs: [String]
    /// Units that lead at least one task: most overdue first, then most open.
    public var leadUnits: [UnitScore]
    /// Every unit of units.csv, in file order.
    public var allUnits: [UnitScore]
    /// An open task is silent after this many days without a report.
    public internal(set) var silentDays = Reporting.defaultSilentDays
    /// The data set declares itself a sample (`dataset.csv`): the unit
    /// reports, made from this summary alone, say so.
    public internal(set) var isSample = false
    /// Open tasks silent, blocked, or whose latest report asks for the
    /// committee's direction, in urgency order (`UnitReport.urgencyOrder`).
    public internal(set) var silentIDs: [String] = []
    public internal(set) var blockedIDs: [String] = []
    public internal(set) var askingIDs: [String] = []

    public static let dueSoonDays = 7

    static func compute(_ d: DataSet, asOf: Day, silentDays: Int = Reporting.defaultSilentDays) -> TaskSummary {
        let tasks = d.tasks
        // Tasks and units by position: one lookup of each report's task id,
        // then arrays indexed by it (a dictionary of lists keyed by id
        // hashed each id twice and grew each list append by append).
        // Read field by field: a key path copies each whole task.
        let slot = IDIndex(tasks.map { $0.id })
        let reports = d.taskUpdates
        let taskOf = TwoHalves.map(reports.count, twoCoresFrom: 20_000, fill: -1) { slot[reports[$0].taskID] ?? -1 }
        var counts = [Int](repeating: 0, count: tasks.count)
        var statusReported = [Bool](repeating: false, count: tasks.count)
        for i in reports.indices where taskOf[i] >= 0 {
            let k = taskOf[i]
            if reports[i].status != nil { statusReported[k] = true }
            if reports[i].on <= asOf { counts[k] += 1 }
        }
        // Every report taken in date order once (file order on one day), so
        // each task's list is born oldest first: no list is sorted again.
        var updates: [[TaskUpdate]] = counts.map { n in
            var list: [TaskUpdate] = []
            list.reserveCapacity(n)
            return list
        }
        // Each list filled by one of two cores (those of the first half
        // of the tasks, or of the second), from all the reports in date
        // order: each list is the one one pass gives (50,000 reports
        // copied into their lists: make bench, brief).
        let byDate = Reporting.dateOrder(reports)
        let split = tasks.count / 2
        updates.withUnsafeMutableBufferPointer { buffer in
            let lists = SharedBuffer(buffer: buffer)
            let fill: @Sendable (Int) -> Void = { half in
                for i in byDate {
                    let k = taskOf[i]
                    guard k >= 0, (k < split) == (half == 0), reports[i].on <= asOf else { continue }
                    lists.buffer[k].append(reports[i])
                }
            }
            if reports.count >= 20_000 {
                DispatchQueue.concurrentPerform(iterations: 2, execute: fill)
            } else {
                fill(0)
                fill(1)
            }
        }
        var views: [TaskView] = []
        views.reserveCapacity(tasks.count)
        // By position: `for t in tasks` copied each task once more.
        for i in tasks.indices where tasks[i].assignedOn <= asOf {
            // A task listed twice reads the reports of its first row, as
            // the lists by id did.
            let k = slot[tasks[i].id] ?? 0
            views.append(TaskView(task: tasks[i], asOf: asOf, updates: updates[k], statusReported: statusReported[k]))
        }
        updates = []
        Reporting.mark(&views, asOf: asOf, silentDays: silentDays)
        // The urgency order and the index by id read the views alone: for
        // thousands, made on the other core while this one scores the units.
        let ordered = ResultSlots<(urgency: [Int], position: IDIndex)>(count: 1)
        let order: @Sendable ([TaskView]) -> Void = { v in
            ordered.set(0, (Reporting.urgencyOrder(v), IDIndex(v.map { $0.task.id })))
        }
        let side = DispatchGroup()
        if views.count >= 2_000 {
            let frozen = views
            DispatchQueue.global().async(group: side) { order(frozen) }
        }
        let units = d.units
        let unitSlot = IDIndex(units.map(\.id))
        // Each unit's scores at its first row, a unit listed twice with its
        // last row's name (as a dictionary by id had it).
        let first = units.map { unitSlot[$0.id] ?? 0 }
        var scores = units.map { UnitScore(unit: $0) }
        for i in units.indices where first[i] != i { scores[first[i]] = UnitScore(unit: units[i]) }
        var open = 0
        var overdue = 0
        var done = 0
        var soon = 0
        // By position, field by field: `for v in views` copied each view
        // (its task and its reports) once more; scores changed in place.
        for i in views.indices {
            let state = views[i].state
            // Stored fields (and the state's own `isOverdue`), not the
            // view's `isDone` and `isOverdue`: a computed property of an
            // element may copy the whole view.
            let isDone = views[i].status == .done
            let isOverdue = state.isOverdue
            let isSilent = views[i].isSilent
            let isSoon: Bool = {
                if case .open(let left) = state { return left <= dueSoonDays } else { return false }
            }()
            if isDone { done += 1 } else { open += 1 }
            if isOverdue { overdue += 1 }
            if isSoon { soon += 1 }
            if let u = unitSlot[views[i].task.leadID] {
                scores[u].leadTotal += 1
                if isDone {
                    scores[u].leadDone += 1
                    switch state {
                    case .doneOnTime:
                        scores[u].leadDoneWithDue += 1
                        scores[u].leadDoneOnTime += 1
                    case .doneLate: scores[u].leadDoneWithDue += 1
                    default: break
                    }
                } else {
                    scores[u].leadOpen += 1
                }
                if isOverdue { scores[u].leadOverdue += 1 }
                if isSilent { scores[u].leadSilent += 1 }
                if isSoon { scores[u].leadDueSoon += 1 }
            }
            for id in views[i].task.supportIDs {
                guard let u = unitSlot[id] else { continue }
                scores[u].supportTotal += 1
                if !isDone { scores[u].supportOpen += 1 }
                if isOverdue { scores[u].supportOverdue += 1 }
                if isSilent { scores[u].supportSilent += 1 }
            }
        }
        let overduePositions = views.indices.filter { views[$0].isOverdue }
            .sorted { (views[$0].daysLeft ?? 0, views[$0].task.id) < (views[$1].daysLeft ?? 0, views[$1].task.id) }
        // Every unit of units.csv in file order.
        let all = units.indices.map { scores[first[$0]] }
        let lead = all.filter { $0.leadTotal > 0 }.sorted {
            ($1.leadOverdue, $1.leadOpen, $0.unit.id) < ($0.leadOverdue, $0.leadOpen, $1.unit.id)
        }
        var summary = TaskSummary(
            asOf: asOf, tasks: views, open: open, overdue: overdue, done: done, dueSoon: soon,
            overdueIDs: overduePositions.map { views[$0].task.id }, leadUnits: lead, allUnits: all)
        summary.overduePositions = overduePositions
        side.wait()
        let made = ordered.values[0]
        Reporting.summarise(&summary, silentDays: silentDays, urgency: made?.urgency, position: made?.position)
        for i in views.indices {
            for w in views[i].task.workIDs { summary.byWork[w, default: []].append(i) }
        }
        summary.isSample = d.isSample
        return summary
    }

    /// Positions in `tasks` of `overdueIDs`, `silentIDs`, `blockedIDs` and
    /// `askingIDs` (filled by `compute`): the brief takes its views from
    /// them without looking each id up again.
    var overduePositions: [Int] = []
    var silentPositions: [Int] = []
    var blockedPositions: [Int] = []
    var askingPositions: [Int] = []

    /// Each task's place in `tasks`, by id (filled by `compute`).
    var position: IDIndex?
    /// Positions in `tasks`, the most urgent first (`UnitReport.urgencyOrder`).
    public internal(set) var urgencyOrder: [Int] = []

    public func view(_ taskID: String) -> TaskView? {
        guard let position else { return tasks.first { $0.task.id == taskID } }
        return position[taskID].map { tasks[$0] }
    }

    /// A unit's assignments: those it leads, then those it supports.
    public func assignments(of unitID: String) -> (lead: [TaskView], support: [TaskView]) {
        (tasks.filter { $0.task.leadID == unitID }, tasks.filter { $0.task.supportIDs.contains(unitID) })
    }

    /// Positions in `tasks` of the assignments about each work (tasks.csv's
    /// `work_ids`), in file order (filled by `compute`).
    var byWork: [String: [Int]] = [:]

    /// The assignments (given by the as-of date) about a work, in file order.
    public func assignments(ofWork workID: String) -> [TaskView] { (byWork[workID] ?? []).map { tasks[$0] } }

    public func score(_ unitID: String) -> UnitScore? { allUnits.first { $0.unit.id == unitID } }
}
