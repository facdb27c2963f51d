/// Vehicles per local day (UTC+7), gate and direction in one chunk of a
/// crossing log, made once when the chunk is made.
///
/// Walking the as-of date recomputes every figure; the charts of days and
/// weeks, the as-of rule and the check for dates far ahead then read these
/// few entries (one per day, gate and direction that saw a vehicle)
/// instead of going through a million rows again.
public struct DayCounts: Sendable, Equatable {
    /// Days since 1970-01-01 (local), ascending.
    public private(set) var day: [Int32] = []
    /// `gate << 1 | direction` (0 export, 1 import), ascending within a day.
    public private(set) var gateDirection: [UInt32] = []
    public private(set) var count: [UInt32] = []

    public init() {}

    /// Counts the rows of `time`, `gate`, `direction` (equal lengths).
    /// Rows in time order (the usual log) are counted day by day in one
    /// pass; rows out of order are counted the same way and the entries
    /// sorted and merged afterwards.
    init(time: [Int64], gate: [UInt16], direction: [UInt8]) {
        guard !time.isEmpty else { return }
        var slots = [UInt32](repeating: 0, count: 32)
        var touched: [Int] = []
        var dayStart = Int64.max
        var dayEnd = Int64.min
        var currentDay: Int32 = 0
        var inOrder = true
        func flush() {
            touched.sort()
            for s in touched {
                day.append(currentDay)
                gateDirection.append(UInt32(s))
                count.append(slots[s])
                slots[s] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        for i in time.indices {
            let t = time[i]
            if t < dayStart || t >= dayEnd {
                flush()
                let d = LocalTime.day(ofEpochSeconds: t).daysSinceEpoch
                if Int32(truncatingIfNeeded: d) < currentDay && !day.isEmpty { inOrder = false }
                currentDay = Int32(truncatingIfNeeded: d)
                dayStart = Int64(d) * 86400 - Int64(LocalTime.offsetSeconds)
                dayEnd = dayStart + 86400
            }
            let s = Int(gate[i]) << 1 | Int(direction[i] & 1)
            if s >= slots.count { slots += [UInt32](repeating: 0, count: s + 1 - slots.count) }
            if slots[s] == 0 { touched.append(s) }
            slots[s] &+= 1
        }
        flush()
        if !inOrder { mergeOutOfOrder() }
    }

    /// Sorts the entries by day and slot and adds up repeats (a log whose
    /// rows are not in time order).
    private mutating func mergeOutOfOrder() {
        let order = day.indices.sorted { (day[$0], gateDirection[$0]) < (day[$1], gateDirection[$1]) }
        var d: [Int32] = []
        var g: [UInt32] = []
        var c: [UInt32] = []
        for i in order {
            if let last = d.last, last == day[i], g.last == gateDirection[i] {
                c[c.count - 1] &+= count[i]
            } else {
                d.append(day[i])
                g.append(gateDirection[i])
                c.append(count[i])
            }
        }
        (day, gateDirection, count) = (d, g, c)
    }

    /// The entries of the days `from…through` (inclusive): a range of
    /// indices into the three columns.
    public func entries(from: Day, through: Day) -> Range<Int> {
        lowerBound(Int32(clamping: from.daysSinceEpoch))..<lowerBound(Int32(clamping: through.daysSinceEpoch) &+ 1)
    }

    private func lowerBound(_ d: Int32) -> Int {
        var lo = 0
        var hi = day.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if day[mid] < d { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
