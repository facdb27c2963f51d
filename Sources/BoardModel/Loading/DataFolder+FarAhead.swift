extension DataFolder {
    /// A warning at each observation more than a year after all the others
    /// (`AsOf.farAhead`): most often a mistyped year that is not after
    /// today (one after today has its own warning already). The default
    /// as-of date ignores them. A crossing log, whose rows keep no line
    /// numbers, gets one warning for all of its own.
    func farAheadProblems() -> [Problem] {
        let counts = observationCounts
        guard let limit = AsOf.farAhead(counts) else { return [] }
        let last = today ?? Day(daysSinceEpoch: Int(Int32.max))
        let before = counts.keys.filter { $0 < limit }.max()
        let tail = before.map { " (the latest before it is \($0))" } ?? ""
        var out: [Problem] = []
        for (rel, state) in files {
            switch state.shown {
            case .table(let t)?:
                for o in t.observed where o.day >= limit && o.day <= last {
                    out.append(
                        .warning(
                            rel, o.line, o.column,
                            "\(o.day) is more than a year after every other observation\(tail): "
                                + "check the year; it is not used for the default as-of date"))
                }
            case .crossings(let r)?:
                var n = 0
                // None when the limit is after today (a crossing between
                // them is neither: `entries` takes no empty span).
                for chunk in r.log.chunks where limit <= last {
                    let c = chunk.days
                    for i in c.entries(from: limit, through: last) {
                        n += Int(c.count[i])
                    }
                }
                if n > 0 {
                    out.append(
                        .warning(
                            rel, 1, 1,
                            "\(n) crossing\(n == 1 ? " is" : "s are") on or after \(limit), more than a year after "
                                + "every other observation\(tail): check the gate system's clock"))
                }
            case nil: break
            }
        }
        return out
    }
}

extension DataFolder {
    /// `AsOf.observationCounts` of the data set as shown, for `today`:
    /// counted from the days each file's read kept (`TableRows.observed`,
    /// one per kept row that observes a day) rather than from the
    /// records, which are copied one by one to be read (50,000 progress
    /// reports: a tenth of what `ezboard brief` did after the read, and it
    /// was done twice, for these warnings and for the as-of date). Same
    /// counts (`ObservationCountTests`).
    func countObservations() -> [Day: Int] {
        var counts: [Day: Int] = [:]
        for state in files.values {
            guard case .table(let t)? = state.shown, !t.observed.isEmpty else { continue }
            let monthly = t.file.spec.observedColumn?.type == .month
            AsOf.count(
                days: t.observed.map { AsOf.countedDay($0.day, monthly: monthly, today: today).daysSinceEpoch },
                into: &counts)
        }
        AsOf.countCrossingDays(in: dataSet, into: &counts)
        return counts
    }

    /// The default as-of date for this folder (`AsOf.latestObservation`
    /// of its data set, not after `today`), from the counts made at the
    /// latest reload.
    public func latestObservation() -> Day? {
        AsOf.latest(currentObservationCounts, today: today)
    }

    /// `observationCounts` for `today` as it is now (counted again when
    /// `today` has moved since the latest reload).
    public var currentObservationCounts: [Day: Int] {
        countedToday == today ? observationCounts : countObservations()
    }
}
