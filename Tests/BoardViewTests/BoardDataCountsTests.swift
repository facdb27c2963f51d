// A board made with the folder's observation counts (the dashboard's
// start-up) against one that counts them itself.

import BoardModel
import Foundation
import Testing

@testable import BoardView

@Suite("A board from the folder's observation counts")
struct BoardDataCountsTests {
    @Test func theSameDatesAsCountingAgain() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let fallback = ScreenFixture.asOf
        // No today; a current month (March 2024); a later today.
        for today: Day? in [nil, Day(year: 2024, month: 3, day: 15)!, Day(year: 2026, month: 6, day: 1)!] {
            let folder = try DataFolder.load(root.appendingPathComponent("Data").path, today: today)
            let counted = BoardData(
                dataSet: folder.dataSet, problems: folder.problems, asOf: nil, fallback: fallback, today: today)
            let given = BoardData(
                dataSet: folder.dataSet, problems: folder.problems, asOf: nil, fallback: fallback, today: today,
                observationCounts: folder.currentObservationCounts)
            #expect(given.latest == counted.latest, "today \(String(describing: today))")
            #expect(given.earliest == counted.earliest, "today \(String(describing: today))")
            #expect(given.asOf == counted.asOf, "today \(String(describing: today))")
            #expect(given.latest != nil)
        }
    }
}
