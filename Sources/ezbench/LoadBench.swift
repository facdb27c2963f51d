import BoardModel
import BoardView

#if canImport(Glibc)
    import Glibc
#endif

/// Phase timings of loading a data folder (to see where the time goes).
enum LoadBench {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func run(_ dir: String) {
        let path = dir + "/crossings/log.csv"
        var t0 = now()
        guard case .success(let bytes) = FileIO.read(path) else {
            print("no \(path)")
            return
        }
        print("read        \(ms(now() - t0)) ms (\(bytes.count / 1_000_000) MB)")
        for threads in [1, 2] {
            t0 = now()
            let r = bytes.withUnsafeBufferPointer {
                CrossingReader.read(
                    file: "log.csv", buffer: $0, gateIDs: ["KIMTHANH", "HOKIEU", "LAOCAIDS", "MUONGKHUONG", "BANVUOC"],
                    threads: threads)
            }
            print("parse x\(threads)    \(ms(now() - t0)) ms (\(r.log.count) rows, \(r.problems.count) problems)")
        }
        // What each chunk's index costs (counts per day, time order) on
        // the whole log: made once, when a chunk is read.
        if let log = try? DataFolder.load(dir).dataSet.crossingLogs.first?.log {
            let time = log.time
            let gate = log.chunks.flatMap(\.gate)
            let direction = log.direction
            t0 = now()
            let chunk = CrossingLog.Chunk(
                time: time, gate: gate, direction: direction, cargo: [], tonnes: [], valueUSD: [], cargoNames: [])
            print("index       \(ms(now() - t0)) ms (\(chunk.days.day.count) day entries)")
        }
        t0 = now()
        let folder = try! DataFolder.load(dir)
        print("load folder \(ms(now() - t0)) ms")
        t0 = now()
        _ = BoardSummary.compute(folder.dataSet, problems: folder.problems)
        print("summary     \(ms(now() - t0)) ms")
    }

    static func ms(_ s: Double) -> String { String(Int(s * 1000)) }
    static func ms3(_ s: Double) -> String { String(Double(Int(s * 1_000_000)) / 1000) }
}

/// Cold and warm timings of loading the sample data and rendering the
/// overview once (where the dashboard's first frame goes).
enum StartBench {
    static func run(_ dir: String) {
        var t0 = LoadBench.now()
        let folder = try! DataFolder.load(dir)
        let cold = LoadBench.now() - t0
        t0 = LoadBench.now()
        _ = try! DataFolder.load(dir)
        let warm = LoadBench.now() - t0
        t0 = LoadBench.now()
        let data = BoardData(
            dataSet: folder.dataSet, problems: folder.problems, asOf: nil,
            fallback: Day(year: 2024, month: 3, day: 31)!, folder: dir)
        let summary = LoadBench.now() - t0
        t0 = LoadBench.now()
        _ = Renderer.render(AppState(data: data, width: 120, height: 40))
        let render = LoadBench.now() - t0
        print(
            "load cold \(LoadBench.ms3(cold)) ms, warm \(LoadBench.ms3(warm)) ms; summary \(LoadBench.ms3(summary)) ms; first render \(LoadBench.ms3(render)) ms"
        )
    }
}

enum RepeatLoad {
    static func run(_ dir: String, _ n: Int) {
        let t0 = LoadBench.now()
        for _ in 0..<n { _ = try! DataFolder.load(dir) }
        print("load x\(n): \(LoadBench.ms3((LoadBench.now() - t0) / Double(n))) ms each")
    }
}
