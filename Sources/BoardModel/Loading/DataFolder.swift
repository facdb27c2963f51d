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
        /// Problems of the latest read.
        public var problems: [Problem]
        /// What the latest read produced.
        var latest: FileContent?
        /// The last content read without errors.
        var lastGood: FileContent?
        /// When the shown version was written (file modification time, ns).
        public var shownModifiedNanos: Int64?
        /// True when the shown rows are an earlier version than the file's.
        public var keptLastGood: Bool

        public var hasErrors: Bool { problems.contains { $0.severity == .error } }
        var shown: FileContent? { hasErrors ? (lastGood ?? latest) : latest }
    }

    public let path: String
    public private(set) var files: [String: FileState] = [:]
    public private(set) var dataSet = DataSet()
    let threads: Int

    /// Every problem of every file, in listing order.
    public var problems: [Problem] {
        files.values.flatMap(\.problems).sorted(by: Problem.listingOrder)
    }

    /// Reads every file of the folder.
    public static func load(_ path: String, threads: Int = 2) throws(FolderError) -> DataFolder {
        var folder = DataFolder(path: path, threads: threads)
        _ = try folder.refreshAll(force: true)
        return folder
    }

    init(path: String, threads: Int) {
        self.path = path
        self.threads = threads
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

    private func full(_ relative: String) -> String { path + "/" + relative }

    private mutating func refreshAll(force: Bool) throws(FolderError) -> Set<String> {
        guard FileIO.isDirectory(path), let entries = FileIO.list(path) else {
            throw FolderError(path: path, reason: FileIO.isDirectory(path) ? FileIO.errorText() : "no such folder")
        }
        var changed = Set<String>()
        var rereadTables = Set<DataFile>()
        // In load order, a file's references are decided before the file.
        for file in DataFile.loadOrder {
            let fp = entries.contains(file.rawValue) ? FileIO.fingerprint(full(file.rawValue)) : nil
            if force || fp != files[file.rawValue]?.fingerprint
                || file.references.contains(where: rereadTables.contains)
            {
                rereadTables.insert(file)
            }
        }
        // Files none of whose references is still to be read are read side
        // by side (a wave): a file's references are always decided first.
        var pending = DataFile.loadOrder.filter(rereadTables.contains)
        while !pending.isEmpty {
            let wave = pending.filter { f in !f.references.contains(where: pending.contains) }
            pending.removeAll(where: wave.contains)
            readTables(wave)
            changed.formUnion(wave.map(\.rawValue))
        }
        changed.formUnion(
            refreshCrossings(entries: entries, gatesChanged: changed.contains(DataFile.gates.rawValue) || force))
        if !changed.isEmpty { rebuildDataSet() }
        return changed
    }

    /// The ids of a file as shown, in file order.
    private func ids(_ file: DataFile) -> [String] {
        if case .table(let t)? = files[file.rawValue]?.shown { return t.ids }
        return []
    }

    /// Known ids and rows of the files `file` refers to, as shown.
    private func known(for file: DataFile) -> KnownIDs {
        var k = KnownIDs()
        for f in file.references {
            k[f] = Set(ids(f))
            if case .table(let t)? = files[f.rawValue]?.shown { k.tables[f] = t.stored }
        }
        return k
    }

    /// Table files together bigger than this are parsed on two cores when
    /// they do not refer to each other (a project's events and its
    /// procedures); below it, starting threads costs more than it saves.
    static let parallelTables = 1 << 20

    /// Reads table files that do not refer to each other.
    private mutating func readTables(_ wave: [DataFile]) {
        let bytes = wave.reduce(0) { $0 + (FileIO.fingerprint(full($1.rawValue))?.size ?? 0) }
        guard threads > 1, wave.count > 1, bytes >= DataFolder.parallelTables else {
            for file in wave { apply(file, DataFolder.read(file, at: full(file.rawValue), known: known(for: file))) }
            return
        }
        let jobs = wave.map { (file: $0, path: full($0.rawValue), known: known(for: $0)) }
        let results = ResultSlots<TableRead>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            results.set(i, DataFolder.read(jobs[i].file, at: jobs[i].path, known: jobs[i].known))
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
            case parsed(FileContent, problems: [Problem])
        }
        var fingerprint: FileIO.Fingerprint?
        var outcome: Outcome
    }

    /// Reads and parses one table file; touches no state.
    static func read(_ file: DataFile, at path: String, known: KnownIDs) -> TableRead {
        let fp = FileIO.fingerprint(path)
        switch FileIO.read(path) {
        case .failure(.missing): return TableRead(fingerprint: nil, outcome: .missing)
        case .failure(.unreadable(let reason)): return TableRead(fingerprint: fp, outcome: .unreadable(reason))
        case .success(let bytes):
            var problems: [Problem] = []
            let content = bytes.withUnsafeBufferPointer {
                FileContent.parse(file, bytes: $0, known: known, problems: &problems)
            }
            return TableRead(fingerprint: fp, outcome: .parsed(content, problems: problems))
        }
    }

    /// Takes in what a read of one table file found.
    private mutating func apply(_ file: DataFile, _ read: TableRead) {
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
        case .parsed(let content, let problems):
            state.fingerprint = fp
            state.problems = problems.sorted(by: Problem.listingOrder)
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
            state.problems.append(.warning(rel, 1, 1, "showing the last version read without errors"))
        }
        files[rel] = state
    }

    // MARK: Crossings

    private mutating func refreshCrossings(entries: [String], gatesChanged: Bool) -> Set<String> {
        let folder = DataFile.crossingsFolder
        let names: [String]
        if entries.contains(folder), FileIO.isDirectory(full(folder)) {
            names = (FileIO.list(full(folder)) ?? []).filter { $0.hasSuffix(".csv") && !$0.hasPrefix(".") }
        } else {
            names = []
        }
        let paths = names.map { folder + "/" + $0 }
        var changed = Set<String>()
        // A log that is gone keeps its rows on screen, with a warning: it
        // may have been rotated away on purpose, or be about to come back.
        for rel in files.keys
        where rel.hasPrefix(folder + "/") && !paths.contains(rel) && files[rel]?.fingerprint != nil {
            files[rel]?.fingerprint = nil
            files[rel]?.problems = [.warning(rel, 1, 1, "the file has vanished; its rows are still shown")]
            files[rel]?.keptLastGood = true
            changed.insert(rel)
        }
        let gateIDs = ids(.gates)
        // What to do with each log.
        var work: [(rel: String, previous: FileState?)] = []
        for rel in paths {
            let fp = FileIO.fingerprint(full(rel))
            let previous = files[rel]
            if gatesChanged || previous == nil || fp != previous?.fingerprint {
                work.append((rel, gatesChanged ? nil : previous))
            }
        }
        guard !work.isEmpty else { return changed }
        let perFileThreads = work.count == 1 ? threads : 1
        let results = ResultSlots<FileState>(count: work.count)
        let root = path
        let jobs = work
        let job: @Sendable (Int) -> Void = { i in
            results.set(
                i,
                CrossingFiles.refresh(
                    root: root, rel: jobs[i].rel, previous: jobs[i].previous,
                    gateIDs: gateIDs, threads: perFileThreads))
        }
        // Threads pay off for big logs only: starting them costs more than
        // reading a few small files.
        let bytes = work.reduce(0) { $0 + (FileIO.fingerprint(full($1.rel))?.size ?? 0) }
        if threads > 1 && work.count > 1 && bytes >= CrossingReader.parallelThreshold {
            DispatchQueue.concurrentPerform(iterations: work.count, execute: job)
        } else {
            for i in work.indices { job(i) }
        }
        for (i, job) in work.enumerated() {
            files[job.rel] = results.values[i]
            changed.insert(job.rel)
        }
        return changed
    }

    private mutating func rebuildDataSet() {
        var d = DataSet()
        for (rel, state) in files {
            state.shown?.apply(to: &d, path: rel)
        }
        dataSet = d
    }
}

/// Slots that concurrent jobs fill, one each.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private(set) var values: [T?]
    private let lock = Lock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.withLock { values[i] = v } }
}
