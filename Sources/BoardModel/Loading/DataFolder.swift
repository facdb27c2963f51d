import Dispatch

/// A data folder as loaded: the data set to show, every file's problems,
/// and what is needed to reload only what changed.
///
/// Rules for what is shown (data-format.md, "keep the last good data"):
/// - a file's valid rows load even when other rows have errors;
/// - once a file has been read without errors, a later version with errors
///   (or a vanished file) does not replace it: the last good version stays
///   on screen, its problems are reported, and `keptLastGood` says so;
/// - crossing logs grow: appended bytes are read alone, a partial last line
///   waits for its line end, a truncated or replaced log is read again.
public struct DataFolder: Sendable {
    /// Why a folder could not be read at all.
    public struct FolderError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): cannot read the data folder: \(reason)" }
    }

    /// One file's state.
    public struct FileState: Sendable {
        /// The file as last read (nil: missing).
        public var fingerprint: FileIO.Fingerprint?
        /// Problems of the latest read (the first `ProblemList.perFile`,
        /// and how many in all).
        public var problems: ProblemList
        /// What the latest read produced.
        var latest: FileContent?
        /// The last content read without errors.
        var lastGood: FileContent?
        /// When the shown version was written (file modification time, ns).
        public var shownModifiedNanos: Int64?
        /// True when the shown rows are an earlier version than the file's.
        public var keptLastGood: Bool

        public var hasErrors: Bool { problems.hasErrors }
        var shown: FileContent? { hasErrors ? (lastGood ?? latest) : latest }
    }

    public let path: String
    public internal(set) var files: [String: FileState] = [:]
    public private(set) var dataSet = DataSet()
    let threads: Int
    /// A problem with the `crossings/` folder itself (unreadable, not a
    /// folder): its logs are then left as they were last read.
    var crossingsFolderProblems = ProblemList()
    /// Today's date (the machine's clock): a date, month or time after it
    /// is a warning. Nil: no such check (tests that do not look at it).
    /// The dashboard sets it again before each reload.
    public var today: Day?
    /// Problems that involve more than one file (observations far ahead of
    /// the others), found again whenever the data set changes.
    public private(set) var crossFileProblems: [Problem] = []
    /// `AsOf.observationCounts` of the data set as shown, made once per
    /// reload (`countObservations`), and the `today` they are for.
    public private(set) var observationCounts: [Day: Int] = [:]
    private(set) var countedToday: Day?

    /// Every problem of every file, in listing order, with the totals:
    /// gathered once per reload, not each time someone asks (the header
    /// of every frame does).
    public private(set) var problems = ProblemList(limit: .max)

    /// Reads every file of the folder.
    public static func load(_ path: String, threads: Int = 2, today: Day? = nil) throws(FolderError) -> DataFolder {
        var folder = DataFolder(path: path, threads: threads, today: today)
        _ = try folder.refreshAll(force: true)
        return folder
    }

    /// Reads only `files` and the files they refer to, and no crossing
    /// log: what a command that looks at a few tables needs (`ezboard
    /// update` reads the assignments and `people.csv`, not a million
    /// crossings).
    public static func load(_ path: String, only files: [DataFile], today: Day? = nil) throws(FolderError)
        -> DataFolder
    {
        var folder = DataFolder(path: path, threads: 1, today: today)
        var wanted = Set<DataFile>()
        var queue = files
        while let f = queue.popLast() {
            if wanted.insert(f).inserted { queue += f.references }
        }
        folder.only = wanted
        _ = try folder.refreshAll(force: true)
        return folder
    }

    /// The files read (nil: every one, crossing logs included).
    var only: Set<DataFile>?

    /// True when the folder has `file` (read or not, with errors or not).
    public func has(_ file: DataFile) -> Bool { files[file.rawValue]?.fingerprint != nil }

    init(path: String, threads: Int, today: Day? = nil) {
        self.path = path
        self.threads = threads
        self.today = today
        // Before any terminal is set up: see `MappedFileGuard.install`.
        MappedFileGuard.install()
    }

    /// Re-reads what changed on disk. Returns the relative paths whose
    /// shown content or problems changed (empty: nothing to redraw).
    @discardableResult
    public mutating func refresh() throws(FolderError) -> Set<String> {
        try refreshAll(force: false)
    }

    /// Re-reads every file, changed or not (`r` in the dashboard).
    @discardableResult
    public mutating func reloadAll() throws(FolderError) -> Set<String> {
        try refreshAll(force: true)
    }

    func full(_ relative: String) -> String { path + "/" + relative }

    private mutating func refreshAll(force: Bool) throws(FolderError) -> Set<String> {
        let entries: [String]
        switch FileIO.entries(path) {
        case .success(let e): entries = e.map(\.name)
        case .failure:
            let reason = FileIO.folderProblem(path) ?? FileIO.errorText()
            throw FolderError(path: path, reason: reason)
        }
        var changed = Set<String>()
        var rereadTables = Set<DataFile>()
        let gatesBefore = ids(.gates)
        // In load order, a file's references are decided before the file.
        for file in DataFile.loadOrder where only?.contains(file) ?? true {
            let fp = entries.contains(file.rawValue) ? FileIO.fingerprint(full(file.rawValue)) : nil
            if force || fp != files[file.rawValue]?.fingerprint
                || file.references.contains(where: rereadTables.contains)
            {
                rereadTables.insert(file)
            }
        }
        // Files none of whose references is still to be read are read side
        // by side (a wave): a file's references are always decided first.
        // A big file of rows may be read while the files it refers to are
        // (`readTables(_:readingAhead:)`); its read then waits for its wave.
        var pending = DataFile.loadOrder.filter(rereadTables.contains)
        var readAhead: [DataFile: TableRead] = [:]
        while !pending.isEmpty {
            let wave = pending.filter { f in !f.references.contains(where: pending.contains) }
            pending.removeAll(where: wave.contains)
            var rest = wave
            for f in wave {
                guard let r = readAhead.removeValue(forKey: f) else { continue }
                apply(f, r)
                rest.removeAll { $0 == f }
            }
            if let ahead = readAheadCandidate(after: rest, pending: pending) {
                readAhead[ahead] = readTables(rest, readingAhead: ahead)
            } else if !rest.isEmpty {
                readTables(rest)
            }
            changed.formUnion(wave.map(\.rawValue))
        }
        // A change to gates.csv matters to the logs only when it changes
        // the ids they refer to: a touched file, or a gate renamed, leaves
        // millions of rows as they are.
        if only == nil {
            changed.formUnion(
                refreshCrossings(
                    entries: entries, gatesChanged: force || ids(.gates) != gatesBefore, dropVanished: force))
        }
        if !changed.isEmpty {
            rebuildDataSet()
            problems = ProblemList.merging(
                files.values.map(\.problems) + [crossingsFolderProblems, ProblemList(crossFileProblems)])
        }
        return changed
    }

    /// The ids of a file as shown, in file order.
    func ids(_ file: DataFile) -> [String] {
        if case .table(let t)? = files[file.rawValue]?.shown { return t.ids }
        return []
    }

    /// Known ids and rows of the files `file` refers to, as shown.
    func known(for file: DataFile) -> KnownIDs {
        var k = KnownIDs()
        for f in file.references {
            if case .table(let t)? = files[f.rawValue]?.shown {
                k[f] = t.idSet ?? Set(t.ids)
                k.tables[f] = t.stored
            } else {
                k[f] = []
            }
        }
        return k
    }

    /// Table files together bigger than this are parsed on two cores when
    /// they do not refer to each other (a project's events and its
    /// procedures); below it, starting threads costs more than it saves.
    static let parallelTables = 1 << 20

    /// Reads table files that do not refer to each other.
    mutating func readTables(_ wave: [DataFile]) {
        let sizes = wave.map { FileIO.fingerprint(full($0.rawValue))?.size ?? 0 }
        let bytes = sizes.reduce(0, +)
        // A big file is read in two halves at once (`TableHalves`, 50,000
        // progress reports; `OrderedHalves`, 100,000 project events, then
        // their procedures): its wave, the rest of
        // which is small beside it, is then read one file after another.
        let halves = wave.indices.contains { i in
            wave[i].spec.readsInHalves && sizes[i] >= TableReader.halvesThreshold && sizes[i] >= bytes / 2
        }
        guard threads > 1, wave.count > 1, bytes >= DataFolder.parallelTables, !halves else {
            for file in wave {
                apply(
                    file,
                    DataFolder.read(
                        file, at: full(file.rawValue), known: known(for: file), today: today, threads: threads))
            }
            return
        }
        let jobs = wave.map { (file: $0, path: full($0.rawValue), known: known(for: $0)) }
        let today = today
        let results = ResultSlots<TableRead>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            results.set(i, DataFolder.read(jobs[i].file, at: jobs[i].path, known: jobs[i].known, today: today))
        }
        for (i, job) in jobs.enumerated() {
            if let r = results.values[i] { apply(job.file, r) }
        }
    }

    /// What one read of a table file found (made on any thread).
    struct TableRead: Sendable {
        enum Outcome: Sendable {
            case missing
            case unreadable(String)
            case changedWhileReading
            case parsed(FileContent, problems: ProblemList)
        }
        var fingerprint: FileIO.Fingerprint?
        var outcome: Outcome
    }

    /// Reads and parses one table file; touches no state.
    static func read(_ file: DataFile, at path: String, known: KnownIDs, today: Day?, threads: Int = 1) -> TableRead {
        let fp = FileIO.fingerprint(path)
        switch FileIO.read(path, limit: DataFolder.tableSizeLimit) {
        case .failure(.missing): return TableRead(fingerprint: nil, outcome: .missing)
        case .failure(.unreadable(let reason)): return TableRead(fingerprint: fp, outcome: .unreadable(reason))
        case .failure(.changedWhileReading): return TableRead(fingerprint: nil, outcome: .changedWhileReading)
        case .success(let bytes):
            var problems = ProblemList()
            let content = bytes.withUnsafeBufferPointer {
                FileContent.parse(file, bytes: $0, known: known, today: today, threads: threads, problems: &problems)
            }
            return TableRead(fingerprint: fp, outcome: .parsed(content, problems: problems))
        }
    }

    /// Takes in what a read of one table file found.
    mutating func apply(_ file: DataFile, _ read: TableRead) {
        let rel = file.rawValue
        var state =
            files[rel]
            ?? FileState(
                fingerprint: nil, problems: [], latest: nil, lastGood: nil,
                shownModifiedNanos: nil, keptLastGood: false)
        let fp = read.fingerprint
        switch read.outcome {
        case .missing:
            state.fingerprint = nil
            if file.isOptional {
                state.problems = []
                state.latest = nil
                state.lastGood = nil
            } else {
                let shownBefore = state.lastGood ?? state.latest
                state.problems = [
                    .error(
                        rel, 1, 1,
                        shownBefore == nil
                            ? "required file is missing"
                            : "the file has vanished; its last good version is still shown")
                ]
                state.latest = nil
            }
        case .unreadable(let reason):
            state.fingerprint = fp
            state.problems = [.error(rel, 1, 1, "cannot read the file: \(reason)")]
            state.latest = nil
        case .changedWhileReading:
            // Only mapped reads say so; a table is read with `read`.
            state.fingerprint = nil
            state.problems = [.error(rel, 1, 1, "the file changed while it was read; it is read again")]
            state.latest = nil
        case .parsed(let content, var problems):
            state.fingerprint = fp
            problems.sort(by: Problem.listingOrder)
            state.problems = problems
            state.latest = content
            if !state.hasErrors {
                state.lastGood = content
                state.shownModifiedNanos = fp?.modifiedNanos
            } else if state.lastGood == nil {
                state.shownModifiedNanos = fp?.modifiedNanos
            }
        }
        state.keptLastGood = state.hasErrors && state.lastGood != nil
        if state.keptLastGood {
            state.problems.appendAlways(.warning(rel, 1, 1, "showing the last version read without errors"))
        }
        files[rel] = state
    }

    /// The most a table file may hold: tens of thousands of rows would be
    /// a few megabytes; beyond this it is not a file someone keeps by hand.
    public static let tableSizeLimit = 64 << 20
    /// The most a crossing log may hold: ~8 million rows.
    public static let crossingLogSizeLimit = 1 << 30

    private mutating func rebuildDataSet() {
        var d = DataSet()
        for (rel, state) in files {
            state.shown?.apply(to: &d, path: rel)
        }
        dataSet = d
        observationCounts = countObservations()
        countedToday = today
        crossFileProblems = farAheadProblems()
    }
}

/// Slots that concurrent jobs fill, one each.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private(set) var values: [T?]
    private let lock = Lock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.withLock { values[i] = v } }
    /// A value taken out of its slot (the slot left empty, so the value
    /// is the only reference to its storage).
    func take(_ i: Int) -> T? {
        lock.withLock {
            let v = values[i]
            values[i] = nil
            return v
        }
    }
}
