import BoardModel
import TestSupport
import Testing

@testable import BoardView

// The long lists' rows are kept per board (`ListRows`): a key that only
// moves the selection makes none, a filter, order or grouping makes them
// once, and rows made from other data never show — after `r`, a live
// append, or a step of the as-of date, the lists are those of the new
// data. Each check compares the kept rows with rows made afresh
// (`makeItems`), which never read the cache.

/// A reload that reads the fixture without one project and one assignment.
struct ShorterBoard: DataReloading {
    mutating func reloadAll() -> Event? {
        var d = ScreenFixture.dataSet
        d.projects.removeAll { $0.id == "DA-TL-003" }
        d.projectEvents.removeAll { $0.projectID == "DA-TL-003" }
        d.projectProcedures.removeAll { $0.projectID == "DA-TL-003" }
        d.tasks.removeAll { $0.id == ListRowsTests.dropped }
        d.taskUpdates.removeAll { $0.taskID == ListRowsTests.dropped }
        return .data(BoardData(dataSet: d, problems: [], asOf: ScreenFixture.asOf, fallback: ScreenFixture.asOf))
    }
}

@Suite("List rows kept per board")
struct ListRowsTests {
    /// An assignment of the fixture that the other board leaves out.
    static let dropped = ScreenFixture.dataSet.tasks[0].id

    static func projects(_ s: Session) -> [Int] {
        ProjectsScreen.items(s.state.screen.list, s.state.screen, Ctx(s.state)).map(\.index)
    }

    static func freshProjects(_ s: Session) -> [Int] {
        ProjectsScreen.makeItems(s.state.screen.list, s.state.screen, Ctx(s.state)).map(\.index)
    }

    static func assignments(_ s: Session) -> [AssignmentsScreen.Row] {
        AssignmentsScreen.items(s.state.screen.list, s.state.screen, Ctx(s.state))
    }

    static func freshAssignments(_ s: Session) -> [AssignmentsScreen.Row] {
        AssignmentsScreen.makeItems(s.state.screen.list, s.state.screen, Ctx(s.state))
    }

    /// The kept rows are those made afresh, on whichever list is on screen.
    static func current(_ s: Session) -> Bool {
        switch s.path {
        case .projects: return projects(s) == freshProjects(s)
        case .assignments: return assignments(s) == freshAssignments(s)
        default: return true
        }
    }

    @Test("Arrows, pages, Home/End and redraws make no rows; a filter letter, s, S, z, t, m make them once each")
    func projectsMadeOnce() {
        var s = Session(ScreenFixture.state(.projects, width: 120, height: 40))
        let rows = s.state.data.listRows.projects
        let made = rows.made
        #expect(made == 1)
        s.press(.down, .down, .pageDown, .end, .home, .up)
        s.app.handle([.resize(width: 100, height: 30)])
        #expect(rows.made == made)
        for (k, key) in [Key.char("s"), .char("S"), .char("z"), .char("t"), .char("m")].enumerated() {
            s.press(key)
            #expect(rows.made == made + k + 1, "after \(key)")
            #expect(Self.current(s))
        }
        s.press(.char("/"))
        #expect(rows.made == made + 5)
        s.type("nh")
        #expect(rows.made == made + 7 && Self.current(s))
        s.press(.down, .up)
        #expect(rows.made == made + 7)
    }

    @Test("The all-assignments screen: moving makes no rows; v, o, t, c, w, s and a letter make them once each")
    func assignmentsMadeOnce() throws {
        var s = try AssignmentsScreenTests.sample(.assignments)
        let rows = s.state.data.listRows.assignments
        let made = rows.made
        s.press(.down, .down, .pageDown, .end, .home)
        #expect(rows.made == made)
        for (k, key) in [Key.char("v"), .char("o"), .char("t"), .char("c"), .char("w"), .char("s")].enumerated() {
            s.press(key)
            #expect(rows.made == made + k + 1, "after \(key)")
            #expect(Self.current(s))
        }
        s.press(.char("/"), .char("k"))
        #expect(rows.made == made + 7 && Self.current(s))
    }

    @Test("A filter typed and erased, an order turned round: the rows follow, never the previous ones")
    func filterAndSortEdits() {
        var s = Session(ScreenFixture.state(.projects, width: 120, height: 40))
        let all = Self.projects(s)
        #expect(all.count == 7)
        s.press(.char("/"))
        s.type("lo")
        let lo = Self.projects(s)
        #expect(lo.count < all.count && !lo.isEmpty && Self.current(s))
        s.type("t")
        #expect(Self.projects(s).count < lo.count && Self.current(s))
        s.press(.backspace)
        #expect(Self.projects(s) == lo)
        s.press(.escape)
        #expect(Self.projects(s) == all)
        s.press(.char("S"))
        #expect(Self.projects(s) == all.reversed() && Self.current(s))
        s.press(.char("s"))
        #expect(Self.projects(s) != all && Self.projects(s) != all.reversed() && Self.current(s))
        // The same keys on the other screen's list, which is kept apart.
        var a = Session(ScreenFixture.state(.assignments, width: 120, height: 40))
        let grouped = Self.assignments(a)
        a.press(.char("v"), .char("v"))
        #expect(Self.assignments(a) != grouped && Self.current(a))
        a.press(.char("v"))
        #expect(Self.assignments(a) == grouped)
    }

