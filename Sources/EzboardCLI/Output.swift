import BoardModel
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Writing to standard output and error without Foundation.
///
/// Everything ezboard prints passes here, and here it is made safe
/// (`SafeText.multiline`: control characters, C1 and bidi overrides shown
/// as stand-ins, line breaks kept): a message quoting an id or a file name
/// from the data can set no window title and no clipboard.
enum Output {
    /// Where standard output goes instead, for the commands run inside a
    /// test: a task-local value, so that tests running in parallel each
    /// read their own output (swapping file descriptor 1 made two suites
    /// read each other's). Never set in the program.
    @TaskLocal static var capture: Capture?

    /// Text written while a capture is set.
    final class Capture: Sendable {
        private let bytes = Mutex<[UInt8]>([])

        init() {}

        var text: String { bytes.withLock { String(decoding: $0, as: UTF8.self) } }

        func append(_ text: String) { bytes.withLock { $0.append(contentsOf: text.utf8) } }
    }

    static func write(_ text: String) {
        var t = SafeText.multiline(text)
        if let capture {
            capture.append(t)
            return
        }
        t.withUTF8 { writeOut($0) }
    }

    /// `write` of text given as valid UTF-8: written as it is when
    /// `SafeText.multiline` would leave it so (a long brief, nearly
    /// always), without making it a `String`.
    static func write(utf8: ArraySlice<UInt8>) {
        let safe = capture == nil && utf8.withUnsafeBufferPointer { SafeText.isSafeMultiline($0) }
        guard safe else { return write(String(decoding: utf8, as: UTF8.self)) }
        utf8.withUnsafeBufferPointer { writeOut($0) }
    }

    private static func writeOut(_ buf: UnsafeBufferPointer<UInt8>) {
        // An empty buffer may have no address; there is nothing to write.
        guard let base = buf.baseAddress else { return }
        var done = 0
        while done < buf.count {
            let n = Glibc.write(1, base + done, buf.count - done)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            done += n
        }
    }

    static func error(_ line: String) {
        var t = SafeText.multiline(line) + "\n"
        t.withUTF8 { buf in
            guard let base = buf.baseAddress else { return }
            _ = Glibc.write(2, base, buf.count)
        }
    }
}

/// Values a command keeps until the process ends: freeing a data set of
/// 100,000 rows piece by piece as `run()` returns takes longer than a
/// small report's whole work, and the system takes the memory back at
/// exit anyway.
enum KeepUntilExit {
    nonisolated(unsafe) static var values: [Any] = []

    static func keep(_ value: Any) { values.append(value) }
}

/// Time for the app: today's date in the province (UTC+7) for an empty
/// data set, today's date for the data's future-date check, wall-clock
/// seconds for freshness, and monotonic milliseconds for the event loop's
/// timers.
enum Clock {
    static func today() -> Day { LocalTime.day(ofEpochSeconds: nowSeconds()) }

    /// Today as the data's dates are checked against (a date after it is a
    /// warning, and the default as-of date is not after it): the machine's
    /// local date, or the province's when it is already the next day there
    /// (a crossing logged at 01:30 in Lào Cai is not in the future for a
    /// server on UTC where it is still the evening before).
    static func dataToday() -> Day {
        var t = time_t(nowSeconds())
        var parts = tm()
        guard localtime_r(&t, &parts) != nil,
            let machine = Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        else { return today() }
        return max(machine, today())
    }

    static func nowSeconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec)
    }

    static func nowMicros() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000 + Int64(ts.tv_nsec) / 1000
    }

    static func nowMillis() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000
    }
}
