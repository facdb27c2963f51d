// docs/data-format.md rules about rows: identifiers, references, unique keys,
// field counts, done_on, NFC, and partial loading with every problem told.

import Testing

@testable import BoardModel

@Suite("Identifiers and unique keys")
struct IdentifierRulesTests {
    @Test func emptyIdIsAnError() throws {
        try check(
            FileCase(
                file: "units.csv", content: unitsHeader + "U1,Ban,,board\n,Sở,,department\nU3,Huyện,,district\n",
                locations: ["3:1 error"], message: "'id' is empty"))
    }

    @Test func idWithASpaceIsAnError() throws {
        try check(
            FileCase(
                file: "units.csv", content: unitsHeader + "U1,Ban,,board\nU 2,Sở,,department\nU3,Huyện,,district\n",
                locations: ["3:1 error"], message: "contains a space"))
    }

    @Test func idWithANoBreakSpaceIsAnError() throws {
        try check(
            FileCase(
                file: "units.csv",
                content: unitsHeader + "U1,Ban,,board\nU\u{A0}2,Sở,,department\nU3,Huyện,,district\n",
                locations: ["3:1 error"], message: "contains a space"))
    }

    @Test func duplicateIdIsReportedWithTheFirstLine() throws {
        // Lines: 2 U1, 3 U2, 4 blank, 5 U1 again.
        let f = try load(
            Minimal.with([
                "units.csv": unitsHeader + "U1,Ban,,board\nU2,Sở,,department\n\nU1,Khác,,city\nU3,Huyện,,district\n"
            ]))
        #expect(f.locations("units.csv") == ["5:1 error"])
        #expect(f.problems(of: "units.csv").first?.message.contains("already on line 2") == true)
        #expect(f.dataSet.units.map(\.name) == ["Ban", "Sở", "Huyện"])
    }

    @Test(arguments: [
        ("gates.csv", gatesHeader + "G1,Kim Thành,,international,Lào Cai,,open\nG1,Hồ Kiều,,main,Lào Cai,,open\n"),
        ("zones.csv", zonesHeader + "Z1,A,,industrial-zone,,,\nZ2,B,,other,,,\nZ1,C,,other,,,\n"),
        ("projects.csv", projectsHeader + "P1,A,Z1,,,operating,2023-05-01\nP1,B,Z1,,,operating,2023-05-01\n"),
        ("works.csv", worksHeader + "W1,A,,G1,U1,10,,,proposed,,\nW1,B,,G1,U1,10,,,proposed,,\n"),
        ("tasks.csv", tasksHeader + "T1,A,U1,,,2024-01-10,,in-progress,\nT1,B,U1,,,2024-01-10,,in-progress,\n"),
    ])
    func duplicateIdInEveryFileWithIds(file: String, content: String) throws {
        let f = try load(Minimal.with([file: content]))
        let lines = content.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(f.locations(file) == ["\(lines):1 error"])
        #expect(f.problems(of: file).first?.message.contains("already on line 2") == true)
    }

    @Test func gateMonthIsUnique() throws {
        // Line 3 repeats G1 for 2024-01 (line 2); G2 for 2024-01 is fine.
        let f = try load(
            Minimal.with([
                "trade_monthly.csv": tradeHeader + "2024-01,G1,100,200,10\n2024-01,G1,1,2,3\n2024-01,G2,5,5,\n"
            ]))
        #expect(f.locations("trade_monthly.csv") == ["3:1 error"])
        #expect(f.problems(of: "trade_monthly.csv").first?.message.contains("already on line 2") == true)
        #expect(f.dataSet.trade.map(\.exportUSD) == [100, 5])
    }

    @Test func zoneMonthIsUnique() throws {
        let f = try load(
            Minimal.with(["output_monthly.csv": outputHeader + "2024-01,Z1,30,,\n2024-02,Z1,31,,\n2024-01,Z1,32,,\n"]))
        #expect(f.locations("output_monthly.csv") == ["4:1 error"])
        #expect(f.problems(of: "output_monthly.csv").first?.message.contains("already on line 2") == true)
        #expect(f.dataSet.output.map(\.outputBnVND) == [30, 31])
    }
}

/// tasks.csv with the optional `work_ids` column last.
let tasksWorksHeader = "id,title,lead_id,support_ids,source,assigned_on,due_on,status,done_on,work_ids\n"

