#if canImport(Glibc)
import Glibc
#endif

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
        text.withUTF8 { _ = Glibc.write(fd, $0.baseAddress!, $0.count) }
    }
}
