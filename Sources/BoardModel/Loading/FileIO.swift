#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading the data folder with plain POSIX calls: the loader needs file
/// identity (device, inode, size, mtime) for reloads, reads at offsets for
/// appended crossings, and never writes anything.
public enum FileIO {
    /// What identifies a version of a file cheaply.
    public struct Fingerprint: Hashable, Sendable {
        public var device: UInt64
        public var inode: UInt64
        public var size: Int
        public var modifiedNanos: Int64
    }

    public enum Failure: Error, Sendable, Equatable {
        case missing
        case unreadable(String)
    }

    public static func fingerprint(_ path: String) -> Fingerprint? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Fingerprint(
            device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int(st.st_size),
            modifiedNanos: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
    }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Reads a whole file (or from `offset` on).
    public static func read(_ path: String, from offset: Int = 0) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            return .failure(errno == ENOENT ? .missing : .unreadable(String(cString: strerror(errno))))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        if (st.st_mode & S_IFMT) == S_IFDIR { return .failure(.unreadable("it is a folder")) }
        let expected = max(0, Int(st.st_size) - offset)
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buf, count in
            var done = 0
            // Only entered when `expected` > 0: the buffer then has an address.
            while done < expected {
                let n = pread(fd, buf.baseAddress! + done, expected - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                done += n
            }
            count = done
        }
        // The file may have grown while we read: take what is there now.
        var chunk = [UInt8](repeating: 0, count: 65536)
        // `chunk` is never empty, so its bytes have an address.
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, 65536, off_t(offset + bytes.count)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return .success(bytes)
    }

    /// Files at least this big are mapped rather than copied: copying a
    /// 130 MB log costs ~180 ms of page zeroing and copying, mapping ~10 ms.
    static let mapThreshold = 1 << 20

    /// Calls `body` with the whole file's bytes (mapped when big, read when
    /// small). The bytes are valid only inside `body`.
    public static func withContents<T>(_ path: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> Result<T, Failure>
    {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            return .failure(errno == ENOENT ? .missing : .unreadable(String(cString: strerror(errno))))
        }
        var st = stat()
        let size = fstat(fd, &st) == 0 ? Int(st.st_size) : -1
        if size >= mapThreshold, (st.st_mode & S_IFMT) == S_IFREG,
            let map = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), map != MAP_FAILED
        {
            close(fd)
            defer { munmap(map, size) }
            return .success(body(UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: size)))
        }
        close(fd)
        return read(path).map { bytes in bytes.withUnsafeBufferPointer(body) }
    }

    /// Names of the entries of a folder, sorted; nil when it cannot be read.
    public static func list(_ path: String) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public static func errorText() -> String { String(cString: strerror(errno)) }
}