@Suite("References")
struct ReferenceRulesTests {
    static let cases: [FileCase] = [
        // "2024-01,GX,…": gate_id at 9.
        FileCase(
            file: "trade_monthly.csv", content: tradeHeader + "2024-01,GX,100,200,10\n",
            locations: ["2:9 error"], message: "unknown gate 'GX'"),
        FileCase(
            file: "output_monthly.csv", content: outputHeader + "2024-01,ZX,30,,\n",
            locations: ["2:9 error"], message: "unknown zone 'ZX'"),
        // "P1,Nhà máy,ZX,…": zone_id at 12.
        FileCase(
            file: "projects.csv", content: projectsHeader + "P1,Nhà máy,ZX,,,operating,2023-05-01\n",
            locations: ["2:12 error"], message: "unknown zone 'ZX'"),
        // "W1,Bãi,ZX,,U1,…": zone_id at 8; "W1,Bãi,,GX,…": gate_id at 9; "W1,Bãi,,G1,UX": owner_id at 12.
        FileCase(
            file: "works.csv", content: worksHeader + "W1,Bãi,ZX,,U1,10,,,proposed,,\n",
            locations: ["2:8 error"], message: "unknown zone 'ZX'"),
        FileCase(
            file: "works.csv", content: worksHeader + "W1,Bãi,,GX,U1,10,,,proposed,,\n",
            locations: ["2:9 error"], message: "unknown gate 'GX'"),
        FileCase(
            file: "works.csv", content: worksHeader + "W1,Bãi,,G1,UX,10,,,proposed,,\n",
            locations: ["2:12 error"], message: "unknown unit 'UX'"),
        // "T1,Lập,UX,…": lead_id at 8; "T1,Lập,U1,U2;UX,…": support_ids at 11.
        FileCase(
            file: "tasks.csv", content: tasksHeader + "T1,Lập,UX,,,2024-01-10,,in-progress,\n",
            locations: ["2:8 error"], message: "unknown unit 'UX'"),
        FileCase(
            file: "tasks.csv", content: tasksHeader + "T1,Lập,U1,U2;UX,,2024-01-10,,in-progress,\n",
            locations: ["2:11 error"], message: "unknown unit 'UX'"),
        // "T1,Lập,U1,,,2024-01-10,,in-progress,,W1;WX": work_ids at 38.
        FileCase(
            file: "tasks.csv",
            content: tasksWorksHeader + "T1,Lập,U1,,,2024-01-10,,in-progress,,W1;WX\n",
            locations: ["2:38 error"], message: "unknown work 'WX'"),
        FileCase(
            file: "task_updates.csv", content: updatesHeader + "TX,2024-01-20,10,x\n",
            locations: ["2:1 error"], message: "unknown task 'TX'"),
        // "2024-01-20T08:00:00,GX,…": gate_id at 21.
        FileCase(
            file: "crossings/2024-01-20.csv",
            content: crossingsHeader + "2024-01-20T08:00:00,GX,export,24C-1,chuối,1,2\n",
            locations: ["2:21 error"], message: "unknown gate 'GX'"),
    ]

    @Test(arguments: cases)
    func referenceMustResolve(_ c: FileCase) throws { try check(c) }

    @Test func eachSupportIdIsChecked() throws {
        // Two unknown support units in one cell: two problems, the row skipped.
        let f = try load(Minimal.with(["tasks.csv": tasksHeader + "T1,Lập,U1,UX;U2;UY,,2024-01-10,,in-progress,\n"]))
        #expect(f.locations("tasks.csv") == ["2:11 error", "2:11 error"])
        #expect(f.problems(of: "tasks.csv").map(\.message).sorted() == ["unknown unit 'UX'", "unknown unit 'UY'"])
        #expect(f.dataSet.tasks.isEmpty)
    }

    @Test("work_ids: the works an assignment is about, each work's assignments from the summary")
    func workIDs() throws {
        let header = tasksWorksHeader
        let f = try load(
            Minimal.with([
                "tasks.csv": header
                    + "T1,Lập,U1,,,2024-01-10,,in-progress,,W1; W1\nT2,Xây,U1,,,2024-01-11,,in-progress,,\n"
            ]))
        // A work listed twice: a warning at the cell, the work kept once.
        #expect(f.locations("tasks.csv") == ["2:38 warning"])
        #expect(f.problems(of: "tasks.csv").first?.message == "work 'W1' is listed twice")
        #expect(f.dataSet.tasks.map(\.workIDs) == [["W1"], []])
        let summary = TaskSummary.compute(f.dataSet, asOf: Day("2024-03-31")!)
        #expect(summary.assignments(ofWork: "W1").map(\.task.id) == ["T1"])
        #expect(summary.assignments(ofWork: "W2").isEmpty)
        // Without the column (an older folder), no assignment names a work.
        let old = try load(Minimal.files)
        #expect(old.problems(of: "tasks.csv").isEmpty && old.dataSet.tasks.allSatisfy(\.workIDs.isEmpty))
    }

    @Test func supportIdsAreSemicolonSeparatedAndTrimmed() throws {
        let f = try load(Minimal.with(["tasks.csv": tasksHeader + "T1,Lập,U1, U2 ; U3 ;,,2024-01-10,,in-progress,\n"]))
        #expect(f.lines == [])
        #expect(f.dataSet.tasks.first?.supportIDs == ["U2", "U3"])
    }

