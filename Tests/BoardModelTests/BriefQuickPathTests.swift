import Testing

@testable import BoardModel

/// `ezboard brief` computes only the figures a brief shows
/// (`Brief.compute(_:asOf:problems:silentDays:since:)`), and writes its
/// text through quick paths (small letters, dates, table rows, JSON
/// strings). Each must give, to the byte, what the general way gives: the
/// brief of a whole `BoardSummary`, `lowercased()`, the dates as
/// interpolated, a row joined and checked as one line.
@Suite("The brief's quick paths write what the general ones do")
struct BriefQuickPathTests {
    /// The hand-worked cycle, the same with hostile text everywhere (a
    /// line break in a note, every Markdown special), and the sample data.
    static func dataSets() throws -> [(name: String, data: DataSet, problems: ProblemList)] {
        var hostile = MarkdownValidityTests.dataSet
        hostile.taskUpdates[1].note = "Đề nghị \u{1B}[31mBan Chỉ đạo\u{202E} cho ý kiến\r\n\"trích\" \\ \t"
        hostile.tasks[2].title = "\u{85}Tiêu đề | có *dấu*\u{7F}"
        let sample = try DataFolder.load(sampleDataPath)
        return [
            ("cycle", CycleData.dataSet, []), ("hostile", hostile, []),
            ("sample", sample.dataSet, sample.problems),
        ]
    }

    @Test("The brief from the data set is the brief from its whole summary, in every format and language")
    func leanBriefIsTheSummarysBrief() throws {
        for (name, d, problems) in try Self.dataSets() {
            let names = AssignmentItems.Names(d)
            let days: [Day?] = [nil, day("2024-03-31"), day("2024-02-29"), day("2024-01-26"), day("2023-12-31")]
            for asOf in days {
                for silentDays in [30, 7] {
                    let s = try #require(
                        BoardSummary.compute(d, asOf: asOf, problems: problems, silentDays: silentDays))
                    for since in [nil, day("2024-01-01"), s.asOf, s.asOf + -400] {
                        let full = Brief.compute(s, d, since: since)
                        let lean = Brief.compute(
                            d, asOf: s.asOf, problems: problems, silentDays: silentDays, since: since)
                        let label = "\(name) as of \(s.asOf), since \(since.map(\.description) ?? "default")"
                        #expect(lean.json() == full.json(), "\(label)")
                        for l in [Lang.vi, .en] {
                            #expect(
                                lean.markdown(names: names, lang: l) == full.markdown(names: names, lang: l),
                                "\(label) \(l)")
                        }
                    }
                }
            }
        }
    }

    @Test("Small letters scalar by scalar are lowercased()'s, and other scalars are left to it")
    func smallLetters() {
        var mapped = 0
        for v in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(v), let small = CommitteeRequest.smallLetter(v) else { continue }
            mapped += 1
            #expect(
                String(scalar).lowercased() == String(Unicode.Scalar(small)!),
                "U+\(String(v, radix: 16, uppercase: true))")
        }
        // ASCII, Latin-1, Latin Extended-A, the marks, Vietnamese, punctuation.
        #expect(mapped == 856)
        for note in [
            "ĐỀ NGHỊ BAN CHỈ ĐẠO CHO Ý KIẾN", "Đề nghị Ban Chỉ đạo cho ý kiến chỉ đạo tháo gỡ.",
            "STEERING COMMITTEE — PLEASE ADVISE", "Ơ Ư ơ ư Ă Ĩ Ũ ẞ İ Ÿ Σ Ω K Å", "A\u{301} E\u{323}\u{302}", "",
        ] {
            #expect(CommitteeRequest.smallLetters(note) == Array(note.lowercased().utf8), "\(note)")
        }
    }

    @Test("Dates written in place read as interpolated, in both languages")
    func dates() {
        for text in ["1000-01-01", "1999-12-31", "2024-02-29", "2024-03-31", "2024-10-05", "9999-12-31"] {
            let d = day(text)
            let c = d.civil
            #expect(Formats.date(d, .en) == d.description)
            #expect(
                Formats.date(d, .vi)
                    == "\(c.day < 10 ? "0" : "")\(c.day)/\(c.month < 10 ? "0" : "")\(c.month)/\(c.year)")
        }
        // Years of other widths take the general way.
        let early = Day(year: 999, month: 7, day: 4)!
        #expect(Formats.date(early, .en) == "0999-07-04")
        #expect(Formats.date(early, .vi) == "04/07/999")
    }

    @Test("A table row of safe cells is the row joined and written as one line; unsafe cells take that way")
    func rows() {
        let cellSets: [[String]] = [
            ["T1", "Tiêu đề", "31/03/2024", "5 ngày", "–", "chưa có"], ["", "", ""], ["a "],
            ["x\u{1B}y", "line\nbreak", "tab\there", "bidi\u{202E}"], ["trailing ", " "],
        ]
        for cells in cellSets {
            var quick = MarkdownText()
            quick.row(cells)
            var general = MarkdownText()
            general.line("| " + cells.joined(separator: " | ") + " |")
            #expect(quick.text == general.text, "\(cells)")
        }
    }

    @Test("JSON strings: plain ones appended whole, the rest escaped and made safe (answers written out by hand)")
    func jsonStrings() {
        let cases: [(String, String)] = [
            ("T1", #""T1""#),
            ("Đề nghị Ban Chỉ đạo", #""Đề nghị Ban Chỉ đạo""#),
            ("", #""""#),
            ("a\"b", #""a\"b""#),
            ("back\\slash", #""back\\slash""#),
            ("cr\r\nlf\n", #""cr\nlf\n""#),
            ("\u{1B}[0m", "\"\u{241B}[0m\""),
            ("\u{202E}x", "\"\u{FFFD}x\""),
        ]
        for (text, expected) in cases {
            var out = ""
            JSON.escape(text, into: &out)
            #expect(out == expected, "\(text)")
        }
    }

    @Test("A byte looked up in the table of risky bytes is safe as the scalars say")
    func safeBytes() {
        /// Line breaks kept: LF, and CR before LF.
        func safeKeepingLineBreaks(_ text: String) -> Bool {
            let scalars = Array(text.unicodeScalars)
            for (i, s) in scalars.enumerated() where s != "\n" {
                if s == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { continue }
                if s == "\r" || SafeText.isUnsafe(s) { return false }
            }
            return true
        }
        for v in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            for text in [String(scalar), "a" + String(scalar) + "b", "\r\n" + String(scalar) + "\r\n"] {
                let bytes = Array(text.utf8)
                let name = "U+\(String(v, radix: 16)) in \(bytes)"
                #expect(
                    bytes.withUnsafeBufferPointer { SafeText.isSafe($0, keepingLineBreaks: false) }
                        == !text.unicodeScalars.contains(where: SafeText.isUnsafe), "\(name)")
                #expect(
                    bytes.withUnsafeBufferPointer { SafeText.isSafe($0, keepingLineBreaks: true) }
                        == safeKeepingLineBreaks(text), "\(name)")
            }
        }
    }
}
