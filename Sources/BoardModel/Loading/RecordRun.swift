/// Records of one half of a file (`TableHalves`), in raw storage of their
/// own, so that the two halves become one array by moving each record
/// once: appending the second half's array to the first's copied each
/// record (its strings retained) and then freed the copies' originals
/// (released), a tenth of the thread that waits for both halves (make
/// bench, brief).
final class RecordRun<Record>: @unchecked Sendable {
    private var base: UnsafeMutablePointer<Record>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func append(_ record: consuming Record) {
        if count == capacity {
            let bigger = UnsafeMutablePointer<Record>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity *= 2
        }
        (base + count).initialize(to: record)
        count += 1
    }

    /// The records of `runs`, one after the other, moved out of them (each
    /// run is left empty).
    static func joined(_ runs: [RecordRun]) -> [Record] {
        let total = runs.reduce(0) { $0 + $1.count }
        return [Record](unsafeUninitializedCapacity: total) { out, initialized in
            var at = out.baseAddress!
            for run in runs {
                at.moveInitialize(from: run.base, count: run.count)
                at += run.count
                run.count = 0
            }
            initialized = total
        }
    }
}
