/// A calendar date, stored as days since 1970-01-01 (proleptic Gregorian).
///
/// Dates in the data set carry no time zone: they are the province's local
/// dates. Arithmetic on `Day` is plain integer arithmetic, which keeps
/// "days overdue" and "done late" free of time-zone surprises.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var daysSinceEpoch: Int

    public init(daysSinceEpoch: Int) { self.daysSinceEpoch = daysSinceEpoch }

    /// Nil when the date does not exist (2023-02-29, month 13, …).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= Day.daysIn(year: year, month: month)
        else { return nil }
        daysSinceEpoch = Day.daysFromCivil(year, month, day)
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(_ text: some StringProtocol) {
        var utf8 = Array(text.utf8)
        guard let day = utf8.withUnsafeMutableBufferPointer({ Day.parse(UnsafeBufferPointer($0)) })
        else { return nil }
        self = day
    }

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }
    public var yearMonth: YearMonth {
        let c = civil
        return YearMonth(year: c.year, month: c.month)
    }

    public static func < (a: Day, b: Day) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }
    public static func + (a: Day, days: Int) -> Day { Day(daysSinceEpoch: a.daysSinceEpoch + days) }
    public static func - (a: Day, b: Day) -> Int { a.daysSinceEpoch - b.daysSinceEpoch }

    /// `YYYY-MM-DD`.
    public var description: String {
        let c = civil
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }

    public var civil: (year: Int, month: Int, day: Int) { Day.civilFromDays(daysSinceEpoch) }

    public static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days: exact for every
    // Gregorian date, no tables, no Foundation calendar.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Parses exactly `YYYY-MM-DD` from bytes.
    public static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Day? {
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
        // Each digit straight from its byte (a byte below '0' wraps round
        // above 9), without a loop per part.
        let d0 = b[0] &- 0x30
        let d1 = b[1] &- 0x30
        let d2 = b[2] &- 0x30
        let d3 = b[3] &- 0x30
        let d5 = b[5] &- 0x30
        let d6 = b[6] &- 0x30
        let d8 = b[8] &- 0x30
        let d9 = b[9] &- 0x30
        guard d0 < 10, d1 < 10, d2 < 10, d3 < 10, d5 < 10, d6 < 10, d8 < 10, d9 < 10 else { return nil }
        let y = Int(d0) * 1000 + Int(d1) * 100 + Int(d2) * 10 + Int(d3)
        let m = Int(d5) * 10 + Int(d6)
        let d = Int(d8) * 10 + Int(d9)
        // A day up to the 28th of a month exists in every year: no need to
        // ask the month's length, and a year from 1 on needs no care for
        // negative eras (one on every row of a big file: make bench).
        if y >= 1, m >= 1, m <= 12, d >= 1, d <= 28 { return Day(daysSinceEpoch: daysFromCivil(positive: y, m, d)) }
        return Day(year: y, month: m, day: d)
    }

    /// `daysFromCivil` for a year of at least 1, in unsigned arithmetic
    /// (divisions by constants without sign fix-ups); the same result.
    @inline(__always)
    static func daysFromCivil(positive y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = UInt(m <= 2 ? y0 - 1 : y0)
        let era = y / 400
        let yoe = y - era * 400
        let mp = UInt(m > 2 ? m - 3 : m + 9)
        let doy = (153 * mp + 2) / 5 + UInt(d) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Int(era * 146097 + doe) - 719468
    }
}

/// A calendar month, stored as `year * 12 + (month - 1)` so that months
/// compare and subtract as integers.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var index: Int
    public init(index: Int) { self.index = index }
    public init(year: Int, month: Int) { index = year * 12 + (month - 1) }

    /// Parses `YYYY-MM` exactly.
    public init?(_ text: some StringProtocol) {
        var utf8 = Array(text.utf8)
        guard let m = utf8.withUnsafeMutableBufferPointer({ YearMonth.parse(UnsafeBufferPointer($0)) })
        else { return nil }
        self = m
    }

    public var year: Int { index / 12 }
    public var month: Int { index % 12 + 1 }
    // Straight from the calendar arithmetic, which holds for any year:
    // the first and the last day of a month always exist.
    public var firstDay: Day { Day(daysSinceEpoch: Day.daysFromCivil(year, month, 1)) }
    public var lastDay: Day {
        Day(daysSinceEpoch: Day.daysFromCivil(year, month, Day.daysIn(year: year, month: month)))
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { a.index < b.index }
    public static func + (a: YearMonth, months: Int) -> YearMonth { YearMonth(index: a.index + months) }

    /// `YYYY-MM`.
    public var description: String { "\(pad(year, 4))-\(pad(month, 2))" }

    public static func parse(_ b: UnsafeBufferPointer<UInt8>) -> YearMonth? {
        guard b.count == 7, b[4] == 0x2D, let y = digits(b, 0, 4), let m = digits(b, 5, 2),
            (1...9999).contains(y), (1...12).contains(m)
        else { return nil }
        return YearMonth(year: y, month: m)
    }
}

/// A moment in time as seconds since 1970-01-01T00:00:00Z, with the
/// province's local time (UTC+7) one step away.
public enum LocalTime {
    /// The province's offset from UTC: Vietnam has no daylight saving time.
    public static let offsetSeconds = 7 * 3600

