import BoardModel
import BoardView
import EzboardCLI

#if canImport(Glibc)
    import Glibc
#endif

/// The committee's cycle at scale: a data set with 5,000 assignments and
/// 50,000 progress reports (`generate-assignments`), and the
/// all-assignments screen's frame and keys on it (`assignments`), and the
/// brief's work after the folder is read. The brief's whole command is
/// timed by bench/bench.py around the binary.
enum AssignmentsBench {
    static let titles = [
        "Lập quy hoạch chi tiết khu chức năng", "Rà soát, tiếp tục triển khai Kế hoạch số 82 tại",
        "Hoàn thiện phương án phân luồng phương tiện qua", "Giải phóng mặt bằng mở rộng bãi hàng",
        "Đẩy mạnh cải cách thủ tục hành chính cho doanh nghiệp tại", "Nạo vét, duy tu hạ tầng kỹ thuật",
    ]
    static let places = ["Kim Thành", "Bản Vược", "Tằng Loỏng", "Đông Phố Mới", "Mường Khương", "Bắc Duyên Hải"]
    static let notes = [
        "Đã khảo sát hiện trạng, lập nhiệm vụ; đang lấy ý kiến các sở, ngành.",
        "Chậm tiến độ do vướng giải phóng mặt bằng, \"\"cần\"\" bổ sung kinh phí.",
        "Đề nghị Ban Chỉ đạo cho ý kiến chỉ đạo tháo gỡ.", "Hoàn thành khối lượng theo kế hoạch quý.",
    ]
    static let sources = ["UBND tỉnh giao", "Kế hoạch 82", "Quy chế hoạt động Ban Chỉ đạo", ""]

    static let meetingsHeader = "id,held_on,title\n"
    static let tasksHeader =
        "id,title,lead_id,support_ids,source,assigned_on,due_on,status,done_on,meeting_id,work_ids\n"

