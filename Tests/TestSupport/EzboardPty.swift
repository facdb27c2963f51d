import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The real `ezboard` in a pty of the test's own (`PtyTerminal`), with a
/// clean environment: exactly the `TERM` and locale given, no config
/// file, no terminfo folder of the tester's. A scratch folder (removed at
/// the end) serves as HOME.
public final class EzboardPty {
    public let terminal: PtyTerminal
    public let home: String

    /// `ezboard ARGS` at `cols`×`rows`. `extraEnvironment` is added last
    /// (e.g. `LC_ALL`, `TERMINFO`).
    public init(
        _ arguments: [String], term: String, lang: String = "C.UTF-8", cols: Int = 120, rows: Int = 40,
        extraEnvironment: [String: String] = [:]
    ) throws {
        guard let exe = Binaries.ezboard else { throw DataCopy.IOError(description: "ezboard is not built") }
        home =
            FileManager.default.temporaryDirectory.path
            + "/ezboard-pty-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        var env = [
            "PATH": "/usr/bin:/bin", "HOME": home, "TERM": term, "LANG": lang,
            "XDG_CONFIG_HOME": home + "/config", "SWIFT_BACKTRACE": "enable=no",
        ]
        env.merge(extraEnvironment) { $1 }
        do {
            terminal = try PtyTerminal([exe] + arguments, environment: env, rows: rows, cols: cols)
        } catch {
            try? FileManager.default.removeItem(atPath: home)
            throw error
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: home)
    }

    /// Waits for the whole first frame: the overview's first gate and the
    /// footer's help hint (drawn last), then quiet for 300 ms.
    @discardableResult
    public func firstFrame(ascii: Bool = false, timeout: Double = 30) throws -> ArraySlice<UInt8> {
        try terminal.read(untilAll: ascii ? ["Kim Thanh", "giup"] : ["Kim Thành", "giúp"], timeout: timeout)
    }

    /// Types `q`; returns the wait status and every byte written after it
    /// (nil status: still running after `timeout`).
    public func quit(timeout: Double = 30) throws -> (status: Int32?, bytes: ArraySlice<UInt8>) {
        let start = terminal.output.count
        try terminal.type("q")
        let status = terminal.wait(timeout: timeout)
        // Its last bytes are in the pty already; read them to the end.
        if status != nil { _ = try? terminal.readToEnd(timeout: 10) }
        return (status, terminal.output[start...])
    }
}
