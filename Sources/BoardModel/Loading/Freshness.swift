/// Where a figure's data comes from, for telling how current it is: one
/// of the table files, or the crossing logs (any number of files in
/// `crossings/`, the newest deciding).
public enum DataFeed: Hashable, Sendable {
    case file(DataFile)
    case crossingLogs

    /// The crossing log is written as vehicles pass and goes stale in a
    /// day; the monthly exports and the committee's lists in weeks.
    var isLog: Bool { self == .crossingLogs }
}

/// How old data may get before the dashboard marks it stale: the config
/// file's `[stale]` section.
public struct StaleThresholds: Sendable, Equatable {
    /// Table files (monthly exports, works, assignments), in days.
    public var monthlyDays: Double
    /// The crossing logs, in days.
    public var crossingsDays: Double

    public init(monthlyDays: Double = 35, crossingsDays: Double = 1) {
        self.monthlyDays = monthlyDays
        self.crossingsDays = crossingsDays
    }

    /// The age in whole seconds a feed (of its kind) may reach and still
    /// be current.
    func allowedSeconds(_ feed: DataFeed) -> Int64 {
        Int64((feed.isLog ? crossingsDays : monthlyDays) * 86400)
    }
}

/// How current each feed of a data folder is at one moment: which data is
/// stale, and when the next piece will be. The dashboard marks a panel
/// from the feeds it declares; the event loop wakes up once, at the next
/// change, instead of ticking.
public struct Freshness: Sendable, Equatable {
    /// When each feed's shown version was written (seconds since 1970):
    /// the newest of its files. A feed with no file is absent.
    public var written: [DataFeed: Int64]
    public var thresholds: StaleThresholds
    /// The moment this describes (seconds since 1970).
    public var now: Int64

    public init(written: [DataFeed: Int64] = [:], thresholds: StaleThresholds = StaleThresholds(), now: Int64 = 0) {
        self.written = written
        self.thresholds = thresholds
        self.now = now
    }

    /// The feeds of a loaded folder at `now`.
    public init(_ folder: DataFolder, thresholds: StaleThresholds, now: Int64) {
        var written: [DataFeed: Int64] = [:]
        let logPrefix = DataFile.crossingsFolder + "/"
        for (path, state) in folder.files {
            guard let nanos = state.shownModifiedNanos else { continue }
            let feed: DataFeed
            if path.hasPrefix(logPrefix) {
                feed = .crossingLogs
            } else if let file = DataFile(rawValue: path) {
                feed = .file(file)
            } else {
                continue
            }
            written[feed] = max(written[feed] ?? .min, nanos / 1_000_000_000)
        }
        self.init(written: written, thresholds: thresholds, now: now)
    }

    /// The moments data made from `feeds` turns stale, one per kind of
    /// feed (tables, the crossing log): the newest of its feeds of that
    /// kind, plus what that kind is allowed. A panel made from the
    /// assignments and their reports is current while either file is.
    /// (Read on every frame for every panel: no allocation.)
    func staleMoments(_ feeds: [DataFeed]) -> (tables: Int64?, logs: Int64?) {
        var tables: Int64?
        var logs: Int64?
        for feed in feeds {
            guard let t = written[feed] else { continue }
            if feed.isLog { logs = max(logs ?? t, t) } else { tables = max(tables ?? t, t) }
        }
        return (
            tables.map { $0 + thresholds.allowedSeconds(.file(.trade)) + 1 },
            logs.map { $0 + thresholds.allowedSeconds(.crossingLogs) + 1 }
        )
    }

    /// Whether data made from `feeds` is older than allowed (by any kind
    /// of its feeds). Feeds without a known time never are.
    public func isStale(_ feeds: [DataFeed]) -> Bool {
        let m = staleMoments(feeds)
        return (m.tables.map { $0 <= now } ?? false) || (m.logs.map { $0 <= now } ?? false)
    }

    /// The first moment after `now` at which data made from one of
    /// `groups` turns stale, if nothing changes before: when the loop must
    /// wake up to mark it.
    public func nextChange(_ groups: [[DataFeed]]) -> Int64? {
        groups.flatMap { g -> [Int64] in
            let m = staleMoments(g)
            return [m.tables, m.logs].compactMap { $0 }
        }.filter { $0 > now }.min()
    }
}
