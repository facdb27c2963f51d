import Dispatch

/// The fast reader for the crossing log, which can hold millions of rows.
///
/// Same rules and messages as the other files, but no `String` per row:
/// times, numbers and enums are parsed from bytes, gates are matched
/// against the few known ids byte by byte, cargo types are interned. A big
/// file is split at a line end near its middle and both halves are parsed
/// at once; if the split fell inside a quoted field (a quoted line break),
/// the second half is parsed again after the first.
///
/// A last line without its line end is not an error: the gate's logger may
/// be writing it. It is left unread (`consumed` stops before it) and read
/// when its line end arrives.
public enum CrossingReader {
    static let schema = Schema(CrossingsLog.columns)

    /// Where each column is in a log's rows, from its header.
    public struct Columns: Sendable, Equatable {
        var time = 0, gate = 0, direction = 0, plate = 0, cargo = 0
        var tonnes: Int?, value: Int?
        var fieldCount = 0
        /// The file's line end (LF, or CR in a classic-Mac file).
        var lineEnd: UInt8 = 0x0A
    }

    /// What a read produced, and where to resume.
    public struct Result: Sendable {
        public var log: CrossingLog
        public var problems: ProblemList
        /// Bytes of complete lines read: the offset to resume from.
        public var consumed: Int
        /// The physical line at `consumed`.
        public var nextLine: Int
        /// Nil when the header is missing, unfinished or lacks a column.
        public var columns: Columns?
        /// The last bytes before `consumed`, to recognise the same file later.
        var signature: [UInt8] = []
        /// Today's date: a time on a later local date is a warning (nil: no check).
        var today: Day?
    }

    /// Files smaller than this are not worth a second thread.
    static let parallelThreshold = 4 << 20

