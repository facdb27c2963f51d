// The table specs: load order from the references, the invariants every
// spec keeps, and docs/data-format.md's column tables generated from them.

import Foundation
import Testing

@testable import BoardModel

@Suite("Table specs")
struct TableSpecTests {
    @Test func everyFileComesAfterTheFilesItRefersTo() {
        let order = DataFile.loadOrder
        #expect(Set(order) == Set(DataFile.allCases))
        #expect(order.count == DataFile.allCases.count)
        for (i, file) in order.enumerated() {
            for ref in file.references {
                let j = order.firstIndex(of: ref)
                #expect(j != nil && j! < i, "\(file) refers to \(ref), which is read after it")
            }
        }
    }

    @Test func referencesComeFromTheReferenceColumns() {
        #expect(DataFile.units.references.isEmpty)
        #expect(DataFile.trade.references == [.gates])
        #expect(DataFile.works.references == [.zones, .gates, .units])
        #expect(DataFile.tasks.references == [.units, .meetings, .works])
        #expect(DataFile.meetings.references.isEmpty)
        #expect(DataFile.taskUpdates.references == [.tasks])
    }

    @Test func theOrderIsStableAndFollowsTheListWhereFree() {
        // Listed backwards, the files still come out after their references.
        let reversed = DataFile.ordered(DataFile.allCases.reversed())
        for (i, file) in reversed.enumerated() {
            #expect(file.references.allSatisfy { reversed.firstIndex(of: $0)! < i })
        }
        #expect(DataFile.loadOrder.prefix(4) == [.units, .gates, .zones, .targets])
    }

    @Test func everySpecIsWellFormed() {
        let names = Set(DataFile.allCases.map(\.rawValue))
        #expect(names.count == DataFile.allCases.count, "two specs name the same file")
        for file in DataFile.allCases {
            #expect(DataFile(rawValue: file.rawValue) == file)
            let columns = file.spec.columns.map(\.info)
            #expect(Set(columns.map(\.name)).count == columns.count, "\(file) lists a column twice")
            #expect(columns.allSatisfy { $0.name == $0.name.lowercased() }, "\(file): headers are matched lowercased")
            let keys = columns.filter { if case .key = $0.type { return true } else { return false } }
            #expect(keys.count <= 1, "\(file) has more than one key column")
            // A file referred to must have ids to refer to.
            for ref in file.references {
                #expect(ref.noun != nil, "\(file) refers to \(ref), which has no key column")
            }
        }
    }

    /// Every column a spec lists is one its reader reads (reading one it
    /// does not list stops a debug build). A spec reads every column
    /// before it decides on a row, so a row of empty cells under a header
    /// of the listed columns reads them all.
    @Test func everyListedColumnIsRead() throws {
        for file in DataFile.allCases {
            let listed = file.spec.columns.map(\.info)
            let text =
                listed.map(\.name).joined(separator: ",") + "\n"
                + String(repeating: ",", count: listed.count - 1) + "\n"
            var problems = ProblemList()
            let reader = Array(text.utf8).withUnsafeBufferPointer { buffer -> TableReader? in
                guard
                    let t = TableReader(
                        file: file.rawValue, buffer: buffer, columns: listed, known: KnownIDs(), problems: &problems)
                else { return nil }
                t.forEachRow { _ = file.spec.record($0) }
                return t
            }
            let t = try #require(reader, "\(file): its own header does not read: \(problems)")
            #expect(t.columnsRead == Set(listed.map(\.name)), "\(file): listed but never read")
        }
    }

    /// The sample has every column of every file it has, and reads cleanly.
    @Test func theSampleHasEveryColumnOfItsSpec() {
        for file in DataFile.allCases {
            let path = sampleDataPath + "/" + file.rawValue
            guard FileIO.fingerprint(path) != nil else {
                #expect(file.isOptional, "the sample lacks the required \(file)")
                continue
            }
            let header = String(decoding: readBytes(path).prefix { $0 != 0x0A }, as: UTF8.self)
                .split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            #expect(
                Set(header) == Set(file.spec.columns.map(\.info.name)),
                "the sample \(file) has other columns than its spec")
        }
    }

    @Test func theSampleObservesTheAsOfDateThroughTheSpecs() {
        // 2024-03-31: the last day of March's trade and output.
        #expect(DataFile.trade.spec.latestObservation(in: Sample.data) == Day(year: 2024, month: 3, day: 31))
        #expect(DataFile.works.spec.latestObservation(in: Sample.data) == nil)
        #expect(AsOf.latestObservation(in: Sample.data) == Day(year: 2024, month: 3, day: 31))
    }

    @Test func aFilesRowsLiveUnderItsSpec() {
        var d = DataSet()
        d.units = [Unit(id: "A", name: "Một", kind: .board)]
        #expect(d[UnitsTable.self].map(\.id) == ["A"])
        #expect(d.gates.isEmpty)
        d.crossings["crossings/x.csv"] = CrossingLog()
        #expect(d.rowCount == 1)
    }
}

@Suite("DataFormatDoc")
struct DataFormatDocTests {
    static let path: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // this file, BoardModelTests, Tests
        return parts.joined(separator: "/") + "/docs/data-format.md"
    }()

    /// docs/data-format.md's tables are the specs' tables. Rewrite them
    /// with `EZBOARD_RECORD=1 swift test --filter DataFormatDoc`.
    @Test func theColumnTablesOfTheDocAreTheSpecs() throws {
        let doc = String(decoding: readBytes(Self.path), as: UTF8.self)
        let (updated, missing) = TableDoc.updated(doc)
        #expect(
            missing.isEmpty,
            "docs/data-format.md lacks the markers \(missing.map(TableDoc.marker)) … \(TableDoc.end): add them where the table goes"
        )
        if ProcessInfo.processInfo.environment["EZBOARD_RECORD"] == "1" {
            if updated != doc { try updated.write(toFile: Self.path, atomically: true, encoding: .utf8) }
            return
        }
        #expect(updated == doc, "docs/data-format.md differs from the specs; regenerate it with EZBOARD_RECORD=1")
    }

    @Test func theGeneratedTypesReadAsTheDocsTypes() {
        #expect(TableDoc.typeText(ZonesTable.areaHa.info) == "number ≥ 0, optional")
        #expect(TableDoc.typeText(WorksTable.progressPct.info) == "number 0–100, optional")
        #expect(TableDoc.typeText(TargetsTable.year.info) == "integer ≥ 1")
        #expect(TableDoc.typeText(TradeTable.gateID.info) == "ref `gates.csv`")
        #expect(TableDoc.typeText(TasksTable.supportIDs.info) == "list of ref `units.csv`, optional")
        #expect(TableDoc.notes(UnitsTable.kind.info) == "`board`, `department`, `district`, `city`, `agency`, `other`")
    }

    @Test func aMissingMarkerIsNamed() {
        let (_, missing) = TableDoc.updated("no tables here")
        #expect(missing.contains("files"))
        #expect(missing.contains("columns of units.csv"))
    }
}
