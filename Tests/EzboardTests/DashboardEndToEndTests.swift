import Foundation
import TestSupport
import Testing

/// The real `ezboard` in a real terminal (a tmux pane), on a copy of the
/// sample data: what it shows, its keys, resizing, and the terminal it
/// leaves behind. Where a screen is compared whole, the reference is
/// `ezboard snapshot` of the same data and size, which renders exactly
/// what the dashboard draws.
@Suite(
    .serialized,
    .enabled(
        if: TmuxSession.available,
        "tmux is not installed, so the end-to-end dashboard tests cannot run (CI installs it)"),
    .enabled(
        if: Binaries.ezboard != nil,
        "the ezboard executable is not built next to the test runner (run `swift build` first)"))
struct DashboardEndToEndTests {
    /// The breadcrumb at the start of the header row.
    static let overviewCrumb = " ezboard › Tổng quan "

    @Test func opensShowsTheDataAndQuitsCleanly() throws {
        let data = try DataCopy()
        let pane = try EzboardPane(["--data", data.path], cols: 120, rows: 40, folder: data.root)
        let expected = try EzboardRun.snapshot(["--data", data.path], cols: 120, rows: 40)
        let screen = try pane.waitForScreen(expected, "the overview, as `snapshot` draws it")
        #expect(screen[0].hasPrefix(Self.overviewCrumb))
        #expect(screen[0].contains("31/03/2024"), "the as-of date is in the header")
        #expect(screen.contains { $0.contains("Kim Thành") })
        for title in ["1 Cửa khẩu", "2 Khu công nghiệp", "3 Hạ tầng", "4 Nhiệm vụ"] {
            #expect(screen.contains { $0.contains(title) }, "panel \(title)")
        }

        try pane.send("q")
        let exit = try pane.waitForExit()
        #expect(exit.status == 0)
        #expect(pane.terminalProblems(after: exit) == [])
        #expect(!exit.screen.contains { $0.contains("Kim Thành") }, "the dashboard's screen is gone")
    }

