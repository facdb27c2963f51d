import Dispatch

extension DataFolder {
    /// Re-reads the crossing logs that changed (all of them when the gate
    /// ids changed). Returns the paths whose content or problems changed.
    /// `dropVanished` (`r`, a reload asked for): logs that are gone take
    /// their rows with them; otherwise they keep them, with a warning.
    mutating func refreshCrossings(entries: [String], gatesChanged: Bool, dropVanished: Bool = false) -> Set<String> {
        let folder = DataFile.crossingsFolder
        var logs: [FileIO.Entry] = []
        let before = crossingsFolderProblems
        crossingsFolderProblems = ProblemList()
        if entries.contains(folder) {
            switch FileIO.entries(full(folder)) {
            case .success(let list):
                logs = list.filter { $0.name.hasSuffix(".csv") && !$0.name.hasPrefix(".") }
            case .failure(let failure):
                // Gone between listing and opening: as if never there.
                let why = FileIO.folderProblem(full(folder))
                if case .unreadable(let reason) = failure {
                    // Say so, and leave the logs as they were last read:
                    // the folder may come back, and its rows did not vanish.
                    crossingsFolderProblems.append(
                        .error(
                            folder, 1, 1,
                            "cannot read the folder of crossing logs: \(why ?? reason); logs read before are still shown"
                        ))
                    return before == crossingsFolderProblems ? [] : [folder]
                }
                if let why {
                    crossingsFolderProblems.append(
                        .error(folder, 1, 1, "cannot read the folder of crossing logs: \(why)"))
                }
            }
        }
        var changed: Set<String> = before.isEmpty ? [] : [folder]
        let paths = logs.map { folder + "/" + $0.name }
        // A log that is gone keeps its rows on screen, with a warning: it
        // may have been rotated away on purpose, or be about to come back.
        // A reload the user asks for reads the folder as it is now.
        for rel in files.keys where rel.hasPrefix(folder + "/") && !paths.contains(rel) {
            if dropVanished {
                files[rel] = nil
                changed.insert(rel)
            } else if files[rel]?.fingerprint != nil {
                files[rel]?.fingerprint = nil
                files[rel]?.problems = [
                    .warning(rel, 1, 1, "the file has vanished; its rows are still shown until r reloads the data")
                ]
                files[rel]?.keptLastGood = true
                changed.insert(rel)
            }
        }
        let gateIDs = ids(.gates)
        // What to do with each log: its path by the bytes of its name
        // (which need not be UTF-8), and what was read before.
        var work: [(rel: String, raw: RawPath, previous: FileState?)] = []
        var bytes = 0
        for (rel, entry) in zip(paths, logs) {
            let raw = RawPath(path) + RawPath(folder) + entry.raw
            let fp = FileIO.fingerprint(raw)
            let previous = files[rel]
            if gatesChanged || previous == nil || fp != previous?.fingerprint {
                work.append((rel, raw, gatesChanged ? nil : previous))
                bytes += fp?.size ?? 0
            }
        }
        guard !work.isEmpty else { return changed }
        let perFileThreads = work.count == 1 ? threads : 1
        let results = ResultSlots<FileState>(count: work.count)
        let jobs = work
        let today = today
        let job: @Sendable (Int) -> Void = { i in
            results.set(
                i,
                CrossingFiles.refresh(
                    path: jobs[i].raw, rel: jobs[i].rel, previous: jobs[i].previous,
                    gateIDs: gateIDs, threads: perFileThreads, today: today))
        }
        // Threads pay off for big logs only: starting them costs more than
        // reading a few small files.
        if threads > 1 && work.count > 1 && bytes >= CrossingReader.parallelThreshold {
            DispatchQueue.concurrentPerform(iterations: work.count, execute: job)
        } else {
            for i in work.indices { job(i) }
        }
        for (i, job) in work.enumerated() {
            // Every slot is filled: concurrentPerform (or the loop) ran each job.
            guard let state = results.values[i] else { continue }
            files[job.rel] = state
            changed.insert(job.rel)
        }
        return changed
    }
}
