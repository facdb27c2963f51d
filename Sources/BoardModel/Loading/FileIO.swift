#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading the data folder with plain POSIX calls: the loader needs file
/// identity (device, inode, size, mtime) for reloads, reads at offsets for
/// appended crossings, and never writes anything.
///
/// Only regular files are read: a FIFO would block `open` (and the whole
/// dashboard with it) until a writer came, a device such as `/dev/zero`
/// never ends. Files are opened non-blocking, checked with `fstat`, and
/// read up to a size limit (docs/data-format.md, "Limits").
public enum FileIO {
    /// What identifies a version of a file cheaply. Times are kept as
    /// seconds and nanoseconds: a file may carry any time (`touch -d
    /// 2300-01-01`), and nanoseconds since 1970 only reach 1677–2262.
    public struct Fingerprint: Hashable, Sendable {
        public var device: UInt64
        public var inode: UInt64
        public var size: Int
        public var modifiedSeconds: Int64
        public var modifiedNanosecond: Int64

        /// The modification time in nanoseconds since 1970, held at the
        /// nearest end of what an Int64 can say for a time outside
        /// 1677–2262.
        public var modifiedNanos: Int64 {
            let (ns, overflow) = modifiedSeconds.multipliedReportingOverflow(by: 1_000_000_000)
            if overflow { return modifiedSeconds < 0 ? .min : .max }
            let (sum, over) = ns.addingReportingOverflow(modifiedNanosecond)
            return over ? .max : sum
        }

        init(_ st: stat) {
            device = UInt64(st.st_dev)
            inode = UInt64(st.st_ino)
            size = Int(st.st_size)
            modifiedSeconds = Int64(st.st_mtim.tv_sec)
            modifiedNanosecond = Int64(st.st_mtim.tv_nsec)
        }
    }

    public enum Failure: Error, Sendable, Equatable {
        case missing
        case unreadable(String)
        /// The file shrank while it was being read (`withContents`).
        case changedWhileReading
    }

    public static func fingerprint(_ path: String) -> Fingerprint? { fingerprint(RawPath(path)) }

    public static func fingerprint(_ path: RawPath) -> Fingerprint? {
        var st = stat()
        guard path.withCString({ stat($0, &st) }) == 0 else { return nil }
        return Fingerprint(st)
    }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Why a folder cannot be read as one, in words; nil when it can be
    /// opened (it exists and is a folder).
    public static func folderProblem(_ path: String) -> String? {
        var st = stat()
        guard stat(path, &st) == 0 else {
            if errno == ENOENT { return danglingLink(RawPath(path)) ? "it is a link to nothing" : "no such folder" }
            return errorText()
        }
        if (st.st_mode & S_IFMT) != S_IFDIR { return "it is \(kind(st.st_mode)), not a folder" }
        return nil
    }

    /// A file type in words, for messages.
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: return "a file"
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    /// True when `path` is a symbolic link whose target does not exist.
    static func danglingLink(_ path: RawPath) -> Bool {
        var st = stat()
        return path.withCString { lstat($0, &st) } == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }

    /// Opens a regular file for reading, without ever blocking; on success
    /// the descriptor and the file's `stat`.
    static func openRegular(_ path: RawPath, limit: Int) -> Result<(Int32, stat), Failure> {
        let fd = path.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
        guard fd >= 0 else {
            let e = errno
            if e == ENOENT {
                return danglingLink(path)
                    ? .failure(.unreadable("it is a symbolic link to something that does not exist"))
                    : .failure(.missing)
            }
            return .failure(.unreadable(String(cString: strerror(e))))
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let reason = errorText()
            close(fd)
            return .failure(.unreadable(reason))
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            let what = kind(st.st_mode)
            return .failure(
                .unreadable((st.st_mode & S_IFMT) == S_IFDIR ? "it is \(what)" : "it is \(what), not a regular file"))
        }
        guard Int(st.st_size) <= limit else {
            close(fd)
            return .failure(.unreadable(tooBig(Int(st.st_size), limit: limit)))
        }
        return .success((fd, st))
    }

    static func tooBig(_ size: Int, limit: Int) -> String {
        "it is \(megabytes(size)); ezboard reads files of at most \(megabytes(limit)) here"
    }

    /// A size in words: `2.1 GB`, `64 MB`.
    static func megabytes(_ n: Int) -> String {
        if n >= 1 << 30 { return Formats.decimal(Double(n) / Double(1 << 30), n % (1 << 30) == 0 ? 0 : 1, .en) + " GB" }
        return Formats.decimal(Double(n) / Double(1 << 20), n % (1 << 20) == 0 ? 0 : 1, .en) + " MB"
    }

