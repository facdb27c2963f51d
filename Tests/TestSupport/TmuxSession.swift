import Foundation

/// A tmux server of its own (private socket, no config file) running one
/// command in a pane of a chosen size: a real terminal for end-to-end
/// tests, read back with `capture-pane`.
public final class TmuxSession {
    public static let path: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    public static var available: Bool { path != nil }

    public let socket: String
    public let target = "demo"
    /// The socket file, removed at the end: tmux leaves it behind.
    private var socketPath: String?

    /// Starts `command` (run by `sh -c`) in a detached `cols`×`rows` pane.
    /// `pipeTo` first pipes everything the pane's program writes to a file.
    public init(cols: Int, rows: Int, command: String, pipeTo: String? = nil) throws {
        socket = "ezboard-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var args = ["new-session", "-d", "-s", target, "-x", "\(cols)", "-y", "\(rows)", command]
        if let pipeTo { args += [";", "pipe-pane", "-t", target, "cat > '\(pipeTo)'"] }
        // This client starts the server, which keeps the client's stdout:
        // reading it to the end would wait for the server to exit.
        try run(args, output: false)
        socketPath = try? query("#{socket_path}")
    }

    deinit {
        _ = try? run(["kill-server"])
        if let socketPath, !socketPath.isEmpty { unlink(socketPath) }
    }

    /// Runs a tmux command against this server and returns its output.
    @discardableResult
    public func run(_ args: [String], output: Bool = true) throws -> String {
        // -u: UTF-8 whatever the test's own locale says.
        let argv = [Self.path ?? "tmux", "-u", "-L", socket, "-f", "/dev/null"] + args
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env.removeValue(forKey: "LC_ALL")
        env.removeValue(forKey: "TMUX")
        return try Spawn.run(argv, environment: env, captureOutput: output)
    }

    /// The visible screen, one string per row, trailing blanks removed.
    public func screen() throws -> [String] {
        let text = try run(["capture-pane", "-p", "-t", target])
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines.map(Self.trimmed)
    }

    /// A tmux format, e.g. `#{alternate_on}`.
    public func query(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func send(_ keys: String...) throws { try run(["send-keys", "-t", target] + keys) }
    public func sendLiteral(_ text: String) throws { try run(["send-keys", "-t", target, "-l", text]) }
    public func sendBytes(_ bytes: [UInt8]) throws {
        try run(["send-keys", "-t", target, "-H"] + bytes.map { String(format: "%02x", $0) })
    }
    public func resize(cols: Int, rows: Int) throws {
        try run(["resize-window", "-t", target, "-x", "\(cols)", "-y", "\(rows)"])
    }

    /// Waits until `condition` holds for the screen; returns that screen.
    @discardableResult
    public func waitFor(_ what: String, timeout: Double = 15, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String] = []
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(30_000)
        }
        throw TmuxTimeout(what: what, screen: last)
    }

    public static func trimmed(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

public struct TmuxTimeout: Error, CustomStringConvertible {
    public var what: String
    public var screen: [String]
    public init(what: String, screen: [String]) {
        self.what = what
        self.screen = screen
    }
    public var description: String { "timed out waiting for \(what); screen:\n" + screen.joined(separator: "\n") }
}
