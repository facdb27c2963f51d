// Issue 16: files that are not what a data folder should hold — special
// files, huge or sparse files, times outside 1677–2262, a log cut short
// while mapped, names that are not UTF-8, links to nothing. Each was a
// crash, a hang or a misleading message; each is now a problem with a place.

import Dispatch
import TestSupport
import Testing

@testable import BoardModel

#if canImport(Glibc)
    import Glibc
#endif

/// Runs `body` on a thread of its own and waits at most `seconds`: a test
/// of something that used to hang fails instead of hanging the suite.
/// `unblock` is called on a timeout (to let the stuck thread go).
func finishes<T: Sendable>(
    within seconds: Double, unblock: () -> Void = {}, _ body: @escaping @Sendable () throws -> T
) -> T? {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        box.value = try? body()
        done.signal()
    }
    if done.wait(timeout: .now() + seconds) == .timedOut {
        unblock()
        _ = done.wait(timeout: .now() + 5)
        return nil
    }
    return box.value
}

final class ResultBox<T>: @unchecked Sendable { var value: T? }

/// Sets a file's modification time (seconds since 1970, any value).
func setModified(_ path: String, seconds: Int64) {
    var times = [timespec(tv_sec: Int(seconds), tv_nsec: 0), timespec(tv_sec: Int(seconds), tv_nsec: 0)]
    precondition(utimensat(AT_FDCWD, path, &times, 0) == 0, "utimensat \(path)")
}

/// Makes a sparse file of `size` bytes (no data written: cheap).
func makeSparse(_ path: String, size: Int) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    precondition(fd >= 0)
    precondition(ftruncate(fd, off_t(size)) == 0)
    close(fd)
}

@Suite("Hostile files")
struct HostileFileTests {
    /// Item 2: `touch -d 2300-01-01 units.csv` trapped every command
    /// (nanoseconds since 1970 overflow an Int64 past 2262).
    @Test func fileTimesOutsideNanosecondRangeLoadAndChangesAreSeen() throws {
        let y2300: Int64 = 10_413_792_000
        let y1600: Int64 = -11_676_096_000
        try withTempFolder(Minimal.files) { root in
            setModified(root + "/units.csv", seconds: y2300)
            setModified(root + "/gates.csv", seconds: y1600)
            var f = try DataFolder.load(root)
            #expect(f.problems.isEmpty)
            #expect(f.files["units.csv"]?.fingerprint?.modifiedSeconds == y2300)
            #expect(f.files["units.csv"]?.shownModifiedNanos == .max)
            // Some file systems keep times from 1901 only.
            let early = try #require(f.files["gates.csv"]?.fingerprint?.modifiedSeconds)
            #expect(f.files["gates.csv"]?.shownModifiedNanos == (early < -9_223_372_036 ? .min : early * 1_000_000_000))
            // Another time past 2262 is still a change.
            setModified(root + "/units.csv", seconds: y2300 + 86400)
            #expect(try f.refresh().contains("units.csv"))
        }
    }

    /// Item 3: a big log mapped and cut short while being read ended the
    /// process with SIGBUS. The read now fails as "changed", nothing more.
    @Test func aMappedFileCutShortWhileReadIsAChangeNotACrash() {
        withTempFolder(bytes: ["log.csv": Array(repeating: 0x61, count: FileIO.mapThreshold * 2)]) { root in
            let path = root + "/log.csv"
            let r = FileIO.withContents(path) { bytes -> Int in
                precondition(truncate(path, 0) == 0)
                var sum = 0
                for i in stride(from: 0, to: bytes.count, by: 4096) { sum += Int(bytes[i]) }
                return sum
            }
            #expect(r == .failure(.changedWhileReading))
            // A later, whole read is fine.
            let again = FileIO.withContents(path) { $0.count }
            #expect(again == .success(0))
        }
    }

    /// A log big enough to be mapped loads through the guard as before.
    @Test func aMappedLogLoadsThroughTheGuard() throws {
        var rows = crossingsHeader
        let row = "2024-01-20T08:00:00,G1,export,24C-123.45,Chuối,1.5,100\n"
        while rows.utf8.count < FileIO.mapThreshold + 4096 { rows += row }
        try withTempFolder(Minimal.with(["crossings/a.csv": rows])) { root in
            let f = try DataFolder.load(root)
            #expect(f.problems.isEmpty)
            #expect(f.dataSet.crossingCount == (rows.utf8.count - crossingsHeader.utf8.count) / row.utf8.count)
        }
    }

