#if canImport(Glibc)
    import Glibc
#endif

// The crossing reader's per-row lookups, kept free of `String`s: gate ids
// and cargo types are matched on the field's bytes.

/// Finds a gate id among the few known ones without building a String.
struct GateMatcher {
    private let ids: [[UInt8]]
    init(_ gateIDs: [String]) { ids = gateIDs.map { Array($0.utf8) } }

    @inline(__always)
    func index(of b: UnsafeBufferPointer<UInt8>) -> UInt16? {
        for (i, id) in ids.enumerated() where id.count == b.count {
            if id.withUnsafeBufferPointer({ memEqual($0, b) }) { return UInt16(i) }
        }
        // Ids are compared as NFC text, like in every other file: a
        // decomposed spelling still finds its gate (rare, so done last).
        if b.contains(where: { $0 >= 0x80 }) {
            let nfc = Array(TextNormalization.nfc(b).utf8)
            if nfc.count != b.count || !nfc.elementsEqual(b) {
                return nfc.withUnsafeBufferPointer { index(of: $0) }
            }
        }
        return nil
    }
}

@inline(__always)
func memEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    guard a.count > 0 else { return true }
    // Non-empty buffers have a base address.
    return memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
}

/// Interns cargo types: bytes → index, one String per distinct type. Raw
/// spellings that normalise (NFC) to the same text share one index.
///
/// Every row asks, so the lookup avoids Swift arrays of arrays: the keys'
/// bytes live in one flat buffer and are compared with `memcmp`.
struct CargoInterner {
    private(set) var names: [String] = []
    private var byText: [String: UInt32] = [:]
    /// Open addressing: slot → key number, -1 when empty.
    private var slots: [Int32] = Array(repeating: -1, count: 64)
    private var keyBytes: [UInt8] = []
    /// Per key: offset into `keyBytes`, length, and the name index.
    private var keys: [(offset: Int, count: Int, index: UInt32)] = []

    mutating func index(of b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: CargoInterner.hash(b)) & mask
        let found: UInt32? = slots.withUnsafeBufferPointer { slotPtr in
            keyBytes.withUnsafeBufferPointer { bytes in
                keys.withUnsafeBufferPointer { keyPtr in
                    while slotPtr[s] >= 0 {
                        let k = keyPtr[Int(slotPtr[s])]
                        // A non-empty key: both buffers hold its bytes,
                        // so both have a base address.
                        if k.count == b.count,
                            k.count == 0 || memcmp(bytes.baseAddress! + k.offset, b.baseAddress!, k.count) == 0
                        {
                            return k.index
                        }
                        s = (s + 1) & mask
                    }
                    return nil
                }
            }
        }
        if let found { return found }
        let idx = index(ofText: TextNormalization.nfc(b))
        slots[s] = Int32(keys.count)
        keys.append((keyBytes.count, b.count, idx))
        keyBytes.append(contentsOf: b)
        if keys.count * 2 > slots.count { rehash() }
        return idx
    }

    /// A cheap hash: the length and the first and last eight bytes. Cargo
    /// types are few; the full comparison after it settles equality.
    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = UInt64(b.count) &* 0x9E37_79B9_7F4A_7C15
        guard let p = b.baseAddress else { return h }
        if b.count >= 8 {
            h ^= UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
            h = (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
            h ^= UnsafeRawPointer(p + b.count - 8).loadUnaligned(as: UInt64.self)
        } else {
            for byte in b { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return (h ^ (h >> 31)) &* 0x94D0_49BB_1331_11EB
    }

    mutating func index(ofText text: String) -> UInt32 {
        let text = TextNormalization.nfc(text)
        if let i = byText[text] { return i }
        names.append(text)
        byText[text] = UInt32(names.count - 1)
        return UInt32(names.count - 1)
    }

    private mutating func rehash() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (k, key) in keys.enumerated() {
            let h = keyBytes.withUnsafeBufferPointer {
                CargoInterner.hash(UnsafeBufferPointer(rebasing: $0[key.offset..<(key.offset + key.count)]))
            }
            var s = Int(truncatingIfNeeded: h) & mask
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(k)
        }
    }
}
