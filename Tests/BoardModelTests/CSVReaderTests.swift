// The byte-level RFC 4180 reader, directly and through the loader (where
// its issues become `FILE:LINE:COLUMN` problems).

import Testing

@testable import BoardModel

/// Every record of `bytes`: its fields as text, the line of its first
/// field, whether it ended with a line end, and the issues the reader met.
private struct Read {
    var fields: [String]
    var line: Int
    var complete: Bool
}

private func read(_ bytes: [UInt8]) -> (records: [Read], issues: [CSVReader.SyntaxIssue]) {
    bytes.withUnsafeBufferPointer { buf in
        var r = CSVReader(buf)
        var out: [Read] = []
        var complete = false
        while r.next(complete: &complete) {
            out.append(
                Read(fields: r.fields.map { r.string($0) }, line: r.fields.first!.lineNumber, complete: complete))
        }
        return (out, r.issues)
    }
}

private func read(_ text: String) -> (records: [Read], issues: [CSVReader.SyntaxIssue]) { read(Array(text.utf8)) }

@Suite("CSV reader")
struct CSVReaderTests {
    @Test func quotedFieldMayHoldCommas() {
        let r = read("a,\"b,c\",d\n")
        #expect(r.records.map(\.fields) == [["a", "b,c", "d"]])
        #expect(r.issues.isEmpty)
    }

    @Test func doubledQuoteIsOneQuote() {
        let r = read("\"say \"\"hi\"\"\",x\n\"\"\"\"\n")
        #expect(r.records.map(\.fields) == [["say \"hi\"", "x"], ["\""]])
        #expect(r.issues.isEmpty)
    }

    @Test func quotedLineBreakKeepsFollowingLineNumbers() {
        // Line 1: a,"l1   line 2: l2",b   line 3: c,d,e
        let r = read("a,\"l1\nl2\",b\nc,d,e\n")
        #expect(r.records.map(\.fields) == [["a", "l1\nl2", "b"], ["c", "d", "e"]])
        #expect(r.records.map(\.line) == [1, 3])
    }

    @Test func byteOrderMarkIsSkipped() {
        let r = read([0xEF, 0xBB, 0xBF] + Array("id,name\nA,B\n".utf8))
        #expect(r.records.map(\.fields) == [["id", "name"], ["A", "B"]])
    }

    @Test func crlfLeavesNoCarriageReturnInValues() {
        let r = read("a,b\r\n\"c\",d\r\ne,\"f\"\r\ng,h")
        #expect(r.records.map(\.fields) == [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]])
        #expect(r.records.map(\.line) == [1, 2, 3, 4])
        #expect(r.issues.isEmpty)
    }

    @Test func blankAndWhitespaceOnlyLinesAreSkipped() {
        // Lines: 1 "a,b", 2 "", 3 "   \t", 4 "\r", 5 "c,d", 6 "  "
        let r = read("a,b\n\n   \t\n\r\nc,d\n  ")
        #expect(r.records.map(\.fields) == [["a", "b"], ["c", "d"]])
        #expect(r.records.map(\.line) == [1, 5])
    }

    @Test func trailingCommaIsOneMoreEmptyField() {
        let r = read("a,b,\nc,d,")
        #expect(r.records.map(\.fields) == [["a", "b", ""], ["c", "d", ""]])
    }

    @Test func partialLastLineIsMarkedIncomplete() {
        let r = read("a,b\nc,d")
        #expect(r.records.map(\.complete) == [true, false])
    }

    @Test func unterminatedQuoteIsAnIssueAtItsOpeningQuote() {
        let r = read("a,b\nc,\"d,e\nf\n")
        #expect(r.issues.map(\.kind) == [.unterminatedQuote])
        #expect(r.issues.first?.line == 2)
        // The opening quote is byte 6 of the data ("a,b\n" is 4 bytes, "c," 2).
        #expect(r.issues.first?.offset == 6)
    }

