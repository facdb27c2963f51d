/// Reading one crossing log, whole or just its new bytes.
enum CrossingFiles {
    /// How many bytes before the resume point are kept to recognise the
    /// same file: a log rewritten in place (not appended) is read again.
    static let signatureLength = 64

    static func refresh(
        path: RawPath, rel: String, previous: DataFolder.FileState?, gateIDs: [String],
        threads: Int, today: Day? = nil
    ) -> DataFolder.FileState {
        let fp = FileIO.fingerprint(path)
        if let previous, case .crossings(let last)? = previous.latest, let oldFP = previous.fingerprint, let fp,
            !previous.keptLastGood,
            fp.device == oldFP.device, fp.inode == oldFP.inode, fp.size >= last.consumed, last.columns != nil
        {
            if let state = appended(
                path: path, rel: rel, previous: previous, last: last, fingerprint: fp, today: today)
            {
                return state
            }
        }
        return whole(path: path, rel: rel, gateIDs: gateIDs, threads: threads, previous: previous, today: today)
    }

    /// Reads only the bytes after the last complete line; nil when the file
    /// turns out not to be the same log grown (then it is read whole).
    private static func appended(
        path: RawPath, rel: String, previous: DataFolder.FileState,
        last: CrossingReader.Result, fingerprint: FileIO.Fingerprint, today: Day?
    ) -> DataFolder.FileState? {
        let keep = min(signatureLength, last.consumed)
        guard
            case .success(let bytes) = FileIO.read(
                path, from: last.consumed - keep, limit: DataFolder.crossingLogSizeLimit),
            bytes.count >= keep, Array(bytes[0..<keep]) == last.signature
        else { return nil }
        var result = last
        bytes.withUnsafeBufferPointer { all in
            let tail = UnsafeBufferPointer(rebasing: all[keep...])
            var relative = result
            relative.consumed = 0
            relative.today = today
            CrossingReader.readMore(file: rel, buffer: tail, into: &relative, threads: 1)
            result.log = relative.log
            result.problems = relative.problems
            result.consumed = last.consumed + relative.consumed
            result.nextLine = relative.nextLine
            result.signature = signature(of: all, upTo: keep + relative.consumed)
        }
        var state = previous
        state.fingerprint = fingerprint
        state.latest = .crossings(result)
        state.lastGood = .crossings(result)
        state.problems = result.problems
        if result.consumed != last.consumed { state.shownModifiedNanos = fingerprint.modifiedNanos }
        state.keptLastGood = false
        return state
    }

    /// How many times a log cut short while it is read is read again at
    /// once (a logger rotating it); after that, at its next change.
    static let tries = 3

    private static func whole(
        path: RawPath, rel: String, gateIDs: [String], threads: Int,
        previous: DataFolder.FileState?, today: Day?
    ) -> DataFolder.FileState {
        var fp = FileIO.fingerprint(path)
        var state = DataFolder.FileState(
            fingerprint: fp, problems: [], latest: nil, lastGood: previous?.lastGood,
            shownModifiedNanos: previous?.shownModifiedNanos, keptLastGood: false)
        var read: Result<CrossingReader.Result, FileIO.Failure> = .failure(.changedWhileReading)
        for _ in 0..<tries {
            read = FileIO.withContents(path, limit: DataFolder.crossingLogSizeLimit) { bytes in
                var result = CrossingReader.read(
                    file: rel, buffer: bytes, gateIDs: gateIDs, threads: threads, today: today)
                result.signature = signature(of: bytes, upTo: result.consumed)
                return result
            }
            guard case .failure(.changedWhileReading) = read else { break }
            fp = FileIO.fingerprint(path)
        }
        switch read {
        case .failure(let failure):
            let reason: String
            switch failure {
            case .unreadable(let r): reason = r
            case .missing: reason = "it has vanished"
            case .changedWhileReading: reason = "it was cut short while being read; it is read again when it changes"
            }
            state.problems = [.error(rel, 1, 1, "cannot read the file: \(reason)")]
            // Not remembered as read: the next refresh reads it again.
            if failure == .changedWhileReading { fp = nil }
            state.fingerprint = fp
        case .success(let result):
            state.fingerprint = fp
            state.latest = .crossings(result)
            state.problems = result.problems
            // A log whose header is broken has nothing to show: keep the last good rows.
            if result.columns != nil || state.lastGood == nil {
                state.lastGood = .crossings(result)
                state.shownModifiedNanos = fp?.modifiedNanos
            }
        }
        state.keptLastGood = state.hasErrors && state.lastGood != nil && !isShowingLatest(state)
        if state.keptLastGood {
            state.problems.appendAlways(.warning(rel, 1, 1, "showing the last version read without errors"))
        }
        return state
    }

    private static func isShowingLatest(_ s: DataFolder.FileState) -> Bool {
        guard case .crossings(let a)? = s.latest, case .crossings(let b)? = s.lastGood else { return false }
        return a.consumed == b.consumed && a.log.count == b.log.count
    }

    static func signature(of b: UnsafeBufferPointer<UInt8>, upTo end: Int) -> [UInt8] {
        Array(b[max(0, end - signatureLength)..<end])
    }
}
