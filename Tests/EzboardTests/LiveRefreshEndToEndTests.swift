import Foundation
import TestSupport
import Testing

/// Live refresh, end to end: the real `ezboard` in a tmux pane while the
/// test changes its copy of the data set underneath it, the way the border
/// gate's log and the staff's spreadsheets do.
@Suite(
    .serialized,
    .enabled(
        if: TmuxSession.available,
        "tmux is not installed, so the end-to-end live refresh tests cannot run (CI installs it)"),
    .enabled(
        if: Binaries.ezboard != nil,
        "the ezboard executable is not built next to the test runner (run `swift build` first)"))
struct LiveRefreshEndToEndTests {
    static let log = "crossings/2024-03-31.csv"

    /// One session through every kind of change, each step waiting for the
    /// screen to show it:
    /// crossings appended → the vehicles figure grows; a partial last line
    /// → not counted; `trade_monthly.csv` made invalid → the error badge,
    /// every figure stays (last good data), `e` lists `check`'s message;
    /// fixed → the badge clears; the partial line's end → counted;
    /// `works.csv` deleted → badge, figures stay; restored → clears; a new
    /// day's log → read (and the as-of date moves to it).
    @Test func followsChangesToTheDataSet() throws {
        let data = try DataCopy()
        let base = try vehiclesOnAsOfDate(data.path)
        let pane = try EzboardPane(["--data", data.path], cols: 120, rows: 40, folder: data.root)
        try pane.waitFor("the overview with \(base) vehicles today") { vehicles($0) == base }

        // Two crossings logged.
        try data.append(
            Self.log,
            crossing("10:00", "KIMTHANH", "export", "24C-901.01")
                + crossing("10:05", "HOKIEU", "import", "24C-901.02"))
        try pane.waitFor("\(base + 2) vehicles after two rows appended") { vehicles($0) == base + 2 }
        // The whole frame, as `snapshot` draws the data now (the header's
        // change time aside), so that what follows compares complete frames.
        let twoMore = try snapshot(data)
        let before = try pane.waitFor("the frame with two more crossings") { body($0) == body(twoMore) }

        // A partial line (no line end yet), then the trade file made
        // invalid: once the error badge shows, the folder has been read
        // after the partial line too, and it must not have counted.
        try data.append(Self.log, "2024-03-31T10:10:00+07:00,KIMTHANH,exp")
        let goodTrade = try data.text("trade_monthly.csv")
        try data.write("trade_monthly.csv", try invalidTrade(goodTrade))
        let bad = try pane.waitFor("the error badge") { $0[0].contains("1 lỗi") }
        #expect(vehicles(bad) == base + 2, "a partial line is not counted")
        #expect(body(bad) == body(before), "the figures stay: the last good trade file is still shown")
        #expect(!bad[0].contains("2 lỗi"), "the partial line is not an error")

        // `e` lists the same message `ezboard check` prints.
        let errors = try EzboardRun.output(["check", "--data", data.path])
            .split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
        #expect(errors.count == 1 && errors.first?.hasPrefix("trade_monthly.csv:") == true, "check: \(errors)")
        try pane.send("e")
        try pane.waitFor("the problems list with check's message") { screen in
            screen[0].contains("Lỗi dữ liệu") && errors.allSatisfy { e in screen.contains { $0.contains(e) } }
        }
        try pane.send("Escape")
        try pane.waitFor("the overview again") { body($0) == body(before) }

        // Fixed: the badge clears.
        try data.write("trade_monthly.csv", goodTrade)
        let fixed = try pane.waitFor("the badge to clear") { !$0[0].contains("lỗi") && !$0[0].contains("cảnh báo") }
        #expect(body(fixed) == body(before))

        // The partial line's end arrives: now it counts, once.
        try data.append(Self.log, "ort,24C-901.03,Chuối,20.5,15000\n")
        try pane.waitFor("\(base + 3) vehicles once the line is complete") { vehicles($0) == base + 3 }

        // works.csv deleted: the badge, the works panel unchanged.
        let works = try data.bytes("works.csv")
        let completed = try snapshot(data)
        let withWorks = try pane.waitFor("the frame with the completed line") { body($0) == body(completed) }
        #expect(withWorks.contains { $0.contains("công trình") && $0.contains("tỷ đồng") }, "the works panel's totals")
        try data.remove("works.csv")
        let gone = try pane.waitFor("the badge for the deleted works.csv") { $0[0].contains("1 lỗi") }
        #expect(body(gone) == body(withWorks), "the works panel keeps the last good rows")
        try data.write("works.csv", works)
        let back = try pane.waitFor("the badge to clear once works.csv is back") {
            !$0[0].contains("lỗi") && !$0[0].contains("cảnh báo")
        }
        #expect(body(back) == body(withWorks))

        // A new day's log appears: it is read, and as the latest
        // observation it moves the as-of date.
        try data.write(
            "crossings/2024-04-01.csv",
            "time,gate_id,direction,plate,cargo,tonnes,value_usd\n"
                + crossing("07:00", "KIMTHANH", "export", "24C-902.01", day: "2024-04-01")
                + crossing("07:30", "KIMTHANH", "import", "24C-902.02", day: "2024-04-01")
                + crossing("08:00", "BANVUOC", "export", "24C-902.03", day: "2024-04-01"))
        let newDay = try pane.waitFor("the new day's 3 vehicles") { vehicles($0, on: "01/04/2024") == 3 }
        #expect(newDay[0].contains("01/04/2024"), "the as-of date moves to the new day")
        #expect(!newDay[0].contains("lỗi"))

        try pane.send("q")
        let exit = try pane.waitForExit()
        #expect(exit.status == 0)
        #expect(pane.terminalProblems(after: exit) == [])
    }

