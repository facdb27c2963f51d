import BoardModel
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `ezboard update`, the real binary on a copy of the sample data: many
/// writers at once, writers killed mid-loop, a file without a final line
/// break, refusals that write nothing, and notes that come back exactly.
@Suite(
    .serialized,
    .enabled(
        if: Binaries.ezboard != nil,
        "the ezboard executable is not built next to the test runner (run `swift build` first)"))
struct UpdateCommandEndToEndTests {
    static let file = "task_updates.csv"
    /// Assignments of the sample given before 2024-04-02, on which any day
    /// from then to today may be reported.
    static let tasks = ["QH02", "QH03", "QH04", "NV01", "NV05"]

    /// A note that needs every kind of quoting: commas, quotes, LF and
    /// CRLF line breaks, Vietnamese precomposed and decomposed.
    static func note(_ writer: Int, _ i: Int) -> String {
        "w\(writer) #\(i), \"trích\"\nNFC: Việt\r\nNFD: Vie\u{0323}\u{0302}t, ky\u{0301}"
    }

    @Test("20 processes × 50 updates at once: 1,000 new rows, each byte for byte what its writer printed")
    func concurrentWriters() throws {
        let data = try DataCopy()
        let before = try data.bytes(Self.file)
        let rowsBefore = before.records.count
        let writers = 20
        let each = 50
        let printed = Printed(writers)
        let path = data.path
        DispatchQueue.concurrentPerform(iterations: writers) { w in
            for i in 0..<each {
                let r = try? UpdateRun.run([
                    "update", Self.tasks[(w + i) % Self.tasks.count], "--progress", "\((w * each + i) % 101)",
                    "--note", Self.note(w, i), "--on", "2024-04-02", "--data", path,
                ])
                printed.add(w, r)
            }
        }
        let after = try data.bytes(Self.file)
        #expect(Array(after.prefix(before.count)) == before, "the bytes already there are untouched")
        let appended = Array(after.dropFirst(before.count)).records
        #expect(appended.count == writers * each)
        #expect(after.records.count == rowsBefore + writers * each)
        var expected: [[UInt8]: Int] = [:]
        for (status, row) in printed.all {
            #expect(status == 0)
            expected[row, default: 0] += 1
        }
        var found: [[UInt8]: Int] = [:]
        for r in appended { found[r, default: 0] += 1 }
        #expect(found == expected, "the rows appended are exactly the rows printed")
        #expect(try UpdateRun.checkSummary(data.path).hasSuffix(": 0 errors, 0 warnings"))
        let folder = try DataFolder.load(data.path)
        let mine = folder.dataSet.taskUpdates.filter { $0.on == Day(year: 2024, month: 4, day: 2) }
        #expect(mine.count == writers * each)
        #expect(mine.allSatisfy { $0.by != nil && $0.note.hasPrefix("w") && $0.note.contains("NFD: Việt, ký") })
    }

