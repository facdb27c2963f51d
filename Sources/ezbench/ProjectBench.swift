import BoardModel
import BoardView
import EzboardCLI

#if canImport(Glibc)
    import Glibc
#endif

/// The project registers at scale (issue 14): 10,000 projects with
/// 100,000 events and 50,000 procedure rows, made by a fixed sequence on
/// top of the sample's other files; how long loading and summarising the
/// folder take, and how long the projects screen takes to answer a key.
enum ProjectBench {
    static let zones = [
        "TANGLOONG", "DONGPHOMOI", "BACDUYENHAI", "KTNGOIPHAT", "KVLAOCAI", "KVBANVUOC", "KVMUONGKHUONG",
        "CCNBANQUA", "CCNVOLAO",
    ]
    static let investors = [
        "Công ty Cổ phần Hóa chất Việt Trung", "Công ty TNHH MTV Khoáng sản Hải Nam",
        "Công ty Cổ phần Logistics Kim Thành",
        "Công ty TNHH May Bắc Hà", "Công ty Cổ phần Phân bón Bảo Thắng", "",
    ]
    static let kinds = ["Nhà máy sản xuất phân bón", "Kho hàng nông sản", "Xưởng chế biến gỗ", "Trung tâm logistics"]
    static let procedures = ["land", "environment", "construction", "fire-safety", "investment"]
    static let statuses = ["missing", "in-progress", "done"]

