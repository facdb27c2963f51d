import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program on a pseudo-terminal of its own that the test holds the
/// master side of: to see what happens when that terminal goes away.
///
/// The pty is opened with `O_NOCTTY`: it is not the program's controlling
/// terminal, so closing the master sends it no SIGHUP — it learns of the
/// hang-up from its input alone, as a program does whose terminal is
/// passed to it rather than inherited.
public final class PtyProcess {
    public let pid: pid_t
    private var master: Int32
    private var reaped = false
    public private(set) var output: [UInt8] = []

    public struct Failed: Error, CustomStringConvertible {
        public var description: String
    }

    public init(_ argv: [String], environment: [String: String], rows: Int, cols: Int) throws {
        guard let (m, slavePath) = PseudoTerminal.open() else {
            throw Failed(description: "cannot open a pty (errno \(errno))")
        }
        master = m
        // The size, set on the slave side before the program asks for it.
        let s = open(slavePath, O_RDWR | O_NOCTTY)
        guard s >= 0 else {
            close(m)
            throw Failed(description: "cannot open \(slavePath)")
        }
        var ws = winsize(ws_row: UInt16(rows), ws_col: UInt16(cols), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(s, UInt(TIOCSWINSZ), &ws)

        let started = CleanSpawn.start(argv, environment: environment, grouping: .ownGroup) { actions in
            for fd: Int32 in 0...2 { posix_spawn_file_actions_adddup2(&actions, s, fd) }
            posix_spawn_file_actions_addclose(&actions, s)
        }
        close(s)
        switch started {
        case .success(let child): pid = child
        case .failure(let e):
            close(m)
            throw Failed(description: e.description)
        }
    }

    deinit {
        if !reaped {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        if master >= 0 { close(master) }
    }

    /// Reads what the program writes until `text` has appeared in it.
    public func read(until text: String, timeout: Double = 15) throws {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        var buf = [UInt8](repeating: 0, count: 65536)
        while Date() < deadline {
            if output.count >= needle.count, contains(needle) { return }
            var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 100) >= 0 || errno == EINTR else { break }
            if p.revents & Int16(POLLIN) != 0 {
                let n = systemRead(master, &buf, buf.count)
                if n > 0 { output += buf[0..<n] } else if n < 0 && errno != EINTR && errno != EAGAIN { break }
            }
        }
        if !contains(needle) {
            throw Failed(description: "“\(text)” never came; got \(output.count) bytes")
        }
    }

    private func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, output.count >= needle.count else { return needle.isEmpty }
        return (0...(output.count - needle.count)).contains { output[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// Closes the master side: the terminal is gone.
    public func hangUp() {
        if master >= 0 { close(master) }
        master = -1
    }

    /// Waits for the program to end; its wait status, nil on timeout.
    public func wait(timeout: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var status: Int32 = 0
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid {
                reaped = true
                return status
            }
            if r < 0 && errno != EINTR { return nil }
            usleep(10_000)
        }
        return nil
    }
}

/// `read(2)`, out of reach of `PtyProcess.read`'s name.
private func systemRead(_ fd: Int32, _ buf: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buf, count) }
