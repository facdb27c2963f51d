import BoardView
import Foundation
import Testing

// Picture tests: a canvas is compared with a text file kept in the repo at
// `Tests/Pictures/<test target folder>/<name>.txt`, found from `#filePath`,
// so that a widget's or a screen's look is reviewed as a picture in diffs.
// (Not inside the test target's folder: SwiftPM would warn about files it
// does not handle unless Package.swift excluded them target by target.)
//
// File format (UTF-8):
//
//     # 12x3 unicode
//     |┌ Title ───┐|
//     |│          │|
//     |└──────────┘|
//     # roles .=normal d=dim t=title …            (only with styles: true)
//     |bbbbbbbbbbbb|
//
// Each row sits between `|` so trailing spaces show. A wide character takes
// two columns of its row; in the role grid every column has one letter.
//
// To (re)record: `EZBOARD_RECORD=1 swift test`: every picture asserted is
// written and the test passes, saying that it recorded. A missing picture
// file fails unless recording.

/// One letter per role for the role grid.
let roleLetters: [Role: Character] = [
    .normal: ".", .dim: "d", .title: "t", .header: "h", .border: "b", .focusBorder: "B",
    .selected: "s", .good: "g", .warn: "w", .bad: "x", .late: "l", .accent: "a",
    .barFill: "f", .barEmpty: "e", .headerBar: "H", .footerBar: "F", .replaced: "r",
]

let roleLegend = "# roles " + Role.allCases.map { "\(roleLetters[$0]!)=\($0)" }.joined(separator: " ")

/// The picture file's text for a canvas.
func pictureText(_ canvas: Canvas, styles: Bool) -> String {
    var out = ["# \(canvas.width)x\(canvas.height) \(canvas.charset == .ascii ? "ascii" : "unicode")"]
    out += canvas.lines.map { "|\($0)|" }
    if styles {
        out.append(roleLegend)
        for y in 0..<canvas.height {
            let row = (0..<canvas.width).map { roleLetters[canvas[$0, y].style.role]! }
            out.append("|\(String(row))|")
        }
    }
    return out.joined(separator: "\n") + "\n"
}

/// Asserts that `canvas` looks like `Pictures/<name>.txt`; with `styles`,
/// the cells' roles are compared too (for widgets whose style carries
/// meaning: selection, overdue). Shows a numbered `-expected`/`+actual`
/// diff of the differing rows on mismatch.
func assertPicture(
    _ canvas: Canvas, named name: String, styles: Bool = false,
    file: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = pictureURL(named: name, file: file)
    let actual = pictureText(canvas, styles: styles)
    if ProcessInfo.processInfo.environment["EZBOARD_RECORD"] == "1" {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            print("recorded picture \(url.path)")
        } catch {
            Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(
            """
            no picture \(url.path); record it with EZBOARD_RECORD=1 swift test. Actual:
            \(actual)
            """, sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    Issue.record(
        """
        picture \(name) differs (-expected +actual; re-record with EZBOARD_RECORD=1 swift test):
        \(pictureDiff(expected: expected, actual: actual))
        """, sourceLocation: sourceLocation)
}

/// `Tests/Pictures/<folder of the calling test file>/<name>.txt`.
func pictureURL(named name: String, file: String) -> URL {
    let targetFolder = URL(fileURLWithPath: file).deletingLastPathComponent()
    return targetFolder.deletingLastPathComponent().appendingPathComponent("Pictures")
        .appendingPathComponent(targetFolder.lastPathComponent).appendingPathComponent("\(name).txt")
}

/// The rows that differ, numbered from 1 (the header line is line 1).
func pictureDiff(expected: String, actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var out: [String] = []
    for i in 0..<max(e.count, a.count) {
        let el = i < e.count ? e[i] : nil
        let al = i < a.count ? a[i] : nil
        guard el != al else { continue }
        let n = String(format: "%3d", i + 1)
        if let el { out.append("-\(n) \(el)") }
        if let al { out.append("+\(n) \(al)") }
    }
    return out.joined(separator: "\n")
}

/// Asserts that every cell outside `area` is still blank: a widget must
/// never draw outside the rectangle it was given.
func assertNothingOutside(_ canvas: Canvas, _ area: Rect, sourceLocation: SourceLocation = #_sourceLocation) {
    var stray: [String] = []
    for y in 0..<canvas.height {
        for x in 0..<canvas.width where !area.contains(x: x, y: y) && canvas[x, y] != .blank {
            stray.append("(\(x),\(y)) \"\(canvas[x, y].text)\" \(canvas[x, y].style.role)")
        }
    }
    if !stray.isEmpty {
        Issue.record(
            "drawn outside \(area): \(stray.prefix(10).joined(separator: ", "))", sourceLocation: sourceLocation)
    }
}

/// A fresh canvas with `widget` rendered into `area` (default: all of it).
func rendered(_ widget: some Widget, width: Int, height: Int, charset: Charset = .unicode, area: Rect? = nil) -> Canvas
{
    var canvas = Canvas(width: width, height: height, charset: charset)
    widget.render(in: area ?? canvas.bounds, on: &canvas)
    return canvas
}

/// Rects that have broken widgets before: empty, tiny, offscreen, huge.
let awkwardAreas: [Rect] = [
    Rect(x: 0, y: 0, width: 0, height: 0),
    Rect(x: 3, y: 2, width: 1, height: 1),
    Rect(x: 2, y: 1, width: 2, height: 2),
    Rect(x: 1, y: 1, width: 3, height: 1),
    Rect(x: 1, y: 1, width: 1, height: 4),
    Rect(x: -5, y: -3, width: 9, height: 5),
    Rect(x: 8, y: 4, width: 50, height: 50),
    Rect(x: 100, y: 100, width: 10, height: 10),
    Rect(x: -100, y: -100, width: 10, height: 10),
    Rect(x: Int.max - 1, y: Int.max - 1, width: Int.max, height: Int.max),
    Rect(x: Int.min, y: Int.min, width: Int.max, height: Int.max),
    Rect(x: 2, y: 1, width: -4, height: -7),
]

/// Renders a widget into every awkward area of a 12×6 canvas in both
/// charsets: it must not crash nor draw outside the area.
func assertSafeInAwkwardAreas(_ widget: some Widget, sourceLocation: SourceLocation = #_sourceLocation) {
    for charset in [Charset.unicode, .ascii] {
        for area in awkwardAreas {
            let canvas = rendered(widget, width: 12, height: 6, charset: charset, area: area)
            assertNothingOutside(canvas, area, sourceLocation: sourceLocation)
            if charset == .ascii {
                #expect(
                    canvas.lines.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }, "non-ASCII in ASCII canvas",
                    sourceLocation: sourceLocation)
            }
        }
    }
}
