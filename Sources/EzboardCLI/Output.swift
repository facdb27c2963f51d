#if canImport(Glibc)
import Glibc
#endif
import BoardModel

/// Writing to standard output and error without Foundation.
enum Output {
    static func write(_ text: String) {
        var t = text
        t.withUTF8 { buf in
            var done = 0
            while done < buf.count {
                let n = Glibc.write(1, buf.baseAddress! + done, buf.count - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                done += n
            }
        }
    }

    static func error(_ line: String) {
        var t = line + "\n"
        t.withUTF8 { _ = Glibc.write(2, $0.baseAddress!, $0.count) }
    }
}

/// Today's date in the province (UTC+7), for an empty data set.
enum Clock {
    static func today() -> Day {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return LocalTime.day(ofEpochSeconds: Int64(ts.tv_sec))
    }
}
