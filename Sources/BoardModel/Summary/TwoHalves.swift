import Dispatch

/// A list of values, one per position, worked out in two halves on two
/// cores when it is long: the summary of 5,000 assignments looks up the
/// assignment of each of 50,000 progress reports, and reads the latest
/// note of each assignment, while the other core would wait (make bench,
/// brief). Each value depends on its position alone, so the list is the
/// one a single pass gives.
enum TwoHalves {
    static func map<T: Sendable>(
        _ count: Int, twoCoresFrom minimum: Int, fill: T, _ value: @Sendable (Int) -> T
    ) -> [T] {
        // Its own loop, not the stateful `map` with no state: a closure
        // around `value` for each of 50,000 positions cost 0.9 M
        // instructions of the brief (callgrind).
        var out = [T](repeating: fill, count: count)
        guard count >= minimum, count >= 2 else {
            for i in 0..<count { out[i] = value(i) }
            return out
        }
        out.withUnsafeMutableBufferPointer { buffer in
            let target = SharedBuffer(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: 2) { half in
                let range = half == 0 ? 0..<count / 2 : count / 2..<count
                for i in range { target.buffer[i] = value(i) }
            }
        }
        return out
    }

    /// `map` with a state of each half's own (made by `start`, passed to
    /// every value of that half): a memo of answers found before. Each
    /// value must still depend on its position alone.
    static func map<T: Sendable, State>(
        _ count: Int, twoCoresFrom minimum: Int, fill: T, start: @Sendable () -> State,
        _ value: @Sendable (inout State, Int) -> T
    ) -> [T] {
        var out = [T](repeating: fill, count: count)
        guard count >= minimum, count >= 2 else {
            var state = start()
            for i in 0..<count { out[i] = value(&state, i) }
            return out
        }
        out.withUnsafeMutableBufferPointer { buffer in
            let target = SharedBuffer(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: 2) { half in
                var state = start()
                let range = half == 0 ? 0..<count / 2 : count / 2..<count
                for i in range { target.buffer[i] = value(&state, i) }
            }
        }
        return out
    }
}

/// A list being filled on two cores, each writing only its own positions
/// (`TwoHalves.map`, `TaskSummary`'s report lists).
struct SharedBuffer<T>: @unchecked Sendable { let buffer: UnsafeMutableBufferPointer<T> }
