#if canImport(Glibc)
    import Glibc
#endif

/// Reads one CSV file with a header into rows whose fields are found by
/// column name, reporting every problem with its line and column.
///
/// Used for every file except the crossing log (which has a faster reader
/// of its own, `CrossingReader`, sharing the same header rules).
final class TableReader {
    let file: String
    let buffer: UnsafeBufferPointer<UInt8>
    /// The ids references are checked against.
    let known: KnownIDs
    /// Today's date: a date or month after it is a warning (nil: no check).
    var today: Day?
    /// The problems of the rows (syntax and rules, in one list, so the
    /// first ones kept are the first ones found).
    private var source: RecordSource {
        get { sourceSlot.pointee }
        _modify { yield &sourceSlot.pointee }
    }
    /// Where `source` is: in raw storage, not a stored `var` of this class,
    /// which Swift checks for exclusive access at every use — twice a row
    /// here (make bench).
    private let sourceSlot: UnsafeMutablePointer<RecordSource>
    var problems: ProblemList { source.problems }
    /// Keys claimed so far (`Row.claim`) → the line of the first.
    var firstLineOfKey: [String: Int] = [:]
    /// The columns the spec lists, and (in debug builds) those read so far.
    let listed: [ColumnInfo]
    private(set) var columnsRead: Set<String> = []
    /// Per `ColumnInfo.key`, the column's field index in the header (-1:
    /// not in the header, or not a column of this file): a column's field
    /// is one array read away, for every cell of every row. A `let`: a
    /// `var` of a class is checked for exclusive access at every read.
    private let fieldOfKey: [Int32]
    let fieldCount: Int
    /// The references found valid so far, per field (`repeatedRef`).
    private let refs: RefSlots

    var reader: CSVReader { source.reader }
    /// The reader's first byte: a field's bytes are found from it without
    /// copying the reader (its field storage and issues) for every cell.
    private let base: UnsafePointer<UInt8>

    /// Where fields are on their lines (`reader.column(of:)` without a copy of the reader).
    let places: CSVReader.Places

