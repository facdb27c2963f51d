// The folder's observation counts (made once per reload from the days its
// reads kept) against the general count over the data set's records.

import Testing

@testable import BoardModel

@Suite("A folder's observation counts")
struct ObservationCountTests {
    /// Both ways of counting, and the default as-of date from each.
    func expectSame(_ f: DataFolder, _ comment: Comment? = nil) {
        let general = AsOf.observationCounts(in: f.dataSet, today: f.today)
        #expect(!general.isEmpty, comment)
        #expect(f.observationCounts == general, comment)
        #expect(f.currentObservationCounts == general, comment)
        #expect(f.latestObservation() == AsOf.latestObservation(in: f.dataSet, today: f.today), comment)
    }

    @Test func theSampleDataCountsAlike() throws {
        expectSame(try DataFolder.load(sampleDataPath), "no today")
        // A current month (March 2024) counts as observed today.
        expectSame(try DataFolder.load(sampleDataPath, today: day("2024-03-15")), "mid-March")
        expectSame(try DataFolder.load(sampleDataPath, today: day("2026-06-01")), "later")
    }

    @Test func monthsAheadYearsAheadAndCrossingsCountAlike() throws {
        let trade = tradeHeader + "2024-03,G1,1,1,\n2024-04,G1,1,1,\n"
        // 2999 is centuries after the rest: counted by hashing, not in a
        // flat array over the span.
        let updates = updatesHeader + "T1,2024-01-20,10,x\nT1,2025-08-01,20,y\nT1,2999-01-01,5,z\nT1,2024-01-20,1,w\n"
        let log = crossingsHeader + "2024-03-31T23:59:00,G1,export,A1,chuối,1,\n2025-09-01T08:00:00,G2,import,A2,x,2,\n"
        let files = Minimal.with(["trade_monthly.csv": trade, "task_updates.csv": updates, "crossings/log.csv": log])
        for today in ["2024-03-15", "2026-06-01", "3000-01-01"] {
            expectSame(try load(files, today: today), "today \(today)")
        }
        var f = try load(files, today: "2024-03-15")
        // Another day without a reload: counted again for it.
        f.today = day("2026-06-01")
        #expect(f.latestObservation() == AsOf.latestObservation(in: f.dataSet, today: day("2026-06-01")))
        #expect(f.currentObservationCounts == AsOf.observationCounts(in: f.dataSet, today: day("2026-06-01")))
    }
}