    /// The sample's files with projects.csv, project_events.csv and
    /// project_procedures.csv replaced: `projects` projects, ten events
    /// and five procedure rows each, every project's latest event agreeing
    /// with projects.csv (the data checks without a problem).
    static func generate(into dir: String, projects: Int) throws {
        guard let sample = SampleData.location() else { throw BenchData.Failure(description: "sample Data/ not found") }
        mkdir(dir, 0o755)
        for file in DataFile.allCases {
            guard case .success(let bytes) = FileIO.read(sample + "/" + file.rawValue) else { continue }
            try BenchData.write(dir + "/" + file.rawValue, bytes)
        }
        var state: UInt64 = 0x5DEE_CE66_D1CE_4E5B
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        // Procedure rows from late 2020 to 2023 (`first + 5800` …) bridge
        // the last events and the sample's own figures: no observation is
        // more than a year after the others (a warning for each, which the
        // bench would time instead of a clean load).
        let first = Day(year: 2005, month: 1, day: 1)!
        var projectRows = "id,name,zone_id,investor,capital_bn_vnd,implemented_bn_vnd,status,status_on\n"
        var eventRows = "project_id,on,event,capital_bn_vnd,note\n"
        var procedureRows = "project_id,procedure,status,on\n"
        for i in 0..<projects {
            let id = "DA-B-\(i)"
            // Ten events from a start between 2005 and 2016, 60 to 260 days
            // apart: the last is before 2024-03-31.
            var day = first + next(4000)
            var capital = Double(20 + next(2000))
            let events = ["appraising", "licensed", "operating"] + Array(repeating: "adjusted", count: 7)
            for (k, event) in events.enumerated() {
                var cap = ""
                if event == "licensed" || event == "adjusted" {
                    if k > 1 { capital += Double(next(200)) }
                    cap = String(capital)
                }
                eventRows += "\(id),\(day),\(event),\(cap),\(k == 9 ? "\"tăng vốn, mở rộng\"" : "")\n"
                if k < 9 { day = day + 60 + next(200) }
            }
            let investor = investors[next(investors.count)]
            projectRows +=
                "\(id),\(kinds[i % kinds.count]) (lô \(i)),\(zones[next(zones.count)]),\(investor),\(capital),"
                + "\(Double(next(Int(capital)))),adjusted,\(day)\n"
            for (k, p) in procedures.enumerated() {
                procedureRows += "\(id),\(p),\(statuses[next(3)]),\(first + 5800 + k * 200 + next(100))\n"
            }
        }
        try BenchData.write(dir + "/projects.csv", Array(projectRows.utf8))
        try BenchData.write(dir + "/project_events.csv", Array(eventRows.utf8))
        try BenchData.write(dir + "/project_procedures.csv", Array(procedureRows.utf8))
        print(
            "ezbench: wrote \(dir) with \(projects) projects, \(projects * 10) events, \(projects * 5) procedure rows")
    }

    /// The process's CPU time (s): on a machine shared with other work the
    /// wall clock also counts the time the process waited for a core.
    static func cpuNow() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Load + summary (median of `runs`, wall clock and CPU time, on one
    /// thread as the dashboard loads), then keys on the projects screen.
    static func run(_ dir: String, runs: Int) {
        var loads: [Double] = []
        var summaries: [Double] = []
        var cpu: [Double] = []
        var folder: DataFolder?
        for _ in 0..<runs {
            let c0 = cpuNow()
            let t0 = LoadBench.now()
            let f = try! DataFolder.load(dir)
            let t1 = LoadBench.now()
            _ = BoardSummary.compute(f.dataSet, problems: f.problems)
            let t2 = LoadBench.now()
            cpu.append(cpuNow() - c0)
            loads.append(t1 - t0)
            summaries.append(t2 - t1)
            folder = f
        }
        guard let folder else { return }
        // The same on one core, to see what the second one gives.
        var oneCore: [Double] = []
        for _ in 0..<runs {
            let t0 = LoadBench.now()
            let f = try! DataFolder.load(dir, threads: 1)
            _ = BoardSummary.compute(f.dataSet, problems: f.problems)
            oneCore.append(LoadBench.now() - t0)
        }
        let oneCoreMedian = oneCore.sorted()[runs / 2]
        let totals = zip(loads, summaries).map { $0 + $1 }.sorted()
        let median = totals[totals.count / 2]
        let cpuMedian = cpu.sorted()[runs / 2]
        let problems = folder.problems
        print(
            "projects  load + summary \(LoadBench.ms3(median)) ms (load \(LoadBench.ms3(loads.sorted()[runs / 2])) ms, "
                + "summary \(LoadBench.ms3(summaries.sorted()[runs / 2])) ms; CPU \(LoadBench.ms3(cpuMedian)) ms; "
                + "on one core \(LoadBench.ms3(oneCoreMedian)) ms; \(problems.count) problems)")
        let data = BoardData(
            dataSet: folder.dataSet, problems: problems, asOf: nil, fallback: Day(year: 2024, month: 3, day: 31)!,
            folder: dir)
        var app = App(AppState(data: data, path: .projects, width: 120, height: 40))
        let down = RenderBench.timePerIteration(300) { app.handle([.key(.down)]) }
        // A filter typed: each key filters the 10,000 rows again.
        var typing = App(AppState(data: data, path: .projects, width: 120, height: 40))
        typing.handle([.key(.char("/"))])
        let letters: [Key] = "lo 12".map { .char($0) }
        var n = 0
        let filterKey = RenderBench.timePerIteration(300) {
            typing.handle([.key(letters[n % letters.count])])
            n += 1
            if n % letters.count == 0 { typing.handle([.key(.escape), .key(.char("/"))]) }
        }
        var sorting = App(AppState(data: data, path: .projects, width: 120, height: 40))
        let sortKey = RenderBench.timePerIteration(300) { sorting.handle([.key(.char("s"))]) }
        var zone = App(AppState(data: data, path: .projects, width: 120, height: 40))
        let zoneKey = RenderBench.timePerIteration(300) { zone.handle([.key(.char("z"))]) }
        print(
            "projects  screen key: down \(RenderBench.fmt(down)) ms, filter letter \(RenderBench.fmt(filterKey)) ms, "
                + "sort \(RenderBench.fmt(sortKey)) ms, zone filter \(RenderBench.fmt(zoneKey)) ms")
        print(
            "{\"load_and_summary_ms\": \(LoadBench.ms3(median)), \"cpu_ms\": \(LoadBench.ms3(cpuMedian)), "
                + "\"one_core_ms\": \(LoadBench.ms3(oneCoreMedian)), "
                + "\"load_ms\": \(LoadBench.ms3(loads.sorted()[runs / 2])), "
                + "\"summary_ms\": \(LoadBench.ms3(summaries.sorted()[runs / 2])), \"problems\": \(problems.count), "
                + "\"key_down_ms\": \(RenderBench.fmt(down)), \"key_filter_ms\": \(RenderBench.fmt(filterKey)), "
                + "\"key_sort_ms\": \(RenderBench.fmt(sortKey)), \"key_zone_ms\": \(RenderBench.fmt(zoneKey))}")
    }
}
