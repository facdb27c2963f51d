#if canImport(Glibc)
import Glibc
#endif
import BoardModel

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
        guard case .success(let bytes) = FileIO.read(path) else { print("no \(path)"); return }
        print("read        \(ms(now() - t0)) ms (\(bytes.count / 1_000_000) MB)")
        for threads in [1, 2] {
            t0 = now()
            let r = bytes.withUnsafeBufferPointer { CrossingReader.read(file: "log.csv", buffer: $0, gateIDs: ["KIMTHANH", "HOKIEU", "LAOCAIDS", "MUONGKHUONG", "BANVUOC"], threads: threads) }
            print("parse x\(threads)    \(ms(now() - t0)) ms (\(r.log.count) rows, \(r.problems.count) problems)")
        }
        t0 = now()
        let folder = try! DataFolder.load(dir)
        print("load folder \(ms(now() - t0)) ms")
        t0 = now()
        _ = BoardSummary.compute(folder.dataSet, problems: folder.problems)
        print("summary     \(ms(now() - t0)) ms")
    }

    static func ms(_ s: Double) -> String { String(Int(s * 1000)) }
}
