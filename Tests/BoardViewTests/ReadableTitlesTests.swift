import BoardModel
import Testing

@testable import BoardView

// Issue 11, items 5 and 6: titles that share their first words are told
// apart by their tails, an id shows where titles still read the same, the
// selected row's full title is on screen at 80×24, and wide terminals give
// their room to the panels and columns whose texts are cut.

@Suite("Readable titles and wide terminals")
struct ReadableTitlesTests {
    static func sample(_ path: ScreenPath = .overview, width: Int, height: Int) throws -> Session {
        var state = ScreenFixture.state(path, width: width, height: height)
        state.data = try ScreenFixture.sampleBoard()
        return Session(state)
    }

    @Test("Tails start after the words a title shares with another, at a word; short or no shared starts keep 0")
    func tails() {
        let titles = [
            "Lập quy hoạch chi tiết khu chức năng dân cư – dịch vụ Bản Vược",
            "Lập quy hoạch chi tiết khu chức năng lối mở Y Tý",
            "Hạ tầng kỹ thuật Cụm công nghiệp Phong Niên",
            "Hạ tầng khu vực Cửa khẩu Bản Vược",
            "Nạo vét hồ thải",
            "Nạo vét hồ thải",
        ]
        let t = SharedPrefix.tails(titles)
        let shared = "Lập quy hoạch chi tiết khu chức năng ".utf8.count
        #expect(t[0] == shared && t[1] == shared)
        // "Hạ tầng " is two syllables: one word, kept.
        #expect(t[2] == 0 && t[3] == 0)
        // The same title twice: nothing tells them apart but an id.
        #expect(t[4] == 0 && t[5] == 0)
    }

