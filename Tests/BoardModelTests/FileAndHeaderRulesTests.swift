// docs/data-format.md, "Rules for every file" about files and headers: which files
// must exist, how columns are found, what an unknown or missing column is.

import Testing

@testable import BoardModel

@Suite("Files and headers")
struct FileAndHeaderRulesTests {
    @Test func minimalDataSetHasNoProblem() throws {
        let f = try load(Minimal.files)
        #expect(f.lines == [])
        #expect(f.dataSet.units.count == 3)
        #expect(f.dataSet.gates.count == 2)
        #expect(f.dataSet.zones.count == 3)
        #expect(f.dataSet.tasks.count == 1)
        #expect(f.dataSet.taskUpdates.count == 1)
    }

    @Test func headerIsCaseInsensitiveAndTrimmed() throws {
        let units = " ID ,\tName ,SHORT_NAME,  Kind  \nU1,Ban,,board\nU2,Sở,,department\nU3,Huyện,,district\n"
        let f = try load(Minimal.with(["units.csv": units]))
        #expect(f.lines == [])
        #expect(f.dataSet.units.map(\.id) == ["U1", "U2", "U3"])
        #expect(f.dataSet.units.map(\.kind) == [.board, .department, .district])
    }

    @Test func columnOrderIsFree() throws {
        let units = "kind,short_name,name,id\nboard,BQL,Ban,U1\ndepartment,,Sở,U2\ndistrict,,Huyện,U3\n"
        let f = try load(Minimal.with(["units.csv": units]))
        #expect(f.lines == [])
        #expect(f.dataSet.units.first == Unit(id: "U1", name: "Ban", shortName: "BQL", kind: .board))
    }

    @Test func unknownColumnIsAWarningAtItsHeaderCell() throws {
        // "id,name,short_name,kind,colour": 'colour' starts at scalar 25.
        let units = "id,name,short_name,kind,colour\nU1,Ban,,board,red\nU2,Sở,,department,\nU3,Huyện,,district,\n"
        let f = try load(Minimal.with(["units.csv": units]))
        #expect(f.locations("units.csv") == ["1:25 warning"])
        #expect(f.problems(of: "units.csv").first?.message.contains("unknown column 'colour'") == true)
        #expect(f.dataSet.units.count == 3)
    }

