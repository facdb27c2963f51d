import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program in a terminal of the test's own: a pseudo-terminal whose
/// master side the test holds, as a terminal emulator does. The test sees
/// every byte the program writes (nothing rewrites them on the way, as
/// tmux would rewrite `TERM` and re-encode the screen), types bytes, and
/// reads the tty's modes after the program has ended.
///
/// The program runs in a session of its own with the pty as its
/// controlling terminal (as in a terminal window): closing the master
/// hangs it up with SIGHUP.
public final class PtyTerminal {
    public let pid: pid_t
    private var master: Int32
    /// The wait status once the program has been reaped.
    public private(set) var status: Int32?
    /// Every byte read so far.
    public private(set) var output: [UInt8] = []
    /// The slave side is closed by everyone (the program and its children
    /// have ended or closed the terminal): nothing more will come.
    public private(set) var ended = false
    /// The tty's modes as the program found them.
    public let initialModes: termios

    public struct Failed: Error, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    /// Starts `argv` (an absolute path first) on a new `cols`×`rows` pty,
    /// with exactly `environment`.
    public init(_ argv: [String], environment: [String: String], rows: Int, cols: Int) throws {
        guard let (m, slavePath) = PseudoTerminal.open() else { throw Failed("cannot open a pty (errno \(errno))") }
        master = m
        // Held open until the program has the slave, so that the size set
        // here sticks and the pty is never without a slave meanwhile.
        let s = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard s >= 0 else {
            close(m)
            throw Failed("cannot open \(slavePath) (errno \(errno))")
        }
        defer { close(s) }
        var ws = winsize(ws_row: UInt16(rows), ws_col: UInt16(cols), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(s, UInt(TIOCSWINSZ), &ws)
        var modes = termios()
        _ = tcgetattr(s, &modes)
        initialModes = modes

        // A session of its own: opening the slave without O_NOCTTY then
        // makes it the controlling terminal.
        let started = CleanSpawn.start(argv, environment: environment, grouping: .ownSession) { actions in
            posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
            posix_spawn_file_actions_adddup2(&actions, 0, 2)
        }
        switch started {
        case .success(let child): pid = child
        case .failure(let e):
            close(m)
            throw Failed(e.description)
        }
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            var st: Int32 = 0
            while waitpid(pid, &st, 0) < 0 && errno == EINTR {}
        }
        if master >= 0 { close(master) }
    }

    // MARK: Reading

    /// Reads what is there, waiting up to `ms` for the first byte.
    /// Returns how many bytes came.
    @discardableResult
    private func pump(waitingMs ms: Int32) -> Int {
        guard master >= 0, !ended else { return 0 }
        var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let n = poll(&p, 1, ms)
        guard n > 0 else { return 0 }
        if p.revents & Int16(POLLIN) == 0 {
            if p.revents & Int16(POLLHUP | POLLERR) != 0 { ended = true }
            return 0
        }
        var buf = [UInt8](repeating: 0, count: 65536)
        let got = systemRead(master, &buf, buf.count)
        if got > 0 {
            output += buf[0..<got]
            return got
        }
        // EIO: every slave descriptor is closed.
        if got == 0 || (errno != EINTR && errno != EAGAIN) { ended = true }
        return 0
    }

    /// Reads until every one of `texts` has appeared in the output (from
    /// `from` on), then until nothing more has come for `quiet` seconds.
    /// Returns the bytes from `from` on.
    @discardableResult
    public func read(
        untilAll texts: [String], from: Int = 0, quiet: Double = 0.3,
        timeout: Double = 30
    ) throws -> ArraySlice<UInt8> {
        let deadline = Date().addingTimeInterval(timeout)
        while !texts.allSatisfy({ Self.find($0, in: output[min(from, output.count)...]) }) {
            guard Date() < deadline, !ended else {
                let missing = texts.filter { !Self.find($0, in: output[min(from, output.count)...]) }
                throw Failed(
                    "\(missing.map { "“\($0)”" }.joined(separator: ", ")) never came "
                        + "(\(output.count - from) bytes; ended: \(ended)); the text so far:\n"
                        + Self.visibleText(output[min(from, output.count)...]))
            }
            pump(waitingMs: 100)
        }
        _ = readUntilQuiet(quiet: quiet, timeout: timeout, needFirstByte: false)
        return output[from...]
    }

    /// Waits up to `timeout` for output to start (unless `needFirstByte`
    /// is false), then reads until nothing has come for `quiet` seconds.
    /// Returns the bytes read meanwhile.
    public func readUntilQuiet(quiet: Double = 0.3, timeout: Double = 30, needFirstByte: Bool = true) -> ArraySlice<
        UInt8
    > {
        let start = output.count
        let deadline = Date().addingTimeInterval(timeout)
        if needFirstByte {
            while output.count == start && !ended && Date() < deadline { pump(waitingMs: 100) }
        }
        var last = Date()
        while !ended && Date() < deadline {
            if pump(waitingMs: 50) > 0 {
                last = Date()
            } else if Date().timeIntervalSince(last) >= quiet {
                break
            }
        }
        return output[start...]
    }

