/// Year-to-date sums, the pace toward the year's target and monthly
/// series over rows that carry a month: the arithmetic trade and output
/// share (docs/report-json.md defines each figure).
///
/// Let *Y* and *m* be the year and month of the as-of date. The year to
/// date is months 1…*m* of *Y*; the same period last year is months 1…*m*
/// of *Y*−1, and it counts only when every one of those months has a row,
/// so a missing month never passes for a fall in trade.
public struct YearToDate: Sendable, Equatable {
    /// The as-of year *Y*.
    public var year: Int
    /// The as-of month *m* (1–12).
    public var month: Int
    /// Sum over the months of `year` up to and including the as-of month.
    public var total: Double
    /// `total` when a month of the year has data; nil with none (no
    /// figure, not 0).
    public var totalWithData: Double? { monthsWithData > 0 ? total : nil }
    /// Months of that span that have at least one row.
    public var monthsWithData: Int
    /// The year's target, when `targets.csv` has one.
    public var target: Double?
    /// Months 1…m of the year before; nil unless each of them has a row.
    public var samePeriodLastYear: Double?
    /// The whole year before; nil unless each of its 12 months has a row.
    public var lastYearTotal: Double?

    public init(
        year: Int, month: Int, total: Double, monthsWithData: Int, target: Double? = nil,
        samePeriodLastYear: Double? = nil, lastYearTotal: Double? = nil
    ) {
        self.year = year
        self.month = month
        self.total = total
        self.monthsWithData = monthsWithData
        self.target = target
        self.samePeriodLastYear = samePeriodLastYear
        self.lastYearTotal = lastYearTotal
    }

    /// The straight line: `total × 12 / monthsWithData`; nil when no month
    /// has data.
    public var projected: Double? {
        monthsWithData > 0 ? total * 12 / Double(monthsWithData) : nil
    }

    /// The change against the same period last year, in percent
    /// (`+92.6`); nil without that period, when it is 0, or when no month
    /// of this year has data (a year to date of nothing is no figure).
    public var yoyPct: Double? { monthsWithData > 0 ? changePct(total, from: samePeriodLastYear) : nil }

    /// Last year's seasonal shape: `total × lastYearTotal / samePeriodLastYear`.
    /// Nil unless all 12 months of last year have rows and the same period
    /// is above 0 (and some month of this year has data).
    public var projectedSeasonal: Double? {
        guard monthsWithData > 0, let full = lastYearTotal, let same = samePeriodLastYear, same > 0 else {
            return nil
        }
        return total * full / same
    }

    /// What each month left must bring to reach the target:
    /// `(target − total) / (12 − m)`, never below 0; nil without a target,
    /// in December (no month is left), or when no month of the year has
    /// data (a year to date of nothing is not a year to date of 0).
    public var requiredMonthly: Double? {
        guard let t = target, month < 12, monthsWithData > 0 else { return nil }
        return max(0, (t - total) / Double(12 - month))
    }

    /// How the year end is projected: by last year's seasons when there is
    /// such a projection, else by the straight line.
    public enum Method: String, Sendable, Equatable {
        case seasonal
        case straightLine = "straight-line"
    }

    /// The projection the verdict uses, and which it is: the seasonal one
    /// when it exists (a straight line over a slow first quarter says
    /// "behind" for a year that is on course), else the straight line.
    public var verdictProjection: (value: Double, method: Method)? {
        if let s = projectedSeasonal { return (s, .seasonal) }
        return projected.map { ($0, .straightLine) }
    }

    /// Share of the target reached so far; nil without a target or when
    /// no month of the year has data (no figure, not 0 %).
    public var fractionOfTarget: Double? { monthsWithData > 0 ? share(total, of: target) : nil }

    /// Where the year-to-date should be for an even pace: the share of the
    /// year's months that have data.
    public var expectedFraction: Double { Double(monthsWithData) / 12 }

    /// On pace when the verdict's projection reaches the target (nil
    /// without a target or a projection).
    public var onTrack: Bool? {
        guard let t = target, let p = verdictProjection else { return nil }
        return p.value >= t
    }

    static func compute<Row>(
        _ rows: [Row], asOf: Day, month: (Row) -> YearMonth, value: (Row) -> Double,
        target: Double?
    ) -> YearToDate {
        let year = asOf.year
        let m = asOf.month
        var total = 0.0
        var months = Set<Int>()
        // Last year, per month (index 0 = January).
        var before = [Double?](repeating: nil, count: 12)
        for r in rows {
            let mo = month(r)
            if mo.year == year, mo.month <= m {
                total += value(r)
                months.insert(mo.index)
            } else if mo.year == year - 1 {
                before[mo.month - 1] = (before[mo.month - 1] ?? 0) + value(r)
            }
        }
        let samePeriod = sumIfComplete(before[0..<m])
        return YearToDate(
            year: year, month: m, total: total, monthsWithData: months.count, target: target,
            samePeriodLastYear: samePeriod, lastYearTotal: sumIfComplete(before[...]))
    }

    /// The sum of months that all have a value; nil when one has none.
    static func sumIfComplete(_ values: ArraySlice<Double?>) -> Double? {
        var sum = 0.0
        for v in values {
            guard let v else { return nil }
            sum += v
        }
        return sum
    }
}

/// `100 × (now / before − 1)`: a change in percent; nil when there is
/// nothing to compare with (no figure, or 0).
public func changePct(_ now: Double, from before: Double?) -> Double? {
    guard let before, before != 0 else { return nil }
    return 100 * (now / before - 1)
}

/// A value per month over consecutive months, oldest first (nil: no row
/// that month): what a chart of months shows.
public struct MonthlyValues: Sendable, Equatable {
    public var months: [YearMonth]
    public var values: [Double?]

    /// The largest value (nil: no month has a row).
    public var peak: Double? { values.compactMap { $0 }.max() }

    /// The year before the as-of year, January to December (what a chart
    /// shows beside this year). Empty when the series does not start in
    /// that January.
    public var lastYear: [Double?] { months.first?.month == 1 ? Array(values.prefix(12)) : [] }

    /// The as-of year, January to the as-of month.
    public var thisYear: [Double?] { months.first?.month == 1 ? Array(values.dropFirst(12)) : [] }

    /// Sums `value` per month for the `count` months ending with `last`.
    static func compute<Row>(
        _ rows: [Row], endingAt last: YearMonth, count: Int, month: (Row) -> YearMonth, value: (Row) -> Double
    ) -> MonthlyValues {
        MonthlyValues(
            months: (0..<count).map { last + ($0 - count + 1) },
            values: monthlySeries(rows, endingAt: last, count: count, month: month, value: value))
    }

    /// From January of the year before `last` to `last`: last year beside
    /// this year, as the screens' charts show them.
    static func twoYears<Row>(
        _ rows: [Row], endingAt last: YearMonth, month: (Row) -> YearMonth, value: (Row) -> Double
    ) -> MonthlyValues {
        compute(rows, endingAt: last, count: 12 + last.month, month: month, value: value)
    }
}

/// Values per month for the `count` months ending with `last` (nil: no row
/// that month), oldest first.
func monthlySeries<Row>(
    _ rows: [Row], endingAt last: YearMonth, count: Int,
    month: (Row) -> YearMonth, value: (Row) -> Double
) -> [Double?] {
    var series = [Double?](repeating: nil, count: count)
    let first = last.index - count + 1
    for r in rows {
        let i = month(r).index - first
        guard i >= 0, i < count else { continue }
        series[i] = (series[i] ?? 0) + value(r)
    }
    return series
}
