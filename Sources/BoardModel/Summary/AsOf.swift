/// The as-of rule (data-format.md): by default the latest observation in
/// the data set that is not after today and not far ahead of the others.
/// Each file's spec says which of its values are observations
/// (`TableSpec.observedOn`: the last day of a month of trade or output, a
/// progress report, a work's dated state, a project's status change, a
/// task's completion); so is the local date of every crossing. Due dates
/// never count: they are plans, not observations.
public enum AsOf {
    /// How far ahead of every other observation an observation must be to
    /// be taken for a mistyped year.
    public static let farAheadDays = 365

    /// The observations of a data set: per day, how many rows of the table
    /// files observe it, plus one per crossing log that has crossings that
    /// day (a log counts by its days, so a million crossings do not
    /// outvote the other files).
    public static func observationCounts(in d: DataSet, today: Day? = nil) -> [Day: Int] {
        var counts: [Day: Int] = [:]
        for file in DataFile.allCases { file.spec.countObservations(in: d, today: today, into: &counts) }
        countCrossingDays(in: d, into: &counts)
        return counts
    }

    /// The day a row's observation counts on: a month observed on its
    /// last day counts as observed today while it is the current month
    /// (it has begun: its figures so far are not from the future).
    static func countedDay(_ day: Day, monthly: Bool, today: Day?) -> Day {
        if monthly, let today, day > today, day.yearMonth == today.yearMonth { return today }
        return day
    }

    /// Adds one to `counts` for each of `days` (days since the epoch),
    /// counted in a flat array over their span: a file of 100,000 events
    /// has a few thousand distinct days, and hashing each row's day into
    /// `counts` cost more than reading the file's dates (make bench,
    /// projects). A span wider than a few hundred years (a mistyped year
    /// 9999) is counted by hashing: the flat array would be mostly empty.
    static func count(days: [Int], into counts: inout [Day: Int]) {
        guard let low = days.min(), let high = days.max() else { return }
        guard high - low < 1 << 17 else {
            for day in days { counts[Day(daysSinceEpoch: day), default: 0] += 1 }
            return
        }
        var flat = [Int32](repeating: 0, count: high - low + 1)
        for day in days { flat[day - low] += 1 }
        for (offset, n) in flat.enumerated() where n > 0 {
            counts[Day(daysSinceEpoch: low + offset), default: 0] += Int(n)
        }
    }

    /// One per crossing log per day it has crossings on.
    static func countCrossingDays(in d: DataSet, into counts: inout [Day: Int]) {
        for log in d.crossings.values {
            var days = Set<Int32>()
            for chunk in log.chunks { days.formUnion(chunk.days.day) }
            for day in days { counts[Day(daysSinceEpoch: Int(day)), default: 0] += 1 }
        }
    }

    /// The first day of the observations that are more than a year after
    /// all the others (`farAheadDays`), when they are fewer than the
    /// others: a typed 2025 among the 2024 rows, not a folder whose old
    /// files stopped while one file goes on. Nil when there are none.
    public static func farAhead(_ counts: [Day: Int]) -> Day? {
        let days = counts.keys.sorted()
        let total = counts.values.reduce(0, +)
        var above = 0
        var found: Day?
        // From the latest day down, while the days above stay a minority.
        for i in stride(from: days.count - 1, to: 0, by: -1) {
            above += counts[days[i]] ?? 0
            guard 2 * above < total else { break }
            if days[i] - days[i - 1] > farAheadDays { found = days[i] }
        }
        return found
    }

    /// The default as-of date: the latest observation not after `today`
    /// (nil: no limit) and not far ahead of the others.
    public static func latestObservation(in d: DataSet, today: Day? = nil) -> Day? {
        latest(observationCounts(in: d, today: today), today: today)
    }

    /// The same, from counts already made (`observationCounts`).
    public static func latest(_ counts: [Day: Int], today: Day?) -> Day? {
        let limit = farAhead(counts)
        return counts.keys.filter { day in
            (today.map { day <= $0 } ?? true) && (limit.map { day < $0 } ?? true)
        }.max()
    }

    /// The earliest observation: how far back the as-of date can walk.
    public static func earliestObservation(in d: DataSet) -> Day? {
        observationCounts(in: d).keys.min()
    }

    /// The given date, else the latest observation, else nil (an empty data set).
    public static func resolve(_ requested: Day?, in d: DataSet, today: Day? = nil) -> Day? {
        requested ?? latestObservation(in: d, today: today)
    }
}
