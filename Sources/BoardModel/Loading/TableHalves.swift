import Dispatch

/// What reading a file's rows, or a part of them, gives: the records
/// kept, their ids and where their observations are, in file order.
struct TablePart<Spec: TableSpec>: Sendable {
    var rows: [Spec.Record] = []
    var ids: [String] = []
    var observed: [Observed] = []
    /// Where the records go instead of `rows` when set: a half of a file
    /// read in two (`TableHalves`), whose records are then moved, not
    /// copied, into one array.
    var run: RecordRun<Spec.Record>?
    /// Read once, not for every row (a computed property on some specs).
    private let observedColumn = Spec.observedColumn

    /// Takes one row: its record, when valid and kept by the file's rules.
    mutating func take(_ row: Row, _ rules: inout Spec.FileRules) {
        guard var record = Spec.record(row), rules.keep(&record, row) else { return }
        if let id = row.key { ids.append(id) }
        if let day = Spec.observedOn(record), let column = observedColumn {
            let place = row.place(column)
            observed.append(Observed(day: day, line: place.line, column: place.column))
        }
        // Last, so the record moves into the array rather than being copied.
        if let run { run.append(record) } else { rows.append(record) }
    }

}

/// A big file whose rows are read alone (`TableSpec.readsRowsAlone`), read
/// in two halves on two cores: 50,000 progress reports are most of what
/// `ezboard brief` waits for (make bench, assignments). The file is cut
/// at a line end near its middle; the second half starts there on the
/// line it has in the file, so its rows, problems and places are what one
/// pass would give. If the first half does not end exactly at the cut (a
/// quoted field runs over it), the second half is thrown away and the
/// first reads on to the end, as one pass would.
struct TableHalves<Spec: TableSpec> {
    let first: TableReader
    let second: TableReader
    let cut: Int

    /// Nil when the file is too small to be worth it, or has no line end
    /// after its middle.
    init?(_ t: TableReader) {
        guard let (second, cut) = t.secondHalf() else { return nil }
        // Each half sees only its own rows: no rules across them.
        assert(Spec.FileRules.self == NoFileRules<Spec.Record>.self, "\(Spec.self) has rules across rows")
        first = t
        self.second = second
        self.cut = cut
    }

    /// Both halves' rows, and their problems in file order (each half's
    /// own list: appended one after the other, they keep and count what
    /// one list of the whole file would).
    func read() -> (part: TablePart<Spec>, problems: [ProblemList]) {
        let readers = Readers(first: first, second: second)
        let parts = ResultSlots<TablePart<Spec>>(count: 2)
        let cut = self.cut
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            var part = TablePart<Spec>()
            part.run = RecordRun()
            var rules = Spec.FileRules(known: readers.first.known)
            if i == 0 {
                readers.first.forEachRow(until: cut) { row in part.take(row, &rules) }
            } else {
                readers.second.forEachRow { row in part.take(row, &rules) }
            }
            parts.set(i, part)
        }
        // concurrentPerform returns once both halves are read.
        var part = parts.take(0)!
        if first.position == cut {
            let next = parts.take(1)!
            part.rows = RecordRun.joined([part.run!, next.run!])
            part.run = nil
            part.ids += next.ids
            part.observed += next.observed
            return (part, [first.problems, second.problems])
        }
        var rules = Spec.FileRules(known: first.known)
        first.forEachRow { row in part.take(row, &rules) }
        part.rows = RecordRun.joined([part.run!])
        part.run = nil
        return (part, [first.problems])
    }

    /// The two readers, each used by one thread only.
    private struct Readers: @unchecked Sendable {
        let first: TableReader
        let second: TableReader
    }
}

extension TableReader {
    /// The reader of a big file's second half, from a line end near the
    /// middle of what is left to read, and where it starts (`cut`); nil
    /// when the file is too small to be worth it or has no line end after
    /// its middle (`TableHalves`, `OrderedHalves`).
    func secondHalf() -> (reader: TableReader, cut: Int)? {
        let start = position
        let size = buffer.count - start
        let lineEnd = reader.lineEnd
        guard size >= TableReader.halvesThreshold,
            let cut = CrossingReader.lineEnd(after: start + size / 2, in: buffer, lineEnd: lineEnd)
        else { return nil }
        // The reader counts a line at each line-end byte, quoted or not.
        let line = reader.line + TableReader.count(lineEnd, in: buffer, start..<cut)
        return (TableReader(continuing: self, at: cut, line: line), cut)
    }

    /// How many bytes of `range` are `byte`: eight at a time (half a big
    /// file, before either half starts).
    static func count(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var n = 0
        var p = range.lowerBound
        let base = UnsafeRawPointer(buffer.baseAddress!)
        while p &+ 8 <= range.upperBound {
            // Exact per byte (no borrow between bytes): a byte of `x` is
            // zero exactly when its top bit ends up clear here.
            let x = base.loadUnaligned(fromByteOffset: p, as: UInt64.self) ^ (ones &* UInt64(byte))
            let nonzero = ((x & lows) &+ lows) | x
            n &+= 8 &- (nonzero & ~lows).nonzeroBitCount
            p &+= 8
        }
        while p < range.upperBound {
            if buffer[p] == byte { n += 1 }
            p += 1
        }
        return n
    }
}
