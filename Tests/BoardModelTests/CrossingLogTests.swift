// The crossing log: append-only files, partial last lines, reloads, and
// the two-thread read of big logs.

import Testing

@testable import BoardModel

private let row1 = "2024-01-20T08:00:00,G1,export,24C-123.45,chuối,1.5,100\n"
private let row2 = "2024-01-20T09:00:00,G1,import,云G·12345,phân bón,,\n"

private func readLog(_ text: [UInt8], gates: [String] = ["G1", "G2"]) -> CrossingReader.Result {
    text.withUnsafeBufferPointer {
        CrossingReader.read(file: "crossings/x.csv", buffer: $0, gateIDs: gates, threads: 2)
    }
}

@Suite("Crossing log")
struct CrossingLogTests {
    @Test func partialLastLineIsNotAnErrorAndIsReadOnceComplete() {
        let complete = Array((crossingsHeader + row1 + row2).utf8)
        // Cut in the middle of row 2's direction ("imp"): not an error, not loaded.
        let cut = (crossingsHeader + row1).utf8.count + 26
        var r = readLog(Array(complete[..<cut]))
        #expect(r.problems.isEmpty)
        #expect(r.log.count == 1)
        #expect(r.consumed == (crossingsHeader + row1).utf8.count)
        #expect(r.nextLine == 3)
        complete.withUnsafeBufferPointer { CrossingReader.readMore(file: "crossings/x.csv", buffer: $0, into: &r) }
        #expect(r.problems.isEmpty)
        #expect(r.log.count == 2)
        #expect(r.log.direction == [0, 1])
        #expect(r.consumed == complete.count)
    }

    @Test func partialLastLineCutInsideAMultiByteCharacterIsNotAnError() {
        // The logger has written "phân b" and the first two bytes of "ó" (C3 B3) — one of them.
        let complete = Array((crossingsHeader + row1 + row2).utf8)
        let prefix = Array((crossingsHeader + row1 + "2024-01-20T09:00:00,G1,import,云G·12345,phân b").utf8)
        var r = readLog(prefix + [0xC3])
        #expect(r.log.count == 1)
        #expect(r.problems.isEmpty)

        complete.withUnsafeBufferPointer { CrossingReader.readMore(file: "crossings/x.csv", buffer: $0, into: &r) }
        #expect(r.log.count == 2)
        #expect(r.problems.isEmpty)

    }

    @Test func partialHeaderIsNotAnError() {
        // A new log whose header is still being written: "time,gate_id,dir".
        let r = readLog(Array("time,gate_id,dir".utf8))
        #expect(r.columns == nil)
        #expect(r.consumed == 0)
        #expect(r.problems.isEmpty)

        // Once its line end arrives it is read as usual.
        let full = readLog(Array((crossingsHeader + row1).utf8))
        #expect(full.problems.isEmpty)
        #expect(full.log.count == 1)
    }

    @Test func appendedRowsAreLoadedOnRefresh() throws {
        try withTempFolder(
            Minimal.with(["crossings/2024-01-20.csv": crossingsHeader + row1 + "2024-01-20T09:00:00,G1,im"])
        ) { root in
            var f = try DataFolder.load(root)
            #expect(f.lines == [])
            #expect(f.dataSet.crossingCount == 1)
            appendFile(root + "/crossings/2024-01-20.csv", "port,云G·12345,phân bón,,\n")
            let changed = try f.refresh()
            #expect(changed == ["crossings/2024-01-20.csv"])
            #expect(f.lines == [])
            #expect(f.dataSet.crossingCount == 2)
        }
    }

    @Test func appendedBadRowsNameTheirOwnLines() throws {
        try withTempFolder(Minimal.with(["crossings/2024-01-20.csv": crossingsHeader + row1 + row2])) { root in
            var f = try DataFolder.load(root)
            #expect(f.dataSet.crossingCount == 2)
            // Line 4: a good row with a quoted line break in the cargo (lines 4–5);
            // line 6: unknown gate at 21; line 7: blank; line 8: bad direction at 24.
            appendFile(
                root + "/crossings/2024-01-20.csv",
                "2024-01-20T10:00:00,G1,export,A,\"chuối\nxanh\",,\n"
                    + "2024-01-20T10:05:00,GX,export,B,x,,\n\n"
                    + "2024-01-20T10:10:00,G1,sideways,C,x,,\n")
            try f.refresh()
            #expect(f.locations("crossings/2024-01-20.csv") == ["6:21 error", "8:24 error"])
            #expect(f.dataSet.crossingCount == 3)
        }
    }

