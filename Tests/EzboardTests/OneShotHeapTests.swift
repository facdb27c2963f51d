import ArgumentParser
import Foundation
import TestSupport
import Testing

@testable import EzboardCLI

/// The one-shot commands' heap (`OneShotHeap`): which commands get it, the
/// huge pages it may advise, and that the real program's advice reaches
/// the kernel.
@Suite("one-shot heap")
struct OneShotHeapTests {
    @Test("brief, report, check and snapshot read the folder once; the dashboard, update and config do not")
    func whichCommands() throws {
        for args in [["brief"], ["report", "--assignments"], ["check"], ["snapshot", "--screen", "units"]] {
            #expect(try Ezboard.parseAsRoot(args) is any ReadsFolderOnce, "\(args)")
        }
        for args in [["dashboard"], ["update", "NV01", "--progress", "50"], ["config", "--default"], []] {
            #expect(!(try Ezboard.parseAsRoot(args) is any ReadsFolderOnce), "\(args)")
        }
        // The forms QuickStart reads: `brief`'s alone.
        #expect(QuickStart.parse(["brief", "--format", "json"])?.readsFolderOnce == true)
        #expect(QuickStart.parse([])?.readsFolderOnce == false)
        #expect(QuickStart.parse(["--data", "x"])?.readsFolderOnce == false)
        #expect(QuickStart.parse(["update", "NV01", "--progress", "50"])?.readsFolderOnce == false)
    }

    @Test("only whole 2 MB pages inside the heap's new part are advised")
    func advisableRange() {
        let mb = 1 << 20
        // 0x0123_4000 .. 0x0300_0000: from the next 2 MB boundary (20 MB)
        // down to the last one (48 MB).
        #expect(OneShotHeap.advisable(from: 0x0123_4000, to: 0x0300_0000) == 20 * mb..<48 * mb)
        #expect(OneShotHeap.advisable(from: 0x0123_4000, to: 0x0312_3456) == 20 * mb..<48 * mb)
        // Already aligned: kept whole.
        #expect(OneShotHeap.advisable(from: 4 * mb, to: 10 * mb) == 4 * mb..<10 * mb)
        // Less than one whole huge page: nothing.
        #expect(OneShotHeap.advisable(from: 4 * mb + 1, to: 7 * mb) == nil)
        #expect(OneShotHeap.advisable(from: 5 * mb, to: 5 * mb) == nil)
    }

    /// The real program, on the sample: held in its final write by a pipe of
    /// one page that nobody reads yet, so that its memory map can be read
    /// (/proc/PID/smaps): part of its heap is marked for huge pages (`hg`). Through QuickStart
    /// (`brief`) and through ArgumentParser (`report`).
    @Test(
        "ezboard brief and report mark their heap for huge pages",
        .enabled(if: OneShotHeapTests.kernelMarksHugePages),
        arguments: [["brief"], ["report", "--format", "json"]])
    func adviceTaken(command: [String]) throws {
        let exe = try #require(Binaries.ezboard)
        let data = Binaries.packageRoot() + "/Data"
        var fds: [Int32] = [-1, -1]
        try #require(pipe(&fds) == 0)
        defer { close(fds[0]) }
        // Closed on exec: a program another test starts meanwhile must not
        // keep the write end open (the read below waits for its end). The
        // child's standard output is a copy made by dup2, kept open.
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        // The smallest pipe: the output (several KB) fills it. (Linux's
        // F_SETPIPE_SZ, which the Glibc module does not export.)
        let setPipeSize: Int32 = 1031
        #expect(fcntl(fds[1], setPipeSize, 4096) >= 0)
        let started = CleanSpawn.start([exe] + command + ["--data", data], environment: ["LANG": "C.UTF-8"]) { a in
            posix_spawn_file_actions_adddup2(&a, fds[1], 1)
            posix_spawn_file_actions_addclose(&a, fds[0])
            posix_spawn_file_actions_addclose(&a, fds[1])
            posix_spawn_file_actions_addopen(&a, 0, "/dev/null", O_RDONLY, 0)
        }
        close(fds[1])
        let pid = try started.get()
        // Full pipe: the program waits in its write, long after reading.
        var waiting = 0
        var unread: Int32 = 0
        while waiting < 1000, ioctl(fds[0], UInt(FIONREAD), &unread) == 0, unread < 4096 {
            usleep(10_000)
            waiting += 1
        }
        let advised = Self.advisedBytes(smaps: Self.smaps("/proc/\(pid)/smaps"))
        var output = [UInt8]()
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fds[0], &buf, buf.count)
            if n > 0 { output += buf[0..<n] } else if n < 0 && errno == EINTR { continue } else { break }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        #expect(status == 0, "exit status")
        #expect(unread == 4096, "the output filled the pipe")
        #expect(output.count > 4096)

        // The step's ends are cut to whole huge pages, and malloc's free
        // rest at the heap's top before it takes part of the step: at
        // least half of it is marked in any case; nothing without.
        #expect(advised >= OneShotHeap.step / 2, "bytes marked for huge pages")
    }

    /// A memory map's text, read to its end (/proc files give no size up
    /// front).
    static func smaps(_ path: String) -> String {
        FileHandle(forReadingAtPath: path).map { String(decoding: $0.readDataToEndOfFile(), as: UTF8.self) } ?? ""
    }

    /// The bytes of the mappings marked for huge pages (`hg` in VmFlags).
    static func advisedBytes(smaps: String) -> Int {
        var advised = 0
        var range = 0..<0
        for line in smaps.split(separator: "\n") {
            let fields = line.split(separator: " ")
            let bounds = (fields.first ?? "").split(separator: "-")
            if bounds.count == 2, let start = Int(bounds[0], radix: 16), let end = Int(bounds[1], radix: 16) {
                range = start..<end
            } else if line.hasPrefix("VmFlags:"), fields.contains("hg") {
                advised += range.count
            }
        }
        return advised
    }

    /// Whether this machine's kernel takes the advice and shows it: tried
    /// on a mapping of this process's own (a kernel without transparent
    /// huge pages refuses it; then there is nothing to see).
    static let kernelMarksHugePages: Bool = {
        let size = 4 << 20
        guard let p = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), p != MAP_FAILED
        else { return false }
        defer { munmap(p, size) }
        guard madvise(p, size, MADV_HUGEPAGE) == 0 else { return false }
        return advisedBytes(smaps: smaps("/proc/self/smaps")) >= size
    }()
}
