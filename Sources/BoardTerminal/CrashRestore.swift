import BoardModel
import CNcursesw

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the crash handler needs, prepared while the terminal opens: a
/// handler may not allocate, so everything lives in memory made before.
private struct CrashState {
    static let capacity = 256
    var bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    var count = 0
    var shellModes = termios()
    /// The handlers are installed.
    var armed = false
    /// The terminal is ours now (open and not suspended).
    var active = false
    /// The actions the handler replaced, indexed by signal number.
    var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
}

nonisolated(unsafe) private var crashState: UnsafeMutablePointer<CrashState>?

/// Gives the terminal back even when the process dies of a fatal signal
/// (a Swift runtime trap is SIGILL or SIGTRAP, a bad access SIGSEGV or
/// SIGBUS, `abort` SIGABRT), so a crash never leaves the user's shell on
/// the alternate screen with echo off: writes the terminal's own "leave"
/// sequences, puts back the shell's tty modes, then lets the previous
/// action run (Swift's backtracer, or the default: a core dump).
///
/// A SIGBUS from a data file cut short while it is mapped is no crash:
/// `MappedFileGuard` absorbs it (the loader reads the file again), so it
/// is asked first and the terminal stays as it is.
enum CrashRestore {
    static let signals = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS]

    /// Call after `newterm`, with the tty modes from before it.
    static func arm(shellModes: termios, mouse: Bool) {
        var seq: [UInt8] = []
        for cap in ["sgr0", "cnorm", "rmkx"] { seq += capability(cap) }
        if mouse { seq += Array("\u{1B}[?1006l\u{1B}[?1000l".utf8) }
        seq += capability("rmcup")
        let s: UnsafeMutablePointer<CrashState>
        if let existing = crashState {
            s = existing
        } else {
            s = .allocate(capacity: 1)
            s.initialize(to: CrashState())
            crashState = s
        }
        disarm()
        let n = min(seq.count, CrashState.capacity)
        for i in 0..<n { s.pointee.bytes[i] = seq[i] }
        s.pointee.count = n
        s.pointee.shellModes = shellModes
        for sig in signals {
            var sa = sigaction()
            sa.__sigaction_handler.sa_sigaction = crashHandler
            sigemptyset(&sa.sa_mask)
            sa.sa_flags = Int32(SA_NODEFER | SA_SIGINFO)
            _ = sigaction(sig, &sa, s.pointee.previous + Int(sig))
        }
        s.pointee.armed = true
        s.pointee.active = true
    }

    /// While suspended the screen is the shell's: nothing to give back.
    static func setActive(_ on: Bool) {
        guard let s = crashState, s.pointee.armed else { return }
        s.pointee.active = on
    }

    /// Puts the previous actions back (the terminal was closed normally).
    static func disarm() {
        guard let s = crashState, s.pointee.armed else { return }
        s.pointee.active = false
        s.pointee.armed = false
        for sig in signals { _ = sigaction(sig, s.pointee.previous + Int(sig), nil) }
    }

    /// A terminfo string without its padding (`$<5>`), or nothing.
    private static func capability(_ name: String) -> [UInt8] {
        guard let p = tigetstr(name), Int(bitPattern: p) != -1 else { return [] }
        var out: [UInt8] = []
        var skipping = false
        var bytes = Array(String(cString: p).utf8)[...]
        while let b = bytes.popFirst() {
            if skipping {
                if b == UInt8(ascii: ">") { skipping = false }
                continue
            }
            if b == UInt8(ascii: "$"), bytes.first == UInt8(ascii: "<") {
                skipping = true
                continue
            }
            out.append(b)
        }
        return out
    }
}

private let crashHandler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
    sig, info, _ in
    if sig == SIGBUS && MappedFileGuard.absorb(info) { return }
    guard let s = crashState else { return }
    if s.pointee.active {
        s.pointee.active = false
        _ = write(1, s.pointee.bytes, s.pointee.count)
        _ = tcsetattr(0, TCSANOW, &s.pointee.shellModes)
    }
    _ = sigaction(sig, s.pointee.previous + Int(sig), nil)
    _ = raise(sig)
}
