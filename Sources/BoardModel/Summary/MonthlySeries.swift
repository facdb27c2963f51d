/// Year-to-date sums, run-rate projection and monthly series over rows
/// that carry a month: the arithmetic trade and output share.
public struct YearToDate: Sendable, Equatable {
    /// The as-of year.
    public var year: Int
    /// Sum over the months of `year` up to and including the as-of month.
    public var total: Double
    /// Months of that span that have at least one row.
    public var monthsWithData: Int
    /// The year's target, when `targets.csv` has one.
    public var target: Double?

    /// `total × 12 / monthsWithData`; nil when no month has data.
    public var projected: Double? {
        monthsWithData > 0 ? total * 12 / Double(monthsWithData) : nil
    }

    /// Share of the target reached so far (nil without a target).
    public var fractionOfTarget: Double? { share(total, of: target) }

    /// Where the year-to-date should be for an even pace: the share of the
    /// year's months that have data.
    public var expectedFraction: Double { Double(monthsWithData) / 12 }

    /// On pace when the projection reaches the target (nil without one).
    public var onTrack: Bool? {
        guard let t = target, let p = projected else { return nil }
        return p >= t
    }

    static func compute<Row>(
        _ rows: [Row], asOf: Day, month: (Row) -> YearMonth, value: (Row) -> Double,
        target: Double?
    ) -> YearToDate {
        let year = asOf.year
        let last = asOf.yearMonth
        var total = 0.0
        var months = Set<Int>()
        for r in rows {
            let m = month(r)
            guard m.year == year, m <= last else { continue }
            total += value(r)
            months.insert(m.index)
        }
        return YearToDate(year: year, total: total, monthsWithData: months.count, target: target)
    }
}

/// A value per month over consecutive months, oldest first (nil: no row
/// that month): what a chart of months shows.
public struct MonthlyValues: Sendable, Equatable {
    public var months: [YearMonth]
    public var values: [Double?]

    /// How many months a screen's chart shows: 15, so the as-of month's
    /// quarter of the year before is on screen too.
    public static let chartMonths = 15

    /// The largest value (nil: no month has a row).
    public var peak: Double? { values.compactMap { $0 }.max() }

    /// Sums `value` per month for the `count` months ending with `last`.
    static func compute<Row>(
        _ rows: [Row], endingAt last: YearMonth, count: Int, month: (Row) -> YearMonth, value: (Row) -> Double
    ) -> MonthlyValues {
        MonthlyValues(
            months: (0..<count).map { last + ($0 - count + 1) },
            values: monthlySeries(rows, endingAt: last, count: count, month: month, value: value))
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
