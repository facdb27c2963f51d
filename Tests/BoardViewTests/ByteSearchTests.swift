import Testing

@testable import BoardView

// The typed filters of the long lists read only the texts holding every
// byte of the filter (`ByteSet`); what they find must not change.

@Suite("Filter search by byte sets")
struct ByteSearchTests {
    static func found(_ needle: String, in text: String) -> Bool {
        let hay = Array(text.utf8)
        return hay.withUnsafeBufferPointer {
            ByteNeedle(Array(needle.utf8)).found(in: $0, 0..<hay.count, has: ByteSet(hay))
        }
    }

    @Test("A text is found to hold a needle exactly when it does, whatever its bytes")
    func exact() {
        #expect(Self.found("k", in: "kim thanh") && !Self.found("x", in: "kim thanh"))
        #expect(Self.found("thanh", in: "kim thanh") && !Self.found("thanj", in: "kim thanh"))
        // Every byte there, not in that order.
        #expect(!Self.found("hnat", in: "kim thanh"))
        #expect(Self.found("", in: "") && Self.found("", in: "a") && !Self.found("ab", in: "a"))
        // A byte past 127 is no stand-in for the ASCII one 128 below it
        // (눈 is EB 88 88, and EB is 'k' + 128).
        #expect(Array("눈".utf8) == [0xEB, 0x88, 0x88])
        #expect(!Self.found("k", in: "눈") && Self.found("눈", in: "a 눈 b"))
        #expect(Self.found("山", in: "lô 山 3") && !Self.found("山", in: "lo 3"))
    }
}
