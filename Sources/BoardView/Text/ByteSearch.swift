/// Which bytes a folded search text holds (any byte past 127 as one
/// mark): a text lacking one of a filter's bytes cannot hold the filter,
/// so most texts are passed over without being read. Made once per text
/// with the board's indexes (`AssignmentIndex`, `ProjectIndex`); a typed
/// filter then reads only the texts that may match — with thousands of
/// progress notes, reading them all at every key cost most of a
/// millisecond.
struct ByteSet: Equatable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var beyondASCII = false

    init() {}

    init(_ bytes: some Sequence<UInt8>) {
        for b in bytes { insert(b) }
    }

    mutating func insert(_ b: UInt8) {
        if b < 64 {
            low |= 1 << UInt64(b)
        } else if b < 128 {
            high |= 1 << UInt64(b - 64)
        } else {
            beyondASCII = true
        }
    }

    /// Every byte of `other` may be here (each ASCII byte surely is).
    func contains(_ other: ByteSet) -> Bool {
        low & other.low == other.low && high & other.high == other.high && (beyondASCII || !other.beyondASCII)
    }
}

/// A typed filter as bytes, ready to be looked for in many texts.
struct ByteNeedle: Sendable {
    let bytes: [UInt8]
    let set: ByteSet

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        set = ByteSet(bytes)
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// Whether `hay[range]`, whose bytes are `has`, holds the needle (the
    /// empty one is everywhere).
    func found(in hay: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, has: ByteSet) -> Bool {
        guard has.contains(set) else { return false }
        let n = bytes.count
        // One ASCII byte is in the text exactly when the set says so.
        if n == 1, bytes[0] < 128 { return true }
        guard n > 0 else { return true }
        guard range.count >= n else { return false }
        return bytes.withUnsafeBufferPointer { nd in
            let first = nd[0]
            var i = range.lowerBound
            let last = range.upperBound - n
            while i <= last {
                if hay[i] == first {
                    var j = 1
                    while j < n && hay[i + j] == nd[j] { j += 1 }
                    if j == n { return true }
                }
                i += 1
            }
            return false
        }
    }
}
