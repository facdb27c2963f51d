#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The write end of the one live `SignalPipe`, for the signal handler,
/// which can reach nothing but globals. Set before any handler is
/// installed and cleared after they are removed.
nonisolated(unsafe) private var signalPipeWriteFD: Int32 = -1

/// Writes the signal number to the pipe: the one thing a handler can do
/// safely (write is async-signal-safe; errno is preserved for the code the
/// signal interrupted).
private let signalPipeHandler: @convention(c) (Int32) -> Void = { sig in
    let saved = errno
    var byte = UInt8(truncatingIfNeeded: sig)
    _ = write(signalPipeWriteFD, &byte, 1)
    errno = saved
}

/// Signals as bytes on a pipe (the self-pipe trick), so one `poll()` waits
/// for keys, file changes and signals alike, and a SIGWINCH that lands
/// between two polls is never lost.
///
/// Create it before `Terminal` opens: curses installs its own handlers
/// for SIGINT, SIGTERM, SIGTSTP and SIGWINCH only where none is set, and
/// its handlers would exit or stop the process behind the app's back.
public final class SignalPipe {
    /// Poll this for `POLLIN`, then call `drain()`.
    public let fd: Int32
    private let writeFD: Int32
    private var saved: [(Int32, sigaction)] = []
    private var closed = false

    /// Nil when no pipe can be made (out of file descriptors).
    public init?(_ signals: [Int32]) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return nil }
        for f in fds {
            _ = fcntl(f, F_SETFL, fcntl(f, F_GETFL) | O_NONBLOCK)
            _ = fcntl(f, F_SETFD, FD_CLOEXEC)
        }
        fd = fds[0]
        writeFD = fds[1]
        signalPipeWriteFD = writeFD
        var set = sigset_t()
        sigemptyset(&set)
        for s in signals {
            var old = sigaction()
            install(s, old: &old)
            saved.append((s, old))
            sigaddset(&set, s)
        }
        // A parent may have left them blocked (a blocked mask is inherited
        // across exec); blocked, they would never reach the pipe.
        _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    deinit { restore() }

    /// Every signal whose default action ends the process (or dumps core)
    /// and that a program may catch, but for the faults `CrashRestore`
    /// handles (SEGV, BUS, ILL, TRAP, ABRT, FPE, SYS): the terminal, the
    /// user's keys (INT, QUIT), hang-ups (HUP), `kill` (TERM), a closed
    /// pipe, timers, limits, the user signals and the real-time ones. Sent
    /// through the pipe, each ends the event loop, the terminal is given
    /// back, and the signal is raised again with its default action, so
    /// the parent sees why the program ended. (KILL and STOP cannot be
    /// caught: nothing can restore a terminal after them.)
    public static let terminating: [Int32] = {
        var s = [
            SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2, SIGXCPU, SIGXFSZ,
            SIGVTALRM, SIGPROF, SIGPOLL, SIGPWR, SIGSTKFLT,
        ]
        // The real-time signals past those the C library keeps for itself.
        let first = __libc_current_sigrtmin()
        let last = __libc_current_sigrtmax()
        if first <= last { s += Array(first...last) }
        return s
    }()

    /// True for a signal that ends the program (`terminating`).
    public static func endsTheProgram(_ sig: Int32) -> Bool { terminating.contains(sig) }

    /// The signals that arrived since the last call, oldest first.
    public func drain() -> [Int32] {
        var out: [Int32] = []
        var buf = [UInt8](repeating: 0, count: 64)
        while true {
            let n = read(fd, &buf, buf.count)
            guard n > 0 else { break }
            out += buf[0..<n].map { Int32($0) }
        }
        return out
    }

    /// Ctrl-Z: stops the process the way the shell expects (the default
    /// SIGTSTP action), returning once it is continued. Call
    /// `Terminal.suspend()` before and `Terminal.resume()` after.
    public func stopProcess() {
        var old = sigaction()
        var dfl = sigaction()
        dfl.__sigaction_handler.sa_handler = SIG_DFL
        _ = sigaction(SIGTSTP, &dfl, &old)
        _ = raise(SIGTSTP)
        _ = sigaction(SIGTSTP, &old, nil)
    }

    /// Puts the handlers back as they were and closes the pipe. Idempotent.
    public func restore() {
        guard !closed else { return }
        closed = true
        for (s, old) in saved {
            var o = old
            _ = sigaction(s, &o, nil)
        }
        saved = []
        if signalPipeWriteFD == writeFD { signalPipeWriteFD = -1 }
        _ = close(fd)
        _ = close(writeFD)
    }

    private func install(_ sig: Int32, old: inout sigaction) {
        var sa = sigaction()
        sa.__sigaction_handler.sa_handler = signalPipeHandler
        sigemptyset(&sa.sa_mask)
        sa.sa_flags = SA_RESTART
        _ = sigaction(sig, &sa, &old)
    }
}
