import Testing

@testable import BoardModel

#if canImport(Glibc)
    import Glibc
#endif

// How current the data is (the dashboard's stale marks and its one
// wake-up): each feed's newest file against the `[stale]` thresholds.

@Suite("Freshness")
struct FreshnessTests {
    static let day: Int64 = 86400
    static let now: Int64 = 1_711_861_200

    @Test("A feed is stale once it is older than its kind allows: the tables in days, the crossing log in its own")
    func thresholds() {
        let f = Freshness(
            written: [
                .file(.trade): Self.now - 35 * Self.day, .file(.works): Self.now - 35 * Self.day - 1,
                .crossingLogs: Self.now - Self.day - 1,
            ],
            thresholds: StaleThresholds(monthlyDays: 35, crossingsDays: 1), now: Self.now)
        #expect(!f.isStale([.file(.trade)]), "exactly 35 days old is still current")
        #expect(f.isStale([.file(.works)]))
        #expect(f.isStale([.crossingLogs]))
        // A trade panel is stale when either its monthly file or its log is.
        #expect(f.isStale([.file(.trade), .crossingLogs]))
        // A feed with no file never is.
        #expect(!f.isStale([.file(.output)]) && !f.isStale([]))
    }

    @Test("Within one kind the newest file decides: assignments are current while their reports are")
    func newestDecides() {
        let f = Freshness(
            written: [.file(.tasks): Self.now - 200 * Self.day, .file(.taskUpdates): Self.now - 2 * Self.day],
            now: Self.now)
        #expect(!f.isStale([.file(.tasks), .file(.taskUpdates)]))
        #expect(f.isStale([.file(.tasks)]))
    }

    @Test("Fractions of a day count to the second, as the config file allows")
    func fractions() {
        let t = StaleThresholds(monthlyDays: 0.5, crossingsDays: 0.000001)
        let f = Freshness(
            written: [.file(.output): Self.now - 43_200, .crossingLogs: Self.now - 1], thresholds: t, now: Self.now)
        #expect(!f.isStale([.file(.output)]))
        #expect(f.isStale([.crossingLogs]), "0.0864 s allowed, 1 s old")
    }

    @Test("The next change is the first moment after now at which one group turns stale; none when nothing will")
    func nextChange() {
        let f = Freshness(
            written: [
                .file(.trade): Self.now - 10 * Self.day, .crossingLogs: Self.now - 3600,
                .file(.works): Self.now - 40 * Self.day,
            ],
            now: Self.now)
        // The log turns stale a day after it was written, one second past.
        #expect(f.nextChange([[.file(.trade), .crossingLogs], [.file(.works)]]) == Self.now - 3600 + Self.day + 1)
        #expect(f.nextChange([[.file(.trade)]]) == Self.now - 10 * Self.day + 35 * Self.day + 1)
        // Already stale, or nothing known: no wake-up for it.
        #expect(f.nextChange([[.file(.works)], [.file(.output)]]) == nil)
        // At that moment it is stale, and the next change is the next one.
        var later = f
        later.now = Self.now - 3600 + Self.day + 1
        #expect(later.isStale([.crossingLogs]))
        #expect(later.nextChange([[.file(.trade), .crossingLogs]]) == Self.now + 25 * Self.day + 1)
    }

    @Test("From a loaded folder: each table file's time, and the newest crossing log's")
    func fromFolder() throws {
        let files = Minimal.files.merging([
            "crossings/a.csv": "time,gate_id,direction,cargo,tonnes,value_usd\n",
            "crossings/b.csv": "time,gate_id,direction,cargo,tonnes,value_usd\n",
        ]) { $1 }
        try withTempFolder(files) { root in
            setTime(root + "/works.csv", 1_700_000_000)
            setTime(root + "/crossings/a.csv", 1_700_100_000)
            setTime(root + "/crossings/b.csv", 1_700_050_000)
            let folder = try DataFolder.load(root)
            let f = Freshness(folder, thresholds: StaleThresholds(), now: Self.now)
            #expect(f.written[.file(.works)] == 1_700_000_000)
            #expect(f.written[.crossingLogs] == 1_700_100_000)
            #expect(f.written[.file(.units)] != nil && f.now == Self.now)
        }
    }

    func setTime(_ path: String, _ seconds: Int) {
        var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    }
}
