#if canImport(Glibc)
import Glibc
#endif
import BoardModel

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

    static let mask: UInt32 = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                                     | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    init(root: String) {
        self.root = root
        let f = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if f >= 0 {
            fd = f
            rootWatch = inotify_add_watch(f, root, FolderWatcher.mask)
            if rootWatch < 0 { close(f); fd = nil }
            watchCrossings()
        }
        if fd == nil { lastSeen = fingerprints() }
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
            let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n <= 0 { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= n {
                let (wd, mask, len) = buf.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let e = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (e.wd, e.mask, Int(e.len))
                }
                if wd == crossingsWatch && (mask & UInt32(IN_IGNORED)) != 0 { crossingsWatch = -1 }
                relevant = true
                offset += MemoryLayout<inotify_event>.size + len
            }
        }
        if crossingsWatch < 0 { watchCrossings() }
        return relevant
    }

    /// Without inotify: true when a file time changed since the last call.
    func pollChanged() -> Bool {
        guard fd == nil else { return false }
        let now = fingerprints()
        defer { lastSeen = now }
        return now != lastSeen
    }

    private func fingerprints() -> [String: FileIO.Fingerprint?] {
        var out: [String: FileIO.Fingerprint?] = [:]
        for f in DataFile.allCases { out[f.rawValue] = FileIO.fingerprint(root + "/" + f.rawValue) }
        let dir = root + "/" + DataFile.crossingsFolder
        for name in FileIO.list(dir) ?? [] { out["crossings/" + name] = FileIO.fingerprint(dir + "/" + name) }
        return out
    }
}
