import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Who may write, tested as real accounts: users created with `useradd`
/// in a group that may write `task_updates.csv`, each running ezboard with
/// `runuser`, against a `people.csv` that lists some of them.
@Suite(
    .serialized,
    .enabled(
        if: geteuid() == 0,
        "not root: the permission tests create real users with useradd and run ezboard as them (CI runs as root)"),
    .enabled(
        if: FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd")
            && FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser"),
        "useradd or runuser is missing (util-linux, passwd)"),
    .enabled(
        if: Binaries.ezboard != nil,
        "the ezboard executable is not built next to the test runner (run `swift build` first)"))
struct ReportPermissionEndToEndTests {
    static func sh(_ argv: [String]) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: argv[0])
        p.arguments = Array(argv.dropFirst())
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// Copies the binary where the test's users may run it, written through
    /// a descriptor closed on exec. Tests run in parallel, and a program
    /// another test starts while the copy is open for writing would keep
    /// it open (FileManager's copy does not set close-on-exec): running
    /// the copy then fails with "Text file busy" for as long as that
    /// program lives (a CI run saw every call of this test fail so).
    static func copyExecutable(_ source: String, to path: String) -> Bool {
        guard let bytes = FileManager.default.contents(atPath: source) else { return false }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard fd >= 0 else { return false }
        let written = bytes.withUnsafeBytes { raw -> Bool in
            var done = 0
            while done < raw.count {
                let n = write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            return true
        }
        return close(fd) == 0 && written && chmod(path, 0o755) == 0
    }

    /// `run` (a `runuser` of the copy), again while the copy is still open
    /// for writing in a program started in the instant it was (between a
    /// fork and its exec, at most a moment): only that error is retried.
    static func retryingBusy(_ run: () throws -> UpdateRun) throws -> UpdateRun {
        var result = try run()
        for _ in 0..<50 where result.stderr.contains("Text file busy") {
            usleep(20_000)
            result = try run()
        }
        return result
    }

    @Test("people.csv: a member on its unit's assignments only, the secretariat on any, others not at all")
    func realUsers() throws {
        let tag = String(UInt32.random(in: 0...0xFFFFF), radix: 36)
        let group = "ezb15g" + tag
        let names = ["sxd", "bql", "sec", "out", "nog"].map { "ezb15\($0)" + tag }
        let (sxd, bql, sec, out, nog) = (names[0], names[1], names[2], names[3], names[4])
        #expect(Self.sh(["/usr/sbin/groupadd", group]) == 0)
        defer {
            for n in names { _ = Self.sh(["/usr/sbin/userdel", n]) }
            _ = Self.sh(["/usr/sbin/groupdel", group])
        }
        for n in names.dropLast() {
            #expect(Self.sh(["/usr/sbin/useradd", "-M", "-N", "-g", group, "-s", "/usr/sbin/nologin", n]) == 0)
        }
        // Not in the group: may read the folder, not write the file.
        #expect(Self.sh(["/usr/sbin/useradd", "-M", "-U", "-s", "/usr/sbin/nologin", nog]) == 0)

        // The folder as README sets it up: group-owned, set-group-id,
        // task_updates.csv writable by the group, everything else read-only.
        let data = try DataCopy()
        let exe = data.root + "/ezboard"
        try #require(Self.copyExecutable(try #require(Binaries.ezboard), to: exe))
        chmod(data.root, 0o755)
        let gid = getgrnam(group)!.pointee.gr_gid
        #expect(chown(data.path, 0, gid) == 0 && chmod(data.path, 0o2775) == 0)
        let file = data.full("task_updates.csv")
        #expect(chown(file, 0, gid) == 0 && chmod(file, 0o664) == 0)
        try data.write(
            "people.csv",
            "login,unit_id,name,role\n\(sxd),SXD,Nguyễn Văn A,member\n\(bql),BQLKKT,Trần Thị B,member\n"
                + "\(sec),,Lê Văn C,secretariat\n")
        #expect(try UpdateRun.checkSummary(data.path).hasSuffix(": 0 errors, 0 warnings"))

        func update(_ user: String, _ task: String) throws -> UpdateRun {
            try Self.retryingBusy {
                try UpdateRun.run(
                    ["update", task, "--progress", "10", "--on", "2024-04-02", "--data", data.path],
                    prefix: ["/usr/sbin/runuser", "-u", user, "--"], executable: exe)
            }
        }
        let before = try data.bytes("task_updates.csv")
        // SXD supports QH02 (lead BQLKKT); it neither leads nor supports QH07.
        let ok = try update(sxd, "QH02")
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.row == "QH02,2024-04-02,10,,,\(sxd)\n")
        let other = try update(sxd, "QH07")
        #expect(other.status == 1 && other.stderr.contains("neither leads nor supports QH07"), "\(other.stderr)")
        let lead = try update(bql, "QH02")
        #expect(lead.status == 0 && lead.row.hasSuffix(",\(bql)\n"), "\(lead.stderr)")
        let secretariat = try update(sec, "QH07")
        #expect(secretariat.status == 0 && secretariat.row.hasSuffix(",\(sec)\n"), "\(secretariat.stderr)")
        let unlisted = try update(out, "QH02")
        #expect(unlisted.status == 1 && unlisted.stderr.contains("not in people.csv"), "\(unlisted.stderr)")
        // Listed nowhere and outside the group: the system says no first.
        let outsider = try update(nog, "QH02")
        #expect(outsider.status != 0 && outsider.stdout.isEmpty)
        // `by` is the account, whatever the environment claims.
        let claimed = try Self.retryingBusy {
            try UpdateRun.run(
                ["update", "QH02", "--progress", "11", "--on", "2024-04-02", "--data", data.path],
                prefix: ["/usr/sbin/runuser", "-u", sxd, "--"], executable: exe,
                environment: ["USER": sec, "LOGNAME": sec])
        }
        #expect(claimed.status == 0 && claimed.row.hasSuffix(",\(sxd)\n"), "\(claimed.stderr)")

        let after = try data.bytes("task_updates.csv")
        #expect(Array(after.prefix(before.count)) == before)
        #expect(
            after.dropFirst(before.count).elementsEqual(ok.stdout + lead.stdout + secretariat.stdout + claimed.stdout))
        // Everything else is as it was: only the one file was written.
        var st = stat()
        #expect(stat(data.full("tasks.csv"), &st) == 0 && st.st_mode & 0o777 == 0o644)
    }
}
