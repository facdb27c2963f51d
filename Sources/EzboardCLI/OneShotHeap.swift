import CMalloc

#if canImport(Glibc)
    import Glibc
#endif

/// The heap of a command that reads a whole folder once, prints and exits
/// (`brief`, `report`, `check`, `snapshot`: `ReadsFolderOnce`).
///
/// Such a command allocates tens of megabytes in a few hundred thousand
/// small pieces (every report's note is a string) and frees none of them
/// (`KeepUntilExit`). With glibc's defaults each thread gets an arena of
/// its own and every 4 KB page of it is faulted in on first touch: 8,200
/// page faults, a third of the CPU time of `brief` on 5,000 assignments
/// and 50,000 reports, and the pages the kernel zeroes one by one (make
/// bench, assignments). So, before the folder is read:
/// - one arena for all threads, grown 32 MB at a time and never trimmed,
///   with no allocation under 32 MB served by a mapping of its own;
/// - that first step (its whole 2 MB pages) marked for huge pages
///   (`MADV_HUGEPAGE`), so that the kernel maps it 2 MB at a time where
///   it can.
/// On that set: 8,230 → ~500 page faults, system time 35 → 8 ms, the
/// whole command ~92 → ~69 ms (median of interleaved runs). A kernel
/// without transparent huge pages ignores the advice; nothing else changes.
/// The dashboard keeps glibc's defaults: it lives long, reloads, and its
/// memory is what `make bench` weighs.
enum OneShotHeap {
    /// The size of a huge page on x86-64 and arm64 (4 KB base pages).
    static let hugePage = 2 << 20
    /// How much the heap grows by at a time.
    static let step = 32 << 20

    /// Sets the heap up as above; called on the main thread, before any
    /// other starts. Returns the address range advised for huge pages, nil
    /// when there was none (no `sbrk` heap, or the advice refused): the
    /// settings still apply.
    @discardableResult
    static func prepare() -> Range<Int>? {
        #if canImport(Glibc)
            mallopt(M_ARENA_MAX, 1)
            mallopt(M_MMAP_THRESHOLD, Int32(step))
            mallopt(M_TRIM_THRESHOLD, Int32(2 * step))
            // Grown now by one step, so the advice below covers it; and
            // only then a step at a time. What malloc writes of its own
            // when growing is past the block, outside the advice (a page
            // touched before it would keep its 2 MB to small pages).
            // Only the main thread's arena is the `sbrk` heap: a block from
            // anywhere else (another thread's arena, a mapping) is not
            // advised.
            let before = Int(bitPattern: sbrk(0))
            let grown = Int(bitPattern: ezboard_grow_heap(step - hugePage))
            let after = Int(bitPattern: sbrk(0))
            mallopt(M_TOP_PAD, Int32(step))
            guard before > 0, before < grown, grown <= after, let range = advisable(from: before, to: grown),
                madvise(UnsafeMutableRawPointer(bitPattern: range.lowerBound), range.count, MADV_HUGEPAGE) == 0
            else { return nil }
            return range
        #else
            return nil
        #endif
    }

    /// The whole huge pages inside `from..<to` (the heap's new part, up to
    /// malloc's own bookkeeping), nil when there is none.
    static func advisable(from: Int, to: Int) -> Range<Int>? {
        let start = (from + hugePage - 1) & ~(hugePage - 1)
        let end = to & ~(hugePage - 1)
        return end > start ? start..<end : nil
    }
}

/// A command that reads the data folder once and exits: its heap is set up
/// for that (`OneShotHeap`) before it runs.
protocol ReadsFolderOnce {}

extension BriefCommand: ReadsFolderOnce {}
extension ReportCommand: ReadsFolderOnce {}
extension CheckCommand: ReadsFolderOnce {}
extension SnapshotCommand: ReadsFolderOnce {}