    /// Reads a whole log file. `gateIDs`: the gates it may refer to.
    public static func read(
        file: String, buffer: UnsafeBufferPointer<UInt8>, gateIDs: [String],
        threads: Int = 2, today: Day? = nil
    ) -> Result {
        var log = CrossingLog()
        log.gateIDs = gateIDs
        // A new log may be empty for a moment before its header is written.
        if buffer.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return Result(log: log, problems: [], consumed: 0, nextLine: 1, columns: nil, today: today)
        }
        let lineEnd = CSVReader.lineEnding(of: buffer)
        var source = RecordSource(file: file, buffer: buffer, lineEnd: lineEnd)
        source.holdsPartialLastLine = true
        var complete = false
        guard let header = HeaderMap(file: file, source: &source, schema: schema, complete: &complete),
            var columns = Columns(header)
        else {
            return Result(log: log, problems: source.problems, consumed: 0, nextLine: 1, columns: nil, today: today)
        }
        columns.lineEnd = lineEnd
        var result = Result(
            log: log, problems: source.problems, consumed: source.position,
            nextLine: source.line, columns: columns, today: today)
        readMore(file: file, buffer: buffer, into: &result, threads: threads)
        return result
    }

    /// Reads the rows after `result.consumed` (new bytes appended to the
    /// log), adding them to `result`.
    public static func readMore(
        file: String, buffer: UnsafeBufferPointer<UInt8>, into result: inout Result,
        threads: Int = 2
    ) {
        guard let columns = result.columns else { return }
        let start = result.consumed
        let size = buffer.count - start
        if threads >= 2, size >= parallelThreshold,
            let split = lineEnd(after: start + size / 2, in: buffer, lineEnd: columns.lineEnd)
        {
            // Two halves at once; the second's lines are counted from 1 and
            // shifted once the first half's line count is known.
            let halves = Halves()
            let shared = SharedBuffer(buffer: buffer)
            let gateIDs = result.log.gateIDs
            let firstLine = result.nextLine
            let today = result.today
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                let range = i == 0 ? start..<split : split..<shared.buffer.count
                let chunk = parseRows(
                    file: file, buffer: shared.buffer, range: range, line: i == 0 ? firstLine : 1,
                    columns: columns, gateIDs: gateIDs, today: today)
                halves.set(i, chunk)
            }
            // concurrentPerform returns once both iterations have run, and
            // each has filled its slot.
            let first = halves.chunks[0]!
            // The first half ending exactly at the split means the split was
            // between records, so the second half was read correctly.
            if first.consumed == split {
                var second = halves.chunks[1]!
                let shift = first.nextLine - 1
                second.problems.shiftLines(by: shift)
                merge(first, into: &result)
                second.nextLine += shift
                merge(second, into: &result)
                return
            }
            // The split fell inside a quoted field: read on from where the
            // first half really stopped.
            merge(first, into: &result)
        }
        let rest = parseRows(
            file: file, buffer: buffer, range: result.consumed..<buffer.count, line: result.nextLine,
            columns: columns, gateIDs: result.log.gateIDs, today: result.today)
        merge(rest, into: &result)
    }

    /// The offset just past the first line end at or after `offset`.
    static func lineEnd(after offset: Int, in buffer: UnsafeBufferPointer<UInt8>, lineEnd: UInt8 = 0x0A) -> Int? {
        var p = offset
        while p < buffer.count {
            if buffer[p] == lineEnd { return p + 1 < buffer.count ? p + 1 : nil }
            p += 1
        }
        return nil
    }

    /// What one range of the file gave.
    struct ParsedRange {
        var chunk: CrossingLog.Chunk
        var problems: ProblemList
        var consumed: Int
        var nextLine: Int
    }

    /// The file's bytes, shared read-only by the two threads.
    struct SharedBuffer: @unchecked Sendable { let buffer: UnsafeBufferPointer<UInt8> }

    /// Where the two threads leave their halves (each writes its own slot).
    final class Halves: @unchecked Sendable {
        private(set) var chunks: [ParsedRange?] = [nil, nil]
        private let lock = Lock()
        func set(_ i: Int, _ chunk: ParsedRange) { lock.withLock { chunks[i] = chunk } }
    }

    static func merge(_ chunk: ParsedRange, into result: inout Result) {
        result.log.append(chunk.chunk)
        result.problems.append(contentsOf: chunk.problems)
        result.consumed = chunk.consumed
        result.nextLine = chunk.nextLine
    }

    /// Parses the complete rows of `range`.
    static func parseRows(
        file: String, buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>, line: Int,
        columns c: Columns, gateIDs: [String], today: Day? = nil
    ) -> ParsedRange {
        // The first instant after today, local time: a later time is a warning.
        let tomorrow = today.map { Int64($0.daysSinceEpoch + 1) * 86400 - Int64(LocalTime.offsetSeconds) }
        let bounded = UnsafeBufferPointer(start: buffer.baseAddress, count: range.upperBound)
        var source = RecordSource(
            file: file, buffer: bounded, start: range.lowerBound, line: line, lineEnd: c.lineEnd)
        source.holdsPartialLastLine = true
        let expected = range.count / 120
        var times: [Int64] = []
        var gateColumn: [UInt16] = []
        var directions: [UInt8] = []
        var cargos: [UInt32] = []
        var tonnesColumn: [Float] = []
        var values: [Double] = []
        times.reserveCapacity(expected)
        gateColumn.reserveCapacity(expected)
        directions.reserveCapacity(expected)
        cargos.reserveCapacity(expected)
        tonnesColumn.reserveCapacity(expected)
        values.reserveCapacity(expected)
        let gates = GateMatcher(gateIDs)
        var cargo = CargoInterner()
        var complete = false
        var fieldsRead = 0
        var dayCache = LocalTime.DayCache()
        var consumed = range.lowerBound
        var nextLine = line
        var problems = ProblemList()
        let places = source.reader.places

        while source.next(complete: &complete) {
            let fields = source.fields
            fieldsRead = fields.count
            if !complete { break }  // A partial last line: read when complete.
            consumed = source.position
            nextLine = source.line
            if fields.count != c.fieldCount {
                source.reportFieldCount(fields, expected: c.fieldCount)
                continue
            }
            var ok = true
            // The message is made only when the problem is kept. Into a
            // list of its own: capturing `source` here would cost the
            // whole loop its hold of it in registers.
            @inline(__always) func fail(_ f: CSVReader.Field, _ message: @autoclosure () -> String) {
                ok = false
                problems.append(.error) { .error(file, f.lineNumber, places.column(of: f), message()) }
            }
            let base = source.reader.base

            let tf = fields[c.time]
            let tb = trimmed(UnsafeBufferPointer(start: base + tf.start, count: tf.end - tf.start))
            let time = LocalTime.parse(tb, cache: &dayCache)
            if time == nil {
                fail(tf, tb.isEmpty ? CrossingsLog.emptyTime : Messages.notATime(tb))
            } else if let time, let tomorrow, time >= tomorrow, let today {
                problems.append(
                    .warning(
                        file, tf.lineNumber, source.column(of: tf),
                        Messages.future("time \(LocalTime.format(epochSeconds: time))", today: today)))
            }

            let gf = fields[c.gate]
            let gb = trimmed(UnsafeBufferPointer(start: base + gf.start, count: gf.end - gf.start))
            let gate = gates.index(of: gb)
            if gate == nil {
                fail(
                    gf,
                    gb.isEmpty
                        ? CrossingsLog.emptyGate
                        : Messages.unknown(CrossingsLog.gateNoun, gb))
            }

            let df = fields[c.direction]
            let db = trimmed(UnsafeBufferPointer(start: base + df.start, count: df.end - df.start))
            var direction: UInt8 = 0
            if bytesEqual(db, "export") {
                direction = 0
            } else if bytesEqual(db, "import") {
                direction = 1
            } else {
                fail(
                    df,
                    db.isEmpty
                        ? CrossingsLog.emptyDirection
                        : "\(Messages.quoted(db)) is not one of export, import")
            }

            let pf = fields[c.plate]
            if trimmed(UnsafeBufferPointer(start: base + pf.start, count: pf.end - pf.start)).isEmpty {
                fail(pf, CrossingsLog.emptyPlate)
            }

            let cf = fields[c.cargo]
            let cb = trimmed(UnsafeBufferPointer(start: base + cf.start, count: cf.end - cf.start))
            if cb.isEmpty { fail(cf, CrossingsLog.emptyCargo) }

            var tonnes = Float.nan
            if let i = c.tonnes {
                let f = fields[i]
                let b = trimmed(UnsafeBufferPointer(start: base + f.start, count: f.end - f.start))
                if !b.isEmpty {
                    switch NumberParsing.checked(b) {
                    case .value(let v) where v >= 0: tonnes = Float(v)
                    case .value: fail(f, CrossingsLog.negativeTonnes)
                    case .notANumber: fail(f, NumberParsing.explain(String(decoding: b, as: UTF8.self)))
                    case .outOfRange: fail(f, NumberParsing.outOfRange(String(decoding: b, as: UTF8.self)))
                    }
                }
            }
            var value = Double.nan
            if let i = c.value {
                let f = fields[i]
                let b = trimmed(UnsafeBufferPointer(start: base + f.start, count: f.end - f.start))
                if !b.isEmpty {
                    switch NumberParsing.checked(b) {
                    case .value(let v) where v >= 0: value = v
                    case .value: fail(f, CrossingsLog.negativeValue)
                    case .notANumber: fail(f, NumberParsing.explain(String(decoding: b, as: UTF8.self)))
                    case .outOfRange: fail(f, NumberParsing.outOfRange(String(decoding: b, as: UTF8.self)))
                    }
                }
            }
            guard ok, let time, let gate else { continue }
            let cargoIndex =
                cf.hasEscapes
                ? cargo.index(ofText: source.reader.string(cf).trimmingSpaces())
                : cargo.index(of: cb)
            times.append(time)
            gateColumn.append(gate)
            directions.append(direction)
            cargos.append(cargoIndex)
            tonnesColumn.append(tonnes)
            values.append(value)
        }
        if complete || fieldsRead == 0 {
            // Only blank lines after the last record: they are read too.
            consumed = source.position
            nextLine = source.line
        }
        problems.append(contentsOf: source.problems)
        problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        let chunk = CrossingLog.Chunk(
            time: times, gate: gateColumn, direction: directions, cargo: cargos,
            tonnes: tonnesColumn, valueUSD: values, cargoNames: cargo.names)
        return ParsedRange(chunk: chunk, problems: problems, consumed: consumed, nextLine: nextLine)
    }
}

extension CrossingReader.Columns {
    /// Nil when a required column is missing (`HeaderMap` has then
    /// already reported it and returned nil itself).
    init?(_ h: HeaderMap) {
        guard let time = h.columns[CrossingsLog.time.name], let gate = h.columns[CrossingsLog.gateID.name],
            let direction = h.columns[CrossingsLog.direction.name], let plate = h.columns[CrossingsLog.plate.name],
            let cargo = h.columns[CrossingsLog.cargo.name]
        else { return nil }
        self.time = time
        self.gate = gate
        self.direction = direction
        self.plate = plate
        self.cargo = cargo
        tonnes = h.columns[CrossingsLog.tonnes.name]
        value = h.columns[CrossingsLog.valueUSD.name]
        fieldCount = h.fieldCount
    }
}
