import BoardModel
import BoardView
import Testing

// Issue 10, item 8: a data set that declares itself a sample (`dataset.csv`,
// as Data/ does) says so in the header of every screen and at the top of
// every report; a real data set (the screen fixture has no `dataset.csv`)
// shows nothing.

/// Every screen of a board: the overview, each gate, zone, work, unit and
/// assignment, and the lists.
func everyScreen(_ d: DataSet) -> [ScreenPath] {
    var paths: [ScreenPath] = [.overview, .works, .units, .assignments, .projects, .plans]
    paths += d.projects.map { .project($0.id) }
    paths += d.gates.map { .gate($0.id) } + d.zones.map { .zone($0.id) } + d.works.map { .work($0.id) }
    paths += d.units.map { .unit($0.id) }
    paths += d.tasks.map { .task(unit: $0.leadID, task: $0.id) }
    return paths
}

/// Every report and brief of a summary, in every format and language: the
/// text and a name for failure messages.
func everyReport(_ s: BoardSummary, _ d: DataSet) -> [(name: String, text: String)] {
    let names = AssignmentItems.Names(d)
    var out: [(String, String)] = [
        ("report json", JSONReport.render(s)),
        ("report csv", CSVReport.render(s, lang: .vi)),
        ("assignments json", AssignmentsReport.json(s, .init(), names: names)),
        ("assignments csv", AssignmentsReport.csv(s, .init(), names: names)),
        ("brief json", Brief.compute(s, d).json()),
    ]
    for l in [Lang.vi, .en] {
        out.append(("report markdown \(l)", MarkdownReport.render(s, lang: l)))
        out.append(("assignments markdown \(l)", AssignmentsReport.markdown(s, .init(), names: names, lang: l)))
        out.append(("brief markdown \(l)", Brief.compute(s, d).markdown(names: names, lang: l)))
    }
    if let u = d.units.first {
        out.append(("unit json", UnitReport.json(s.tasks, unit: u, names: names)))
        out.append(("unit csv", UnitReport.csv(s.tasks, unit: u, names: names)))
        for l in [Lang.vi, .en] { out.append(("unit markdown \(l)", UnitReport.markdown(s.tasks, unit: u, lang: l))) }
    }
    return out
}

@Suite("Sample data marker")
struct SampleMarkTests {
    static let words: [Lang: String] = [.vi: "DỮ LIỆU MẪU", .en: "SAMPLE DATA"]

    @Test("The sample data set's header says DỮ LIỆU MẪU / SAMPLE DATA on every screen, at every size")
    func sampleHeaderOnEveryScreen() throws {
        let board = try ScreenFixture.sampleBoard()
        #expect(board.summary.isSample)
        for path in everyScreen(board.dataSet) {
            for lang in [Lang.vi, .en] {
                for (w, h) in [(120, 40), (80, 24), (40, 12)] {
                    let s = AppState(data: board, lang: lang, path: path, width: w, height: h)
                    let header = Renderer.render(s).canvas.lines[0]
                    #expect(header.contains(Self.words[lang]!), "\(path) \(lang) \(w)x\(h): \(header)")
                }
            }
        }
    }

    @Test("A data set without dataset.csv shows no marker on any screen")
    func realDataShowsNothing() {
        let board = ScreenFixture.board()
        #expect(!board.summary.isSample)
        for path in everyScreen(board.dataSet) {
            for lang in [Lang.vi, .en] {
                let text = Renderer.render(AppState(data: board, lang: lang, path: path, width: 120, height: 40))
                    .canvas.lines.joined(separator: "\n")
                #expect(!text.contains("DỮ LIỆU MẪU") && !text.contains("SAMPLE DATA"), "\(path) \(lang)")
            }
        }
    }

    @Test("Every report and brief of the sample data starts by saying it is a sample")
    func sampleReports() throws {
        let board = try ScreenFixture.sampleBoard()
        for (name, text) in everyReport(board.summary, board.dataSet) {
            let top = text.split(separator: "\n").prefix(3).joined(separator: "\n")
            if name.contains("json") {
                #expect(top.hasPrefix("{\n  \"sample_data\": true"), "\(name): \(top)")
            } else if name.contains("markdown") {
                let w = name.hasSuffix("en") ? "SAMPLE DATA" : "DỮ LIỆU MẪU"
                #expect(top.contains("> **\(w)**"), "\(name): \(top)")
            } else {
                // CSV: the headline's first figure, or a column of every row.
                let lines = text.split(separator: "\r\n")
                if name.hasPrefix("report") {
                    #expect(lines[1].hasSuffix(",data_set,,,sample_data,true"), "\(name): \(lines[1])")
                } else {
                    #expect(lines[0].hasSuffix(",sample_data"), "\(name)")
                    #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",true") }, "\(name)")
                }
            }
        }
    }

    @Test("Reports of a real data set say nothing about a sample (JSON and CSV: false)")
    func realReports() {
        let board = ScreenFixture.board()
        for (name, text) in everyReport(board.summary, board.dataSet) {
            #expect(!text.contains("DỮ LIỆU MẪU") && !text.contains("SAMPLE DATA"), "\(name)")
            if name.contains("json") { #expect(text.hasPrefix("{\n  \"sample_data\": false"), "\(name)") }
        }
    }
}