    @Test func textAfterClosingQuoteIsAnIssue() {
        let r = read("\"ab\"cd,e\n")
        #expect(r.issues.map(\.kind) == [.textAfterClosingQuote])
        #expect(r.issues.first?.offset == 4)
        #expect(r.records.count == 1)
        #expect(r.records.first?.fields.count == 2)
    }

    @Test func bareQuoteInUnquotedFieldIsKept() {
        let r = read("ab\"c,d\n")
        #expect(r.records.map(\.fields) == [["ab\"c", "d"]])
        #expect(r.issues.map(\.kind) == [.quoteInUnquotedField])
        #expect(r.issues.first?.offset == 2)
    }

    // Hand-aligned: kept as written.
    // swift-format-ignore
    @Test(arguments: [
        [UInt8(0xFF)],            // never valid
        [0xC0, 0x80],             // overlong NUL
        [0xED, 0xA0, 0x80],       // a surrogate
        [0xF4, 0x90, 0x80, 0x80], // past U+10FFFF
        [0xE1, 0xBA],             // truncated sequence, then a comma
    ])
    func invalidUTF8IsAnIssue(bad: [UInt8]) {
        let r = read(Array("ok,x".utf8) + bad + Array(",y\n".utf8))
        #expect(r.issues.contains { $0.kind == .invalidUTF8 && $0.offset == 4 })
    }

    @Test func validVietnameseAndWideTextIsNoIssue() {
        let r = read("Tằng Loỏng,云G·12345,\"Hồ Kiều, Lào Cai\"\n")
        #expect(r.issues.isEmpty)
        #expect(r.records.map(\.fields) == [["Tằng Loỏng", "云G·12345", "Hồ Kiều, Lào Cai"]])
    }

    @Test func columnsCountUnicodeScalarsNotBytes() {
        // "Thành,x": 'x' is the 7th scalar but the 8th byte.
        let bytes = Array("Thành,x\n".utf8)
        bytes.withUnsafeBufferPointer { buf in
            let r = CSVReader(buf)
            #expect(r.column(offset: 7, lineStart: 0) == 7)
        }
    }
}

// MARK: - Through the loader: problems and their positions

@Suite("CSV syntax through the loader")
struct CSVThroughLoaderTests {
    @Test func quotedLineBreakDoesNotShiftLaterProblems() throws {
        // Line 1 header, lines 2–3 one record (quoted break), line 4 a bad kind.
        let units =
            "id,name,short_name,kind\nU1,\"Ban Quản lý\nKhu Kinh tế\",BQL,board\nU2,Sở Công Thương,,nope\nU3,Huyện Bát Xát,,district\n"
        let f = try load(Minimal.with(["units.csv": units]))
        // "U2,Sở Công Thương,,nope": 'nope' starts at scalar 20
        // (U2, = 3; "Sở Công Thương" = 14 → 17; ",," → 19; nope at 20).
        #expect(f.locations("units.csv") == ["4:20 error"])
        #expect(f.dataSet.units.first?.name == "Ban Quản lý\nKhu Kinh tế")
        #expect(f.dataSet.units.map(\.id) == ["U1", "U3"])
    }

    @Test func byteOrderMarkDoesNotShiftHeaderColumns() throws {
        // "id,name,short_name,kind,extra": 'extra' is scalar 25 of the line
        // (the BOM is not counted).
        let units =
            "\u{FEFF}id,name,short_name,kind,extra\nU1,Ban,,board,x\nU2,Sở,,department,y\nU3,Huyện,,district,z\n"
        let f = try load(Minimal.with(["units.csv": units]))
        #expect(f.locations("units.csv") == ["1:25 warning"])
        #expect(f.dataSet.units.count == 3)
    }

    @Test func byteOrderMarkDoesNotShiftFirstLineErrors() throws {
        // Header "id,name,kind,,": two columns without a name.
        let units = "\u{FEFF}id,name,kind,,\nU1,Ban,board,,\nU2,Sở,department,,\nU3,Huyện,district,,\n"
        let f = try load(Minimal.with(["units.csv": units]))
        // id,name,kind, = 13 scalars; the first unnamed column starts at 14;
        // the second one is a duplicate empty name at 15.
        #expect(f.locations("units.csv") == ["1:14 warning", "1:15 warning"])
    }