    @Test("r reads other data: both lists are the new data's, the selection within them")
    func reload() {
        for path in [ScreenPath.projects, .assignments] {
            var s = Session(ScreenFixture.state(path, width: 120, height: 40))
            let before = path == .projects ? Self.projects(s).count : Self.assignments(s).count
            s.press(.end)
            var other = ShorterBoard()
            s.app.handle([.key(.char("r"))], reloading: &other)
            let after = path == .projects ? Self.projects(s).count : Self.assignments(s).count
            #expect(after == before - 1, "\(path)")
            #expect(Self.current(s))
            let shown = path == .projects ? "DA-TL-003 " : Self.dropped + " "
            #expect(!s.text.contains(shown), "\(path)")
        }
    }

    @Test("A live append (new data from the folder watcher) shows its new rows at once")
    func liveAppend() {
        var s = Session(ScreenFixture.state(.projects, width: 120, height: 40))
        s.press(.char("s"), .char("s"))  // by name, a list made for the old data
        #expect(Self.projects(s).count == 7)
        var d = ScreenFixture.dataSet
        d.projects.append(
            Project(
                id: "DA-TL-009", name: "Nhà máy mới lập", zoneID: "TANGLOONG", capitalBnVND: 10, status: .licensed,
                statusOn: ScreenFixture.day("2024-03-01")))
        s.app.handle([
            .data(BoardData(dataSet: d, problems: [], asOf: ScreenFixture.asOf, fallback: ScreenFixture.asOf))
        ])
        #expect(Self.projects(s).count == 8 && Self.current(s))
        #expect(s.text.contains("DA-TL-009") && s.text.contains("Hiển thị 8/8"))
        var a = Session(ScreenFixture.state(.assignments, width: 120, height: 40))
        a.press(.char("v"), .char("v"))  // no groups: one row an assignment
        let count = Self.assignments(a).count
        var t = ScreenFixture.dataSet
        var task = t.tasks[0]
        task.id = "NV-MOI-01"
        t.tasks.append(task)
        a.app.handle([
            .data(BoardData(dataSet: t, problems: [], asOf: ScreenFixture.asOf, fallback: ScreenFixture.asOf))
        ])
        #expect(Self.assignments(a).count == count + 1 && Self.current(a))
        #expect(a.text.contains("NV-MOI-01"))
    }

    @Test("A step of the as-of date (< > =) lists the projects and assignments of that date")
    func asOfSteps() {
        var s = Session(ScreenFixture.state(.projects, width: 120, height: 40))
        #expect(Self.projects(s).count == 7)
        s.press(.char("<"))
        // On 29/02 DA-DP-001 (appraised 27/03) did not exist yet.
        #expect(s.state.data.asOf == ScreenFixture.day("2024-02-29"))
        #expect(Self.projects(s).count == 6 && Self.current(s))
        #expect(!s.text.contains("DA-DP-001"))
        s.press(.char("="))
        #expect(Self.projects(s).count == 7 && Self.current(s))
        var a = Session(ScreenFixture.state(.assignments, width: 120, height: 40))
        let now = Self.assignments(a)
        a.press(.char("<"), .char("<"), .char("<"))
        #expect(Self.assignments(a) != now && Self.current(a))
        a.press(.char(">"), .char(">"), .char(">"))
        #expect(Self.assignments(a) == now)
    }

    @Test("Random keys and new data on both lists: the kept rows are always those made afresh")
    func randomWalk() {
        var rng = SplitMix64(state: 0x0C0F_FEE0_0014)
        let keys: [Key] = [
            .up, .down, .pageDown, .pageUp, .home, .end, .char("/"), .char("l"), .char("o"), .char("n"),
            .backspace, .escape, .enter, .char("s"), .char("S"), .char("z"), .char("t"), .char("m"), .char("v"),
            .char("o"), .char("c"), .char("w"), .char("<"), .char(">"), .char("="), .char("r"),
        ]
        for round in 0..<60 {
            var s = Session(ScreenFixture.state(rng.below(2) == 0 ? .projects : .assignments, width: 120, height: 40))
            var other = ShorterBoard()
            for step in 0..<12 {
                s.app.handle([.key(rng.pick(keys))], reloading: &other)
                if !Self.current(s) {
                    Issue.record("round \(round), step \(step): rows of \(s.path) not those of the data")
                    return
                }
            }
        }
    }
}