    /// A field's bytes, as `reader.bytes(f)`.
    @inline(__always)
    func bytes(_ f: CSVReader.Field) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + f.start, count: f.end - f.start)
    }

    /// Nil when the file has no header or lacks a required column (the
    /// problem is recorded; no row can be read).
    init?(
        file: String, buffer: UnsafeBufferPointer<UInt8>, columns: [ColumnInfo], known: KnownIDs,
        problems sink: inout ProblemList
    ) {
        self.file = file
        self.buffer = buffer
        self.known = known
        listed = columns
        var opened = RecordSource(file: file, buffer: buffer)
        base = opened.reader.base
        places = opened.reader.places
        var complete = false
        guard
            let header = HeaderMap(file: file, source: &opened, schema: Schema(columns), complete: &complete)
        else {
            sink.append(contentsOf: opened.problems)
            return nil
        }
        sink.append(contentsOf: opened.problems)
        opened.problems = ProblemList()
        sourceSlot = .allocate(capacity: 1)
        sourceSlot.initialize(to: opened)
        var fieldOfKey = [Int32](repeating: -1, count: (columns.map(\.key).max() ?? -1) + 1)
        for c in columns { if let i = header.columns[c.name] { fieldOfKey[c.key] = Int32(i) } }
        self.fieldOfKey = fieldOfKey
        fieldCount = header.fieldCount
        refs = RefSlots(count: header.fieldCount)
    }

    deinit {
        sourceSlot.deinitialize(count: 1)
        sourceSlot.deallocate()
    }

    /// A reader of the same file from `offset`, where a record starts on
    /// `line`, with this one's header (`TableHalves`' second half).
    init(continuing other: TableReader, at offset: Int, line: Int) {
        file = other.file
        buffer = other.buffer
        known = other.known
        today = other.today
        listed = other.listed
        let opened = RecordSource(
            file: other.file, buffer: other.buffer, start: offset, line: line, lineEnd: other.reader.lineEnd)
        sourceSlot = .allocate(capacity: 1)
        sourceSlot.initialize(to: opened)
        base = opened.reader.base
        places = opened.reader.places
        fieldOfKey = other.fieldOfKey
        fieldCount = other.fieldCount
        refs = RefSlots(count: other.fieldCount)
    }

    /// Where the next record starts.
    var position: Int { source.position }

    /// Files with fewer bytes than this are read on one thread: a second
    /// costs more than it saves (`TableHalves`).
    static let halvesThreshold = 1 << 20

    /// Adds a problem of a row; `make` is called only if it is kept.
    func report(_ severity: Problem.Severity, _ make: () -> Problem) {
        source.problems.append(severity, make)
    }

    /// Calls `body` with each data row that has the header's number of
    /// fields; rows with another count are reported and skipped. Only the
    /// rows that start before `end`, when given.
    func forEachRow(until end: Int = .max, _ body: (Row) -> Void) {
        var complete = false
        // One row object for every record while the reader's storage
        // stays where it is (a new one only when it grows): making and
        // freeing one for each of 100,000 rows cost an eighth of reading
        // them (make bench, projects).
        var row: Row?
        // `end`: the rows starting before it (the first of two halves).
        while source.position < end, source.next(complete: &complete) {
            // The reader's own storage, not a copy: the row is read before
            // the next record is (a copy of each row's fields was a tenth
            // of reading a file of 100,000 rows: make bench).
            let fields = source.fields
            if fields.count != fieldCount {
                source.reportFieldCount(fields, expected: fieldCount)
                continue
            }
            let current: Row
            if let row, row.fields.baseAddress == fields.baseAddress {
                current = row
            } else {
                current = Row(table: self, fields: fields)
                row = current
            }
            current.start(firstNonASCII: source.firstNonASCII, mayNeedNFC: source.mayNeedNFC)
            body(current)
        }
    }

    /// A problem at a field kept from an earlier row (`Row.field(of:)`);
    /// at `line`, column 1, without one.
    func problem(at field: CSVReader.Field?, line: Int, _ severity: Problem.Severity, _ message: String) -> Problem {
        guard let f = field else {
            return Problem(file: file, line: line, column: 1, severity: severity, message: message)
        }
        return Problem(
            file: file, line: f.lineNumber, column: reader.column(of: f), severity: severity, message: message)
    }

    /// The column of `f`, a field of the row whose first field is `first`.
    /// A row starts at the start of a line, so a field on its first line
    /// is counted from there, rather than by scanning back for the line's
    /// start (every row's observed date: make bench, projects); a field
    /// after a quoted line break, or a first field not just after a line
    /// end (a byte-order mark), is found the long way.
    /// When the record has no non-ASCII byte before `f` (`firstNonASCII`),
    /// each byte up to it is one column: no bytes are counted at all.
    func column(of f: CSVReader.Field, inRowFrom first: CSVReader.Field, firstNonASCII: Int = 0) -> Int {
        let start = first.origin
        guard f.line == first.line, start > 0, base[start - 1] == places.lineEnd else { return places.column(of: f) }
        if f.origin <= firstNonASCII { return f.origin - start + 1 }
        return places.column(offset: f.origin, lineStart: start)
    }

    /// Notes that `column` was read; false when the spec does not list it.
    func noteRead(_ column: ColumnInfo) -> Bool {
        columnsRead.insert(column.name)
        return listed.contains(column)
    }

    /// The value of a valid reference at field `index` found earlier with
    /// the same bytes as `f` (escapes alike), else nil: the one just above
    /// (a file lists one project's rows together), else any earlier one
    /// (progress reports over thousands of assignments come in no order:
    /// each id is then checked once, not once a row; make bench, brief).
    func repeatedRef(_ index: Int, _ f: CSVReader.Field) -> String? {
        guard index < refs.slots.count else { return nil }
        let slot = refs.slots.baseAddress! + index
        // A short id (nearly every one) is its own key: found in one
        // probe, with no hash to work out and no bytes to compare.
        if let key = shortKey(f) { return slot.pointee.seen.value(key) }
        guard let last = slot.pointee.last else { return nil }
        if sameBytes(last, f) { return slot.pointee.lastValue }
        guard let seen = slot.pointee.seen.find(refHash(f)), sameBytes(seen.field, f) else { return nil }
        slot.pointee.last = seen.field
        slot.pointee.lastValue = seen.value
        return seen.value
    }

    /// Before the first reference of a big file's field `index` to `file`
    /// is read: every known id of `file` that is printable ASCII of at
    /// most 7 bytes, noted as if found valid (`shortKey`), so that no cell
    /// with exactly its bytes is checked and looked up in a set. Such a
    /// cell is that id by `Row.ref`'s general path too (its bytes are the
    /// id's, nothing to trim or undo, known), so every row reads the same
    /// (`RowFastPathTests`). Each half of 50,000 progress reports first
    /// met each of 5,000 assignments on its own (make bench, brief).
    @inline(__always)
    func seedRefs(_ index: Int, to file: DataFile) {
        // Once per field: a check on every row (half a million references
        // on make bench's projects), the work out of line.
        guard index < refs.slots.count, !refs.slots[index].seeded else { return }
        seedRefsOnce(index, to: file)
    }

    @inline(never)
    private func seedRefsOnce(_ index: Int, to file: DataFile) {
        let slot = refs.slots.baseAddress! + index
        slot.pointee.seeded = true
        let ids = known[file]
        // Only where cells are expected to outnumber the ids several times
        // over (progress reports on assignments, not events on ten thousand
        // projects, whose rows come grouped: `last` finds those).
        guard buffer.count >= TableReader.seedThreshold, buffer.count >= ids.count * 512 else { return }
        let none = CSVReader.Field(start: 0, end: 0, line: 0, quoted: false, hasEscapes: false)
        for id in ids {
            var id = id
            let key = id.withUTF8 { b -> UInt64? in
                guard b.allSatisfy({ $0 &- 0x21 < 0x5E }) else { return nil }
                return TableReader.shortKey(b)
            }
            if let key { slot.pointee.seen.set(key, none, id) }
        }
    }

    /// Files with fewer bytes than this check each reference's first
    /// sight (`seedRefs`): the known ids could outnumber their rows.
    static let seedThreshold = halvesThreshold

    /// Notes a reference found valid and known (`repeatedRef`).
    func rememberRef(_ index: Int, _ f: CSVReader.Field, _ value: String) {
        guard index < refs.slots.count else { return }
        let slot = refs.slots.baseAddress! + index
        slot.pointee.last = f
        slot.pointee.lastValue = value
        slot.pointee.seen.set(shortKey(f) ?? refHash(f), f, value)
    }

    /// The key of a field of at most 7 bytes without escapes: its bytes
    /// and length, which no other field shares, and which no `refHash`
    /// is (its lowest byte is 0x81 to 0x8F, a hash's is 0x01).
    @inline(__always)
    func shortKey(_ f: CSVReader.Field) -> UInt64? {
        let n = f.end &- f.start
        guard n <= 7, !f.hasEscapes else { return nil }
        // Near the buffer's end, a byte at a time (no word to load).
        guard f.start &+ 8 <= buffer.count else {
            return TableReader.shortKey(UnsafeBufferPointer(start: base + f.start, count: n))
        }
        let word = UInt64(littleEndian: UnsafeRawPointer(base + f.start).loadUnaligned(as: UInt64.self))
        return TableReader.shortKey(packed: word & ((1 &<< UInt64(n &* 8)) &- 1), count: n)
    }

    /// `shortKey` of these bytes (at most 7; nil for more).
    static func shortKey(_ b: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard b.count <= 7 else { return nil }
        var bytes: UInt64 = 0
        for i in 0..<b.count { bytes |= UInt64(b[i]) &<< UInt64(i &* 8) }
        return shortKey(packed: bytes, count: b.count)
    }

    /// The key of `count` bytes packed little-endian into `bytes`.
    @inline(__always)
    private static func shortKey(packed bytes: UInt64, count n: Int) -> UInt64 {
        bytes &<< 8 | 0x81 | UInt64(n &<< 1)
    }

    @inline(__always)
    private func sameBytes(_ a: CSVReader.Field, _ b: CSVReader.Field) -> Bool {
        let n = b.end - b.start
        guard a.hasEscapes == b.hasEscapes, a.end - a.start == n else { return false }
        return memcmp(base + a.start, base + b.start, n) == 0
    }

    /// FNV-1a over a field's bytes (ids are short); a collision only
    /// costs the full check, as `sameBytes` decides.
    private func refHash(_ f: CSVReader.Field) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ (f.hasEscapes ? 1 : 0)
        var p = base + f.start
        for _ in f.start..<f.end {
            h = (h ^ UInt64(p.pointee)) &* 0x100_0000_01B3
            p += 1
        }
        // The lowest byte 0x01: never a `shortKey`.
        return h & ~0xFF | 0x01
    }

    /// The field index of `column` in the header, nil when the header
    /// lacks it.
    @inline(__always)
    func index(of column: ColumnInfo) -> Int? {
        let key = column.key
        guard key < fieldOfKey.count else { return nil }
        let i = fieldOfKey[key]
        return i < 0 ? nil : Int(i)
    }
}

