/// The as-of rule (data-format.md): by default the latest observation in
/// the data set. Each file's spec says which of its values are
/// observations (`TableSpec.observedOn`: the last day of a month of trade
/// or output, a progress report, a project's status change, a task's
/// completion); so is the local date of every crossing. Due dates never
/// count: they are plans, not observations.
public enum AsOf {
    public static func latestObservation(in d: DataSet) -> Day? {
        var days = DataFile.allCases.compactMap { $0.spec.latestObservation(in: d) }
        for log in d.crossings.values {
            if let t = log.maxTime { days.append(LocalTime.day(ofEpochSeconds: t)) }
        }
        return days.max()
    }

    /// The given date, else the latest observation, else nil (an empty data set).
    public static func resolve(_ requested: Day?, in d: DataSet) -> Day? {
        requested ?? latestObservation(in: d)
    }
}
