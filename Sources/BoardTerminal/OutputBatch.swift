import CNcursesw

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Sends each screen update to the terminal in one `write`.
///
/// Until a program has once left curses mode and come back (`endwin`,
/// then an update), ncurses 6 writes its buffer out after every cursor
/// movement of an update (its screen stays "initial", and `_nc_mvcur`
/// flushes then). A dashboard never suspended sent its first frame in
/// ~105 `write`s and a one-row move in several, each one waking whatever
/// reads the pty (a terminal emulator, `sshd`, a multiplexer).
///
/// So curses writes to a descriptor of its own, a duplicate of standard
/// output; during an update that descriptor is pointed at an in-memory
/// file, and what curses wrote there then goes to the terminal in one
/// `write`. The bytes are the same and in the same order, only carried by
/// fewer writes (`OutputBatchTests` compares the two byte for byte).
///
/// Curses also works the tty's modes and size through that descriptor;
/// it does so during an update only when coming back from `endwin` (not
/// batched: see `Terminal.draw`) or from a signal handler of its own
/// (SIGWINCH, SIGTSTP, SIGINT, SIGTERM, which it installs only where the
/// program left the default action). `Terminal` batches only when the
/// program handles those signals itself, as the dashboard does.
final class OutputBatch {
    /// The stream to give `newterm`: its descriptor is curses' own.
    let stream: UnsafeMutablePointer<FILE>
    private let cursesFD: Int32
    /// The in-memory file an update is written into.
    private let memory: Int32
    /// The bytes of the last update, read back from `memory`.
    private var bytes: [UInt8] = []

    /// Nil where an in-memory file cannot be made (not Linux, or a
    /// kernel without `memfd_create`): curses then writes to the
    /// terminal itself.
    init?() {
        let memory = ezb_memfd("ezboard-update")
        guard memory >= 0 else { return nil }
        let fd = fcntl(1, F_DUPFD_CLOEXEC, 3)
        guard fd >= 0, let stream = fdopen(fd, "w") else {
            if fd >= 0 { close(fd) }
            close(memory)
            return nil
        }
        self.memory = memory
        self.cursesFD = fd
        self.stream = stream
    }

    /// Whether curses would catch a signal that makes it work the tty
    /// during an update (its handlers go where the action is the default).
    static var cursesWouldCatchSignals: Bool {
        [SIGWINCH, SIGTSTP, SIGINT, SIGTERM].contains { sig in
            var old = sigaction()
            guard sigaction(sig, nil, &old) == 0 else { return true }
            return old.__sigaction_handler.sa_handler == nil  // SIG_DFL
        }
    }

    /// Runs `update` (curses' `doupdate`) with curses writing into
    /// memory, then sends what it wrote to the terminal in one `write`.
    func send(_ update: () -> Void) {
        guard ezb_dup_cloexec(memory, cursesFD) >= 0 else {
            update()
            return
        }
        update()
        // The terminal again, for everything curses writes outside an
        // update (`endwin`, keypad and mouse modes).
        _ = ezb_dup_cloexec(1, cursesFD)
        let count = Int(lseek(memory, 0, SEEK_CUR))
        _ = lseek(memory, 0, SEEK_SET)
        guard count > 0 else { return }
        if bytes.count < count { bytes = [UInt8](repeating: 0, count: count) }
        bytes.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            let got = pread(memory, base, count, 0)
            if got > 0 { Self.writeAll(cursesFD, base, got) }
        }
    }

    /// Writes all of it, as curses does: again after a signal or a full
    /// non-blocking tty (waiting for room, where curses spins), giving up
    /// on any other error (the terminal is gone).
    private static func writeAll(_ fd: Int32, _ base: UnsafeMutableRawPointer, _ count: Int) {
        var done = 0
        while done < count {
            let n = write(fd, base + done, count - done)
            if n > 0 {
                done += n
            } else if n < 0 && errno == EINTR {
                continue
            } else if n < 0 && errno == EAGAIN {
                var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                _ = poll(&p, 1, -1)
            } else {
                return
            }
        }
    }

    /// Closes curses' stream (after `delscreen`: `endwin` writes to it)
    /// and the in-memory file.
    func release() {
        fclose(stream)
        close(memory)
    }
}
