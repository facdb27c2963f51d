extension DataFolder {
    /// A warning at each observation more than a year after all the others
    /// (`AsOf.farAhead`): most often a mistyped year that is not after
    /// today (one after today has its own warning already). The default
    /// as-of date ignores them. A crossing log, whose rows keep no line
    /// numbers, gets one warning for all of its own.
    func farAheadProblems() -> [Problem] {
        let counts = AsOf.observationCounts(in: dataSet, today: today)
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
                for chunk in r.log.chunks {
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