    /// Everything written during the next `seconds`.
    public func read(for seconds: Double) -> ArraySlice<UInt8> {
        let start = output.count
        let deadline = Date().addingTimeInterval(seconds)
        while !ended {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { break }
            pump(waitingMs: Int32(max(1, min(100, left * 1000))))
        }
        return output[start...]
    }

    /// Reads until the slave side is closed by everyone. Returns the bytes
    /// read meanwhile; throws on timeout.
    @discardableResult
    public func readToEnd(timeout: Double = 30) throws -> ArraySlice<UInt8> {
        let start = output.count
        let deadline = Date().addingTimeInterval(timeout)
        while !ended {
            guard Date() < deadline else { throw Failed("the terminal is still open after \(timeout) s") }
            pump(waitingMs: 100)
        }
        return output[start...]
    }

    // MARK: Writing, hanging up, waiting

    /// Types `bytes` (as the terminal would send them).
    public func type(_ bytes: [UInt8]) throws {
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { systemWrite(master, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw Failed("cannot write to the pty (errno \(errno))") }
            done += n
        }
    }

    public func type(_ text: String) throws { try type(Array(text.utf8)) }

    /// Closes the master side: the terminal is gone (its window closed).
    public func hangUp() {
        if master >= 0 { close(master) }
        master = -1
        ended = true
    }

    /// Waits for the program to end; its wait status, nil on timeout.
    public func wait(timeout: Double = 30) -> Int32? {
        if let status { return status }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            var st: Int32 = 0
            let r = waitpid(pid, &st, WNOHANG)
            if r == pid {
                status = st
                return st
            }
            if r < 0 && errno != EINTR { return nil }
            if Date() >= deadline { return nil }
            // Keep the pty drained, so that a program writing at exit
            // never blocks on a full buffer.
            if !ended { pump(waitingMs: 10) } else { usleep(10_000) }
        }
    }

    /// The exit code when the program exited normally, else nil.
    public static func exitCode(_ status: Int32?) -> Int32? {
        guard let status, status & 0x7F == 0 else { return nil }
        return (status >> 8) & 0xFF
    }

    /// How a wait status reads: `exit 0`, `signal 9`.
    public static func describe(_ status: Int32?) -> String {
        guard let status else { return "still running" }
        return status & 0x7F == 0 ? "exit \((status >> 8) & 0xFF)" : "signal \(status & 0x7F)"
    }

    /// The tty's modes now (the master reads the pty's settings).
    public var currentModes: termios? {
        guard master >= 0 else { return nil }
        var t = termios()
        return tcgetattr(master, &t) == 0 ? t : nil
    }

    // MARK: Looking at bytes

    /// Whether `text`'s UTF-8 bytes occur in `bytes`.
    public static func find<C: Collection>(_ text: String, in bytes: C) -> Bool where C.Element == UInt8 {
        find(Array(text.utf8), in: Array(bytes))
    }

    public static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard bytes.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        while i <= bytes.count - needle.count {
            if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// The bytes with escape sequences and control characters removed,
    /// for failure messages.
    public static func visibleText<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var out: [UInt8] = []
        var it = Array(bytes).makeIterator()
        while let b = it.next() {
            if b == 0x1B {
                // ESC [ … final byte, ESC ( B, ESC x.
                guard let c = it.next() else { break }
                if c == UInt8(ascii: "[") {
                    while let d = it.next(), !(0x40...0x7E).contains(d) {}
                } else if c == UInt8(ascii: "(") || c == UInt8(ascii: ")") {
                    _ = it.next()
                }
            } else if b == 0x0A || b == 0x0D {
                out.append(0x0A)
            } else if b >= 0x20 || b == 0x09 {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The parameter lists of every SGR sequence (`ESC [ … m`) in `bytes`,
    /// e.g. `["0;1", "38;5;231", ""]`.
    public static func sgrParameters<C: Collection>(_ bytes: C) -> [String] where C.Element == UInt8 {
        let b = Array(bytes)
        var out: [String] = []
        var i = 0
        while i + 1 < b.count {
            guard b[i] == 0x1B, b[i + 1] == UInt8(ascii: "[") else {
                i += 1
                continue
            }
            var j = i + 2
            while j < b.count, (0x30...0x3F).contains(b[j]) { j += 1 }  // parameter bytes
            if j < b.count, b[j] == UInt8(ascii: "m") {
                out.append(String(decoding: b[(i + 2)..<j], as: UTF8.self))
            }
            i = j
        }
        return out
    }
}

/// `read(2)` and `write(2)`, out of reach of the methods' names.
private func systemRead(_ fd: Int32, _ buf: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buf, count) }
private func systemWrite(_ fd: Int32, _ buf: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buf, count) }
