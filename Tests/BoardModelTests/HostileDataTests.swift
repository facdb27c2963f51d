// Issue 16: hostile and unlucky data inside ordinary files — numbers that do
// not fit, a header of 40,000 columns, a cell of 120,000 combining marks,
// millions of problems, unclosed quotes, CR line ends, NUL bytes, control
// characters in ids and reports. Each used to trap, hang or lose rows.

import TestSupport
import Testing

@testable import BoardModel

private let crossingRow = "2024-01-20T08:00:00,G1,export,24C-123.45,Chuối,1.5,100\n"

@Suite("Hostile data")
struct HostileDataTests {
    // MARK: Item 1: numbers that do not fit

    static let huge = [
        "1234567890123456789",  // 19 digits: trapped `Int(v.rounded())`
        String(repeating: "9", count: 310),  // parses to infinity
        "1000000000000000.5", "-1000000000000001",
    ]

    /// Every number column, with a value past ±10^15: an error at its
    /// place, the row skipped (they used to pass `check` and trap screens).
    @Test(arguments: huge)
    func numbersOutOfRangeAreErrorsAtTheirPlace(_ value: String) throws {
        let cases: [(file: String, content: String, at: String)] = [
            ("targets.csv", "year,metric,value\n2024,trade_usd,\(value)\n", "2:16"),
            ("trade_monthly.csv", tradeHeader + "2024-01,G1,\(value),200,\n", "2:12"),
            (
                "zones.csv", zonesHeader + "Z1,KCN,,industrial-zone,,\(value),\nZ2,Ngoài,,other,,,\nZ3,C,,other,,,\n",
                "2:26"
            ),
            (
                "works.csv",
                worksHeader + "W1,Bãi,,G1,U1,\(value),5,50,under-construction,2023-01-01,2024-06-30\n", "2:15"
            ),
            ("output_monthly.csv", outputHeader + "2024-01,Z1,30,,\(value)\n", "2:16"),
        ]
        for c in cases {
            let f = try load(Minimal.with([c.file: c.content]))
            let p = f.problems(of: c.file).filter { $0.message.contains("out of range") }
            #expect(p.map { "\($0.line):\($0.column)" } == [c.at], "\(c.file): \(f.lines)")
        }
        let log = crossingsHeader + "2024-01-20T08:00:00,G1,export,24C-123.45,Chuối,\(value),\(value)\n"
        let f = try load(Minimal.with(["crossings/a.csv": log]))
        #expect(f.locations("crossings/a.csv") == ["2:48 error", "2:\(49 + value.count) error"])
        #expect(f.dataSet.crossingCount == 0)
        // A message quotes at most 60 characters of the value.
        #expect(f.problems.allSatisfy { $0.message.count < 200 })
    }

    // MARK: Item 6: linear, or bounded with a message

    /// A header of 40,000 columns took 5.3 s and gave 40,000 warnings; it
    /// is one error, and the file is not read.
    @Test func aHeaderOfTooManyColumnsIsOneError() throws {
        let header = "id,name,short_name,kind" + String(repeating: ",x", count: 40_000) + "\n"
        let f = try load(Minimal.with(["units.csv": header + "U1,Ban,,board\n"]))
        #expect(f.lines.filter { $0.hasPrefix("units.csv") }.count == 1)
        #expect(f.problems(of: "units.csv").first?.message.hasPrefix("more than 1000 fields on one line") == true)
        #expect(f.dataSet.units.isEmpty)
    }

    @Test func aRowOfTooManyFieldsIsSkippedWithOneError() throws {
        let wide = "U9" + String(repeating: ",x", count: 5000) + "\n"
        let f = try load(Minimal.with(["units.csv": Minimal.units + wide]))
        // At the 1001st field: "U9" then ",x" 1000 times.
        #expect(f.locations("units.csv") == ["5:2002 error"])
        #expect(f.dataSet.units.map(\.id) == ["U1", "U2", "U3"])
    }

    /// 120,000 alternating combining marks took 3 s to normalise (NFC
    /// reorders runs of marks in quadratic time): runs are cut every 30
    /// marks by U+034F (Unicode's stream-safe format), so it is linear.
    @Test func longRunsOfCombiningMarksAreCutEvery30() throws {
        let marks = String(repeating: "\u{316}\u{301}", count: 60_000)
        let tasks = tasksHeader + "T1,Lập\(marks),U1,,,2024-01-10,,in-progress,\n"
        let f = try load(Minimal.with(["tasks.csv": tasks, "task_updates.csv": nil]))
        let title = try #require(f.dataSet.tasks.first?.title)
        var run = 0
        var longest = 0
        for s in title.unicodeScalars {
            run = s.properties.canonicalCombiningClass == .notReordered ? 0 : run + 1
            longest = max(longest, run)
        }
        #expect(longest == 30)
        #expect(title.unicodeScalars.filter { $0 == "\u{34F}" }.count == 120_000 / 30 - 1)
    }

