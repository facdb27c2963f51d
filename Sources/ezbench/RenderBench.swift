import BoardModel
import BoardView
import EzboardCLI

#if canImport(Glibc)
    import Glibc
#endif

/// In-process render timings: how long `Renderer.render` takes for the
/// overview and the drill-down screens at 120×40 and 300×100, and keys
/// through the app's event handler with the renders they cause.
enum RenderBench {
    static func run(iterations: Int) {
        guard let sample = SampleData.location(), let folder = try? DataFolder.load(sample) else {
            print("render bench: sample data not found")
            return
        }
        let data = BoardData(
            dataSet: folder.dataSet, problems: folder.problems, asOf: nil,
            fallback: Day(year: 2024, month: 3, day: 31)!, folder: sample)
        let screens: [ScreenPath] = [
            .overview, .gate("KIMTHANH"), .zone("TANGLOONG"), .works, .unit("BQLKKT"),
            .task(unit: "BQLKKT", task: "NV04"),
        ]
        var results: [String] = []
        for (w, h) in [(120, 40), (300, 100)] {
            for path in screens {
                let state = AppState(data: data, path: path, width: w, height: h)
                let ms = timePerIteration(iterations) { _ = Renderer.render(state) }
                results.append("\"render \(path) \(w)x\(h)\": \(fmt(ms))")
                print("render  \(w)x\(h)  \(path.description.padding(20))  \(fmt(ms)) ms/frame")
            }
        }
        // A key through the app's event handler (the dashboard's own), and
        // the whole frame it causes.
        var app = App(AppState(data: data, path: .overview, width: 120, height: 40))
        let keyMs = timePerIteration(iterations) { app.handle([.key(.down)]) }
        print("key     120x40  down + render         \(fmt(keyMs)) ms")
        results.append("\"key down + render 120x40\": \(fmt(keyMs))")
        // A burst of ten keys read at once (a slow link, key repeat).
        let burst = [Event](repeating: .key(.down), count: 5) + [Event](repeating: .key(.up), count: 5)
        let burstMs = timePerIteration(max(1, iterations / 10)) { app.handle(burst) }
        print("keys    120x40  10 in one batch       \(fmt(burstMs)) ms")
        results.append("\"10 keys in one batch 120x40\": \(fmt(burstMs))")
        print("{" + results.joined(separator: ", ") + "}")
    }

    static func timePerIteration(_ n: Int, _ body: () -> Void) -> Double {
        for _ in 0..<max(1, n / 10) { body() }  // warm up
        var samples: [Double] = []
        for _ in 0..<5 {
            let t0 = LoadBench.now()
            for _ in 0..<n { body() }
            samples.append((LoadBench.now() - t0) * 1000 / Double(n))
        }
        return samples.sorted()[2]  // median of 5 batches
    }

    static func fmt(_ ms: Double) -> String {
        let r = (ms * 1000).rounded() / 1000
        return String(r)
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
