import Testing

@testable import BoardModel

/// Each assignment's progress reports, as `TaskSummary.compute` fills
/// them (on two cores from 20,000 reports, each the lists of half the
/// assignments), against the plain way: the task's reports up to the
/// as-of date, oldest first, in file order on one day.
struct ReportListsTests {
    @Test("Each assignment's reports are its own, oldest first", arguments: [19_999, 20_000, 31_001])
    func lists(reports count: Int) {
        let asOf = Day("2024-03-31")!
        var rng: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            rng = rng &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(rng >> 33) % n
        }
        var d = DataSet()
        d.units = [BoardModel.Unit(id: "U", name: "Unit", kind: .agency)]
        d.tasks = (0..<701).map { i in
            BoardTask(
                id: "T\(i % 690)", title: "t", leadID: "U", supportIDs: [], assignedOn: Day("2023-01-01")!,
                dueOn: Day("2024-06-30")!, status: .inProgress)
        }
        d.taskUpdates = (0..<count).map { i in
            // Some reports after the as-of date, some on no assignment.
            TaskUpdate(
                taskID: next(50) == 0 ? "X\(i)" : "T\(next(700))", on: Day("2023-01-01")! + next(500),
                note: "n\(i)")
        }
        let s = TaskSummary.compute(d, asOf: asOf)
        #expect(s.tasks.count == d.tasks.count)
        // The plain way: by id in file order, then a stable sort by date.
        var byID: [String: [TaskUpdate]] = [:]
        for u in d.taskUpdates where u.on <= asOf { byID[u.taskID, default: []].append(u) }
        for v in s.tasks {
            let plain = (byID[v.task.id] ?? []).enumerated()
                .sorted { ($0.element.on, $0.offset) < ($1.element.on, $1.offset) }
                .map(\.element)
            #expect(v.updates == plain, "\(v.task.id)")
        }
    }
}