    // MARK: Item 7: problems kept per file, counted once

    /// 5,000 rows with an unknown gate: every one counted, the first 1,000
    /// listed, and one more line that says how many are left out.
    @Test func problemsAreKeptPerFileAndCountedExactly() throws {
        let bad = "2024-01-20T08:00:00,GX,export,24C-123.45,Chuối,1.5,100\n"
        let log = crossingsHeader + String(repeating: bad, count: 5000)
        let f = try load(Minimal.with(["crossings/a.csv": log]))
        #expect(f.problems.errorCount == 5000)
        #expect(f.problems.count == ProblemList.perFile + 1)
        #expect(
            f.problems.last?.description
                == "crossings/a.csv:1002:21: error: 4,000 errors more from here on are not listed "
                + "(ezboard lists the first 1000 problems of a file)")
        #expect(BoardSummary.compute(f.dataSet, problems: f.problems)?.errors == 5000)
        // A table the same way, warnings and errors counted apart.
        let units = unitsHeader + (0..<3000).map { "U\($0),Ban,,Board\n" }.joined()
        let g = try load(Minimal.with(["units.csv": units]))
        #expect(g.problems.warningCount == 3000)
        #expect(g.problems.filter { $0.file == "units.csv" }.count == 1001)
    }

    // MARK: Item 8: a small table's change leaves the logs alone

    @Test func aChangeToGatesRereadsTheLogsOnlyWhenTheirIdsChange() throws {
        try withTempFolder(Minimal.with(["crossings/a.csv": crossingsHeader + crossingRow])) { root in
            var f = try DataFolder.load(root)
            // Renamed gate, same ids: the log is not read again.
            writeFile(root + "/gates.csv", Array(Minimal.gates.replacingOccurrences("Kim Thành", "KT").utf8))
            let changed = try f.refresh()
            // The tables that refer to gates, directly or not, are read again.
            // (tasks.csv names works; plans.csv and task_updates.csv name tasks.)
            #expect(
                changed == [
                    "gates.csv", "plans.csv", "task_updates.csv", "tasks.csv", "trade_monthly.csv", "works.csv",
                    "works_updates.csv",
                ])
            #expect(f.dataSet.gates.first?.shortName == "KT")
            #expect(f.dataSet.crossingCount == 1)
            // A new gate: rows naming it may now be valid, so the log is.
            appendFile(root + "/gates.csv", "G3,Mới,,main,Bát Xát,,open\n")
            #expect(try f.refresh().contains("crossings/a.csv"))
        }
    }

    // MARK: Item 9: no silent loss

    /// One unclosed quote in a log hid that row, every later one and every
    /// future append, with exit 0.
    @Test func anUnclosedQuoteInALogIsReportedAndEveryOtherRowRead() throws {
        let open = "2024-01-20T08:00:00,G1,export,24C-123.45,\"Chuối,1.5,100\n"
        let log = crossingsHeader + crossingRow + open + String(repeating: crossingRow, count: 30)
        try withTempFolder(Minimal.with(["crossings/a.csv": log])) { root in
            var f = try DataFolder.load(root)
            #expect(f.locations("crossings/a.csv") == ["3:42 error"])
            #expect(f.dataSet.crossingCount == 31)
            appendFile(root + "/crossings/a.csv", crossingRow)
            try f.refresh()
            #expect(f.dataSet.crossingCount == 32)
        }
        // At the very end it may still be written: it waits, up to 10
        // line breaks; past them it is an unclosed quote.
        let waiting = try load(Minimal.with(["crossings/a.csv": crossingsHeader + crossingRow + open]))
        #expect(waiting.problems.isEmpty)
        #expect(waiting.dataSet.crossingCount == 1)
    }

    /// tasks.csv: an unclosed quote on line 2 was reported at 14:7 and 12
    /// tasks vanished into it.
    @Test func anUnclosedQuoteInATableIsReportedWhereItOpens() throws {
        var lines = readBytes(sampleDataPath + "/tasks.csv").split(separator: 0x0A).map { Array($0) }
        let total = lines.count - 1
        // Line 2: the title opens a quote that is never closed.
        lines[1] = Array("QH01,\"Lập quy hoạch".utf8) + lines[1].drop { $0 != 0x2C }.dropFirst().drop { $0 != 0x2C }
        let bytes = Array(lines.joined(separator: [0x0A])) + [0x0A]
        let folder = Minimal.with(bytes: [:]).merging(
            [
                "tasks.csv": bytes, "units.csv": readBytes(sampleDataPath + "/units.csv"),
                "meetings.csv": readBytes(sampleDataPath + "/meetings.csv"),
                // The works the sample's assignments name (`work_ids`), and where they are.
                "works.csv": readBytes(sampleDataPath + "/works.csv"),
                "zones.csv": readBytes(sampleDataPath + "/zones.csv"),
                "gates.csv": readBytes(sampleDataPath + "/gates.csv"),
            ]
        ) { $1 }
        let f = try load(bytes: folder.filter { $0.key != "task_updates.csv" })
        #expect(f.locations("tasks.csv").first == "2:6 error")
        #expect(f.problems(of: "tasks.csv").first?.message.contains("never closed") == true)
        #expect(f.dataSet.tasks.count == total - 1)
    }

    /// CR-only line ends turned the sample's 263 vehicles into 0.
    @Test func classicMacLineEndsAreLineEnds() throws {
        let lf = readBytes(sampleDataPath + "/crossings/2024-03-31.csv")
        let cr = lf.map { $0 == 0x0A ? 0x0D : $0 }
        // The minimal gates and the sample's, so that every file refers to known ones.
        let gates = Array(Minimal.gates.utf8) + readBytes(sampleDataPath + "/gates.csv").drop { $0 != 0x0A }.dropFirst()
        let withLF = try load(bytes: Minimal.with(bytes: ["gates.csv": gates, "crossings/a.csv": lf]))
        let withCR = try load(
            bytes: Minimal.with(bytes: ["gates.csv": gates.map { $0 == 0x0A ? 0x0D : $0 }, "crossings/a.csv": cr]))
        #expect(withLF.dataSet.crossingCount == 263)
        #expect(withCR.dataSet.crossingCount == 263)
        #expect(withCR.problems.isEmpty, "\(withCR.lines.prefix(3))")
    }

    /// A log of NUL bytes (a crash's leftovers, a sparse file) said nothing.
    @Test(arguments: [[UInt8](repeating: 0, count: 5000), Array(crossingsHeader.utf8) + [0, 0, 0]])
    func nulBytesAreAnError(_ bytes: [UInt8]) throws {
        let f = try load(bytes: Minimal.with(bytes: ["crossings/a.csv": bytes]))
        let p = f.problems(of: "crossings/a.csv")
        #expect(p.count == 1)
        #expect(p.first?.message.hasPrefix("a NUL byte (0x00)") == true)
    }

    // MARK: Item 10: ids with control characters

    @Test(arguments: ["X\u{1B}]0;TITLE\u{7}Y", "A\u{9B}B", "A\u{202E}B", "A\u{7F}"])
    func idsWithControlCharactersAreErrors(_ id: String) throws {
        let f = try load(Minimal.with(["units.csv": Minimal.units + "\(id),Ban,,board\n"]))
        #expect(f.locations("units.csv") == ["5:1 error"])
        #expect(f.problems(of: "units.csv").first?.message.contains("contains a control character") == true)
        #expect(!f.dataSet.units.map(\.id).contains(id))
        #expect(f.lines.allSatisfy(SafeText.isSafe))
    }

    // MARK: Item 11: one rule for JSON too

    /// JSON carried `\u001b`, `\u009b` and `\u202e`, which `jq -r` prints
    /// raw: stand-ins, as on screen and in every other report.
    @Test func jsonCarriesNoControlCharacterEscapedOrNot() throws {
        var d = try load(Minimal.with(["crossings/a.csv": crossingsHeader + crossingRow])).dataSet
        d.gates[0].name = "Kim\u{1B}]0;x\u{7} Thành"
        d.zones[0].name = "KCN\u{9B}31m"
        d.units[0].name = "Ban\u{202E}ngược"
        let json = JSONReport.render(try #require(BoardSummary.compute(d, asOf: day("2024-01-31"))))
        for bad in ["\\u001b", "\\u0007", "\\u009b", "\\u202e", "\u{1B}", "\u{9B}", "\u{202E}"] {
            #expect(!json.lowercased().contains(bad), "\(bad)")
        }
        #expect(json.contains("Kim␛]0;x␇ Thành"))
        #expect(throws: Never.self) { try JSONReader.parse(json) }
    }
}

extension String {
    fileprivate func replacingOccurrences(_ a: String, _ b: String) -> String {
        split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}
