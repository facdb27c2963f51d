import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The dashboard never writes the data folder: on a read-only copy,
/// reloading and moving around works, and afterwards every file has the
/// same bytes and no file has appeared.
@Suite(
    .serialized,
    .enabled(
        if: TmuxSession.available,
        "tmux is not installed, so the end-to-end read-only test cannot run (CI installs it)"),
    .enabled(
        if: Binaries.ezboard != nil,
        "the ezboard executable is not built next to the test runner (run `swift build` first)"))
struct LiveReadOnlyEndToEndTests {
    @Test func readOnlyFolderIsNeverWritten() throws {
        let data = try DataCopy()
        data.setWritable(false)  // chmod -R a-w (root may still write: the comparison below is what counts)
        let before = try data.contents()
        #expect(before.count > 10, "the copy holds the data set")

        let pane = try EzboardPane(["--data", data.path], cols: 100, rows: 30, folder: data.root)
        try pane.waitFor("the overview") {
            $0[0].hasPrefix(" ezboard › Tổng quan ") && $0.contains { $0.contains("Kim Thành") }
        }
        try pane.send("r")
        try pane.waitFor("the reload message") { $0.last?.contains("Đã đọc lại dữ liệu") == true }
        // Around the screens: a gate and back, a unit and an assignment and
        // back, help, the problems list, the other language, and a reload.
        let steps: [(keys: [String], until: String, check: ([String]) -> Bool)] = [
            (["Enter"], "the gate", { $0[0].contains("› Kim Thành") }),
            (["Escape"], "the overview", { !$0[0].contains("› Kim Thành") }),
            (["4", "Enter"], "the unit", { $0[0].contains("› BQL KKT") }),
            (["Enter"], "an assignment", { $0[0].contains("› BQL KKT › ") }),
            (["BSpace"], "the unit again", { !$0[0].contains("› BQL KKT › ") }),
            (["Escape"], "the overview again", { !$0[0].contains("BQL KKT") }),
            (["?"], "the help", { $0[0].contains("Trợ giúp") }),
            (["Escape"], "no help", { !$0[0].contains("Trợ giúp") }),
            (["e"], "the problems list", { $0[0].contains("Lỗi dữ liệu") }),
            (["Escape"], "no problems list", { !$0[0].contains("Lỗi dữ liệu") }),
            (["L"], "English", { $0[0].hasPrefix(" ezboard › Overview") }),
            (["r"], "the reload message in English", { $0.last?.contains("Data reloaded") == true }),
        ]
        for step in steps {
            for key in step.keys { try pane.send(key) }
            try pane.waitFor(step.until, step.check)
        }
        try pane.send("q")
        let exit = try pane.waitForExit()
        #expect(exit.status == 0)
        #expect(pane.terminalProblems(after: exit) == [])

        let after = try data.contents()
        #expect(Set(after.keys) == Set(before.keys), "no file appeared or vanished")
        for (path, bytes) in before where after[path] != bytes {
            Issue.record("\(path) changed")
        }
    }
}
