import Dispatch

/// File rules in two steps, so that a big file with rules across its rows
/// can be read in two halves at once (`OrderedHalves`): `look` at each row
/// alone, in either half (where its project is: nothing another row
/// changes), then `judge` the rows one after another in file order (the
/// same event twice, the latest event). One pass calls both for each row,
/// through `keep`.
protocol OrderedFileRules: FileRuleSet {
    associatedtype Look: Sendable
    /// The column a row against the rules is reported at.
    static var errorColumn: ColumnInfo { get }
    /// What `judge` needs of a row (read while the row is), and what the
    /// record may take from the rules. Changes no state other rows see.
    mutating func look(_ record: inout Record, _ row: Row) -> Look
    /// In file order: nil to keep the row, else the error that skips it
    /// (reported at `errorColumn`). `line`: the row's first line. The
    /// record where it is, not a copy: a copy of each (its strings
    /// retained and released) was a fifth of judging 100,000 project
    /// events (make bench, projects).
    mutating func judge(_ record: UnsafePointer<Record>, _ look: Look, line: Int) -> String?
    /// Before `judge`: how many rows are to come. Default: nothing.
    mutating func reserve(_ rows: Int)
}

extension OrderedFileRules {
    mutating func reserve(_ rows: Int) {}

    mutating func keep(_ record: inout Record, _ row: Row) -> Bool {
        let look = look(&record, row)
        let message = withUnsafePointer(to: &record) { judge($0, look, line: row.line) }
        guard let message else { return true }
        row.error(Self.errorColumn, message)
        return false
    }
}

extension TableSpec where FileRules: OrderedFileRules {
    static var readsInHalves: Bool { true }

    static func readInHalves(_ t: TableReader) -> (part: TablePart<Self>, problems: ProblemList, after: [Problem])? {
        guard let read = OrderedHalves<Self>(t)?.read() else { return nil }
        return (read.part, read.problems, read.after)
    }
}

/// A big file whose rules span its rows (`OrderedFileRules`; 100,000
/// project events were a third of loading make bench's projects set, on
/// one core) read in two halves at once, as `TableHalves` reads a file of
/// rows alone: each half reads its rows and looks at each; then every row
/// is judged in file order, and a row's error is put among its half's
/// problems where one pass would have put it (after the row's own). Rows,
/// problems, their order, places and caps are those of one pass
/// (`OrderedHalvesTests`). A half with more problems than a list keeps
/// (`ProblemList.perFile`: their order past the cap is not kept) has the
/// file read again in one pass.
struct OrderedHalves<Spec: TableSpec> where Spec.FileRules: OrderedFileRules {
    typealias Look = Spec.FileRules.Look

    /// What one half read: per row read and looked at, to be judged, its
    /// record and look, and where it is (arrays side by side: a row is
    /// copied once, into the file's rows).
    struct Half: Sendable {
        var records: [Spec.Record] = []
        var looks: [Look] = []
        var places: [Place] = []
        var problems = ProblemList()

        mutating func reserve(_ n: Int) {
            records.reserveCapacity(n)
            looks.reserveCapacity(n)
            places.reserveCapacity(n)
        }
    }

    /// Where a row is: its first line, the cell its error would be at,
    /// its observation, and how many problems its half had found once it
    /// was read (its own included).
    struct Place: Sendable {
        var line: Int
        var errorField: CSVReader.Field?
        var observed: Observed?
        var mark: Int
    }

    /// The file's rows and row problems, and those of the rules once the
    /// whole file is read (`finish`).
    struct Read {
        var part: TablePart<Spec>
        var problems: ProblemList
        var after: [Problem]
    }

    let first: TableReader
    let second: TableReader
    let cut: Int

    /// Nil when the file is too small to be worth it, or has no line end
    /// after its middle.
    init?(_ t: TableReader) {
        guard let (second, cut) = t.secondHalf() else { return nil }
        // Rows that only the rules relate: a key is claimed in file order.
        assert(Spec.file.noun == nil, "\(Spec.self) has a key column")
        first = t
        self.second = second
        self.cut = cut
    }

