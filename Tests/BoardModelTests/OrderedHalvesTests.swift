import Testing

@testable import BoardModel

/// A big `project_events.csv` or `project_procedures.csv` is read in two
/// halves at once, its rules judged afterwards in file order
/// (`OrderedHalves`): what two cores read must be what one reads — rows,
/// problems, their order under the cap, places — wherever the damage
/// falls, the cut included.
@Suite("Two halves of a file with rules across its rows")
struct OrderedHalvesTests {
    static let projects = 3000
    static let first = day("2022-01-01")

    /// Event `r` of an undamaged file: project `r / 10`, its `r % 10`th event.
    static func event(_ r: Int, note: String? = nil) -> String {
        let (i, k) = (r / 10, r % 10)
        let event = k == 0 ? "licensed" : "adjusted"
        return "P\(i),\(first + i % 400 + k * 30),\(event),\(100 + k),\(note ?? "ghi chú \(r)")\n"
    }

    /// Procedure row `r`: ten a project, five procedures on two days.
    static func procedure(_ r: Int) -> String {
        let (i, k) = (r / 10, r % 10)
        let status = k < 5 ? "in-progress" : "done"
        return "P\(i),\(ProjectProcedure.known[k % 5]),\(status),\(first + i % 400 + k / 5 * 40)\n"
    }

    /// 3,000 projects, 30,000 events and 30,000 procedure rows (each file
    /// over the size read in halves), `bad(r)` replacing row `r`.
    static func files(
        events bad: (Int) -> String? = { _ in nil }, procedures badProcedure: (Int) -> String? = { _ in nil }
    )
        -> [String: String]
    {
        var projects = projectsHeader2
        var events = eventsHeader
        var procedures = proceduresHeader
        for i in 0..<Self.projects {
            projects += "P\(i),Dự án \(i),Z1,,109,,adjusted,\(first + i % 400 + 9 * 30)\n"
        }
        for r in 0..<Self.projects * 10 {
            events += bad(r) ?? event(r)
            procedures += badProcedure(r) ?? procedure(r)
        }
        return Minimal.with([
            "projects.csv": projects, "project_events.csv": events, "project_procedures.csv": procedures,
        ])
    }

    @discardableResult
    static func same(_ files: [String: String]) throws -> DataFolder {
        try withTempFolder(files) { dir in
            #expect(files["project_events.csv"]!.utf8.count > TableReader.halvesThreshold)
            #expect(files["project_procedures.csv"]!.utf8.count > TableReader.halvesThreshold)
            let one = try DataFolder.load(dir, threads: 1)
            let two = try DataFolder.load(dir, threads: 2)
            #expect(one.dataSet.projectEvents == two.dataSet.projectEvents)
            #expect(one.dataSet.projectProcedures == two.dataSet.projectProcedures)
            #expect(one.lines == two.lines)
            #expect(one.problems.errorCount == two.problems.errorCount)
            #expect(one.problems.warningCount == two.problems.warningCount)
            // Where the rules found each row's project.
            #expect(one.dataSet.projectEvents.map(\.projectHint) == two.dataSet.projectEvents.map(\.projectHint))
            #expect(
                one.dataSet.projectProcedures.map(\.projectHint) == two.dataSet.projectProcedures.map(\.projectHint))
            #expect(
                one.dataSet.projectProcedures.map(\.procedureHint)
                    == two.dataSet.projectProcedures.map(\.procedureHint))
            return two
        }
    }

    @Test func rowsProblemsAndPlacesAreTheSame() throws {
        let folder = try Self.same(
            Self.files(
                events: { r in
                    switch r % 997 {
                    case 5: "ZZ,2022-03-01,licensed,,\n"
                    case 6: "P\(r / 10),2022-13-01,adjusted,,\n"
                    case 7: Self.event(r, note: "\"hai\ndòng\"")
                    // A row above again: an error. Row 7,179 is P717's last
                    // event: its latest is then not what projects.csv says.
                    case 100: Self.event(r - 50)
                    case 200: Self.event(r - 1)
                    // A repeat across the cut (of a row of the first half).
                    default: r == 16_000 ? Self.event(13_000) : nil
                    }
                },
                procedures: { r in
                    switch r % 499 {
                    // Another procedure (a warning), twice on one day (an error too).
                    case 3, 4: "P\((r - r % 499) / 10),khác,missing,\(Self.first)\n"
                    case 5: Self.procedure(r - 3)
                    default: r == 20_000 ? Self.procedure(13) : nil
                    }
                }))
        let lines = folder.lines
        // Row 16,000 is on line 16,019 (a header, and 17 rows of two lines
        // before it), row 13,000 on line 13,016.
        #expect(
            lines.contains {
                $0.hasPrefix("project_events.csv:16019:")
                    && $0.contains("of project 'P1300' on 2022-04-11 is already on line 13016")
            }, "\(lines.filter { $0.contains("1601") })")
        #expect(lines.contains { $0.hasPrefix("project_procedures.csv:20002:") && $0.contains("already on line 15") })
        #expect(lines.filter { $0.hasPrefix("project_events.csv") && $0.contains("is already on line") }.count == 61)
        #expect(
            lines.filter { $0.hasPrefix("project_procedures.csv") && $0.contains("is already on line") }.count == 123)
        #expect(lines.contains { $0.contains("project 'P717' is 'adjusted' on 2023-07-12, but projects.csv says") })
    }

    @Test func underTheCapTheFirstProblemsKeptAreThoseOfOnePass() throws {
        // 1,500 unknown projects (750 a half: under a half's cap) and 300
        // repeated events among them: the list keeps 1,000 of 1,800.
        let folder = try Self.same(
            Self.files(events: { r in
                r % 20 == 3 ? "ZZ\(r),2022-03-01,licensed,,\n" : r % 100 == 8 ? Self.event(r - 1) : nil
            }))
        #expect(folder.problems.errorCount >= 1800)
        #expect(folder.lines.contains { $0.contains("more from here on are not listed") })
    }

    @Test func moreProblemsThanAHalfKeepsAreReadAgainInOnePass() throws {
        let folder = try Self.same(
            Self.files(events: { r in
                r % 5 == 3 ? "ZZ\(r),2022-03-01,licensed,,\n" : r % 50 == 8 ? Self.event(r - 1) : nil
            }))
        #expect(folder.problems.errorCount >= 6000)
    }

    @Test func aCutInsideAQuotedFieldReadsOnFromTheFirstHalf() throws {
        // The middle of the file is inside row 15,000's note: 100 lines
        // (as many as a quoted field may have) of 2,000 bytes.
        let line = String(repeating: "một dòng dài ", count: 130)
        let long = "\"" + (0..<100).map { "\($0) \(line)" }.joined(separator: "\n") + "\""
        let folder = try Self.same(
            Self.files(events: { r in
                r == 15_000 ? Self.event(r, note: long) : r % 30 == 4 ? Self.event(r - 1) : nil
            }))
        #expect(folder.lines.filter { $0.contains("is already on line") }.count == 1000)
        #expect(
            folder.lines.contains { $0.hasPrefix("project_events.csv:15105:") }, "\(folder.lines.suffix(500).prefix(3))"
        )
    }
}
