import BoardModel

#if canImport(Glibc)
    import Glibc
#endif

/// Tells the event loop when the data folder may have changed, without
/// waking it up otherwise.
///
/// inotify watches the folder and `crossings/` (appends, new files, renames,
/// deletions). Where inotify is not available (some network and container
/// file systems) the loop falls back to comparing file times every
/// `pollInterval` — the only periodic wake-up ezboard ever has, and only
/// there.
final class FolderWatcher {
    /// Poll this for `POLLIN` (nil: no inotify; use `pollInterval`).
    private(set) var fd: Int32?
    let root: String
    private var crossingsWatch: Int32 = -1
    private var rootWatch: Int32 = -1
    /// Milliseconds between file-time checks when inotify is missing.
    let pollInterval: Int32 = 2000
    private var lastSeen: [String: FileIO.Fingerprint?] = [:]

    static let mask: UInt32 = UInt32(
        IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
            | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    init(root: String) {
        self.root = root
        let f = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if f >= 0 {
            fd = f
            rootWatch = inotify_add_watch(f, root, FolderWatcher.mask)
            if rootWatch < 0 {
                close(f)
                fd = nil
            }
            watchCrossings()
        }
        lastSeen = fingerprints()
    }

    /// True while changes can only be found by comparing file times: no
    /// inotify at all, or the folder itself went away (deleted, renamed)
    /// and has not come back yet.
    var needsPolling: Bool { fd == nil || rootWatch < 0 }

    /// Watches the folder again once it exists again.
    func rearm() {
        guard let fd, rootWatch < 0, FileIO.isDirectory(root) else { return }
        rootWatch = inotify_add_watch(fd, root, FolderWatcher.mask)
        watchCrossings()
    }

    deinit { if let fd { close(fd) } }

    /// `crossings/` may appear after start: watch it as soon as it exists.
    private func watchCrossings() {
        guard let fd, crossingsWatch < 0 else { return }
        let dir = root + "/" + DataFile.crossingsFolder
        if FileIO.isDirectory(dir) { crossingsWatch = inotify_add_watch(fd, dir, FolderWatcher.mask) }
    }

    /// Reads the pending events; true when any concerns the data (a file
    /// of the folder or of `crossings/`).
    func drain() -> Bool {
        guard let fd else { return false }
        var relevant = false
        var buf = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            // `buf` is 16 KiB, never empty: its base address exists.
            let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n <= 0 { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= n {
                let (wd, mask, len) = buf.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let e = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (e.wd, e.mask, Int(e.len))
                }
                // A watched folder deleted or renamed away: its watch is
                // gone (or follows the old folder): watch the path anew.
                let lost = mask & UInt32(IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF) != 0
                if lost && wd == crossingsWatch {
                    inotify_rm_watch(fd, wd)
                    crossingsWatch = -1
                }
                if lost && wd == rootWatch {
                    inotify_rm_watch(fd, wd)
                    rootWatch = -1
                    if crossingsWatch >= 0 {
                        inotify_rm_watch(fd, crossingsWatch)
                        crossingsWatch = -1
                    }
                }
                relevant = true
                offset += MemoryLayout<inotify_event>.size + len
            }
        }
        if rootWatch < 0 { rearm() } else if crossingsWatch < 0 { watchCrossings() }
        if needsPolling { lastSeen = [:] }
        return relevant
    }

    /// When polling: true when a file time changed since the last call.
    func pollChanged() -> Bool {
        guard needsPolling else { return false }
        rearm()
        let now = fingerprints()
        defer { lastSeen = now }
        return now != lastSeen
    }

    private func fingerprints() -> [String: FileIO.Fingerprint?] {
        var out: [String: FileIO.Fingerprint?] = [:]
        for f in DataFile.allCases { out[f.rawValue] = FileIO.fingerprint(root + "/" + f.rawValue) }
        let dir = root + "/" + DataFile.crossingsFolder
        // By the bytes of each name: a name need not be UTF-8.
        if case .success(let entries) = FileIO.entries(dir) {
            for e in entries { out["crossings/" + e.name] = FileIO.fingerprint(RawPath(dir) + e.raw) }
        }
        return out
    }
}
