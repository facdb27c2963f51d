#if canImport(Glibc)
    import Glibc
#endif

extension FileIO {
    /// Files at least this big are mapped rather than copied: copying a
    /// 130 MB log costs ~180 ms of page zeroing and copying, mapping ~10 ms.
    static let mapThreshold = 1 << 20

    /// Calls `body` with the whole file's bytes (mapped when big, read when
    /// small), `limit` bytes at most. The bytes are valid only inside `body`.
    ///
    /// A mapped file cut short while `body` reads it would end the process
    /// with SIGBUS (reading a mapped page past the new end of the file):
    /// `MappedFileGuard` turns that into `.changedWhileReading`, the result
    /// of `body` being thrown away, and the caller reads the file again.
    public static func withContents<T>(
        _ path: RawPath, limit: Int = .max, _ body: (UnsafeBufferPointer<UInt8>) -> T
    ) -> Result<T, Failure> {
        let fd: Int32
        let st: stat
        switch openRegular(path, limit: limit) {
        case .failure(let f): return .failure(f)
        case .success(let opened): (fd, st) = opened
        }
        let size = Int(st.st_size)
        if size >= mapThreshold,
            let map = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), map != MAP_FAILED
        {
            close(fd)
            defer { munmap(map, size) }
            let bytes = UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: size)
            guard let (value, cut) = MappedFileGuard.guarding(map, size, { body(bytes) }) else {
                // No slot free (dozens of files mapped at once): read instead.
                return read(path, limit: limit).map { b in b.withUnsafeBufferPointer(body) }
            }
            return cut ? .failure(.changedWhileReading) : .success(value)
        }
        close(fd)
        return read(path, limit: limit).map { bytes in bytes.withUnsafeBufferPointer(body) }
    }

    public static func withContents<T>(
        _ path: String, limit: Int = .max, _ body: (UnsafeBufferPointer<UInt8>) -> T
    ) -> Result<T, Failure> {
        withContents(RawPath(path), limit: limit, body)
    }
}

/// Survives a mapped file shrinking under a reader.
///
/// While a mapping is registered here, a SIGBUS whose fault address lies
/// inside it is absorbed: the rest of the mapping is replaced by zero
/// pages (so the faulting read, retried, succeeds), and the mapping is
/// marked cut. The reader finishes on zeros, its result is discarded, and
/// the file is read again. Any other SIGBUS goes on to the action that was
/// there before (Swift's backtracer, or the default: a core dump).
///
/// The handler touches only memory made before it was installed: a fixed
/// table of slots, written under a lock by the threads that register, read
/// without one by the handler (a slot is filled before its mapping is read
/// and emptied after).
public enum MappedFileGuard {
    struct Slot {
        var start: UInt = 0
        var end: UInt = 0
        var inUse = false
        var cut = false
    }

    static let slotCount = 64
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<Slot> = {
        let p = UnsafeMutablePointer<Slot>.allocate(capacity: slotCount)
        p.initialize(repeating: Slot(), count: slotCount)
        return p
    }()
    nonisolated(unsafe) static var pageSize: UInt = 4096
    nonisolated(unsafe) static var previous = sigaction()
    nonisolated(unsafe) static var installed = false
    static let lock = Lock()

    /// Installs the SIGBUS handler (once). The loader calls it when a data
    /// folder is first read, before a terminal is set up, so the terminal's
    /// crash handler (which asks `absorb` first) wraps this one.
    public static func install() {
        lock.withLock {
            guard !installed else { return }
            _ = slots
            pageSize = UInt(max(4096, sysconf(Int32(_SC_PAGESIZE))))
            var sa = sigaction()
            sa.__sigaction_handler.sa_sigaction = busHandler
            sigemptyset(&sa.sa_mask)
            sa.sa_flags = SA_SIGINFO | SA_NODEFER
            _ = sigaction(SIGBUS, &sa, &previous)
            installed = true
        }
    }

    /// Runs `body` with `[start, start + length)` guarded. Nil when every
    /// slot is taken; else the result and whether the file was cut short.
    static func guarding<T>(_ start: UnsafeMutableRawPointer, _ length: Int, _ body: () -> T) -> (T, Bool)? {
        install()
        let from = UInt(bitPattern: start)
        let slot: Int? = lock.withLock {
            for i in 0..<slotCount where !slots[i].inUse {
                slots[i] = Slot(start: from, end: from + UInt(length), inUse: true, cut: false)
                return i
            }
            return nil
        }
        guard let slot else { return nil }
        let value = body()
        return lock.withLock {
            let cut = slots[slot].cut
            slots[slot] = Slot()
            return (value, cut)
        }
    }

    /// For a SIGBUS handler: true when the fault was a read past the end
    /// of a guarded mapping, now mapped to zeros (return from the handler
    /// and the read is retried). Async-signal-safe: no locks, no memory
    /// made, one `mmap` call.
    public static func absorb(_ info: UnsafeMutablePointer<siginfo_t>?) -> Bool {
        guard installed, let info, info.pointee.si_code > 0 else { return false }
        let address = UInt(bitPattern: info.pointee._sifields._sigfault.si_addr)
        for i in 0..<slotCount {
            let s = slots[i]
            guard s.inUse, address >= s.start, address < s.end else { continue }
            let page = address & ~(pageSize - 1)
            let end = (s.end + pageSize - 1) & ~(pageSize - 1)
            let zeros = mmap(
                UnsafeMutableRawPointer(bitPattern: page), Int(end - page), PROT_READ,
                MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
            guard zeros != MAP_FAILED else { return false }
            slots[i].cut = true
            return true
        }
        return false
    }

    /// Passes a SIGBUS that was not ours on to the action before ours.
    static func chain(_ sig: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
        if previous.sa_flags & SA_SIGINFO != 0, let handler = previous.__sigaction_handler.sa_sigaction {
            handler(sig, info, context)
            return
        }
        let handler = previous.__sigaction_handler.sa_handler
        let raw = unsafeBitCast(handler, to: Int.self)
        if raw != 0 && raw != 1, let handler {  // neither SIG_DFL nor SIG_IGN
            handler(sig)
            return
        }
        // The default action: a fault returns and faults again into it; a
        // signal sent by someone is raised again.
        var dfl = sigaction()
        dfl.__sigaction_handler.sa_handler = SIG_DFL
        _ = sigaction(sig, &dfl, nil)
        if let info, info.pointee.si_code > 0 { return }
        _ = raise(sig)
    }
}

private let busHandler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
    sig, info, context in
    if MappedFileGuard.absorb(info) { return }
    MappedFileGuard.chain(sig, info, context)
}
