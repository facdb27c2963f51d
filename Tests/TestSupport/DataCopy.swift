import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A copy of a data set in a fresh temporary folder, for a test to change
/// under a running dashboard; removed at the end (made writable first).
///
/// Changes are made the way the data's writers make them: appends are one
/// `write` on a descriptor opened with `O_APPEND` (the border gate's log),
/// replacements rewrite the file in place (a spreadsheet's "save").
public final class DataCopy {
    /// The temporary folder (holds `data/` and room for scratch files).
    public let root: String
    /// The data folder to pass to `--data`.
    public let path: String

    public struct IOError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Copies `source` (default: the sample `Data/` of the package).
    public init(from source: String = Binaries.packageRoot() + "/Data") throws {
        let base = FileManager.default.temporaryDirectory.path
        root = base + "/ezboard-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        path = root + "/data"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: source, toPath: path)
    }

    deinit {
        setWritable(true)
        try? FileManager.default.removeItem(atPath: root)
    }

    public func full(_ relative: String) -> String { path + "/" + relative }

    /// The bytes of a file of the data set.
    public func bytes(_ relative: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: full(relative)) else {
            throw IOError(description: "cannot read \(full(relative))")
        }
        return [UInt8](data)
    }

    public func text(_ relative: String) throws -> String { String(decoding: try bytes(relative), as: UTF8.self) }

    /// Appends `text` with a single `write` (no line end added).
    public func append(_ relative: String, _ text: String) throws {
        try writeOnce(relative, Array(text.utf8), flags: O_WRONLY | O_APPEND)
    }

    /// Replaces a file's content in place (creating it when missing).
    public func write(_ relative: String, _ bytes: [UInt8]) throws {
        try writeOnce(relative, bytes, flags: O_WRONLY | O_CREAT | O_TRUNC)
    }

    public func write(_ relative: String, _ text: String) throws { try write(relative, Array(text.utf8)) }

    public func remove(_ relative: String) throws {
        guard unlink(full(relative)) == 0 else { throw IOError(description: "unlink \(relative): errno \(errno)") }
    }

    private func writeOnce(_ relative: String, _ bytes: [UInt8], flags: Int32) throws {
        let fd = open(full(relative), flags | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw IOError(description: "open \(relative): errno \(errno)") }
        defer { close(fd) }
        let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
        guard n == bytes.count else { throw IOError(description: "write \(relative): \(n) of \(bytes.count) bytes") }
    }

    /// Every file and folder under the data folder, with the files' bytes
    /// (folders map to nil): to show that nothing was written.
    public func contents() throws -> [String: [UInt8]?] {
        var out: [String: [UInt8]?] = [:]
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            throw IOError(description: "cannot list \(path)")
        }
        while let rel = walker.nextObject() as? String {
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: full(rel), isDirectory: &isDir)
            out[rel] = isDir.boolValue ? .some(nil) : .some(try bytes(rel))
        }
        return out
    }

    /// `chmod -R a-w` (false: gives the owner write access back).
    public func setWritable(_ writable: Bool) {
        var all = [path]
        if let walker = FileManager.default.enumerator(atPath: path) {
            while let rel = walker.nextObject() as? String { all.append(full(rel)) }
        }
        for p in all {
            var st = stat()
            guard lstat(p, &st) == 0 else { continue }
            let mode = writable ? st.st_mode | S_IWUSR : st.st_mode & ~(S_IWUSR | S_IWGRP | S_IWOTH)
            _ = chmod(p, mode & 0o7777)
        }
    }
}

/// `write(2)`, out of reach of `DataCopy.write`'s name.
private func systemWrite(_ fd: Int32, _ buf: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buf, count) }