    @Test func missingRequiredColumnIsAnErrorOnTheHeaderLine() throws {
        let units = "id,short_name,kind\nU1,,board\n"
        let f = try load(Minimal.with(["units.csv": units]))
        #expect(
            f.problems(of: "units.csv").map(\.description)
                == ["units.csv:1:1: error: missing required column 'name'"])
        #expect(f.dataSet.units.isEmpty)
    }

    @Test func everyMissingRequiredColumnIsReported() throws {
        let trade = "month,gate\n2024-01,G1\n"
        let f = try load(Minimal.with(["trade_monthly.csv": trade]))
        let messages = f.problems(of: "trade_monthly.csv").filter { $0.severity == .error }.map(\.message)
        #expect(messages.count == 3)  // gate_id, export_usd, import_usd
        #expect(messages.contains { $0.contains("'gate_id'") })
        #expect(messages.contains { $0.contains("'export_usd'") })
        #expect(messages.contains { $0.contains("'import_usd'") })
    }

    @Test(arguments: [
        "units.csv", "gates.csv", "zones.csv", "targets.csv", "trade_monthly.csv",
        "output_monthly.csv", "projects.csv", "works.csv", "tasks.csv",
    ])
    func missingRequiredFileIsAnErrorAt1_1(file: String) throws {
        let f = try load(Minimal.with([file: nil]))
        #expect(f.problems(of: file).map(\.description) == ["\(file):1:1: error: required file is missing"])
    }

    @Test func taskUpdatesFileIsOptional() throws {
        let f = try load(Minimal.with(["task_updates.csv": nil]))
        #expect(f.lines == [])
        #expect(f.dataSet.taskUpdates.isEmpty)
    }

    @Test func crossingsFolderIsOptional() throws {
        let f = try load(Minimal.files)
        #expect(f.lines == [])
        #expect(f.dataSet.crossingCount == 0)
    }

    @Test func emptyCrossingsFolderOrHeaderOnlyLogIsNoProblem() throws {
        let f = try withTempFolder(Minimal.files) { root -> DataFolder in
            makeFolder(root + "/crossings")
            return try DataFolder.load(root)
        }
        #expect(f.lines == [])
        let g = try load(
            Minimal.with(["crossings/2024-01-20.csv": "time,gate_id,direction,plate,cargo,tonnes,value_usd\n"]))
        #expect(g.lines == [])
        #expect(g.dataSet.crossingCount == 0)
    }

    @Test func emptyFileIsAnErrorAt1_1() throws {
        let f = try load(Minimal.with(["targets.csv": ""]))
        #expect(f.locations("targets.csv") == ["1:1 error"])
    }

    @Test func aFileThatBecomesInvalidKeepsItsLastGoodRows() throws {
        try withTempFolder(Minimal.files) { root in
            var f = try DataFolder.load(root)
            #expect(f.dataSet.units.count == 3)
            // Line 3 now has a bad kind (at scalar 8 of "U2,Sở,,nope,").
            writeFile(root + "/units.csv", Array("id,name,short_name,kind\nU1,Ban,,board\nU2,Sở,,nope\n".utf8))
            let changed = try f.refresh()
            #expect(changed.contains("units.csv"))
            #expect(f.locations("units.csv") == ["1:1 warning", "3:8 error"])
            #expect(f.dataSet.units.map(\.id) == ["U1", "U2", "U3"])
            #expect(f.files["units.csv"]?.keptLastGood == true)
            // Fixed again: the new rows show and the warning goes.
            writeFile(
                root + "/units.csv",
                Array(
                    "id,name,short_name,kind\nU1,Ban,,board\nU2,Sở,,department\nU3,Huyện,,district\nU4,Thành phố,,city\n"
                        .utf8))
            try f.refresh()
            #expect(f.lines == [])
            #expect(f.dataSet.units.count == 4)
        }
    }

    @Test func aVanishedRequiredFileKeepsItsLastGoodRows() throws {
        try withTempFolder(Minimal.files) { root in
            var f = try DataFolder.load(root)
            removeTree(root + "/zones.csv")
            try f.refresh()
            #expect(f.locations("zones.csv") == ["1:1 error", "1:1 warning"])
            #expect(f.dataSet.zones.count == 3)
        }
    }
}

@Suite("dataset.csv")
struct DatasetFileTests {
    @Test func withoutTheFileTheDataIsNotASample() throws {
        let f = try load(Minimal.files)
        #expect(!f.dataSet.isSample)
        #expect(BoardSummary.compute(f.dataSet, asOf: day("2024-03-31"))?.isSample == false)
    }

    @Test func sampleAndRealAreRead() throws {
        let sample = try load(Minimal.with(["dataset.csv": "kind,note\nsample,minh họa\n"]))
        #expect(sample.lines == [])
        #expect(sample.dataSet.isSample)
        #expect(BoardSummary.compute(sample.dataSet, asOf: day("2024-03-31"))?.isSample == true)
        #expect(BoardSummary.compute(sample.dataSet, asOf: day("2024-03-31"))?.tasks.isSample == true)
        let real = try load(Minimal.with(["dataset.csv": "kind\nreal\n"]))
        #expect(real.lines == [])
        #expect(!real.dataSet.isSample)
    }

    @Test func aSecondRowOrAnUnknownKindIsAnError() throws {
        let two = try load(Minimal.with(["dataset.csv": "kind,note\nsample,a\nreal,b\n"]))
        #expect(two.locations("dataset.csv") == ["3:1 error"])
        #expect(two.dataSet.isSample)
        let bad = try load(Minimal.with(["dataset.csv": "kind\nmaybe\n"]))
        #expect(bad.locations("dataset.csv") == ["2:1 error"])
        #expect(!bad.dataSet.isSample)
    }

    @Test func theShippedDataSetIsASample() {
        #expect(Sample.data.isSample)
        #expect(Sample.summary().isSample)
    }
}
