import Testing

@testable import BoardModel

// Issue 11, item 12: files as spreadsheets save them. A CSV with ';'
// between fields (Excel with Vietnamese regional settings) and a UTF-16
// file (Excel's "Unicode text") get one clear error naming the file and
// what to do, instead of "unknown column 'year;metric;value'".

@Suite("Excel-saved files")
struct ExcelSavedFileTests {
    @Test("A ';'-separated file: one error that says so and how to save it")
    func semicolons() throws {
        let f = try load(Minimal.with(["targets.csv": "year;metric;value\n2024;trade_usd;1000\n"]))
        let lines = f.problems(of: "targets.csv").map(\.description)
        #expect(
            lines == [
                "targets.csv:1:1: error: this file uses ';' between fields: save it as \"CSV UTF-8 (comma delimited)\""
                    + " (Excel with Vietnamese regional settings writes ';'); no row of it is read"
            ])
        #expect(!lines.joined().contains("unknown column"))
        // With a byte-order mark and Windows line ends, as Excel writes it.
        let excel = try load(
            bytes: Minimal.with(bytes: ["targets.csv": [0xEF, 0xBB, 0xBF] + Array("year;metric;value\r\n".utf8)]))
        #expect(excel.problems(of: "targets.csv").map(\.message).first?.hasPrefix("this file uses ';'") == true)
        // Tabs the same way; a header whose names are all unknown is not guessed at.
        let tabs = try load(Minimal.with(["targets.csv": "year\tmetric\tvalue\n"]))
        #expect(tabs.problems(of: "targets.csv").map(\.message).first?.hasPrefix("this file uses tabs") == true)
        let other = try load(Minimal.with(["targets.csv": "a;b\n"]))
        #expect(other.problems(of: "targets.csv").contains { $0.message.contains("missing required column") })
    }

    @Test("A UTF-16 file, with or without its byte-order mark: the error names the encoding")
    func utf16() throws {
        let text = "year,metric,value\r\n2024,trade_usd,1000\r\n"
        let le = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be = Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for (bytes, name) in [
            ([0xFF, 0xFE] + le, "UTF-16 (little-endian)"), (le, "UTF-16 (little-endian)"),
            ([0xFE, 0xFF] + be, "UTF-16 (big-endian)"),
        ] {
            let f = try load(bytes: Minimal.with(bytes: ["targets.csv": bytes]))
            let lines = f.problems(of: "targets.csv").map(\.description)
            #expect(
                lines == [
                    "targets.csv:1:1: error: the file is \(name) text (Excel's \"Unicode text\"), not UTF-8: "
                        + "save it as \"CSV UTF-8 (comma delimited)\"; no row of it is read"
                ], "\(name)")
        }
    }
}
