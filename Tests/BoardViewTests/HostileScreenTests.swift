// Issue 16 on screen: numbers no formatting path may trap on, and grapheme
// clusters drawn whole or as a stand-in of their width, never in part.

import BoardModel
import TestSupport
import Testing

@testable import BoardView

@Suite("Hostile data on screen")
struct HostileScreenTests {
    /// Every number as large as the loader lets through (10^15), many of
    /// them summed, with targets of 0.0000000001 (a share of ~10^25 %):
    /// once, `Int(v.rounded())` trapped on the overview, works, zone and gate
    /// screens and the Markdown report (exit 132, for every viewer).
    static let extreme: DataSet = {
        var d = ScreenFixture.dataSet
        let big = 1e15
        for i in d.trade.indices {
            d.trade[i].exportUSD = big
            d.trade[i].importUSD = big
            d.trade[i].borderTradeUSD = big
        }
        for i in d.output.indices {
            d.output[i].outputBnVND = big
            d.output[i].exportUSD = big
            d.output[i].workers = Int(big)
        }
        for i in d.zones.indices {
            d.zones[i].areaHa = 0.0000000001
            d.zones[i].leasedHa = big
        }
        for i in d.works.indices {
            d.works[i].budgetBnVND = 0.0000000001
            d.works[i].disbursedBnVND = big
        }
        for i in d.projects.indices { d.projects[i].capitalBnVND = big }
        for i in d.targets.indices { d.targets[i].value = 0.0000000001 }
        var log = CrossingLog()
        log.gateIDs = ["KIMTHANH", "HOKIEU"]
        let midnight = Int64(ScreenFixture.asOf.daysSinceEpoch) * 86400 - Int64(LocalTime.offsetSeconds)
        let n = 5000
        log.append(
            CrossingLog.Chunk(
                time: (0..<n).map { midnight + Int64($0 % 86000) }, gate: (0..<n).map { UInt16($0 % 2) },
                direction: (0..<n).map { UInt8($0 % 2) }, cargo: Array(repeating: 0, count: n),
                tonnes: Array(repeating: Float(big), count: n), valueUSD: Array(repeating: big, count: n),
                cargoNames: ["Thanh long"]))
        d.crossings = ["crossings/a.csv": log]
        return d
    }()

    @Test func everyScreenAndReportFormatsExtremeNumbers() throws {
        let d = Self.extreme
        let board = BoardData(
            dataSet: d, problems: [], asOf: ScreenFixture.asOf, fallback: ScreenFixture.asOf, folder: "/data")
        var paths: [ScreenPath] = [.overview, .works, .units]
        paths += d.gates.map { .gate($0.id) } + d.zones.map { .zone($0.id) } + d.works.map { .work($0.id) }
        paths += d.units.map { .unit($0.id) } + d.tasks.map { .task(unit: $0.leadID, task: $0.id) }
        var drawn = 0
        for path in paths {
            for lang in Lang.allCases {
                for charset in [Charset.unicode, .ascii] {
                    let state = AppState(data: board, lang: lang, charset: charset, path: path, width: 120, height: 40)
                    drawn += Renderer.render(state).canvas.lines.count
                }
            }
        }
        #expect(drawn == paths.count * 4 * 40)
        let s = try #require(BoardSummary.compute(d, asOf: ScreenFixture.asOf))
        for lang in Lang.allCases {
            #expect(!MarkdownReport.render(s, lang: lang).isEmpty)
            #expect(!CSVReport.render(s, lang: lang).isEmpty)
        }
        #expect(!JSONReport.render(s).contains("inf"))
    }

    // MARK: Item 14: grapheme clusters

    /// 🇻🇳 drew as 🇻 and 👨‍👩‍👧‍👦 as 👨: a cluster no terminal cell can
    /// hold whole is a stand-in of its width — a flag its two letters.
    @Test func clustersACellCannotHoldAreStandInsOfTheirWidth() {
        var c = Canvas(width: 12, height: 3)
        #expect(c.draw("🇻🇳|x", x: 0, y: 0) == 4)
        #expect(c.lines[0] == "VN|x        ")
        #expect(c[0, 0].style.role == .replaced)
        #expect(c.draw("👨‍👩‍👧‍👦|", x: 0, y: 1) == 3)
        #expect(c.lines[1] == "\u{FFFD} |         ")
        // A letter under more marks than a cell holds (curses keeps 5 scalars).
        #expect(c.draw("a\u{300}\u{301}\u{302}\u{303}\u{304}b", x: 0, y: 2) == 2)
        #expect(c.lines[2].hasPrefix("\u{FFFD}b"))
        // Four marks still fit: drawn as they are.
        var d = Canvas(width: 4, height: 1)
        d.draw("a\u{300}\u{301}\u{302}\u{303}b", x: 0, y: 0)
        #expect(d[0, 0].text == "a\u{300}\u{301}\u{302}\u{303}")
    }

    /// A joiner that ends a cluster glued the next letter on in tmux: it
    /// is not kept in the cell.
    @Test func aDanglingJoinerIsNotKept() {
        var c = Canvas(width: 6, height: 1)
        c.draw("中\u{200D}b", x: 0, y: 0)
        #expect(c[0, 0].text == "中")
        #expect(c[2, 0].text == "b")
    }

    /// Random text of emoji, flags, joiners, marks and letters: every cell
    /// holds a whole cluster a terminal cell can hold (one spacing scalar,
    /// then at most four zero-width ones, no joiner last), and the canvas
    /// takes exactly the width measured.
    @Test func everyCellHoldsAWholeDrawableCluster() {
        let parts = [
            "👨", "👩", "\u{200D}", "🇻", "🇳", "\u{1F3FD}", "\u{FE0F}", "\u{301}", "\u{316}", "a", "ạ", "中", "❤",
            " ", "e",
        ]
        var rng = SplitMix64(state: 14)
        for round in 0..<2000 {
            let text = (0..<(1 + rng.below(12))).map { _ in rng.pick(parts) }.joined()
            var c = Canvas(width: 40, height: 1)
            let used = c.draw(text, x: 0, y: 0)
            #expect(used == min(TextLayout.width(text), 40), "round \(round): \(text.debugDescription)")
            for x in 0..<40 where !c[x, 0].isContinuation {
                let scalars = Array(c[x, 0].text.unicodeScalars)
                let ok =
                    scalars.count <= 5 && scalars.last != "\u{200D}"
                    && scalars.dropFirst().allSatisfy(DisplayWidth.isZeroWidth)
                #expect(
                    ok, "round \(round): cell \(x) holds \(c[x, 0].text.debugDescription) of \(text.debugDescription)")
                if !ok { return }
            }
        }
    }
}
