/// Positions of ids, for look-ups by the ten thousand (the assignment of
/// every progress report): open addressing over a cheap hash (FNV-1a) of
/// the id's bytes. A `Dictionary<String, Int>` hashes each key with
/// SipHash behind the standard library's normalisation checks, several
/// times the cost for the short codes ids are (make bench: a third of
/// the assignments' summary).
///
/// Ids that are equal as `String`s (canonically equivalent) are found
/// alike, as in a dictionary: the hash is of the id's NFC bytes (an ASCII
/// id, nearly every one, is its own) and candidates are compared with
/// `==`. The first position of an id listed twice is kept.
struct IDIndex: Sendable {
    private let ids: [String]
    /// Each slot holds a position in `ids`, or -1.
    private var slots: [Int32]
    private let mask: Int

    init(_ ids: [String]) {
        self.ids = ids
        var size = 16
        while size < ids.count * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (i, id) in ids.enumerated() {
            var at = Self.hash(id) & mask
            while true {
                let found = Int(slots[at])
                if found < 0 {
                    slots[at] = Int32(i)
                    break
                }
                if ids[found] == id { break }
                at = (at + 1) & mask
            }
        }
    }

    /// The position of the first `id` in the list, nil when absent.
    subscript(id: String) -> Int? {
        var at = Self.hash(id) & mask
        while true {
            let found = Int(slots[at])
            if found < 0 { return nil }
            if ids[found] == id { return found }
            at = (at + 1) & mask
        }
    }

    static func hash(_ id: String) -> Int {
        if let h = id.utf8.withContiguousStorageIfAvailable({ hashIfASCII($0) }), let h { return h }
        var utf8 = Array(id.utf8)
        if let h = utf8.withUnsafeBufferPointer({ hashIfASCII($0) }) { return h }
        // Not ASCII: the bytes of its canonical form, so that equal ids
        // hash alike however they are composed.
        utf8 = id._nfcCodeUnits
        return utf8.withUnsafeBufferPointer { fnv($0) }
    }

    /// `fnv(bytes)` when they are ASCII, else nil: in one pass over them
    /// (an id is looked up for each of 50,000 progress reports).
    private static func hashIfASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var any: UInt8 = 0
        var h: UInt64 = fnvStart
        for b in bytes {
            any |= b
            h = (h ^ UInt64(b)) &* fnvPrime
        }
        return any < 0x80 ? mixed(h) : nil
    }

    private static let fnvStart: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    private static func fnv(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h = fnvStart
        for b in bytes { h = (h ^ UInt64(b)) &* fnvPrime }
        return mixed(h)
    }

    /// The high bits mixed into the low ones the table reads.
    @inline(__always)
    private static func mixed(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ h >> 29) }
}