    /// Item 5: a FIFO as a data file froze `open()` (and with it the
    /// dashboard, deaf to q, Ctrl-C and SIGTERM); `check` hung forever.
    @Test(arguments: ["crossings/live.csv", "units.csv"])
    func aFIFOIsNotReadAndNeverBlocks(_ rel: String) throws {
        try withTempFolder(Minimal.with([rel: nil, "crossings/a.csv": crossingsHeader])) { root in
            precondition(mkfifo(root + "/" + rel, 0o644) == 0)
            let loaded = finishes(within: 10, unblock: { writeFile(root + "/" + rel, []) }) {
                try DataFolder.load(root)
            }
            let f = try #require(loaded, "loading a folder with a FIFO as \(rel) did not finish")
            let p = f.problems(of: rel)
            #expect(
                p.map(\.description) == [
                    "\(rel):1:1: error: cannot read the file: it is a FIFO (named pipe), not a regular file"
                ])
        }
    }

    /// Item 5: a link to /dev/zero grew memory without bound.
    @Test func aDeviceIsNotRead() throws {
        try withTempFolder(Minimal.files) { root in
            makeFolder(root + "/crossings")
            precondition(symlink("/dev/zero", root + "/crossings/zero.csv") == 0)
            let loaded = finishes(within: 10) { try DataFolder.load(root) }
            let f = try #require(loaded)
            #expect(
                f.problems(of: "crossings/zero.csv").map(\.message) == [
                    "cannot read the file: it is a character device, not a regular file"
                ])
        }
    }

    /// Item 5: a 2 GB sparse log took 2.1 GB of memory and "0 errors".
    /// Files past the stated limits are errors, never read.
    @Test func filesOverTheSizeLimitAreErrorsAndNotRead() throws {
        try withTempFolder(Minimal.files) { root in
            makeFolder(root + "/crossings")
            makeSparse(root + "/crossings/big.csv", size: 2 << 30)
            makeSparse(root + "/units.csv", size: DataFolder.tableSizeLimit + 1)
            let f = try DataFolder.load(root)
            #expect(
                f.problems(of: "crossings/big.csv").map(\.message) == [
                    "cannot read the file: it is 2 GB; ezboard reads files of at most 1 GB here"
                ])
            #expect(
                f.problems(of: "units.csv").map(\.message) == [
                    "cannot read the file: it is 64.0 MB; ezboard reads files of at most 64 MB here"
                ])
        }
    }

    /// Item 12: a log whose name is not UTF-8 was "vanished" and never
    /// read: it is opened by the bytes of its name, and named with `\xHH`.
    @Test func aLogWhoseNameIsNotUTF8IsRead() throws {
        try withTempFolder(Minimal.files) { root in
            makeFolder(root + "/crossings")
            let name = RawPath(bytes: Array((root + "/crossings/log").utf8) + [0xFF] + Array(".csv".utf8))
            let text = crossingsHeader + "2024-01-20T08:00:00,G1,export,24C-123.45,Chuối,1.5,100\n"
            let fd = name.withCString { open($0, O_WRONLY | O_CREAT, 0o644) }
            precondition(fd >= 0)
            _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
            close(fd)
            let f = try DataFolder.load(root)
            #expect(f.problems.isEmpty, "\(f.lines)")
            #expect(f.dataSet.crossings.keys.sorted() == ["crossings/log\\xFF.csv"])
            #expect(f.dataSet.crossingCount == 1)
        }
    }

    /// Item 12: a link to nothing said "it has vanished" (a log) or
    /// "required file is missing" (a table): it says what it is.
    @Test(arguments: ["crossings/gone.csv", "units.csv"])
    func aLinkToNothingSaysSo(_ rel: String) throws {
        try withTempFolder(Minimal.with([rel: nil, "crossings/a.csv": crossingsHeader])) { root in
            precondition(symlink(root + "/nowhere.csv", root + "/" + rel) == 0)
            let f = try DataFolder.load(root)
            #expect(
                f.problems(of: rel).map(\.description) == [
                    "\(rel):1:1: error: cannot read the file: it is a symbolic link to something that does not exist"
                ])
        }
    }

    /// Item 12: `--data /etc/passwd` said "no such folder".
    @Test func aDataFolderThatIsAFileSaysSo() {
        withTempFolder(["file.csv": "x\n"]) { root in
            func reason(_ path: String) -> String? {
                do {
                    _ = try DataFolder.load(path)
                    return nil
                } catch {
                    return error.reason
                }
            }
            #expect(reason(root + "/file.csv") == "it is a file, not a folder")
            #expect(reason(root + "/none") == "no such folder")
        }
    }

    /// Item 9: an unreadable `crossings/` folder (here: not a folder at
    /// all) gave no diagnostic; logs read before stay.
    @Test func aCrossingsFolderThatCannotBeReadIsAnError() throws {
        try withTempFolder(Minimal.with(["crossings": "not a folder\n"])) { root in
            let f = try DataFolder.load(root)
            #expect(
                f.problems.map(\.description) == [
                    "crossings:1:1: error: cannot read the folder of crossing logs: it is a file, not a folder; "
                        + "logs read before are still shown"
                ])
        }
    }

    /// Item 9, the same with permissions (root reads anything: skipped then).
    @Test(.enabled(if: getuid() != 0, "root can read any folder"))
    func anUnreadableCrossingsFolderKeepsItsLogs() throws {
        let log = crossingsHeader + "2024-01-20T08:00:00,G1,export,24C-123.45,Chuối,1.5,100\n"
        try withTempFolder(Minimal.with(["crossings/a.csv": log])) { root in
            var f = try DataFolder.load(root)
            #expect(f.dataSet.crossingCount == 1)
            chmod(root + "/crossings", 0)
            defer { chmod(root + "/crossings", 0o755) }
            try f.refresh()
            #expect(f.dataSet.crossingCount == 1)
            #expect(f.problems.map(\.file) == ["crossings"])
        }
    }
}
