import Foundation
import Testing

@testable import BoardModel

/// Every Markdown document ezboard writes is valid CommonMark (with
/// GitHub's tables) and reads as meant once rendered: checked with
/// `cmark-gfm`, the reference implementation of the CommonMark spec and
/// its GitHub extensions (Debian's `cmark-gfm`; `make test` installs it).
/// A hand-written parser would share our own blind spots; the reference
/// one does not.
///
/// Rendered to HTML, a document must hold only the elements ezboard
/// writes (headings, paragraphs, lists, tables, strong, code): no raw
/// HTML, link, emphasis, strike-through or entity from the data; every
/// table row must have the header's cells; every heading line must be a
/// heading. The data is made as hostile as a spreadsheet allows.
@Suite("Markdown is valid CommonMark", .serialized)
struct MarkdownValidityTests {
    static let cmark = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// The hostile text: every Markdown special, HTML, an entity, a link,
    /// emphasis, strike-through, a heading and a list marker, spaces at
    /// the end.
    static let hostile = "# *b* _c_ <script>x</script> &copy; | ~~d~~ [e](f) `g` \\ 1. - + > !  "

    static var dataSet: DataSet {
        var d = CycleData.dataSet
        d.units[0].name = hostile
        d.units[0].shortName = "- " + hostile
        d.tasks[0].title = hostile
        d.tasks[1].title = "1. " + hostile
        d.taskUpdates[0].note = hostile + "\n= line two"
        d.meetings[1].title = hostile
        d.works[0].name = hostile
        return d
    }

    /// Every Markdown document, in both languages.
    static func documents() -> [(String, String)] {
        let d = dataSet
        let s = BoardSummary.compute(d, asOf: CycleData.asOf)!
        let names = AssignmentItems.Names(d)
        var out: [(String, String)] = []
        for l in [Lang.vi, .en] {
            out.append(("report \(l)", MarkdownReport.render(s, lang: l)))
            out.append(("report --unit \(l)", UnitReport.markdown(s.tasks, unit: d.units[0], lang: l)))
            out.append(("report --assignments \(l)", AssignmentsReport.markdown(s, .init(), names: names, lang: l)))
            out.append(
                (
                    "report --overdue \(l)",
                    AssignmentsReport.markdown(s, .init(overdueOnly: true), names: names, lang: l)
                ))
            out.append(("brief \(l)", Brief.compute(s, d).markdown(names: names, lang: l)))
        }
        return out
    }

    static func html(_ markdown: String, extensions: Bool = true) throws -> String {
        let exe = try #require(cmark, "cmark-gfm is missing: install the Debian package cmark-gfm (make test does)")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments =
            extensions ? ["--extension", "table", "--extension", "strikethrough", "--extension", "autolink"] : []
        let input = Pipe()
        let output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try p.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    /// The element names of an HTML text, in order.
    static func tags(_ html: String) -> [String] {
        var out: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "/" }
            out.append(String(name))
        }
        return out
    }

    static let allowed: Set<String> = [
        "h1", "h2", "h3", "p", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "strong", "code",
    ]

    @Test("Only the elements ezboard writes: the data's HTML, links, emphasis and entities stay text")
    func elements() throws {
        for (name, md) in Self.documents() {
            let html = try Self.html(md)
            let names = Set(Self.tags(html).map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 })
            #expect(names.isSubset(of: Self.allowed), "\(name): \(names.subtracting(Self.allowed))")
            #expect(!html.contains("<script"), "\(name)")
            // The hostile text comes through as text, whatever the place.
            #expect(html.contains("*b* _c_ &lt;script&gt;x&lt;/script&gt; &amp;copy;"), "\(name)")
        }
    }

    @Test("Every table's rows have the header's cells; every table line is in a table")
    func tables() throws {
        for (name, md) in Self.documents() {
            let html = try Self.html(md)
            let delimiters = md.split(separator: "\n").filter { $0.hasPrefix("|---") }.count
            #expect(html.components(separatedBy: "<table>").count - 1 == delimiters, "\(name)")
            for table in html.components(separatedBy: "<table>").dropFirst() {
                let body = table.components(separatedBy: "</table>")[0]
                let rows = body.components(separatedBy: "<tr>").dropFirst()
                let header = rows.first.map { $0.components(separatedBy: "<th").count - 1 } ?? 0
                #expect(header > 0, "\(name)")
                for row in rows.dropFirst() {
                    #expect(row.components(separatedBy: "<td").count - 1 == header, "\(name): \(row.prefix(80))")
                }
            }
            // A line of a table that did not parse as one shows as text.
            #expect(!html.contains("<p>|"), "\(name)")
        }
    }

    @Test("Headings are headings, in pure CommonMark too; no line ends in spaces or holds a tab")
    func structure() throws {
        for (name, md) in Self.documents() {
            for level in 1...3 {
                let marker = String(repeating: "#", count: level) + " "
                let lines = md.split(separator: "\n").filter { $0.hasPrefix(marker) }.count
                for extensions in [true, false] {
                    let html = try Self.html(md, extensions: extensions)
                    #expect(html.components(separatedBy: "<h\(level)>").count - 1 == lines, "\(name) h\(level)")
                }
            }
            for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(!line.hasSuffix(" ") && !line.contains("\t"), "\(name): \(line)")
                #expect(!line.hasPrefix("    "), "\(name): \(line)")
            }
            #expect(md.hasSuffix("\n") && !md.hasSuffix("\n\n"), "\(name)")
        }
    }
}
