#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one place ezboard writes into the data folder: it appends one
/// checked progress report to `task_updates.csv`. Nothing else in the
/// program opens a file there for writing (a test reads the sources to
/// keep it so).
///
/// How a report is appended, so that nothing is lost or torn when many
/// people report at once:
/// 1. the report is checked before anything is opened for writing (a
///    refused report leaves no trace, not even an empty file);
/// 2. the file is opened for appending (created with its header when
///    absent), locked exclusively (`flock`), and checked to be the file
///    the path names (a spreadsheet may have replaced it meanwhile);
/// 3. under the lock, the report is checked again against the file's
///    header as it is now, and its row made in that header's order;
/// 4. one `write` puts the whole row (after a line break when the file
///    does not end in one: a row cut short by a crash elsewhere must not
///    glue onto this one) at the end; then `fsync`, and only then success.
/// Existing bytes are never rewritten, truncated or reordered; a write
/// that fails half-way takes back only its own bytes.
public enum ReportAppender {
    /// What was appended: the checked report (its row's exact bytes), and
    /// whether the file was created for it.
    public struct Appended: Sendable {
        public var report: CheckedReport
        public var createdFile: Bool
    }

    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// The report breaks a rule: nothing was written.
        case refused(ReportRefusal)
        /// The file could not be written: nothing of the report is in it.
        case cannotWrite(String)

        public var description: String {
            switch self {
            case .refused(let r): return "report refused: \(r)"
            case .cannotWrite(let why): return "cannot write task_updates.csv: \(why)"
            }
        }
    }

    /// Appends `draft` to `folder`'s `task_updates.csv`.
    public static func append(_ draft: ReportDraft, folder: String, _ context: ReportContext) -> Result<
        Appended, Failure
    > {
        let path = folder + "/" + TaskUpdatesTable.fileName
        // Checked first against the file as it is (or a new one), so a
        // refused report never creates the file.
        var fd = path.withCString { open($0, O_RDWR | O_APPEND | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY) }
        var created = false
        if fd < 0 {
            guard errno == ENOENT else { return .failure(.cannotWrite(openProblem(errno))) }
            if case .failure(let r) = ProgressReport.check(draft, head: [], context) { return .failure(.refused(r)) }
            // Group-writable so that every unit's account can append (the
            // umask and the folder's set-group-id bit decide the rest).
            fd = path.withCString {
                open($0, O_RDWR | O_APPEND | O_CREAT | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0o664)
            }
            guard fd >= 0 else { return .failure(.cannotWrite(openProblem(errno))) }
            created = true
        }
        defer { close(fd) }
        for _ in 0..<5 {
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else { return .failure(.cannotWrite("cannot lock it: " + errorText())) }
            }
            var st = stat()
            var named = stat()
            guard fstat(fd, &st) == 0 else { return .failure(.cannotWrite(errorText())) }
            guard (st.st_mode & S_IFMT) == S_IFREG else { return .failure(.cannotWrite("it is not a regular file")) }
            // Replaced while we waited for the lock: append to the new one.
            if lstat(path, &named) != 0 || named.st_ino != st.st_ino || named.st_dev != st.st_dev {
                close(fd)
                fd = path.withCString { open($0, O_RDWR | O_APPEND | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY) }
                guard fd >= 0 else { return .failure(.cannotWrite(openProblem(errno))) }
                continue
            }
            return appendLocked(draft, fd: fd, size: Int(st.st_size), context).map {
                Appended(report: $0, createdFile: created && st.st_size == 0)
            }
        }
        return .failure(.cannotWrite("it kept being replaced while ezboard waited for it"))
    }

    /// Under the lock: the file's header, the check, one write, `fsync`.
    static func appendLocked(_ draft: ReportDraft, fd: Int32, size: Int, _ context: ReportContext) -> Result<
        CheckedReport, Failure
    > {
        guard size < DataFolder.tableSizeLimit else {
            return .failure(.cannotWrite(FileIO.tooBig(size, limit: DataFolder.tableSizeLimit)))
        }
        let head = readAt(fd, 0, min(size, 1 << 16))
        let checked: CheckedReport
        switch ProgressReport.check(draft, head: head, context) {
        case .failure(let r): return .failure(.refused(r))
        case .success(let c): checked = c
        }
        var bytes: [UInt8] = []
        if size == 0 {
            bytes = Array(ProgressReport.header.joined(separator: ",").utf8) + [0x0A]
        } else {
            // The file's last line has no line end (cut short, or saved so):
            // end it, in the file's style, so this row starts a line.
            switch readAt(fd, size - 1, 1) {
            case [0x0A]: break
            case [0x0D]: bytes = [0x0A]
            default: bytes = checked.row.suffix(2) == [0x0D, 0x0A] ? [0x0D, 0x0A] : [0x0A]
            }
        }
        bytes += checked.row
        // One write: with O_APPEND the kernel puts it at the end in one piece.
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        guard n == bytes.count else {
            let why = n < 0 ? errorText() : "only \(n) of \(bytes.count) bytes were written"
            // Take back our own partial bytes, nothing before them.
            if n > 0 { _ = ftruncate(fd, off_t(size)) }
            return .failure(.cannotWrite(why))
        }
        guard fsync(fd) == 0 else {
            return .failure(.cannotWrite("the disk did not confirm the write: " + errorText()))
        }
        return .success(checked)
    }

    static func readAt(_ fd: Int32, _ offset: Int, _ count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        var out = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            done += n
        }
        return Array(out[0..<done])
    }

    static func openProblem(_ e: Int32) -> String {
        switch e {
        case EACCES, EPERM:
            return "permission denied: your account may not write it (see README, \"Units reporting over SSH\")"
        case ELOOP: return "it is a symbolic link; ezboard appends only to a regular file"
        case EROFS: return "the data folder is on a read-only file system"
        default: return String(cString: strerror(e))
        }
    }

    static func errorText() -> String { String(cString: strerror(errno)) }
}