    /// The local calendar date of an instant.
    @inline(__always)
    public static func day(ofEpochSeconds t: Int64) -> Day {
        let local = t + Int64(offsetSeconds)
        return Day(daysSinceEpoch: Int(local >= 0 ? local / 86400 : (local - 86399) / 86400))
    }

    /// The local hour (0–23) of an instant.
    @inline(__always)
    public static func hour(ofEpochSeconds t: Int64) -> Int {
        let local = t + Int64(offsetSeconds)
        let s = ((local % 86400) + 86400) % 86400
        return Int(s / 3600)
    }

    /// Parses ISO 8601 `YYYY-MM-DDTHH:MM[:SS]` with an optional `Z` or
    /// `±HH:MM`; without an offset the time is the province's local time.
    /// A space instead of `T` is accepted, as spreadsheets write it.
    public static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        var cache = DayCache()
        return parse(b, cache: &cache)
    }

    /// Remembers the last date part parsed: a log's rows mostly share
    /// their date, and the calendar arithmetic is then skipped.
    public struct DayCache {
        var key: UInt64 = 0
        var key2: UInt16 = 0
        var day: Day?
        public init() {}
        init(key: UInt64, key2: UInt16, day: Day) {
            self.key = key
            self.key2 = key2
            self.day = day
        }
    }

    @inline(__always)
    public static func parse(_ b: UnsafeBufferPointer<UInt8>, cache: inout DayCache) -> Int64? {
        guard b.count >= 16, b[10] == 0x54 || b[10] == 0x20, b[13] == 0x3A,
            let h = digits(b, 11, 2), let mi = digits(b, 14, 2), h < 24, mi < 60
        else { return nil }
        // At least 16 bytes (checked above): the buffer has a base address.
        let raw = UnsafeRawPointer(b.baseAddress!)
        let k1 = raw.loadUnaligned(as: UInt64.self)
        let k2 = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        let day: Day
        if let cached = cache.day, cache.key == k1, cache.key2 == k2 {
            day = cached
        } else {
            guard b[4] == 0x2D, b[7] == 0x2D, let y = digits(b, 0, 4), let mo = digits(b, 5, 2),
                let d = digits(b, 8, 2),
                let parsed = Day(year: y, month: mo, day: d)
            else { return nil }
            cache = DayCache(key: k1, key2: k2, day: parsed)
            day = parsed
        }
        var i = 16
        var sec = 0
        if i < b.count, b[i] == 0x3A {
            guard b.count >= 19, let s = digits(b, 17, 2), s < 60 else { return nil }
            sec = s
            i = 19
            // Fractions of a second are accepted and dropped.
            if i < b.count, b[i] == 0x2E {
                i += 1
                let start = i
                while i < b.count, b[i] &- 0x30 < 10 { i += 1 }
                guard i > start else { return nil }
            }
        }
        var offset = offsetSeconds
        if i < b.count {
            if b[i] == 0x5A, i + 1 == b.count {
                offset = 0
            } else if b[i] == 0x2B || b[i] == 0x2D, b.count == i + 6, b[i + 3] == 0x3A,
                let oh = digits(b, i + 1, 2), let om = digits(b, i + 4, 2), oh <= 14, om < 60
            {
                offset = (oh * 3600 + om * 60) * (b[i] == 0x2D ? -1 : 1)
            } else {
                return nil
            }
        }
        return Int64(day.daysSinceEpoch) * 86400 + Int64(h * 3600 + mi * 60 + sec - offset)
    }

    /// Parses a time from text (used by tests and the command line).
    public static func parse(_ text: String) -> Int64? {
        var utf8 = Array(text.utf8)
        return utf8.withUnsafeMutableBufferPointer { parse(UnsafeBufferPointer($0)) }
    }

    /// `YYYY-MM-DD HH:MM` in local time.
    public static func format(epochSeconds t: Int64) -> String {
        let day = self.day(ofEpochSeconds: t)
        let local = t + Int64(offsetSeconds)
        let s = Int(((local % 86400) + 86400) % 86400)
        return "\(day) \(pad(s / 3600, 2)):\(pad(s / 60 % 60, 2))"
    }
}

@inline(__always)
func digits(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
    var v = 0
    for i in start..<(start + count) {
        let d = b[i] &- 0x30
        if d > 9 { return nil }
        v = v * 10 + Int(d)
    }
    return v
}

func pad(_ value: Int, _ width: Int) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

extension Day {
    /// The same day `n` months later (earlier when negative): the last
    /// day of a month goes to the last day of the other month (31 March →
    /// 29 February → 31 January), another day is kept where the other
    /// month has it and else becomes its last day (30 January + 1 month →
    /// 29 February 2024).
    public func addingMonths(_ n: Int) -> Day {
        let c = civil
        let target = YearMonth(year: c.year, month: c.month) + n
        let length = Day.daysIn(year: target.year, month: target.month)
        let isLast = c.day == Day.daysIn(year: c.year, month: c.month)
        let d = isLast ? length : min(c.day, length)
        return Day(daysSinceEpoch: Day.daysFromCivil(target.year, target.month, d))
    }
}
