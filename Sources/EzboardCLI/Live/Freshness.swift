import BoardModel
import BoardView

/// Which overview panels show data older than expected: a monthly file
/// not changed for 35 days, a crossing log not changed for a day (by
/// default; the config file can change both).
struct Freshness: Sendable, Equatable {
    var monthlyDays: Double = 35
    var crossingsDays: Double = 1

    /// The files each panel is made from.
    static let panelFiles: [Panel: [DataFile]] = [
        .trade: [.trade], .output: [.output], .works: [.works], .tasks: [.tasks, .taskUpdates],
    ]

    /// When (seconds since 1970) the next panel will turn stale if nothing
    /// changes: the loop wakes up once then, not periodically.
    func nextChange(_ folder: DataFolder, now: Int64) -> Int64? {
        var times: [Int64] = []
        for (_, files) in Freshness.panelFiles {
            if let newest = files.compactMap({ folder.files[$0.rawValue]?.shownModifiedNanos }).max() {
                times.append(newest / 1_000_000_000 + Int64(monthlyDays * 86400) + 1)
            }
        }
        let logs = folder.files.filter { $0.key.hasPrefix(DataFile.crossingsFolder + "/") }
        if let newest = logs.values.compactMap(\.shownModifiedNanos).max() {
            times.append(newest / 1_000_000_000 + Int64(crossingsDays * 86400) + 1)
        }
        return times.filter { $0 > now }.min()
    }

    func stalePanels(_ folder: DataFolder, now: Int64) -> Set<Panel> {
        var stale = Set<Panel>()
        func age(_ nanos: Int64?) -> Double? { nanos.map { Double(now - $0 / 1_000_000_000) / 86400 } }
        for (panel, files) in Freshness.panelFiles {
            // The newest of the panel's files decides.
            let newest = files.compactMap { folder.files[$0.rawValue]?.shownModifiedNanos }.max()
            if let a = age(newest), a > monthlyDays { stale.insert(panel) }
        }
        let logs = folder.files.filter { $0.key.hasPrefix(DataFile.crossingsFolder + "/") }
        if let newest = logs.values.compactMap(\.shownModifiedNanos).max(), let a = age(newest), a > crossingsDays {
            stale.insert(.trade)
        }
        return stale
    }
}
