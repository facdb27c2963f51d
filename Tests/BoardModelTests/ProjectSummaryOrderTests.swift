import Testing

@testable import BoardModel

/// `ProjectSummary.compute` finds each project's rows by their positions
/// and sorts by integer keys (`RowsByProject`, `KeyOrder`): here its
/// histories, checklists, facts and orders against the plain way of
/// working them out (filters, stable sorts by the same rules), on a data
/// set built to trip them: events out of day order and interleaved, ties
/// of day and capital, ids whose order is not the file's, other
/// procedures, rows after the as-of date, projects without events.
@Suite("Project summary against the plain computation")
struct ProjectSummaryOrderTests {
    static let asOf = day("2024-03-31")

    static let files: [String: String] = {
        var projects = projectsHeader2
        var events = eventsHeader
        var procedures = proceduresHeader
        let zones = ["Z1", "Z2", "Z3"]
        for i in 0..<300 {
            let last = day("2023-06-01") + i % 7 * 40
            // No events for every 11th project: projects.csv's one entry.
            let capital = i % 5 == 0 ? "" : "\(100 + i % 4)"
            let status = i % 11 == 0 ? "licensed" : (i % 13 == 0 ? "revoked" : "adjusted")
            projects += "P\(i),Dự án \(i),\(zones[i % 3]),,\(capital),,\(status),\(last)\n"
        }
        // Events of three projects at a time, interleaved, the last one of
        // each written first (out of day order), two on some days.
        for i in stride(from: 0, to: 300, by: 3) {
            for j in i..<(i + 3) where j % 11 != 0 {
                let last = day("2023-06-01") + j % 7 * 40
                let status = j % 13 == 0 ? "revoked" : "adjusted"
                let capital = j % 5 == 0 ? "" : "\(100 + j % 4)"
                events += "P\(j),\(last),\(status),\(status == "revoked" ? "" : capital),\n"
            }
            for k in 0..<4 {
                for j in i..<(i + 3) where j % 11 != 0 {
                    let on = day("2022-01-01") + j % 9 * 20 + k * 60
                    events += "P\(j),\(on),\(k == 0 ? "licensed" : "adjusted"),\(j % 5 == 0 ? "" : "\(90 + k)"),\n"
                    if k == 2, j % 4 == 0 { events += "P\(j),\(on),operating,,cùng ngày\n" }
                }
            }
        }
        // Events after the as-of date (their latest, then, is not projects.csv's: a warning).
        for j in stride(from: 17, to: 300, by: 17) where j % 11 != 0 {
            events += "P\(j),2024-06-01,operating,,sau ngày\n"
        }
        // Procedures in no particular order, another procedure, a row after the date.
        for i in 0..<300 where i % 6 != 0 {
            let p = ProjectProcedure.known
            procedures += "P\(i),\(p[(i + 3) % 5]),missing,2023-01-0\(1 + i % 5)\n"
            procedures += "P\(i),giấy-phép-khác,\(i % 2 == 0 ? "missing" : "done"),2023-02-01\n"
            procedures += "P\(i),\(p[(i + 1) % 5]),in-progress,2023-01-05\n"
            procedures += "P\(i),\(p[(i + 3) % 5]),done,\(i % 3 == 0 ? "2024-05-01" : "2023-03-01")\n"
        }
        return Minimal.with([
            "projects.csv": projects, "project_events.csv": events, "project_procedures.csv": procedures,
        ])
    }()

    static let folder = try! load(files)

    @Test func theDataSetIsAsMeant() {
        // Only the warnings of projects.csv's own status and the other
        // procedure: no row is skipped.
        #expect(Self.folder.problems.errorCount == 0, "\(Self.folder.lines.prefix(5))")
        #expect(Self.folder.dataSet.projectEvents.count > 1000)
    }

