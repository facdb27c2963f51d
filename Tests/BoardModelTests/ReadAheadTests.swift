import Testing

@testable import BoardModel

/// A big `task_updates.csv` is read while `tasks.csv` is, against the ids a
/// scan of `tasks.csv` finds (`DataFolder.readTables(_:readingAhead:)`):
/// whatever `tasks.csv` holds, what is read must be what reading one file
/// after the other gives.
@Suite("Reading progress reports ahead of the assignments")
struct ReadAheadTests {
    /// Over 1 MB of reports on T1…T4 (T4 is in none of the tasks below), a
    /// few on a T9 nobody lists.
    static let updates: String = {
        var s = "task_id,on,progress_pct,note,status,by\n"
        let note = String(repeating: "Đã làm thêm một phần việc, ", count: 4)
        for i in 0..<8000 {
            let task = i % 1999 == 3 ? "T9" : "T\(1 + i % 4)"
            s += "\(task),2024-01-\(10 + i % 19),\(i % 101),\"\(note)lần \(i)\",in-progress,\n"
        }
        return s
    }()

    static let header = "id,title,lead_id,support_ids,source,assigned_on,due_on,status,done_on\n"

    /// Loads `tasks` with the reports on one core and on two: the same rows
    /// and problems.
    static func same(_ tasks: String, _ comment: Comment) throws -> DataFolder {
        try withTempFolder(Minimal.with(["tasks.csv": tasks, "task_updates.csv": updates])) { dir in
            let one = try DataFolder.load(dir, threads: 1)
            let two = try DataFolder.load(dir, threads: 2)
            #expect(one.dataSet.taskUpdates == two.dataSet.taskUpdates, comment)
            #expect(one.dataSet.tasks.map(\.id) == two.dataSet.tasks.map(\.id), comment)
            #expect(one.lines == two.lines, comment)
            return two
        }
    }

    @Test func whateverTheAssignmentsHoldTheReadIsTheSame() throws {
        let row = { (id: String) in "\(id),Việc,U1,,,2024-01-10,2024-06-28,in-progress,\n" }
        let clean = Self.header + row("T1") + row("T2") + row("T3")
        let f = try Self.same(clean, "clean")
        #expect(f.lines.filter { $0.contains("unknown assignment 'T4'") || $0.contains("unknown task 'T4'") }.count > 0)
        _ = try Self.same("\u{FEFF}" + clean.replacingOccurrences("\n", "\r\n"), "BOM and CRLF")
        _ = try Self.same(Self.header + row("\"T1\"") + row("T2") + "\n" + row("T3"), "quoted id, blank line")
        // Rows the scan takes but the read does not: a bad date, a duplicate.
        _ = try Self.same(clean + "T4,Việc,U1,,,2024-13-10,2024-06-28,in-progress,\n", "T4 with a bad date")
        _ = try Self.same(clean + row("T2") + row("T4"), "T2 twice")
        // Ids the scan does not take as they are: read one after the other.
        _ = try Self.same(clean + row(" T4 "), "spaces")
        _ = try Self.same(clean + row("T\u{0301}4"), "a combining mark")
        _ = try Self.same(clean + "\"T4,Việc,U1,,,2024-01-10,,in-progress,\n", "an unclosed quote")
        _ = try Self.same(Self.header.replacingOccurrences("id,title", "title,id") + "Việc,T1,U1\n", "id second")
    }

    @Test func theScanFindsTheKeyColumn() {
        func scan(_ s: String) -> Set<String>? {
            Array(s.utf8).withUnsafeBufferPointer { DataFolder.scanKeys($0, column: "id") }
        }
        #expect(scan("title,ID\r\n\"a,\"\"b\nc\",T1\r\nx,T2") == ["T1", "T2"])
        #expect(scan("id\n\"T1\"\n\nT-2.a/b_c\n") == ["T1", "T-2.a/b_c"])
        #expect(scan("id,x\n,1\n") == [])
        #expect(scan("") == nil)
        #expect(scan("name\nT1\n") == nil)
        #expect(scan("id,id\nT1,T2\n") == nil)
        #expect(scan("id\nT 1\n") == nil)
        #expect(scan("id\n\"T1\"x\n") == nil)
        #expect(scan("id\n\"T1\n") == nil)
    }
}

extension String {
    fileprivate func replacingOccurrences(_ a: String, _ b: String) -> String {
        split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}