    func read() -> Read {
        let rules = Spec.FileRules(known: first.known)
        let readers = Readers(first: first, second: second, rules: rules)
        let halves = ResultSlots<Half>(count: 2)
        let cut = self.cut
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            var looking = readers.rules
            var half = Half()
            let reader = i == 0 ? readers.first : readers.second
            half.reserve((i == 0 ? cut - reader.position : reader.buffer.count - cut) / 32)
            reader.forEachRow(until: i == 0 ? cut : .max) { row in Self.look(row, &looking, reader, into: &half) }
            half.problems = reader.problems
            halves.set(i, half)
        }
        // concurrentPerform returns once both halves are read. Taken out of
        // their slots, so that the first half's rows become the file's
        // without a copy.
        var parts = [halves.take(0)!]
        if first.position == cut {
            parts.append(halves.take(1)!)
        } else {
            // A quoted field runs over the cut: the first half reads on.
            var looking = rules
            first.forEachRow { row in Self.look(row, &looking, first, into: &parts[0]) }
            parts[0].problems = first.problems
        }
        guard parts.allSatisfy({ $0.problems.omitted == 0 }) else { return onePass() }
        return judge(&parts, rules)
    }

    /// The file read again, in one pass (its header's problems, already
    /// reported, left out).
    private func onePass() -> Read {
        var header = ProblemList()
        guard
            let t = TableReader(
                file: first.file, buffer: first.buffer, columns: first.listed, known: first.known, problems: &header)
        else { return Read(part: TablePart(), problems: ProblemList(), after: []) }
        t.today = first.today
        var rules = Spec.FileRules(known: t.known)
        var part = TablePart<Spec>()
        t.forEachRow { row in part.take(row, &rules) }
        return Read(part: part, problems: t.problems, after: rules.finish(t))
    }

    /// Reads a row, looks at it and keeps it for `judge`.
    private static func look(_ row: Row, _ rules: inout Spec.FileRules, _ reader: TableReader, into half: inout Half) {
        guard var record = Spec.record(row) else { return }
        half.looks.append(rules.look(&record, row))
        var observed: Observed?
        if let day = Spec.observedOn(record), let column = Spec.observedColumn {
            let place = row.place(column)
            observed = Observed(day: day, line: place.line, column: place.column)
        }
        let problems = reader.problems
        half.places.append(
            Place(
                line: row.line, errorField: row.field(of: Spec.FileRules.errorColumn), observed: observed,
                mark: problems.errorCount + problems.warningCount))
        half.records.append(consume record)
    }

    /// The rows in file order: those the rules keep, and every problem in
    /// the order one pass finds them.
    private func judge(_ halves: inout [Half], _ start: Spec.FileRules) -> Read {
        var rules = start
        var part = TablePart<Spec>()
        let count = halves.reduce(0) { $0 + $1.records.count }
        rules.reserve(count)
        part.observed.reserveCapacity(count)
        var problems = ProblemList()
        for h in halves.indices {
            // Taken out, so that the first half's rows become the file's without a copy.
            let half = halves[h]
            halves[h] = Half()
            let found = half.problems.kept
            var next = 0
            // Rows the rules skip: few, if any.
            var skipped: [Int] = []
            half.records.withUnsafeBufferPointer { records in
                half.looks.withUnsafeBufferPointer { looks in
                    half.places.withUnsafeBufferPointer { places in
                        for k in 0..<records.count {
                            let place = places[k]
                            guard let message = rules.judge(records.baseAddress! + k, looks[k], line: place.line)
                            else {
                                if let o = place.observed { part.observed.append(o) }
                                continue
                            }
                            skipped.append(k)
                            while next < place.mark {
                                problems.append(found[next])
                                next += 1
                            }
                            problems.append(.error) {
                                first.problem(at: place.errorField, line: place.line, .error, message)
                            }
                        }
                    }
                }
            }
            while next < found.count {
                problems.append(found[next])
                next += 1
            }
            if skipped.isEmpty, part.rows.isEmpty {
                part.rows = half.records
            } else if skipped.isEmpty {
                part.rows += half.records
            } else {
                part.rows.reserveCapacity(count)
                var s = 0
                for k in half.records.indices {
                    if s < skipped.count, skipped[s] == k {
                        s += 1
                    } else {
                        part.rows.append(half.records[k])
                    }
                }
            }
        }
        return Read(part: part, problems: problems, after: rules.finish(first))
    }

    /// The two readers, each used by one thread only, and the rules as
    /// they start (each thread looks with its own copy).
    private struct Readers: @unchecked Sendable {
        let first: TableReader
        let second: TableReader
        let rules: Spec.FileRules
    }
}