    @Test func historiesChecklistsAndFactsAreThePlainOnes() {
        let d = Self.folder.dataSet
        let s = ProjectSummary.compute(d, asOf: Self.asOf)
        #expect(s.states.count == 300)
        for (i, p) in d.projects.enumerated() {
            let state = s.states[i]
            let own = d.projectEvents.filter { $0.projectID == p.id }
            let history =
                own.isEmpty
                ? [ProjectEvent(projectID: p.id, on: p.statusOn, event: p.status, capitalBnVND: p.capitalBnVND)]
                : own.enumerated().sorted { ($0.element.on, $0.offset) < ($1.element.on, $1.offset) }.map(\.element)
            #expect(state.history == history, "\(p.id)")
            #expect(state.historyAsOf == history.filter { $0.on <= Self.asOf }.count)
            var latest: [String: ProjectProcedure] = [:]
            for r in d.projectProcedures where r.projectID == p.id && r.on <= Self.asOf {
                if let l = latest[r.procedure], l.on > r.on { continue }
                latest[r.procedure] = r
            }
            let rank = { (p: ProjectProcedure) in ProjectProcedure.known.firstIndex(of: p.procedure) ?? Int.max }
            let checklist = latest.values.sorted {
                rank($0) != rank($1) ? rank($0) < rank($1) : $0.procedure < $1.procedure
            }
            #expect(state.procedures == checklist, "\(p.id)")
            #expect(s.ids[i] == p.id)
            #expect(s.zoneIDs[Int(s.facts[i].zone)] == p.zoneID)
            #expect(s.facts[i].inRemit == (p.zoneID == "Z1"))
            let missing = checklist.filter { $0.status == .missing }.map(\.procedure)
            #expect(
                missing.allSatisfy { s.facts[i].missing & ProjectFacts.bit(s.procedureIDs.firstIndex(of: $0)!) != 0 })
            #expect(s.state(p.id)?.project == p)
        }
        #expect(s.state("P999") == nil)
    }

    @Test func ordersAreThoseOfAStableSortByTheSameRules() {
        let s = ProjectSummary.compute(Self.folder.dataSet, asOf: Self.asOf)
        let known = s.states.indices.filter { s.states[$0].exists }
        let since = known.sorted { a, b in
            let (x, y) = (s.states[a].since!, s.states[b].since!)
            return x != y ? x > y : s.ids[a] < s.ids[b]
        }
        let capital = known.sorted { a, b in
            let (x, y) = (s.states[a].registeredBnVND ?? -1, s.states[b].registeredBnVND ?? -1)
            return x != y ? x > y : s.ids[a] < s.ids[b]
        }
        #expect(s.byDate == since)
        #expect(s.byCapital == capital)
        // Ties are many: the ids decide.
        #expect(Set(known.map { s.states[$0].registeredBnVND }).count < 10)
    }

    @Test func withoutTheLoadersNotesTheSummaryIsTheSame() {
        var d = Self.folder.dataSet
        d.projectEvents = d.projectEvents.map {
            ProjectEvent(
                projectID: $0.projectID, on: $0.on, event: $0.event, capitalBnVND: $0.capitalBnVND, note: $0.note)
        }
        d.projectProcedures = d.projectProcedures.map {
            ProjectProcedure(projectID: $0.projectID, procedure: $0.procedure, status: $0.status, on: $0.on)
        }
        #expect(d.projectProcedures.allSatisfy { $0.procedureHint == -1 && $0.projectHint == -1 })
        let s = ProjectSummary.compute(Self.folder.dataSet, asOf: Self.asOf)
        let t = ProjectSummary.compute(d, asOf: Self.asOf)
        #expect(s.states.map(\.history) == t.states.map(\.history))
        #expect(s.states.map(\.procedures) == t.states.map(\.procedures))
        #expect(s.facts == t.facts)
        #expect(s.procedureIDs == t.procedureIDs)
        #expect(s.byDate == t.byDate && s.byCapital == t.byCapital)
        #expect(s.procedureIDs.contains("giấy-phép-khác"))
    }

    @Test func keysKeepTheOrderOfTheirNumbers() {
        let numbers: [Double] = [-1, -0.5, 0, 0.25, 1, 99.5, 100, 1e12]
        let keys = numbers.map(KeyOrder.key)
        #expect(keys == keys.sorted())
        #expect(KeyOrder.key(-0.0) == KeyOrder.key(0.0))
        let days = [Int.min, -800_000, -1, 0, 1, 19_000, 2_900_000]
        #expect(days.map(KeyOrder.key) == days.map(KeyOrder.key).sorted())
    }
}