    @Test("Writers killed with SIGKILL at random points: the file loads, no row is torn, every success is there")
    func killedWriters() throws {
        let data = try DataCopy()
        guard let exe = Binaries.ezboard else { return }
        var rng = SplitMix64(state: 0x15_2026)
        var succeeded: [[UInt8]] = []
        var killed = 0
        for i in 0..<40 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: exe)
            p.arguments = [
                "update", Self.tasks[i % Self.tasks.count], "--progress", "\(i)", "--note", Self.note(99, i),
                "--on", "2024-04-02", "--data", data.path,
            ]
            p.environment = ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": "/nonexistent-ezboard-config"]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            // Anywhere from before the data is read to after the fsync.
            usleep(UInt32(rng.below(400_000)))
            kill(p.processIdentifier, SIGKILL)
            let bytes = [UInt8](out.fileHandleForReading.readDataToEndOfFile())
            p.waitUntilExit()
            if p.terminationReason == .exit, p.terminationStatus == 0 {
                succeeded.append(bytes)
            } else {
                killed += 1
            }
        }
        #expect(killed > 0 && !succeeded.isEmpty, "some were killed, some finished (\(killed) killed)")
        let after = try data.bytes(Self.file)
        let records = Set(after.records)
        for row in succeeded { #expect(records.contains(row), "a reported row is missing") }
        #expect(after.last == 0x0A, "the file ends in a whole row")
        #expect(try UpdateRun.checkSummary(data.path).hasSuffix(": 0 errors, 0 warnings"))
    }

    @Test("A file without a final line break gets one before the row; CRLF files get CRLF")
    func missingFinalLineBreak() throws {
        let data = try DataCopy()
        var original = try data.bytes(Self.file)
        while original.last == 0x0A { original.removeLast() }
        try data.write(Self.file, original)
        let r = try UpdateRun.run(["update", "QH02", "--progress", "55", "--on", "2024-04-02", "--data", data.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.row == "QH02,2024-04-02,55,,,\(Self.login)\n")
        #expect(try data.bytes(Self.file) == original + [0x0A] + r.stdout)
        #expect(try UpdateRun.checkSummary(data.path).hasSuffix(": 0 errors, 0 warnings"))

        // A file saved with CRLF line ends and no final one.
        let crlf = Array(
            "task_id,on,progress_pct,note,status,by\r\nQH02,2024-03-01,10,a,,\r\nQH02,2024-03-02,20,b,,".utf8)
        try data.write(Self.file, crlf)
        let r2 = try UpdateRun.run(["update", "QH02", "--progress", "30", "--on", "2024-04-02", "--data", data.path])
        #expect(r2.status == 0, "\(r2.stderr)")
        #expect(try data.bytes(Self.file) == crlf + Array("\r\nQH02,2024-04-02,30,,,\(Self.login)\r\n".utf8))
    }

    @Test("No file yet: it is created with its header; a refused report creates nothing")
    func absentFile() throws {
        let data = try DataCopy()
        try data.remove(Self.file)
        let refused = try UpdateRun.run(["update", "QH02", "--progress", "101", "--data", data.path])
        #expect(refused.status == 1)
        #expect(FileManager.default.fileExists(atPath: data.full(Self.file)) == false)
        let r = try UpdateRun.run(["update", "QH02", "--progress", "5", "--on", "2024-04-02", "--data", data.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try data.text(Self.file) == "task_id,on,progress_pct,note,status,by\n" + r.row)
    }

    @Test("Every refusal says why and writes nothing")
    func refusals() throws {
        let data = try DataCopy()
        let before = try data.contents()
        let tomorrow = Self.day(offset: 86400 * 2)
        let cases: [(args: [String], says: String)] = [
            (["QH02", "--progress", "101"], "at most 100"),
            (["QH02", "--progress=-3"], "not a number"),
            (["QH02", "--progress", "7O"], "not a number"),
            (["QH02", "--progress", "50", "--on", tomorrow], "after today"),
            (["QH02", "--progress", "50", "--on", "2020-01-01"], "before the assignment was given"),
            (["QH02", "--progress", "50", "--note", "a\u{1B}[2Jb"], "control character"),
            (["QH02", "--progress", "50", "--note", "a\tb"], "a tab"),
            (["QH02", "--progress", "50", "--note", "a\rb"], "carriage return"),
            (["QH02", "--progress", "50", "--note", "a\u{202E}b"], "control character"),
            (["NOPE", "--progress", "50"], "unknown assignment"),
        ]
        for c in cases {
            let r = try UpdateRun.run(["update"] + c.args + ["--data", data.path])
            #expect(r.status == 1, "\(c.args)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains("nothing written") && r.stderr.contains(c.says), "\(c.args): \(r.stderr)")
        }
        let bad = try UpdateRun.run(["update", "QH02", "--progress", "1", "--status", "finished", "--data", data.path])
        #expect(bad.status != 0 && bad.stderr.contains("not a status"))

        // A file whose header lacks `by`: the report cannot say who wrote it.
        var text = try data.text(Self.file)
        text = text.replacingOccurrences(of: "status,by\n", with: "status\n").replacingOccurrences(
            of: ",\n", with: "\n")
        try data.write(Self.file, text)
        let old = try data.contents()
        let noBy = try UpdateRun.run(["update", "QH02", "--progress", "5", "--on", "2024-04-02", "--data", data.path])
        #expect(noBy.status == 1 && noBy.stderr.contains("no 'by' column"))
        #expect(try data.contents() == old)

        // read_only in the config file.
        try data.write(Self.file, try #require(before[Self.file] ?? nil))
        let config = data.root + "/config/ezboard"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try "read_only = true\n".write(toFile: config + "/config.toml", atomically: false, encoding: .utf8)
        let ro = try UpdateRun.run(
            ["update", "QH02", "--progress", "5", "--on", "2024-04-02", "--data", data.path],
            environment: ["XDG_CONFIG_HOME": data.root + "/config"])
        #expect(ro.status == 1 && ro.stderr.contains("read_only"))
        #expect(try data.contents() == before)
    }

    @Test("Notes round-trip exactly: commas, quotes, line breaks, Vietnamese in NFC and NFD, from stdin too")
    func roundTrip() throws {
        let data = try DataCopy()
        let note = Self.note(1, 2) + "\n  indented, \"\"doubled\"\" "
        let r = try UpdateRun.run([
            "update", "QH02", "--progress", "12.5", "--status", "blocked", "--note", note,
            "--on", "2024-04-02", "--data", data.path,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let after = try data.bytes(Self.file)
        #expect(Array(after.suffix(r.stdout.count)) == r.stdout)
        let field = "\"" + note.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        #expect(r.stdout == Array("QH02,2024-04-02,12.5,\(field),blocked,\(Self.login)\n".utf8))

        let fromStdin = try UpdateRun.run(
            ["update", "QH03", "--progress", "40", "--note", "-", "--on", "2024-04-02", "--data", data.path],
            input: Array((note + "\n").utf8))
        #expect(fromStdin.status == 0, "\(fromStdin.stderr)")
        #expect(fromStdin.row.hasPrefix("QH03,2024-04-02,40,\(field),"))

        let folder = try DataFolder.load(data.path)
        let mine = folder.dataSet.taskUpdates.filter { $0.on == Day(year: 2024, month: 4, day: 2) }
        #expect(mine.count == 2)
        // The loader reads text as NFC (data-format.md); the bytes on disk are as typed.
        let nfc = note.precomposedStringWithCanonicalMapping
        #expect(mine.allSatisfy { $0.note == nfc && $0.by == Self.login })
        #expect(mine.first?.progressPct == 12.5 && mine.first?.status == .blocked)
    }

    /// The login the test runs as (what `by` must say).
    static var login: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }

    /// A date `seconds` from now, `YYYY-MM-DD` (UTC+7, as far ahead as it gets).
    static func day(offset seconds: Int) -> String {
        var t = time(nil) + seconds + 7 * 3600
        var parts = tm()
        gmtime_r(&t, &parts)
        return String(format: "%04d-%02d-%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday)
    }
}

/// What each writer printed, gathered from many threads.
final class Printed: @unchecked Sendable {
    private var rows: [[(Int32, [UInt8])]]
    private let lock = NSLock()
    init(_ writers: Int) { rows = Array(repeating: [], count: writers) }
    func add(_ writer: Int, _ r: UpdateRun?) {
        lock.lock()
        rows[writer].append((r?.status ?? -1, r?.stdout ?? []))
        lock.unlock()
    }
    var all: [(Int32, [UInt8])] { rows.flatMap { $0 } }
}