    @Test func crlfFileLoadsWithoutCarriageReturns() throws {
        let units = "id,name,short_name,kind\r\nU1,Ban,\"BQL\",board\r\nU2,Sở,,department\r\nU3,Huyện,,district\r\n"
        let f = try load(Minimal.with(["units.csv": units]))
        #expect(f.problems.isEmpty)
        #expect(f.dataSet.units.map(\.kind) == [.board, .department, .district])
        #expect(f.dataSet.units.first?.shortName == "BQL")
    }

    @Test func blankLinesDoNotShiftProblemLines() throws {
        // Line 2 blank, line 3 spaces and a tab, line 5 bad kind.
        let units = "id,name,short_name,kind\n\n  \t\nU1,Ban,,board\nU2,Sở,,nope\n\nU3,Huyện,,district\n"
        let f = try load(Minimal.with(["units.csv": units]))
        // "U2,Sở,,nope": nope at scalar 8.
        #expect(f.locations("units.csv") == ["5:8 error"])
        #expect(f.dataSet.units.map(\.id) == ["U1", "U3"])
    }

    @Test func trailingCommaIsAnExtraField() throws {
        // "U2,Sở,,department,": U=1 2=2 ,=3 S=4 ở=5 ,=6 ,=7 d=8 … t=17 ,=18,
        // so the empty fifth field starts at scalar 19.
        let units = "id,name,short_name,kind\nU1,Ban,,board\nU2,Sở,,department,\nU3,Huyện,,district\n"
        let f = try load(Minimal.with(["units.csv": units]))
        #expect(f.locations("units.csv") == ["3:19 error"])
        #expect(f.problems(of: "units.csv").first?.message.contains("expected 4 fields") == true)
        #expect(f.dataSet.units.map(\.id) == ["U1", "U3"])
    }

    @Test func unterminatedQuoteIsAnErrorAtTheQuote() throws {
        // The quote opens at scalar 4 of line 3 and is never closed: that
        // row is skipped, and reading goes on with line 4 (it used to run
        // to the end of the file, taking U3 with it).
        let units = "id,name,short_name,kind\nU1,Ban,,board\nU2,\"Sở,,department\nU3,Huyện,,district\n"
        let f = try load(Minimal.with(["units.csv": units]))
        let p = f.problems(of: "units.csv")
        #expect(p.map { "\($0.line):\($0.column) \($0.severity)" } == ["3:4 error"])
        #expect(p.first?.message.contains("never closed") == true)
        #expect(f.dataSet.units.map(\.id) == ["U1", "U3"])
    }

    @Test func unterminatedQuoteProblemsStayInsideTheFile() throws {
        // Every problem must name a line of the file (it has 3 lines). The
        // record "U2,\"Sở…\n" has 2 fields; the field count error must not
        // point past the last line.
        let units = "id,name,short_name,kind\nU1,Ban,,board\nU2,\"Sở,,department\n"
        let f = try load(Minimal.with(["units.csv": units]))
        let lines = f.problems(of: "units.csv").map(\.line)
        #expect(lines.contains(3))
        #expect(lines.allSatisfy { $0 >= 1 && $0 <= 3 })

    }

    @Test func textAfterClosingQuoteIsAnError() throws {
        // "U2,\"Sở\"x,,department": the stray 'x' is scalar 8.
        let units = "id,name,short_name,kind\nU1,Ban,,board\nU2,\"Sở\"x,,department\nU3,Huyện,,district\n"
        let f = try load(Minimal.with(["units.csv": units]))
        #expect(f.locations("units.csv") == ["3:8 error"])
        #expect(f.problems(of: "units.csv").first?.message.contains("closing quote") == true)
    }

