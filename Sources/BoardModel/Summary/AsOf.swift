/// The as-of rule (data-format.md): by default the latest observation in
/// the data set — the last day of the latest month of trade or output, the
/// local date of the latest crossing, the latest progress report, project
/// status change or task completion. Due dates never count: they are plans,
/// not observations.
public enum AsOf {
    public static func latestObservation(in d: DataSet) -> Day? {
        var latest: Day?
        func see(_ day: Day?) {
            guard let day else { return }
            if latest == nil || day > latest! { latest = day }
        }
        see(d.trade.map(\.month).max()?.lastDay)
        see(d.output.map(\.month).max()?.lastDay)
        for log in d.crossings.values {
            if let t = log.maxTime { see(LocalTime.day(ofEpochSeconds: t)) }
        }
        see(d.taskUpdates.map(\.on).max())
        see(d.projects.map(\.statusOn).max())
        see(d.tasks.compactMap(\.doneOn).max())
        return latest
    }

    /// The given date, else the latest observation, else nil (an empty data set).
    public static func resolve(_ requested: Day?, in d: DataSet) -> Day? {
        requested ?? latestObservation(in: d)
    }
}
