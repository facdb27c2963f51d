import Testing

@testable import BoardModel

/// A big `task_updates.csv` is read in two halves at once (`TableHalves`):
/// what two cores read must be what one reads, rows, problems and places
/// alike, wherever the cut falls and however many problems there are.
@Suite("Two halves of a big file")
struct TableHalvesTests {
    /// `rows` progress reports on T1 (over 1 MB: read in two halves), with
    /// `bad(i)` deciding which rows are damaged and how.
    static func updates(rows: Int, _ bad: (Int) -> String?) -> String {
        var s = "task_id,on,progress_pct,note,status,by\n"
        let note = String(repeating: "Đã làm thêm một phần việc, ", count: 4)
        for i in 0..<rows {
            if let line = bad(i) {
                s += line
            } else {
                s += "T1,2024-01-\(10 + i % 19),\(i % 101),\"\(note)lần \(i), \"\"ghi chú\"\"\",in-progress,\n"
            }
        }
        return s
    }

    static func same(_ taskUpdates: String) throws -> (one: DataFolder, two: DataFolder) {
        try withTempFolder(Minimal.with(["task_updates.csv": taskUpdates])) { dir in
            #expect(taskUpdates.utf8.count > TableReader.halvesThreshold)
            let one = try DataFolder.load(dir, threads: 1)
            let two = try DataFolder.load(dir, threads: 2)
            #expect(one.dataSet.taskUpdates == two.dataSet.taskUpdates)
            #expect(one.lines == two.lines)
            #expect(one.problems.errorCount == two.problems.errorCount)
            #expect(one.problems.warningCount == two.problems.warningCount)
            return (one, two)
        }
    }

    @Test func rowsProblemsAndPlacesAreTheSame() throws {
        let (one, _) = try Self.same(
            Self.updates(rows: 8000) { i in
                switch i % 997 {
                case 5: "T9,2024-01-10,5,không có,in-progress,\n"
                case 6: "T1,2024-13-01,5,tháng sai,In-Progress,\n"
                case 7: "T1,2024-01-11,5,\"hai\ndòng\",in-progress,\n"
                case 8: "T1,2024-01-11,5,thừa,in-progress,,x\n"
                default: i == 7000 ? "T1,2031-01-11,5,năm xa,in-progress,\n" : nil
                }
            })
        // Each kind of damage in both halves, lines counted across the cut:
        // row 7981 is on line 7991 (a header, and eight rows of two lines
        // before it).
        #expect(one.lines.filter { $0.contains("unknown") }.count == 9)
        #expect(one.lines.contains { $0.hasPrefix("task_updates.csv:7991:1: error: unknown") })
        #expect(one.lines.contains { $0.contains("more than a year after every other observation") })
        #expect(one.dataSet.taskUpdates.count == 8000 - 3 * 9)
    }

    @Test func aCutInsideAQuotedFieldReadsOnFromTheFirstHalf() throws {
        // Every row's note runs over 40 lines: the middle of the file is
        // almost surely inside one.
        let long = (0..<40).map { "dòng \($0) của một ghi chú dài" }.joined(separator: "\n")
        let (one, _) = try Self.same(
            Self.updates(rows: 1200) { i in
                i == 3 ? "T9,2024-01-10,5,x,in-progress,\n" : "T1,2024-01-10,\(i % 101),\"\(long)\",done,\n"
            })
        #expect(one.dataSet.taskUpdates.count == 1199)
        #expect(one.lines.count == 1)
    }

    @Test func moreProblemsThanAreListedCountTheSame() throws {
        let (one, _) = try Self.same(
            Self.updates(rows: 9000) { i in i % 4 == 0 ? "T\(i),2024-01-10,5,không có,in-progress,\n" : nil })
        #expect(one.problems.errorCount == 2250)
        #expect(one.lines.contains { $0.contains("more from here on are not listed") })
    }
}
