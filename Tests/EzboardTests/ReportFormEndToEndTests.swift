import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The progress-report form in the real dashboard, in tmux: two dashboards
/// on one folder see each other's reports; the form cancelled at any step
/// writes nothing, and no key typed into it acts on the dashboard.
@Suite(
    .serialized,
    .enabled(
        if: TmuxSession.available,
        "tmux is not installed, so the end-to-end form tests cannot run (CI installs it)"),
    .enabled(
        if: Binaries.ezboard != nil,
        "the ezboard executable is not built next to the test runner (run `swift build` first)"))
struct ReportFormEndToEndTests {
    /// Both dashboards look at today, so that a report made today shows.
    static func pane(_ data: DataCopy, _ task: String, extra: [String] = []) throws -> EzboardPane {
        try EzboardPane(
            [
                "--data", data.path, "--screen", "tasks/SXD/\(task)", "--as-of",
                UpdateCommandEndToEndTests.day(offset: 0),
            ]
                + extra, cols: 110, rows: 34, folder: data.root)
    }

    @Test("A report saved in one dashboard shows in it at once and in another watching the folder")
    func twoDashboards() throws {
        let data = try DataCopy()
        let a = try Self.pane(data, "QH02")
        let b = try Self.pane(data, "QH02")
        for p in [a, b] { try p.waitFor("the assignment") { $0[0].contains("› QH02") } }
        try a.waitForText("u ghi báo cáo tiến độ")
        try a.send("u")
        try a.waitForText("Báo cáo tiến độ · QH02")
        // Progress: erase the figure offered, type 65 (a `q` typed and erased on the way).
        try a.send("BSpace", "BSpace", "BSpace", "q", "BSpace")
        try a.sendLiteral("65")
        try a.send("Tab", "Left", "Tab")
        try a.sendLiteral("Đã trình, \"bản 2\"")
        try a.send("Enter")
        try a.sendLiteral("dòng hai từ A")
        try a.waitForText("65,\"Đã trình, \"\"bản 2\"\"")
        try a.send("Tab", "Enter")
        try a.waitForText("Đã ghi báo cáo tiến độ QH02")
        try a.waitForText("dòng hai từ A —")
        try b.waitForText("dòng hai từ A —", timeout: 5)
        let login = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        #expect(try data.text("task_updates.csv").hasSuffix("dòng hai từ A\",in-progress,\(login)\n"))

        // And back: B reports, A sees it.
        try b.send("u")
        try b.waitForText("Báo cáo tiến độ · QH02")
        try b.send("Tab", "Tab")
        try b.sendLiteral("báo cáo của B")
        try b.send("Tab", "Enter")
        try b.waitForText("Đã ghi báo cáo tiến độ QH02")
        try a.waitForText("báo cáo của B", timeout: 5)
        for p in [a, b] {
            try p.send("q")
            #expect(try p.waitForExit().status == 0)
        }
    }

    @Test("The form cancelled at each step writes nothing; keys typed into it are text, not commands")
    func cancelledAtEachStep() throws {
        let data = try DataCopy()
        let before = try data.contents()
        let pane = try Self.pane(data, "QH03")
        try pane.waitFor("the assignment") { $0[0].contains("› QH03") }
        // Each run opens the form, goes some way, then leaves by Esc (or
        // Enter on Cancel). `q`, `?`, `L`, `r` and `e` typed are text.
        let runs: [[String]] = [
            [],
            ["q", "?", "L"],
            ["BSpace", "4", "0", "Tab"],
            ["Tab", "Right", "r", "Tab", "e"],
            ["Tab", "Tab", "q", "Enter", "?", "Tab"],
            ["Tab", "Tab", "Tab", "Tab", "Enter"],  // Enter on Cancel
        ]
        for (i, keys) in runs.enumerated() {
            try pane.send("u")
            try pane.waitForText("Báo cáo tiến độ · QH03")
            if !keys.isEmpty { try pane.send(keys) }
            if i < runs.count - 1 {
                try pane.waitFor("the form still open after \(keys)") { s in
                    s.contains { $0.contains("Báo cáo tiến độ · QH03") }
                }
                try pane.send("Escape")
            }
            try pane.waitForText("Đã hủy: không ghi gì")
            let screen = try pane.screen()
            #expect(!screen.contains { $0.contains("Báo cáo tiến độ · QH03") }, "run \(i): the form is closed")
            #expect(screen[0].contains("› QH03") && !screen[0].contains("Trợ giúp"), "run \(i): still on QH03")
        }
        #expect(try data.contents() == before, "nothing was written")
        try pane.send("q")
        #expect(try pane.waitForExit().status == 0)
    }

    @Test("Read-only: no form key in the footer, and u does nothing")
    func readOnly() throws {
        let data = try DataCopy()
        let before = try data.contents()
        let pane = try Self.pane(data, "QH03", extra: ["--read-only"])
        let screen = try pane.waitFor("the assignment") { $0[0].contains("› QH03") }
        #expect(!screen.last!.contains("báo cáo tiến độ"))
        try pane.send("u", "?")
        let help = try pane.waitForText("Trợ giúp")
        #expect(!help.contains { $0.contains("ghi báo cáo tiến độ") })
        try pane.send("Escape", "q")
        #expect(try pane.waitForExit().status == 0)
        #expect(try data.contents() == before)
    }
}

extension EzboardPane {
    func send(_ keys: [String]) throws { try tmux.run(["send-keys", "-t", tmux.target] + keys) }
}