    // MARK: - Helpers

    /// A crossing row (local time), with its line end.
    func crossing(
        _ time: String, _ gate: String, _ direction: String, _ plate: String,
        day: String = "2024-03-31"
    ) -> String {
        "\(day)T\(time):00+07:00,\(gate),\(direction),\(plate),Thanh long,18.5,16280\n"
    }

    /// `trade_monthly.csv` with one number of the current year made
    /// invalid (so that dropping the row, rather than keeping the last good
    /// file, would change the year-to-date figures).
    func invalidTrade(_ text: String) throws -> String {
        var lines = text.components(separatedBy: "\n")
        let header = lines[0].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let month = try #require(header.firstIndex(of: "month"))
        let export = try #require(header.firstIndex(of: "export_usd"))
        let i = try #require(
            lines.firstIndex { $0.split(separator: ",").first.map(String.init) == "2024-03" },
            "a row for 2024-03")
        var fields = lines[i].components(separatedBy: ",")
        #expect(fields[month] == "2024-03")
        fields[export] = "12x3"
        lines[i] = fields.joined(separator: ",")
        return lines.joined(separator: "\n")
    }

    /// The vehicles figure on the overview for a day (`31/03/2024`), nil
    /// when not shown.
    func vehicles(_ screen: [String], on day: String = "31/03/2024") -> Int? {
        // "Xe qua cửa khẩu ngày 31/03/2024: 263 (…", however the panel words it.
        let marker = "\(day): "
        for row in screen where row.contains("Xe") {
            guard let r = row.range(of: marker) else { continue }
            return Int(String(row[r.upperBound...].prefix { $0.isNumber || $0 == "." }.filter(\.isNumber)))
        }
        return nil
    }

    /// What `ezboard snapshot` draws for the data now, at the pane's size.
    func snapshot(_ data: DataCopy) throws -> [String] {
        try EzboardRun.snapshot(["--data", data.path], cols: 120, rows: 40)
    }

    /// All but the header (whose badge and change time move).
    func body(_ screen: [String]) -> [String] { Array(screen.dropFirst()) }

    /// Today's vehicles as `ezboard report` counts them.
    func vehiclesOnAsOfDate(_ folder: String) throws -> Int {
        let json = try EzboardRun.output(["report", "--data", folder, "--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let crossings = try #require(root["crossings"] as? [String: Any])
        #expect(crossings["date"] as? String == "2024-03-31")
        return try #require(crossings["vehicles"] as? Int)
    }
}
