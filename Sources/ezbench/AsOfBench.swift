import BoardModel
import BoardView
import EzboardCLI

/// One as-of step through the app's event handler (`<` or `>`: every
/// figure computed again for the new date, and the frame drawn), on the
/// overview (a month) and on a gate's screen (a day), at 120×40.
enum AsOfBench {
    static func run(_ dir: String?, iterations: Int) {
        guard let path = dir ?? SampleData.location(), let folder = try? DataFolder.load(path) else {
            print("asof bench: no data folder")
            return
        }
        let data = BoardData(
            dataSet: folder.dataSet, problems: folder.problems, asOf: nil,
            fallback: Day(year: 2024, month: 3, day: 31)!, folder: path)
        var results: [String] = []
        for (name, screen) in [("overview", ScreenPath.overview), ("gate", .gate("KIMTHANH"))] {
            var app = App(AppState(data: data, path: screen, width: 120, height: 40))
            // Back and forth, so each step is a new date (forward from the
            // latest would not move).
            var back = true
            let ms = RenderBench.timePerIteration(iterations) {
                app.handle([.key(.char(back ? "<" : ">"))])
                back.toggle()
            }
            print(
                "as-of step  \(name.padding(9)) \(RenderBench.fmt(ms)) ms (\(folder.dataSet.crossingCount) crossings)")
            results.append("\"step \(name)\": \(RenderBench.fmt(ms))")
        }
        results.append("\"crossings\": \(folder.dataSet.crossingCount)")
        print("{" + results.joined(separator: ", ") + "}")
    }
}