    @Test func helpOpensAndCloses() throws {
        let data = try DataCopy()
        let pane = try EzboardPane(["--data", data.path], cols: 100, rows: 30, folder: data.root)
        let overview = try EzboardRun.snapshot(["--data", data.path], cols: 100, rows: 30)
        try pane.waitForScreen(overview, "the overview")

        for close in ["?", "Escape"] {
            try pane.send("?")
            let help = try pane.waitFor("the help") { s in
                s[0].hasPrefix(Self.overviewCrumb.dropLast() + " › Trợ giúp")
                    && s.contains { $0.contains("Phím trên màn hình này") }
            }
            #expect(
                help.contains { $0.range(of: #"\bq +thoát"#, options: .regularExpression) != nil },
                "the help lists every key")
            try pane.send(close)
            try pane.waitForScreen(overview, "the overview again after closing the help with \(close)")
        }
        try quit(pane)
    }

    /// `<` three times walks the sample back to 31/12/2023: the screen is
    /// `snapshot --as-of 2023-12-31`'s (but for the footer, which says where
    /// the date went), and `=` brings the latest back.
    @Test func walkingTheDateAgreesWithAsOf() throws {
        let data = try DataCopy()
        let pane = try EzboardPane(["--data", data.path], cols: 100, rows: 30, folder: data.root)
        let overview = try EzboardRun.snapshot(["--data", data.path], cols: 100, rows: 30)
        try pane.waitForScreen(overview, "the overview")
        let past = try EzboardRun.snapshot(["--data", data.path, "--as-of", "2023-12-31"], cols: 100, rows: 30)
        #expect(past[0].contains("Xem lại: đến ngày 31/12/2023"))
        try pane.sendLiteral("<<<")
        let walked = try pane.waitFor("the board as of 31/12/2023") { s in
            s.count == past.count && Array(s.dropLast()) == Array(past.dropLast())
        }
        #expect(walked.last?.contains("Đến ngày 31/12/2023") == true)
        try pane.sendLiteral("=")
        try pane.waitFor("the latest again") { s in Array(s.dropLast()) == Array(overview.dropLast()) }
        try quit(pane)
    }

    @Test func drillsInAndComesBack() throws {
        let data = try DataCopy()
        let pane = try EzboardPane(["--data", data.path], cols: 100, rows: 30, folder: data.root)
        let overview = try EzboardRun.snapshot(["--data", data.path], cols: 100, rows: 30)
        try pane.waitForScreen(overview, "the overview")

        // The first gate (Kim Thành, the largest), then back.
        try pane.send("Enter")
        let gate = try pane.waitFor("the gate's screen") { s in
            s[0].hasPrefix(" ezboard › Tổng quan › Kim Thành ") && s.contains { $0.contains("Kim ngạch theo tháng") }
        }
        #expect(gate.contains { $0.contains("Cửa khẩu Quốc tế đường bộ số II Kim Thành") })
        try pane.send("Escape")
        try pane.waitForScreen(overview, "the overview after Esc")

        // Tasks panel → the first unit → its first assignment, and back
        // one level at a time (Backspace, then Esc).
        try pane.send("4")
        try pane.send("Enter")
        try pane.waitFor("the unit's assignments") { s in
            s[0].hasPrefix(" ezboard › Tổng quan › BQL KKT ")
                && s.contains { $0.contains("Ban Quản lý Khu Kinh tế tỉnh") }
        }
        try pane.send("Enter")
        let task = try pane.waitFor("one assignment") { $0[0].hasPrefix(" ezboard › Tổng quan › BQL KKT › ") }
        #expect(task[0].contains("› QH05 "), "the first assignment (the most overdue)")
        try pane.send("BSpace")
        try pane.waitFor("back to the unit") { $0[0].hasPrefix(" ezboard › Tổng quan › BQL KKT ") }
        try pane.send("Escape")
        try pane.waitFor("back to the overview") { s in
            s[0].hasPrefix(Self.overviewCrumb) && !s[0].contains("BQL KKT")
                && s.contains { $0.contains("4 Nhiệm vụ") }
        }
        try quit(pane)
    }

    /// 120×40 → 80×24 → 40×12 (one panel at a time, with tabs) → 30×8
    /// (too small: a notice) → 120×40: each as `snapshot` draws that size.
    @Test func resizeRelaysTheScreen() throws {
        let data = try DataCopy()
        let pane = try EzboardPane(["--data", data.path], cols: 120, rows: 40, folder: data.root)
        for (step, (cols, rows)) in [(120, 40), (80, 24), (40, 12), (30, 8), (120, 40)].enumerated() {
            if step > 0 { try pane.resize(cols: cols, rows: rows) }
            let expected = try EzboardRun.snapshot(["--data", data.path], cols: cols, rows: rows)
            let screen = try pane.waitForScreen(expected, "the screen at \(cols)×\(rows)")
            switch (cols, rows) {
            case (40, 12):
                // The focused panel's tab is named, the others numbered.
                #expect(screen[1].range(of: "1 Cửa khẩu +2 +3 +4", options: .regularExpression) != nil, "panel tabs")
                #expect(!screen.contains { $0.contains("┌ 2 Khu công nghiệp") }, "one panel only")
            case (30, 8):
                #expect(screen.joined(separator: " ").contains("quá nhỏ"), "the too-small notice")
            default:
                #expect(screen.contains { $0.contains("4 Nhiệm vụ") })
            }
        }
        try quit(pane)
    }

    @Test func opensAtAScreenPath() throws {
        let data = try DataCopy()
        let pane = try EzboardPane(
            ["--data", data.path, "--screen", "tasks/BQLKKT"], cols: 100, rows: 30,
            folder: data.root)
        let expected = try EzboardRun.snapshot(["--data", data.path, "--screen", "tasks/BQLKKT"], cols: 100, rows: 30)
        let screen = try pane.waitForScreen(expected, "the unit's assignments, as `snapshot --screen` draws them")
        #expect(screen[0].hasPrefix(" ezboard › Tổng quan › BQL KKT "))
        try pane.send("Escape")
        try pane.waitFor("the overview under it") { s in
            s[0].hasPrefix(Self.overviewCrumb) && !s[0].contains("BQL KKT") && s.contains { $0.contains("1 Cửa khẩu") }
        }
        try quit(pane)
    }

    @Test func englishWithLangAndBackWithL() throws {
        let data = try DataCopy()
        let pane = try EzboardPane(["--data", data.path, "--lang", "en"], cols: 100, rows: 30, folder: data.root)
        let english = try EzboardRun.snapshot(["--data", data.path, "--lang", "en"], cols: 100, rows: 30)
        let screen = try pane.waitForScreen(english, "the overview in English")
        #expect(screen[0].hasPrefix(" ezboard › Overview "))
        #expect(screen[0].contains("As of"))
        try pane.send("L")
        let vietnamese = try EzboardRun.snapshot(["--data", data.path], cols: 100, rows: 30)
        try pane.waitForScreen(vietnamese, "the overview in Vietnamese after L")
        try quit(pane)
    }

    /// Keys the dashboard has no use for (Shift- and Ctrl-arrows, Shift-F1,
    /// a C1 control character) change nothing, and it keeps running.
    @Test func unusedKeysAreIgnored() throws {
        let data = try DataCopy()
        let pane = try EzboardPane(["--data", data.path], cols: 100, rows: 30, folder: data.root)
        let overview = try EzboardRun.snapshot(["--data", data.path], cols: 100, rows: 30)
        try pane.waitForScreen(overview, "the overview")
        for key in ["S-Up", "S-Down", "C-Left", "C-Right", "S-F1"] { try pane.send(key) }
        try pane.sendBytes([0xC2, 0x85])  // U+0085, a C1 control
        // The next key is answered: the ones before it did not end anything.
        try pane.send("?")
        try pane.waitFor("the help") { $0[0].contains("Trợ giúp") }
        try pane.send("?")
        try pane.waitForScreen(overview, "the overview, unchanged")
        try quit(pane)
    }

    /// `dumb` cannot draw a screen: a message pointing at `snapshot`,
    /// status 2, and the terminal untouched.
    @Test func dumbTerminalIsRefused() throws {
        let data = try DataCopy()
        let pane = try EzboardPane(["--data", data.path], cols: 100, rows: 30, folder: data.root, term: "dumb")
        let exit = try pane.waitForExit()
        #expect(exit.status == 2)
        let text = exit.screen.joined(separator: " ")
        #expect(text.contains("TERM=dumb"))
        #expect(text.contains("snapshot"))
        #expect(pane.terminalProblems(after: exit) == [])
    }

    func quit(_ pane: EzboardPane) throws {
        try pane.send("q")
        let exit = try pane.waitForExit()
        #expect(exit.status == 0)
        #expect(pane.terminalProblems(after: exit) == [])
    }
}
