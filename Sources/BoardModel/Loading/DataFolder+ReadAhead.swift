import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

/// Reading a big file of rows ahead of the files it refers to.
///
/// `task_updates.csv` (50,000 progress reports) refers to `tasks.csv`
/// (5,000 assignments), so it is read after it, and the second core waited
/// while `tasks.csv` alone was read (make bench, brief). Its rows' only
/// use of `tasks.csv` is whether each `task_id` is known, so it can be
/// read at the same time against the ids `tasks.csv` holds, found by a
/// quick scan of its key column. Once both are read, the read ahead is
/// kept only if those ids are exactly the ids read from `tasks.csv`
/// (valid rows, as shown); otherwise (a row with errors, an id the scan
/// does not take as it is) it is thrown away and the file is read again
/// in its turn. Either way the rows and problems are those of reading the
/// files one after the other.
extension DataFolder {
    /// A pending file worth reading while `wave` is read: a big file of
    /// rows read alone (no rules that look at other files' rows) whose
    /// references are all decided once `wave` is read, at least one of
    /// them by it, each of those with a key column.
    func readAheadCandidate(after wave: [DataFile], pending: [DataFile]) -> DataFile? {
        guard threads > 1 else { return nil }
        func isBig(_ f: DataFile) -> Bool {
            f.spec.readsRowsAlone
                && (FileIO.fingerprint(full(f.rawValue))?.size ?? 0) >= TableReader.halvesThreshold
        }
        // A wave with a big file of its own already keeps both cores busy.
        guard !wave.contains(where: isBig) else { return nil }
        return pending.first { f in
            let inWave = f.references.filter(wave.contains)
            return !inWave.isEmpty && inWave.allSatisfy { $0.keyColumn != nil }
                && !f.references.contains(where: pending.contains) && isBig(f)
        }
    }