    /// The first `count` bytes of a file (fewer when it is shorter); nil
    /// when it cannot be read.
    public static func head(_ path: String, count: Int) -> [UInt8]? {
        guard case .success(let (fd, _)) = openRegular(RawPath(path), limit: .max) else { return nil }
        defer { close(fd) }
        var out = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(done)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            done += n
        }
        return Array(out[0..<done])
    }

    /// Reads a whole file (or from `offset` on), up to `limit` bytes in all.
    public static func read(_ path: String, from offset: Int = 0, limit: Int = .max) -> Result<[UInt8], Failure> {
        read(RawPath(path), from: offset, limit: limit)
    }

    public static func read(_ path: RawPath, from offset: Int = 0, limit: Int = .max) -> Result<[UInt8], Failure> {
        let fd: Int32
        let st: stat
        switch openRegular(path, limit: limit) {
        case .failure(let f): return .failure(f)
        case .success(let opened): (fd, st) = opened
        }
        defer { close(fd) }
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
        // The file may have grown while we read: take what is there now,
        // within the limit.
        // Not zeroed: pread fills what is kept (64 KB of zeros for each
        // file read: 1.2 M of the 25 M instructions loading the sample).
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 65536, alignment: 1)
        defer { chunk.deallocate() }
        while offset + bytes.count <= limit {
            let n = pread(fd, chunk.baseAddress!, 65536, off_t(offset + bytes.count))
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<n]))
        }
        if offset + bytes.count > limit { return .failure(.unreadable(tooBig(offset + bytes.count, limit: limit))) }
        return .success(bytes)
    }

    /// One entry of a folder: its name as the file system has it (any
    /// bytes but `/` and NUL), and as text.
    public struct Entry: Sendable, Hashable {
        public var raw: RawPath
        /// The name as text: itself when it is UTF-8, else each byte that
        /// is not shown as `\xHH` (so two such names never look alike).
        public var name: String
    }

    /// The entries of a folder, sorted by name.
    public static func entries(_ path: String) -> Result<[Entry], Failure> {
        guard let dir = opendir(path) else {
            return .failure(errno == ENOENT ? .missing : .unreadable(errorText()))
        }
        defer { closedir(dir) }
        var out: [Entry] = []
        while let entry = readdir(dir) {
            let raw = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: UInt8.self, capacity: 256) { p in
                    Array(
                        UnsafeBufferPointer(
                            start: p, count: strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))))
                }
            }
            if raw == [0x2E] || raw == [0x2E, 0x2E] { continue }
            let path = RawPath(bytes: raw)
            out.append(Entry(raw: path, name: path.display))
        }
        return .success(out.sorted { $0.name < $1.name })
    }

    /// Names of the entries of a folder, sorted; nil when it cannot be read.
    public static func list(_ path: String) -> [String]? {
        guard case .success(let e) = entries(path) else { return nil }
        return e.map(\.name)
    }

    public static func errorText() -> String { String(cString: strerror(errno)) }
}

/// A path as the bytes the file system uses: a name need not be UTF-8,
/// and a `String` cannot hold one that is not.
public struct RawPath: Sendable, Hashable {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ text: String) { bytes = Array(text.utf8) }

    public static func + (a: RawPath, b: RawPath) -> RawPath { RawPath(bytes: a.bytes + [0x2F] + b.bytes) }

    func withCString<T>(_ body: (UnsafePointer<CChar>) -> T) -> T {
        var z = bytes.map { CChar(bitPattern: $0) }
        z.append(0)
        return z.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// The path as text: itself when it is UTF-8, else with each byte that
    /// is not shown as `\xHH`.
    public var display: String {
        if let text = bytes.withUnsafeBufferPointer({ String(validatingUTF8Bytes: $0) }) { return text }
        var out = ""
        var i = 0
        bytes.withUnsafeBufferPointer { b in
            while i < b.count {
                let n = b[i] < 0x80 ? 1 : UTF8Validation.sequenceLength(b.baseAddress!, i, b.count)
                if n == 0 {
                    let hex = String(b[i], radix: 16, uppercase: true)
                    out += "\\x" + (hex.count == 1 ? "0" : "") + hex
                    i += 1
                } else {
                    out += String(decoding: UnsafeBufferPointer(rebasing: b[i..<(i + n)]), as: UTF8.self)
                    i += n
                }
            }
        }
        return out
    }
}

extension String {
    /// The text of valid UTF-8 bytes, nil when they are not valid.
    init?(validatingUTF8Bytes b: UnsafeBufferPointer<UInt8>) {
        var i = 0
        while i < b.count {
            if b[i] < 0x80 {
                i += 1
                continue
            }
            // A non-empty buffer has an address.
            let n = UTF8Validation.sequenceLength(b.baseAddress!, i, b.count)
            if n == 0 { return nil }
            i += n
        }
        self = String(decoding: b, as: UTF8.self)
    }
}
