import Testing

@testable import BoardModel

/// `PlanLeadRules` finds an assignment's lead through an `IDIndex` over the
/// rows from the last: it must find what a dictionary by id, filled in file
/// order, finds (the last row of an id listed twice; ids equal as
/// `String`s found alike).
@Suite("The lead of a plan's assignment")
struct PlanLeadRulesTests {
    static func task(_ id: String, _ lead: String) -> BoardTask {
        BoardTask(id: id, title: "t", leadID: lead, assignedOn: Day("2024-01-01")!, status: .inProgress)
    }

    @Test func findsWhatADictionaryByIDFinds() {
        // Ids listed twice and three times, an id in NFD and one in NFC
        // ("é" two ways), an empty id, and thousands more.
        var tasks = [
            Self.task("T1", "U1"), Self.task("T2", "U2"), Self.task("T1", "U3"), Self.task("Te\u{301}", "U4"),
            Self.task("T\u{E9}", "U5"), Self.task("", "U6"), Self.task("T2", "U7"), Self.task("T1", "U8"),
        ]
        for i in 0..<3000 { tasks.append(Self.task("NV\(i % 2500)", "U\(i % 17)")) }
        var leads: [String: String] = [:]
        for t in tasks { leads[t.id] = t.leadID }
        let rules = PlanLeadRules(tasks: tasks)
        let asked =
            ["T1", "T2", "Te\u{301}", "T\u{E9}", "", "T3", "NV0", "NV499", "NV2499", "NV2500", "nv1"]
            + (0..<2600).map { "NV\($0)" }
        for id in asked { #expect(rules.lead(of: id) == leads[id], "\(id)") }
        #expect(rules.lead(of: "T1") == "U8")
        #expect(PlanLeadRules(tasks: []).lead(of: "T1") == nil)
    }
}
