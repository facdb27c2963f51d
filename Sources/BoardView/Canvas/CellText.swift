/// The text of one cell, a grapheme cluster, stored inline as up to 15
/// bytes of UTF-8 in two words.
///
/// Why not `String`: a canvas holds tens of thousands of cells and is made
/// anew for every frame; with inline bytes a cell is a plain value (no
/// reference counting when a canvas is created, copied, compared with the
/// previous frame or freed), and ASCII and Vietnamese letters are stored
/// with a few shifts. Fifteen bytes hold any base letter with four
/// combining marks, a CJK character, or an emoji with a modifier; a longer
/// cluster (a family emoji joined by ZWJs) keeps its first scalars, as
/// curses does with its own five-character cells.
struct CellText: Hashable, Sendable {
    /// Bytes 0–7.
    private var low: UInt64 = 0
    /// Bytes 8–14, and the byte count in the top byte.
    private var high: UInt64 = 0

    static let capacity = 15

    init() {}

    /// One ASCII byte.
    @inline(__always)
    init(ascii b: UInt8) {
        low = UInt64(b)
        high = 1 << 56
    }

    /// One scalar.
    @inline(__always)
    init(scalar s: Unicode.Scalar) {
        append(s)
    }

    /// The first scalars of `text` that fit, without a dangling joiner
    /// when the cluster had to be cut.
    init(_ text: String) {
        var joinerAt = -1  // byte offset of a ZWJ ending what was stored
        var cut = false
        for s in text.unicodeScalars {
            let before = count
            guard append(s) else {
                cut = true
                break
            }
            joinerAt = s.value == 0x200D ? before : -1
        }
        if cut && joinerAt >= 0 { truncate(to: joinerAt) }
    }

    var count: Int { Int(high >> 56) }
    var isEmpty: Bool { high >> 56 == 0 }

    /// Adds a scalar's UTF-8 if it fits; false (and nothing added) if not.
    @discardableResult
    @inline(__always)
    mutating func append(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        let n = count
        switch v {
        case 0..<0x80:
            guard n + 1 <= CellText.capacity else { return false }
            setByte(n, UInt8(v))
            setCount(n + 1)
        case 0x80..<0x800:
            guard n + 2 <= CellText.capacity else { return false }
            setByte(n, UInt8(0xC0 | (v >> 6)))
            setByte(n + 1, UInt8(0x80 | (v & 0x3F)))
            setCount(n + 2)
        case 0x800..<0x10000:
            guard n + 3 <= CellText.capacity else { return false }
            setByte(n, UInt8(0xE0 | (v >> 12)))
            setByte(n + 1, UInt8(0x80 | ((v >> 6) & 0x3F)))
            setByte(n + 2, UInt8(0x80 | (v & 0x3F)))
            setCount(n + 3)
        default:
            guard n + 4 <= CellText.capacity else { return false }
            setByte(n, UInt8(0xF0 | (v >> 18)))
            setByte(n + 1, UInt8(0x80 | ((v >> 12) & 0x3F)))
            setByte(n + 2, UInt8(0x80 | ((v >> 6) & 0x3F)))
            setByte(n + 3, UInt8(0x80 | (v & 0x3F)))
            setCount(n + 4)
        }
        return true
    }

    /// Adds `count` bytes of already-valid UTF-8 (one scalar) if they fit.
    @inline(__always)
    mutating func append(utf8 src: UnsafeBufferPointer<UInt8>, from i: Int, count n: Int) {
        let c = count
        guard c + n <= CellText.capacity else { return }
        for k in 0..<n { setByte(c + k, src[i + k]) }
        setCount(c + n)
    }

    @inline(__always)
    private mutating func setByte(_ i: Int, _ b: UInt8) {
        if i < 8 {
            low |= UInt64(b) << UInt64(8 * i)
        } else {
            high |= UInt64(b) << UInt64(8 * (i - 8))
        }
    }

    @inline(__always)
    private mutating func setCount(_ n: Int) {
        high = (high & 0x00FF_FFFF_FFFF_FFFF) | (UInt64(n) << 56)
    }

    @inline(__always)
    func byte(_ i: Int) -> UInt8 {
        i < 8 ? UInt8(truncatingIfNeeded: low >> UInt64(8 * i)) : UInt8(truncatingIfNeeded: high >> UInt64(8 * (i - 8)))
    }

    private mutating func truncate(to n: Int) {
        let keepLow = n >= 8 ? UInt64.max : (n == 0 ? 0 : (UInt64(1) << UInt64(8 * n)) - 1)
        let keepHigh = n <= 8 ? 0 : (UInt64(1) << UInt64(8 * (n - 8))) - 1
        low &= keepLow
        high = (high & keepHigh) | (UInt64(n) << 56)
    }

    /// The UTF-8 bytes added to a buffer (for whole lines at once).
    @inline(__always)
    func appendUTF8(to bytes: inout [UInt8]) {
        for i in 0..<count { bytes.append(byte(i)) }
    }

    /// The one scalar of a 2-, 3- or 4-byte UTF-8 sequence filling the
    /// cell; nil for ASCII, for several scalars and for nothing.
    @inline(__always)
    var singleScalar: UInt32? {
        let n = count
        guard n >= 2 else { return nil }
        let b0 = UInt32(byte(0))
        let need = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0
        guard need == n else { return nil }
        var v = b0 & (0x7F >> UInt32(n))
        for i in 1..<n { v = v << 6 | (UInt32(byte(i)) & 0x3F) }
        return v
    }

    var string: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        appendUTF8(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