/// Per field index, the references found valid and known (`Row.ref`): the
/// last one, and every one by the hash of its bytes. In raw storage, not
/// in arrays held by the reader: a class's `var` is checked for exclusive
/// access at every use, three times a row here (make bench, projects).
final class RefSlots {
    struct Slot {
        var last: CSVReader.Field?
        var lastValue = ""
        var seen = RefTable()
        /// `TableReader.seedRefs` ran for this field.
        var seeded = false
    }
    let slots: UnsafeMutableBufferPointer<Slot>

    init(count: Int) {
        slots = .allocate(capacity: count)
        // One table each: `initialize(repeating:)` would copy one table's
        // storage into every slot.
        for i in 0..<count { (slots.baseAddress! + i).initialize(to: Slot()) }
    }

    deinit {
        for slot in slots { slot.seen.free() }
        slots.deinitialize()
        slots.deallocate()
    }
}

/// The columns a file must have, and those it may have, by name.
struct Schema {
    var required: [String]
    var optional: [String]

    init(_ columns: [ColumnInfo]) {
        required = columns.filter(\.isRequired).map(\.name)
        optional = columns.filter { !$0.isRequired }.map(\.name)
    }

    func knows(_ name: String) -> Bool { required.contains(name) || optional.contains(name) }
}

extension String {
    func trimmingSpaces() -> String {
        // Almost always nothing to trim: check the ends before slicing.
        let u = utf8
        if let f = u.first, let l = u.last, f != 0x20, f != 0x09, l != 0x20, l != 0x09 { return self }
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