    @Test("The titles' byte order is lexicographicallyPrecedes', for prefixes, empty and non-ASCII titles")
    func byteOrder() {
        var titles = ["", "a", "ab", "abc", "abd", "b", "Ạ", "A", "Lập quy", "Lập quy hoạch", "Lập quy hoạch chi"]
        // Seeded pseudo-random bytes, so that a failure repeats.
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<200 {
            var bytes: [UInt8] = []
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for k in 0..<Int(seed >> 60) { bytes.append(UInt8(truncatingIfNeeded: (seed >> UInt64(k * 3)) & 0x83)) }
            titles.append(String(decoding: bytes, as: UTF8.self))
        }
        let bytes = titles.map { Array($0.utf8) }
        for a in bytes {
            for b in bytes { #expect(SharedPrefix.precedes(a, b) == a.lexicographicallyPrecedes(b)) }
        }
    }

    @Test("A cut title shows … and its tail with as many shared words as fit; a fitting one is whole")
    func elided() {
        let text = "Lập quy hoạch chi tiết khu chức năng dân cư – dịch vụ Bản Vược"
        let tail = "Lập quy hoạch chi tiết khu chức năng ".utf8.count
        #expect(SharedPrefix.elided(text, tailFrom: tail, width: 80, charset: .unicode) == nil)
        #expect(SharedPrefix.elided(text, tailFrom: tail, width: 27, charset: .unicode) == "…dân cư – dịch vụ Bản Vược")
        #expect(
            SharedPrefix.elided(text, tailFrom: tail, width: 40, charset: .unicode)
                == "…khu chức năng dân cư – dịch vụ Bản Vược")
        // Too narrow for the tail: from its start, cut by the drawing.
        #expect(SharedPrefix.elided(text, tailFrom: tail, width: 10, charset: .unicode) == "…dân cư – dịch vụ Bản Vược")
        // A tag kept before the …
        #expect(
            SharedPrefix.elided("[PH] " + text, tailFrom: tail + 5, headKept: 5, width: 32, charset: .ascii)
                == "[PH] ~dân cư – dịch vụ Bản Vược")
    }

    @Test("The unit screen at 80×24: rows told apart by their tails, the selected one's full title under the list")
    func unitScreen() throws {
        var s = try Self.sample(.unit("BQLKKT"), width: 80, height: 24)
        let rows = s.lines.filter { $0.contains("QH0") || $0.contains("QH1") }
        // Each planning assignment reads differently (on main: eight rows of
        // "Lập quy hoạch chi tiết khu chức nă…").
        let titles = rows.map { String($0.dropFirst(9).prefix(40)) }
        #expect(Set(titles).count == titles.count && !titles.isEmpty)
        #expect(s.text.contains("…chức năng dân cư – dịch vụ Bản Vược"))
        // Under the unit's works at 80×24 the strip has one line, marked ».
        #expect(s.text.contains("» Lập quy hoạch chi tiết khu chức năng dân cư – dịch vụ Bản Vược"))
        #expect(s.text.contains("Lập quy hoạch chi tiết khu chức năng dân cư – dịch vụ Bản Vược"))
        s.press(.down)
        #expect(s.text.contains("Lập quy hoạch chi tiết khu chức năng Quang Kim – Bản Qua"))
        assertPicture(s.frame.canvas, named: "readable-unit-80x24")
    }

    @Test("Every list screen at 80×24 shows its selected row's full title")
    func everyList() throws {
        let cases: [(ScreenPath, String)] = [
            (.assignments, "BQL KKT — Ban Quản lý Khu Kinh tế tỉnh"),
            (.works, "Hệ thống xử lý nước thải tập trung Khu Công nghiệp Bắc Duyên Hải, giai đoạn"),
            (.projects, "Nhà máy sản xuất phân bón DAP (lô F2)"),
            (.plans, "── QHCT08"),
        ]
        for (path, text) in cases {
            let s = try Self.sample(path, width: 80, height: 24)
            #expect(s.text.contains(text), "\(path)")
        }
    }

    @Test("Two works whose titles read the same once cut get an id column; distinct ones keep the room")
    func idWhereTitlesCollide() throws {
        var state = ScreenFixture.state(width: 80, height: 24)
        var d = state.data.dataSet
        let base = d.works[0]
        var twin = base
        twin.id = "TWIN01"
        var other = base
        other.id = "TWIN02"
        d.works = [twin, other] + d.works.dropFirst()
        state.data = BoardData(dataSet: d, problems: [], asOf: MeetingData.asOf, fallback: MeetingData.asOf)
        state.screen.focus = 2
        var s = Session(state)
        // Two works of the same title (their tails tell nothing apart), zoomed.
        s.press(.char("z"))
        #expect(s.lines.contains { $0.contains("72%") && $0.contains("TWIN01") })
        #expect(s.lines.contains { $0.contains("72%") && $0.contains("TWIN02") })
        let plain = try Self.sample(width: 80, height: 24)
        #expect(!plain.text.contains("KCN03 "))
    }

    @Test("200×60: panels side by side share the width by need; a short name column is not padded")
    func wide() throws {
        let s = try Self.sample(width: 200, height: 60)
        let gates = try #require(s.lines.first { $0.contains("Kim Thành") && $0.contains("462 tr") })
        // The gate's name, then its figure close by (on main: padded to 33 columns).
        let name = try #require(gates.range(of: "Kim Thành"))
        let figure = try #require(gates.range(of: "462 tr"))
        #expect(gates.distance(from: name.upperBound, to: figure.lowerBound) < 12)
        // The works panel, whose titles are long, sits beside the tasks
        // panel (rows chosen by need: `OverviewLayout.bestRows`) and takes
        // the columns the tasks do not need.
        let works = try #require(s.frame.hits.first { $0.target == .panel(2) }?.rect)
        let tasks = try #require(s.frame.hits.first { $0.target == .panel(3) }?.rect)
        #expect(works.y == tasks.y && works.width > tasks.width)
        assertPicture(s.frame.canvas, named: "readable-overview-200x60")
    }
}
