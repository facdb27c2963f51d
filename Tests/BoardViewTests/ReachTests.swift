import BoardModel
import Testing

@testable import BoardView

// Issue 11, item 1: every screen is reachable from the overview by keys
// the footer or `?` shows, and every unit by `n`/`p` from any unit.

@Suite("Reach")
struct ReachTests {
    static func sample(_ path: ScreenPath = .overview, width: Int = 120, height: Int = 40) throws -> Session {
        var state = ScreenFixture.state(path, width: width, height: height)
        state.data = try ScreenFixture.sampleBoard()
        return Session(state)
    }

    @Test("U opens every unit and W every work from the overview; ? lists both; Esc goes back")
    func unitsAndWorks() throws {
        var s = try Self.sample()
        s.press(.char("U"))
        #expect(s.path == .units)
        #expect(s.point(of: "Sở Tài nguyên và Môi trường") != nil)
        s.press(.escape, .char("W"))
        #expect(s.path == .works)
        s.press(.escape, .char("?"))
        let help = s.text
        #expect(help.contains("U") && help.contains("mọi đơn vị"))
        #expect(help.contains("W") && help.contains("mọi công trình"))
        // Only on the overview: on a list they are nothing.
        s.press(.escape, .char("W"), .char("U"))
        #expect(s.path == .works)
    }

    @Test("n from a unit opened on the tasks panel reaches every unit, the ones that only support too")
    func everyUnitByN() throws {
        var s = try Self.sample()
        s.press(.char("4"), .enter)
        guard case .unit(let first) = s.path else {
            Issue.record("Enter on the tasks panel opened \(s.path)")
            return
        }
        let all = s.state.data.summary.tasks.allUnits.map(\.unit.id)
        var seen = [first]
        for _ in 1..<all.count {
            s.press(.char("n"))
            if case .unit(let id) = s.path { seen.append(id) }
        }
        #expect(Set(seen) == Set(all))
        #expect(seen.count == all.count)
        for id in ["STNMT", "SGTVT", "BDBP", "HQ"] { #expect(seen.contains(id), "\(id)") }
        // One more comes round to the first; p goes back the same way.
        s.press(.char("n"))
        #expect(s.path == .unit(first))
        s.press(.char("p"))
        #expect(s.path == .unit(seen.last!))
    }
}
