import BoardModel
import BoardView
import Foundation
import TestSupport
import Testing

// Issue 11, item 4: `--screen` paths are found without regard to case;
// a screen of nothing ends `snapshot` with a message and status 2; an
// assignment under a unit unrelated to it opens under its lead.

@Suite(
    "--screen paths",
    .enabled(if: Binaries.ezboard != nil, "the ezboard binary is not built next to the tests (swift build first)"))
struct ScreenOptionTests {
    static let data = Binaries.packageRoot() + "/Data"
    let home: ConfigTestFolder
    init() throws { home = try ConfigTestFolder() }

    func snapshot(_ screen: String) throws -> ConfigHarness.Result {
        try ConfigHarness.run(
            ["snapshot", "--data", Self.data, "--width", "100", "--height", "24", "--screen", screen],
            environment: [
                "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": home.path, "XDG_CONFIG_HOME": home.path + "/xdg",
            ])
    }

    @Test("Ids without regard to case or diacritics draw the same screen as the data's spelling")
    func caseInsensitive() throws {
        for (typed, spelled) in [
            ("gates/kimthanh", "gates/KIMTHANH"), ("Zones/tangloong", "zones/TANGLOONG"),
            ("tasks/bqlkkt", "tasks/BQLKKT"), ("works/kcn01", "works/KCN01"),
        ] {
            let a = try snapshot(typed)
            let b = try snapshot(spelled)
            #expect(a.status == 0 && b.status == 0, "\(typed): \(a)")
            #expect(a.stdout == b.stdout, "\(typed)")
        }
    }

    @Test("A screen of nothing: status 2, and the message lists what exists and the forms")
    func nothing() throws {
        let r = try snapshot("gates/NOWHERE")
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("no gate 'NOWHERE' in gates.csv"))
        #expect(r.stderr.contains("KIMTHANH"))
        #expect(r.stderr.contains(ScreenPath.forms))
        let form = try snapshot("galaxies/far")
        #expect(form.status != 0 && form.stderr.contains(ScreenPath.forms), "\(form)")
        let task = try snapshot("tasks/BQLKKT/NV99")
        #expect(task.status == 2 && task.stderr.contains("no assignment 'NV99' in tasks.csv"))
    }

    @Test("tasks/UNIT/TASK with a unit unrelated to the assignment opens under its lead")
    func unrelatedUnit() throws {
        let r = try snapshot("tasks/batxat/nv04")
        let dataSet = try DataFolder.load(Self.data).dataSet
        let lead = try #require(dataSet.task("NV04")?.leadID)
        #expect(lead != "BATXAT" && dataSet.task("NV04")?.supportIDs.contains("BATXAT") == false)
        let underLead = try snapshot("tasks/\(lead)/NV04")
        #expect(r.status == 0 && r.stdout == underLead.stdout)
        #expect(
            ScreenPath("tasks/BATXAT/NV04")?.resolved(in: dataSet) == .success(.task(unit: lead, task: "NV04")))
    }
}
