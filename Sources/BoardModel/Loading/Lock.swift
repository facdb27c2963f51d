import Synchronization

/// A small lock (FoundationEssentials has no NSLock).
final class Lock: Sendable {
    private let mutex = Mutex<Void>(())
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        try mutex.withLock { _ in try body() }
    }
}