    @Test func idsOfTheSameNameInDifferentFilesDoNotClash() throws {
        // A unit and a gate may share an id (MUONGKHUONG in the sample).
        let f = try load(
            Minimal.with([
                "units.csv": unitsHeader
                    + "U1,Ban,,board\nU2,Sở,,department\nU3,Huyện,,district\nMK,Huyện Mường Khương,,district\n",
                "gates.csv": gatesHeader
                    + "G1,Kim Thành,,international,Lào Cai,,open\nMK,Mường Khương,,main,Mường Khương,,open\n",
                "trade_monthly.csv": tradeHeader + "2024-01,MK,1,2,3\n",
            ]))
        #expect(f.lines == [])
    }
}

@Suite("Rows")
struct RowRulesTests {
    @Test func tooFewFieldsIsAnErrorJustPastTheLastField() throws {
        // "U2,Sở,department": 3 fields; the last ends after scalar 16, so 17.
        try check(
            FileCase(
                file: "units.csv", content: unitsHeader + "U1,Ban,,board\nU2,Sở,department\nU3,Huyện,,district\n",
                locations: ["3:17 error"], message: "expected 4 fields as in the header, found 3"))
    }

    @Test func tooManyFieldsIsAnErrorAtTheFirstExtraField() throws {
        // "U2,Sở,,department,x": the fifth field 'x' is at 19.
        try check(
            FileCase(
                file: "units.csv", content: unitsHeader + "U1,Ban,,board\nU2,Sở,,department,x\nU3,Huyện,,district\n",
                locations: ["3:19 error"], message: "expected 4 fields as in the header, found 5"))
    }

    @Test func wrongFieldCountInACrossingLogIsAnError() throws {
        let f = try load(
            Minimal.with([
                "crossings/2024-01-20.csv": crossingsHeader
                    + "2024-01-20T08:00:00,G1,export,A,x,1,2\n2024-01-20T09:00:00,G1,export,A,x\n"
            ]))
        let p = f.problems(of: "crossings/2024-01-20.csv")
        #expect(p.count == 1)
        #expect(p.first?.line == 3)
        #expect(p.first?.severity == .error)
        // tables point just past the last field ("…,A,x": x is scalar 33, so 34).
        #expect(p.first?.column == 34)

        #expect(p.first?.message.contains("expected 7 fields as in the header, found 5") == true)
        #expect(f.dataSet.crossingCount == 1)
    }

    @Test func doneTaskNeedsDoneOn() throws {
        // "T2,Báo cáo,U1,,,2024-01-10,2024-03-01,done,": "Báo cáo" 4–10 ,11 U1 12–13 ,14 ,15 ,16
        // date 17–26 ,27 date 28–37 ,38 done 39–42 ,43 → done_on at 44.
        try check(
            FileCase(
                file: "tasks.csv",
                content: tasksHeader
                    + "T1,Lập,U1,,,2024-01-10,,in-progress,\nT2,Báo cáo,U1,,,2024-01-10,2024-03-01,done,\n",
                locations: ["3:44 error"], message: "done_on"))
    }

    @Test func doneTaskWithDoneOnLoads() throws {
        let f = try load(
            Minimal.with(["tasks.csv": tasksHeader + "T1,Lập,U1,,,2024-01-10,2024-03-01,done,2024-02-15\n"]))
        #expect(f.lines == [])
        #expect(f.dataSet.tasks.first?.doneOn == Day(year: 2024, month: 2, day: 15))
    }

    @Test func missingDoneOnIsReportedEvenWhenTheRowHasAnotherError() throws {
        // "T2,,U1,,,2024-01-10,2024-03-01,done,": empty title at 4; done_on at 37
        // (U1 5–6 ,7 ,8 ,9 date 10–19 ,20 date 21–30 ,31 done 32–35 ,36).
        let f = try load(
            Minimal.with([
                "tasks.csv": tasksHeader
                    + "T1,Lập,U1,,,2024-01-10,,in-progress,\nT2,,U1,,,2024-01-10,2024-03-01,done,\n"
            ]))
        #expect(f.locations("tasks.csv").first == "3:4 error")
        #expect(f.locations("tasks.csv") == ["3:4 error", "3:37 error"])

    }

    @Test func validRowsLoadWhenOtherRowsHaveErrors() throws {
        let f = try load(Minimal.with(["units.csv": unitsHeader + "U1,Ban,,board\nU2,Sở,,dept\nU3,Huyện,,district\n"]))
        #expect(f.dataSet.units.map(\.id) == ["U1", "U3"])
    }

