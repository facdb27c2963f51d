import BoardModel
import EzboardCLI

#if canImport(Glibc)
    import Glibc
#endif

// ezbench — the benchmarks behind `make bench`.
//
//   ezbench generate DIR [--rows N] [--damage gate|five]
//                                     a deterministic data set: the sample
//                                     data's small files and an N-row
//                                     crossing log (default 1,000,000);
//                                     with --damage every row has an
//                                     unknown gate, or five bad values
//   ezbench render [--iterations N]   in-process render timings
//   ezbench projects DIR [--projects N] the sample with N projects (default
//                                     10,000), ten events and five
//                                     procedure rows each
//   ezbench project-keys DIR          load + summary of DIR, and keys on
//                                     its projects screen
//   ezbench generate-assignments DIR [--tasks N] [--reports N]
//                                     5,000 assignments, 50,000 reports
//   ezbench assignments DIR [--iterations N]
//                                     the all-assignments screen and brief
//   ezbench asof [DIR] [--iterations N]
//                                     one as-of step (< or >): summary and
//                                     frame, on the sample data or DIR
//
// Timings of whole commands are taken by bench/run.sh around the release
// binary, so they include start-up like a user sees it.

let argv = Array(CommandLine.arguments.dropFirst())
guard let verb = argv.first else {
    print(
        "usage: ezbench generate DIR [--rows N] | ezbench render [--iterations N] | ezbench asof [DIR] [--iterations N]"
    )
    exit(2)
}
let args = Array(argv.dropFirst())

func option(_ name: String, _ fallback: Int) -> Int {
    if let i = args.firstIndex(of: name), i + 1 < args.count, let v = Int(args[i + 1]) { return v }
    return fallback
}

switch verb {
case "generate":
    guard let dir = args.first, !dir.hasPrefix("--") else {
        print("usage: ezbench generate DIR [--rows N]")
        exit(2)
    }
    let damage: BenchData.Damage
    if let i = args.firstIndex(of: "--damage"), i + 1 < args.count, let d = BenchData.Damage(rawValue: args[i + 1]) {
        damage = d
    } else {
        damage = .none
    }
    do {
        try BenchData.generate(into: dir, rows: option("--rows", 1_000_000), damage: damage)
    } catch {
        print("ezbench: \(error)")
        exit(1)
    }
case "rows":
    // N more crossing rows, in the log's format, on stdout (for appends).
    BenchData.printRows(Int(args.first ?? "") ?? 10_000)
case "loads":
    RepeatLoad.run(args.first ?? "Data", 200)
case "start":
    StartBench.run(args.first ?? "Data")
case "load":
    LoadBench.run(args.first ?? "Data")
case "projects":
    guard let dir = args.first, !dir.hasPrefix("--") else {
        print("usage: ezbench projects DIR [--projects N]")
        exit(2)
    }
    do {
        try ProjectBench.generate(into: dir, projects: option("--projects", 10_000))
    } catch {
        print("ezbench: \(error)")
        exit(1)
    }
case "project-keys":
    ProjectBench.run(args.first ?? "Data", runs: option("--runs", 7))
case "render":
    RenderBench.run(iterations: option("--iterations", 2000))
case "generate-assignments":
    guard let dir = args.first, !dir.hasPrefix("--") else {
        print("usage: ezbench generate-assignments DIR [--tasks N] [--reports N]")
        exit(2)
    }
    do {
        try AssignmentsBench.generate(
            into: dir, tasks: option("--tasks", 5_000), reports: option("--reports", 50_000))
    } catch {
        print("ezbench: \(error)")
        exit(1)
    }
case "assignments":
    AssignmentsBench.run(args.first ?? "Data", iterations: option("--iterations", 500))
case "asof":
    AsOfBench.run(args.first.flatMap { $0.hasPrefix("--") ? nil : $0 }, iterations: option("--iterations", 50))
default:
    print("ezbench: unknown command \(verb)")
    exit(2)
}
