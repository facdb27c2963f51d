#if canImport(Glibc)
    import Glibc
#endif

/// When start-up reached each phase (for `make bench`, through `Trace`).
public enum Startup {
    // Two arrays of standard types, not one of tuples or of a struct of
    // ours: their first use then costs no run-time type look-up (~0.1 ms
    // in the static binary, make bench: tty).
    nonisolated(unsafe) static var phases: [String] = []
    nonisolated(unsafe) static var micros: [Int64] = []

    /// Called from the main thread only, before and during start-up.
    public static func mark(_ phase: String) {
        phases.append(phase)
        micros.append(Clock.nowMicros())
    }

    /// `main=0.0 parsed=2.1 loaded=6.3 …` in ms since `main`.
    static var line: String {
        guard let first = micros.first else { return "" }
        return zip(phases, micros).map { "\($0)=\(Double($1 - first) / 1000)" }.joined(separator: " ")
    }
}

/// Timings of the event loop, for `make bench`: with `EZBOARD_TRACE=FILE`
/// each reload and redraw appends a line `reload_ms=… draw_ms=… files=…`
/// to FILE. Off (and free) otherwise.
struct Trace {
    private let fd: Int32

    init() {
        if let path = getenv("EZBOARD_TRACE").map({ String(cString: $0) }), !path.isEmpty {
            fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        } else {
            fd = -1
        }
    }

    var isOn: Bool { fd >= 0 }

    func write(_ line: String) {
        guard fd >= 0 else { return }
        var text = line + "\n"
        // Never empty (it ends in a line feed): its base address exists.
        text.withUTF8 { _ = Glibc.write(fd, $0.baseAddress!, $0.count) }
    }
}