    /// The sample's small files, its meetings and assignments as they are
    /// (its other files, such as plans.csv, refer to them: without them
    /// the set has errors, and `brief` refuses it), then 12 meetings and
    /// assignments up to `tasks` in all over the sample's units, and
    /// `reports` progress reports, all dated by 2024-03-31, from a fixed
    /// pseudo-random sequence.
    static func generate(into dir: String, tasks: Int, reports: Int) throws {
        guard let sample = SampleData.location() else { throw BenchData.Failure(description: "sample Data/ not found") }
        mkdir(dir, 0o755)
        for file in DataFile.allCases where file != .tasks && file != .taskUpdates && file != .meetings {
            guard case .success(let bytes) = FileIO.read(sample + "/" + file.rawValue) else { continue }
            try BenchData.write(dir + "/" + file.rawValue, bytes)
        }
        let sampleMeetings = try sampleRows(sample, .meetings, header: meetingsHeader)
        let sampleTasks = try sampleRows(sample, .tasks, header: tasksHeader)
        let sampleTaskCount = try DataFolder.load(sample, only: [.tasks]).dataSet.tasks.count
        let units =
            ["BQLKKT", "BQLDA", "SCT", "SKHDT", "STC", "SXD", "SGTVT", "STNMT", "SLDTBXH", "SNV", "SNGV"]
            + ["STTTT", "SKHCN", "CAT", "BDBP", "HQ", "BATXAT", "BAOTHANG", "MUONGKHUONG", "TPLAOCAI", "LDLD"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let end = Day("2024-03-31")!
        let start = Day("2022-01-01")!
        var meetings = meetingsHeader + sampleMeetings
        for m in 0..<12 {
            meetings += "HN\(m),\(start + m * 75),Phiên họp Ban Chỉ đạo số \(m + 1)\n"
        }
        try BenchData.write(dir + "/meetings.csv", Array(meetings.utf8))
        var out = tasksHeader + sampleTasks
        var assigned: [Day] = []
        for i in 0..<max(0, tasks - sampleTaskCount) {
            let lead = units[next(units.count)]
            var support: [String] = []
            for _ in 0..<next(4) {
                let u = units[next(units.count)]
                if u != lead && !support.contains(u) { support.append(u) }
            }
            let on = start + next(end - start - 10)
            assigned.append(on)
            let due = next(10) == 0 ? nil : on + 30 + next(400)
            let roll = next(10)
            let status = roll < 4 ? "done" : roll < 7 ? "in-progress" : roll < 9 ? "not-started" : "blocked"
            let done = status == "done" ? min(end, on + 10 + next(300)) : nil
            let meeting = next(3) == 0 ? "HN\(next(12))" : ""
            let title = "\(titles[next(titles.count)]) \(places[next(places.count)]) (đợt \(i % 97 + 1))"
            out += "T\(i),\"\(title)\",\(lead),\(support.joined(separator: ";")),\(sources[next(sources.count)]),"
            out += "\(on),\(due.map { "\($0)" } ?? ""),\(status),\(done.map { "\($0)" } ?? ""),\(meeting),\n"
        }
        try BenchData.write(dir + "/tasks.csv", Array(out.utf8))
        var updates = "task_id,on,progress_pct,note\n"
        for _ in 0..<reports {
            let t = next(assigned.count)
            let on = assigned[t] + next(max(1, end - assigned[t]))
            updates += "T\(t),\(on),\(next(101)),\"\(notes[next(notes.count)])\"\n"
        }
        try BenchData.write(dir + "/task_updates.csv", Array(updates.utf8))
        print("ezbench: wrote \(dir) with \(tasks) assignments and \(reports) progress reports")
    }

    /// The rows of one of the sample's files, without its header line, which
    /// must be `header` (the columns the generated rows are written in).
    static func sampleRows(_ sample: String, _ file: DataFile, header: String) throws -> String {
        guard case .success(let bytes) = FileIO.read(sample + "/" + file.rawValue) else {
            throw BenchData.Failure(description: "cannot read the sample's \(file.rawValue)")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.hasPrefix(header) else {
            throw BenchData.Failure(
                description: "the sample's \(file.rawValue) does not start with the header the generator writes, "
                    + header.dropLast() + ": update AssignmentsBench.generate")
        }
        let rows = text.dropFirst(header.count)
        return rows.isEmpty || rows.hasSuffix("\n") ? String(rows) : rows + "\n"
    }

    /// The all-assignments screen on `dir` at 120×40: a frame, a key (down)
    /// with the frame it causes, `v` (regrouping), a typed filter letter,
    /// and the brief's figures and documents in process. JSON on the last
    /// line for bench.py.
    static func run(_ dir: String, iterations: Int) {
        guard let folder = try? DataFolder.load(dir) else {
            print("assignments bench: cannot read \(dir)")
            return
        }
        let data = BoardData(
            dataSet: folder.dataSet, problems: folder.problems, asOf: nil, fallback: Day("2024-03-31")!, folder: dir)
        let state = AppState(data: data, path: .assignments, width: 120, height: 40)
        var results: [String] = []
        func report(_ name: String, _ ms: Double) {
            print(name.padding(44) + RenderBench.fmt(ms) + " ms")
            results.append("\"\(name)\": \(RenderBench.fmt(ms))")
        }
        report("render assignments 120x40", RenderBench.timePerIteration(iterations) { _ = Renderer.render(state) })
        var app = App(state)
        report("key down + render", RenderBench.timePerIteration(iterations) { app.handle([.key(.down)]) })
        var grouped = App(state)
        report(
            "key v (regroup) + render", RenderBench.timePerIteration(iterations) { grouped.handle([.key(.char("v"))]) })
        var none = App(state)
        none.handle([.key(.char("v")), .key(.char("v"))])
        report("key down + render, no groups", RenderBench.timePerIteration(iterations) { none.handle([.key(.down)]) })
        var filtered = App(state)
        filtered.handle([.key(.char("/"))])
        report(
            "filter letter + render",
            RenderBench.timePerIteration(max(1, iterations / 10)) {
                filtered.handle([.key(.char("k")), .key(.backspace)])
            } / 2)
        // What `ezboard brief` does once the folder is read: its figures
        // alone (not a whole summary), then the document.
        let asOf = folder.latestObservation()!
        report(
            "brief (figures + markdown), in process",
            RenderBench.timePerIteration(max(1, iterations / 10)) {
                _ = Brief.compute(folder.dataSet, asOf: asOf, problems: folder.problems).markdownUTF8(
                    names: AssignmentItems.Names(folder.dataSet), lang: .vi)
            })
        report(
            "brief (figures + json), in process",
            RenderBench.timePerIteration(max(1, iterations / 10)) {
                _ = Brief.compute(folder.dataSet, asOf: asOf, problems: folder.problems).jsonUTF8()
            })
        report(
            "summary (figures once per load)",
            RenderBench.timePerIteration(max(1, iterations / 20)) {
                _ = BoardSummary.compute(folder.dataSet, problems: folder.problems)
            })
        print("{" + results.joined(separator: ", ") + "}")
    }
}
