import Testing

@testable import BoardModel

/// `SafeText.isSafe` skips eight bytes at a time; it must answer as the
/// byte-by-byte scan does, wherever an unsafe or risky byte falls.
struct SafeTextWordTests {
    /// Pieces that are safe, unsafe or only risky (a lead byte C2 or E2
    /// of a safe character), some of them split across a word's end.
    static let pieces: [[UInt8]] = [
        Array("abcdefgh".utf8), Array("Hoàn thành".utf8), Array("–…".utf8), [0x0A], [0x0D, 0x0A], [0x0D], [0x09],
        [0x1B], [0x00], [0x7F], [0xC2, 0x85], [0xC2, 0xA0], [0xE2, 0x80, 0xAE], [0xE2, 0x81, 0xA7], [0xE2, 0x80, 0x93],
        [0xC2], [0xE2], [0xE2, 0x80], [0x1F], [0x20], [0x7E], [0xFF], Array("x".utf8),
    ]

    @Test("The word skip answers as the byte scan, for every place of every piece")
    func sameAnswers() {
        var rng: UInt64 = 42
        var checked = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            let count = Int(rng >> 60) + 1
            for _ in 0..<count {
                rng = rng &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes += Self.pieces[Int(rng >> 33) % Self.pieces.count]
            }
            rng = rng &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes.withUnsafeBufferPointer { b in
                for breaks in [false, true] {
                    let fast = SafeText.isSafe(b, keepingLineBreaks: breaks)
                    #expect(fast == SafeText.isSafeBytewise(b, keepingLineBreaks: breaks), "\(bytes) \(breaks)")
                    if !fast { checked += 1 }
                }
            }
        }
        #expect(checked > 1000)
        for b in 0...255 {
            let bytes = [UInt8](repeating: 0x61, count: 11) + [UInt8(b)] + [UInt8](repeating: 0x62, count: 9)
            bytes.withUnsafeBufferPointer { p in
                #expect(
                    SafeText.isSafe(p, keepingLineBreaks: true) == SafeText.isSafeBytewise(p, keepingLineBreaks: true))
                // The byte among seven safe ones, at each place in the word.
                for shift in stride(from: 0, to: 64, by: 8) {
                    let word = (0x6161_6161_6161_6161 & ~(0xFF << UInt64(shift))) | UInt64(b) << UInt64(shift)
                    #expect(
                        SafeText.mayHoldRiskyByte(word) == (b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xE2))
                }
            }
        }
    }
}
