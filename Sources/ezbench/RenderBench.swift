/// In-process render timings (filled in with the dashboard's screens).
enum RenderBench {
    static func run(iterations: Int) {
        print("render bench: no screens yet")
    }
}
