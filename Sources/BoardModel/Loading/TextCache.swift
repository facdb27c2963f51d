#if canImport(Glibc)
    import Glibc
#endif

/// The texts a row reader made from its longer cells, found again by the
/// cells' bytes: a file repeats its notes, names and sources ("Đang triển
/// khai", an investor's name on each of its projects), and a cell with the
/// same bytes (quotes alike) is the same text. Hashing and comparing a
/// cell's bytes costs a tenth of making its `String` again (validating
/// it, allocating it: make bench, assignments), and the rows then share
/// one copy. A fixed number of slots, the newest text taking a slot's
/// place: memory stays bounded whatever the file, and a file that never
/// repeats pays only the hash.
///
/// The bytes a slot points to are the file's, read while the row reader
/// lives: the cache lives in the `Row` (one per reading pass), never longer.
final class TextCache {
    /// Cells up to this many bytes are not kept: their `String` fits in
    /// the string itself (no allocation), and is made as fast as found.
    static let shortest = 15
    private static let slotCount = 256

    private struct Slot {
        var bytes: UnsafePointer<UInt8>?
        var count = 0
        var hasEscapes = false
        var text = ""
    }
    private let slots: UnsafeMutablePointer<Slot>
    /// Where a cell with `""` in it is unescaped before it becomes a text.
    private var scratch: UnsafeMutablePointer<UInt8>
    private var scratchCapacity = 256

    init() {
        slots = .allocate(capacity: TextCache.slotCount)
        slots.initialize(repeating: Slot(), count: TextCache.slotCount)
        scratch = .allocate(capacity: scratchCapacity)
    }

    deinit {
        slots.deinitialize(count: TextCache.slotCount)
        slots.deallocate()
        scratch.deallocate()
    }

    /// The text kept for exactly these bytes, if any.
    @inline(__always)
    func text(_ b: UnsafeBufferPointer<UInt8>, hasEscapes: Bool) -> String? {
        let slot = slots + TextCache.slot(b)
        guard let kept = slot.pointee.bytes, slot.pointee.count == b.count, slot.pointee.hasEscapes == hasEscapes,
            memcmp(kept, b.baseAddress!, b.count) == 0
        else { return nil }
        return slot.pointee.text
    }

    /// Keeps `text`, made from `b`, in the bytes' slot.
    @inline(__always)
    func keep(_ text: String, _ b: UnsafeBufferPointer<UInt8>, hasEscapes: Bool) {
        let slot = slots + TextCache.slot(b)
        slot.pointee = Slot(bytes: b.baseAddress, count: b.count, hasEscapes: hasEscapes, text: text)
    }

    /// A quoted cell's bytes with each `""` made `"`, in scratch space
    /// valid until the next call.
    func unescaped(_ raw: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        if raw.count > scratchCapacity {
            scratch.deallocate()
            scratchCapacity = raw.count
            scratch = .allocate(capacity: scratchCapacity)
        }
        return UnsafeBufferPointer(start: scratch, count: CSVReader.collapseQuotes(raw, into: scratch))
    }

    /// The slot of some bytes (more than 8 of them): their words mixed
    /// eight bytes at a time, the last word overlapping the one before.
    @inline(__always)
    private static func slot(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        let base = UnsafeRawPointer(b.baseAddress!)
        let n = b.count
        var h = UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
        var p = 0
        while p &+ 8 < n {
            h = (h ^ base.loadUnaligned(fromByteOffset: p, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            p &+= 8
        }
        h = (h ^ base.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & (slotCount - 1)
    }
}