    /// Reads `wave` on a second thread while `ahead` is read on this one
    /// (in two halves: `TableHalves`), against the ids a scan finds in the
    /// wave's files it refers to. Takes in the wave; returns the read of
    /// `ahead` when those ids are the ones read, nil when it must be read
    /// again.
    mutating func readTables(_ wave: [DataFile], readingAhead ahead: DataFile) -> TableRead? {
        var assumed = known(for: ahead)
        for r in ahead.references where wave.contains(r) {
            guard let column = r.keyColumn, let ids = Self.scanKeys(full(r.rawValue), column: column) else {
                readTables(wave)
                return nil
            }
            assumed[r] = ids
            assumed.tables[r] = nil
        }
        let jobs = wave.map { (file: $0, path: full($0.rawValue), known: known(for: $0)) }
        let today = today
        let results = ResultSlots<TableRead>(count: jobs.count)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            for (i, job) in jobs.enumerated() {
                results.set(i, DataFolder.read(job.file, at: job.path, known: job.known, today: today))
            }
        }
        let read = DataFolder.read(ahead, at: full(ahead.rawValue), known: assumed, today: today, threads: threads)
        group.wait()
        for (i, job) in jobs.enumerated() {
            if let r = results.values[i] { apply(job.file, r) }
        }
        let actual = known(for: ahead)
        for r in ahead.references where wave.contains(r) && actual[r] != assumed[r] { return nil }
        return read
    }

    /// The values of the column named `column` (the file's key) in a table
    /// file, or nil when the file cannot be read, has no such column, or
    /// holds a value a read might take otherwise than as its bytes (only
    /// ASCII letters, digits, `-`, `_`, `.` and `/` are taken: no spaces to
    /// trim, nothing to normalise). Quoted fields are read as CSV reads
    /// them (a quote doubled, commas and line ends inside).
    static func scanKeys(_ path: String, column: String) -> Set<String>? {
        guard case .success(let bytes) = FileIO.read(path, limit: DataFolder.tableSizeLimit) else { return nil }
        return bytes.withUnsafeBufferPointer { scanKeys($0, column: column) }
    }

    static func scanKeys(_ b: UnsafeBufferPointer<UInt8>, column: String) -> Set<String>? {
        let n = b.count
        let quote = UInt8(ascii: "\"")
        let comma = UInt8(ascii: ",")
        let lf: UInt8 = 0x0A
        let cr: UInt8 = 0x0D
        // A UTF-8 byte-order mark (a file saved by Excel).
        var i = n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
        var ids = Set<String>()
        // Room for a key a line (a line break in quotes only adds room):
        // a set grown insert by insert hashed every key again at each
        // doubling.
        ids.reserveCapacity(lineFeeds(in: b))
        var want = -1
        var isHeader = true
        var field = 0
        // Each field (its bytes, without quotes, are b[start..<end]), then
        // what ends it: a comma, a line end, the end. A byte at a time,
        // nothing copied but the key: a few cycles a byte.
        while true {
            var start = i
            var end = i
            var doubled = false
            if i < n && b[i] == quote {
                i += 1
                start = i
                while true {
                    while i < n && b[i] != quote { i += 1 }
                    guard i < n else { return nil }
                    if i + 1 < n && b[i + 1] == quote {
                        doubled = true
                        i += 2
                        continue
                    }
                    end = i
                    i += 1
                    break
                }
                // Only a separator may follow a closing quote.
                if i < n && b[i] != comma && b[i] != lf && b[i] != cr { return nil }
            } else {
                while i < n && b[i] != comma && b[i] != lf && b[i] != cr { i += 1 }
                end = i
            }
            if isHeader || field == want {
                let bytes = UnsafeBufferPointer(rebasing: b[start..<end])
                if isHeader {
                    let name = String(decoding: bytes, as: UTF8.self).trimmingSpaces().lowercased()
                    if name == column {
                        if want >= 0 { return nil }
                        want = field
                    }
                } else {
                    guard !doubled, bytes.allSatisfy(isIDByte) else { return nil }
                    if !bytes.isEmpty { ids.insert(String(decoding: bytes, as: UTF8.self)) }
                    // The rest of the row is not looked at: on to its line
                    // feed, a quoted field taken whole (`memchr`, not a
                    // byte at a time). A quote inside an unquoted field
                    // would mislead this: the ids then differ from the
                    // ones read, and the file is read again in its turn.
                    guard let next = lineFeed(after: i, in: b) else { return nil }
                    i = next
                }
            }
            if i < n && b[i] == comma {
                field += 1
                i += 1
                continue
            }
            // A line end (CRLF, LF or a lone CR) or the end of the file.
            if i < n && b[i] == cr { i += 1 }
            if i < n && b[i] == lf { i += 1 }
            if isHeader {
                guard want >= 0 else { return nil }
                isHeader = false
            }
            field = 0
            if i >= n { return ids }
        }
    }

    /// The position of the line feed that ends the row `i` is in (or the
    /// end), quotes opening and closing fields; nil when a quote is not
    /// closed.
    private static func lineFeed(after i: Int, in b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = b.baseAddress else { return b.count }
        func find(_ byte: UInt8, from: Int, to: Int) -> Int? {
            guard from < to, let p = memchr(base + from, Int32(byte), to - from) else { return nil }
            return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
        }
        var i = i
        while true {
            let end = find(0x0A, from: i, to: b.count) ?? b.count
            guard let q = find(UInt8(ascii: "\""), from: i, to: end) else { return end }
            // A quoted part: to its closing quote, line feeds and all.
            guard let close = find(UInt8(ascii: "\""), from: q + 1, to: b.count) else { return nil }
            i = close + 1
        }
    }

    /// How many line feeds `b` holds (`memchr`, not a byte at a time).
    private static func lineFeeds(in b: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = b.baseAddress else { return 0 }
        var count = 0
        var i = 0
        while i < b.count, let p = memchr(base + i, 0x0A, b.count - i) {
            count += 1
            i = base.distance(to: p.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return count
    }

    private static func isIDByte(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: "/"):
            return true
        default: return false
        }
    }
}

extension DataFile {
    /// The name of the file's key column, nil without one.
    var keyColumn: String? {
        for c in spec.columns { if case .key = c.info.type { return c.info.name } }
        return nil
    }
}