    @Test func rewrittenLogIsReadAgainWhole() throws {
        try withTempFolder(Minimal.with(["crossings/2024-01-20.csv": crossingsHeader + row1 + row2])) { root in
            var f = try DataFolder.load(root)
            #expect(f.dataSet.crossingCount == 2)
            // Replaced by a shorter log with one import row: not an append.
            writeFile(
                root + "/crossings/2024-01-20.csv",
                Array((crossingsHeader + "2024-01-21T08:00:00,G2,import,A,x,1,2\n").utf8))
            try f.refresh()
            #expect(f.lines == [])
            #expect(f.dataSet.crossings["crossings/2024-01-20.csv"]?.direction == [1])
        }
    }

    @Test func newLogFileIsPickedUpOnRefresh() throws {
        try withTempFolder(Minimal.files) { root in
            var f = try DataFolder.load(root)
            #expect(f.dataSet.crossingCount == 0)
            makeFolder(root + "/crossings")
            writeFile(root + "/crossings/2024-01-21.csv", Array((crossingsHeader + row1 + row2).utf8))
            try f.refresh()
            #expect(f.dataSet.crossingCount == 2)
            #expect(f.lines == [])
        }
    }

    @Test func tableFileWithoutAFinalLineEndLoadsItsLastRow() throws {
        let f = try load(
            Minimal.with(["units.csv": unitsHeader + "U1,Ban,,board\nU2,Sở,,department\nU3,Huyện,,district"]))
        #expect(f.lines == [])
        #expect(f.dataSet.units.map(\.id) == ["U1", "U2", "U3"])
    }

    @Test func crossingRowsKeepTheirValues() throws {
        let f = try load(Minimal.with(["crossings/2024-01-20.csv": crossingsHeader + row1 + row2]))
        let l = try #require(f.dataSet.crossings["crossings/2024-01-20.csv"])
        #expect(l.gateIDs.count >= 1)
        #expect(l.gates == ["G1", "G1"])
        #expect(l.direction == [0, 1])
        #expect(l.cargo == ["chuối", "phân bón"])
        #expect(l.tonnes[0] == 1.5)
        #expect(l.tonnes[1].isNaN)  // absent, not zero
        #expect(l.valueUSD[0] == 100)
        #expect(l.valueUSD[1].isNaN)
    }
}

/// Logs over 4 MB are read in two halves at once; these build one whose
/// expected line numbers are counted while it is built.
@Suite("Big crossing log")
struct BigCrossingLogTests {
    /// A ~4.2 MB log. With `quotedBlockAtMiddle`, one row's cargo is a quoted
    /// field of ten 100,000-byte lines (as many line breaks as a log's
    /// quoted field may hold) spanning the file's middle, so the split
    /// falls inside it. The last-but-one row has an unknown gate.
    static func build(quotedBlockAtMiddle: Bool) -> (bytes: [UInt8], rows: Int, badLine: Int) {
        var b = Array(crossingsHeader.utf8)
        var line = 2
        var rows = 0
        let row = Array("2024-01-20T08:00:00,G1,export,24C-123.45,chuối,1.5,100\n".utf8)
        while b.count < 2_000_000 {
            b += row
            line += 1
            rows += 1
        }
        if quotedBlockAtMiddle {
            b += Array("2024-01-20T08:00:00,G2,import,B,\"".utf8)
            for _ in 0..<RecordSource.logQuotedLineBreaks { b += Array(repeating: 0x78, count: 100_000) + [0x0A] }
            b += Array("\",,\n".utf8)
            line += RecordSource.logQuotedLineBreaks + 1
            rows += 1
        }
        while b.count < 4_200_000 {
            b += row
            line += 1
            rows += 1
        }
        let badLine = line
        b += Array("2024-01-20T08:00:00,GX,export,24C-123.45,chuối,1.5,100\n".utf8)
        line += 1
        b += row
        rows += 1
        return (b, rows, badLine)
    }

    @Test(arguments: [false, true])
    func bigLogLinesAreRightAcrossTheSplit(quotedBlockAtMiddle: Bool) {
        let (bytes, rows, badLine) = Self.build(quotedBlockAtMiddle: quotedBlockAtMiddle)
        let r = readLog(bytes)
        #expect(r.log.count == rows)
        // "2024-01-20T08:00:00,GX": the gate is at 21.
        #expect(r.problems.map { "\($0.line):\($0.column)" } == ["\(badLine):21"])
        #expect(r.consumed == bytes.count)
    }
}