    @Test func rowWithTextAfterClosingQuoteIsNotLoaded() throws {
        // The row is malformed: loading it would show the name cut to "Sở".
        let units = "id,name,short_name,kind\nU1,Ban,,board\nU2,\"Sở\"x,,department\nU3,Huyện,,district\n"
        let f = try load(Minimal.with(["units.csv": units]))
        #expect(f.dataSet.units.map(\.id) == ["U1", "U3"])

    }

    @Test func rowWithAnUnterminatedQuoteIsNotLoaded() throws {
        // The file ends inside a quote ("U3,Huyện,,\"district", no closing quote,
        // no line end): the error is at the quote (scalar 11 of line 4).
        let units = unitsHeader + "U1,Ban,,board\nU2,Sở,,department\nU3,Huyện,,\"district"
        let f = try load(Minimal.with(["units.csv": units]))
        #expect(f.locations("units.csv") == ["4:11 error"])
        #expect(f.dataSet.units.map(\.id) == ["U1", "U2"])

    }

    @Test func bareQuoteInUnquotedFieldIsAWarningAndTheRowLoads() throws {
        // "U2,Sở \"A\",,department": the first quote is scalar 7, the second 9.
        let units = "id,name,short_name,kind\nU1,Ban,,board\nU2,Sở \"A\",,department\nU3,Huyện,,district\n"
        let f = try load(Minimal.with(["units.csv": units]))
        #expect(f.locations("units.csv") == ["3:7 warning", "3:9 warning"])
        #expect(f.dataSet.units.map(\.name) == ["Ban", "Sở \"A\"", "Huyện"])
    }

    @Test func invalidUTF8NamesLineColumnAndByteAndSkipsTheRow() throws {
        // Line 3 "U2,Thành\xFF,,department": 'T' is scalar 4, "Thành" is 5
        // scalars (4–8), so the bad byte is scalar 9 and byte 10 (à is 2 bytes).
        let units =
            Array("id,name,short_name,kind\nU1,Ban,,board\nU2,Thành".utf8) + [0xFF]
            + Array(",,department\nU3,Huyện,,district\n".utf8)
        let f = try load(bytes: Minimal.with(bytes: ["units.csv": units]))
        #expect(f.locations("units.csv") == ["3:9 error"])
        let message = f.problems(of: "units.csv").first?.message ?? ""
        #expect(message.contains("0xFF"))
        #expect(message.contains("byte 10"))
        #expect(f.dataSet.units.map(\.id) == ["U1", "U3"])
    }

    @Test func invalidUTF8InAQuotedFieldAfterALineBreak() throws {
        // Lines 3–4 are one record; the bad byte 0xC3 (not followed by a
        // continuation byte) is scalar 3 of line 4.
        let units =
            Array("id,name,short_name,kind\nU1,Ban,,board\nU2,\"Sở\nab".utf8) + [0xC3]
            + Array("\",,department\nU3,Huyện,,district\n".utf8)
        let f = try load(bytes: Minimal.with(bytes: ["units.csv": units]))
        #expect(f.locations("units.csv") == ["4:3 error"])
        #expect(f.problems(of: "units.csv").first?.message.contains("0xC3") == true)
        #expect(f.dataSet.units.map(\.id) == ["U1", "U3"])
    }

    @Test func invalidUTF8InTheHeaderIsReportedOnLine1() throws {
        // A bad byte in the header's unknown column: the header line must
        // still be the header; line 2 is a good data row.
        let units =
            Array("id,name,short_name,kind,n".utf8) + [0xFF]
            + Array("te\nU1,Ban,,board,\nU2,Sở,,department,\nU3,Huyện,,district,\n".utf8)
        let f = try load(bytes: Minimal.with(bytes: ["units.csv": units]))
        let p = f.problems(of: "units.csv")
        #expect(p.contains { $0.line == 1 && $0.column == 26 && $0.severity == .error && $0.message.contains("0xFF") })
        #expect(!p.contains { $0.line == 2 })

    }
}