    @Test func everyBadRowIsReportedNotJustTheFirst() throws {
        // Lines 3, 4, 5 each break one rule: bad kind (at 8), empty name (at 4), space in id (at 1).
        let units = unitsHeader + "U1,Ban,,board\nU2,Sở,,dept\nU3,,,district\nU 4,Huyện,,city\nU5,Thành phố,,city\n"
        let f = try load(Minimal.with(["units.csv": units]))
        #expect(f.locations("units.csv") == ["3:8 error", "4:4 error", "5:1 error"])
        #expect(f.dataSet.units.map(\.id) == ["U1", "U5"])
    }

    @Test func everyBadCellOfARowIsReported() throws {
        // "W1,,,G1,UX,-1,,150,started,2023-13-01,": W1, 1–3, empty name at 4, empty zone at 5,
        // G1 6–7 ,8 UX 9–10 ,11 -1 12–13 ,14 empty disbursed 15, 150 16–18 ,19 started 20–26 ,27
        // 2023-13-01 28–37: name 4, owner 9, budget 12, progress 16, status 20, start 28.
        let works = worksHeader + "W1,,,G1,UX,-1,,150,started,2023-13-01,\n"
        let f = try load(Minimal.with(["works.csv": works]))
        #expect(
            f.locations("works.csv") == [
                "2:4 error", "2:9 error", "2:12 error", "2:16 error", "2:20 error", "2:28 error",
            ])
        #expect(f.dataSet.works.isEmpty)
    }
}

@Suite("Unicode normalisation")
struct NormalisationTests {
    @Test func decomposedTextEqualsPrecomposedAfterLoad() throws {
        // "Tha\u{0300}nh" (a + combining grave) must load as "Th\u{E0}nh".
        let f = try load(
            Minimal.with([
                "units.csv": unitsHeader + "U1,Kim Tha\u{0300}nh,,board\nU2,Sở,,department\nU3,Huyện,,district\n"
            ]))
        #expect(f.lines == [])
        let name = f.dataSet.units.first?.name ?? ""
        #expect(Array(name.unicodeScalars) == Array("Kim Th\u{E0}nh".unicodeScalars))
    }

    @Test func decomposedIdResolvesToThePrecomposedOne() throws {
        // The gate id is written precomposed in gates.csv, decomposed in trade.
        let f = try load(
            Minimal.with([
                "gates.csv": gatesHeader
                    + "G1,Kim Thành,,international,Lào Cai,,open\nHK\u{00C8},Hồ Kiều,,main,Lào Cai,,open\n",
                "trade_monthly.csv": tradeHeader + "2024-01,HKE\u{0300},1,2,3\n",
            ]))
        #expect(f.lines == [])
        #expect(f.dataSet.trade.first.map { Array($0.gateID.unicodeScalars) } == Array("HK\u{00C8}".unicodeScalars))
    }

    @Test func decomposedGateIdInACrossingLogResolves() throws {
        // As in trade_monthly.csv, a decomposed "HKE\u{0300}" must match the gate "HK\u{00C8}".
        let f = try load(
            Minimal.with([
                "gates.csv": gatesHeader
                    + "G1,Kim Thành,,international,Lào Cai,,open\nHK\u{00C8},Hồ Kiều,,main,Lào Cai,,open\n",
                "crossings/2024-01-20.csv": crossingsHeader + "2024-01-20T08:00:00,HKE\u{0300},export,A,x,,\n",
            ]))
        #expect(f.lines == [])
        #expect(f.dataSet.crossingCount == 1)

    }

    @Test func decomposedAndPrecomposedCargoAreOneType() throws {
        let log =
            crossingsHeader
            + "2024-01-20T08:00:00,G1,export,A,chuô\u{0301}i,,\n2024-01-20T09:00:00,G1,export,B,chu\u{1ED1}i,,\n"
        let f = try load(Minimal.with(["crossings/2024-01-20.csv": log]))
        #expect(f.lines == [])
        let l = f.dataSet.crossings["crossings/2024-01-20.csv"]
        #expect(l?.cargoNames.map { Array($0.unicodeScalars) } == [Array("chu\u{1ED1}i".unicodeScalars)])
        #expect(l?.cargo == ["chu\u{1ED1}i", "chu\u{1ED1}i"])
    }

    @Test func decomposedTextInAQuotedFieldWithEscapesIsNormalised() throws {
        let f = try load(
            Minimal.with([
                "units.csv": unitsHeader
                    + "U1,\"Ban \"\"Tha\u{0300}nh\"\"\",,board\nU2,Sở,,department\nU3,Huyện,,district\n"
            ]))
        #expect(f.lines == [])
        #expect(
            f.dataSet.units.first.map { Array($0.name.unicodeScalars) } == Array("Ban \"Th\u{E0}nh\"".unicodeScalars))
    }
}
