import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A private OpenSSH server for one test: throw-away host and client
/// keys in a temporary folder, listening on 127.0.0.1 on a free high
/// port, logging in the user running the tests with the client key only.
/// Stopped, with every session process it started, and its folder
/// removed at the end.
public final class SSHServer {
    public static let sshd = "/usr/sbin/sshd"  // sshd wants an absolute path (it re-executes itself)
    public static let ssh: String? = ["/usr/bin/ssh", "/usr/local/bin/ssh"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    public static let keygen: String? = ["/usr/bin/ssh-keygen", "/usr/local/bin/ssh-keygen"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    /// Where sshd running as root wants its privilege-separation folder.
    static let privsepFolder = "/run/sshd"

    /// Why no server can run here (nil: it can). As root, creates the
    /// privilege-separation folder sshd needs when it is missing (the
    /// openssh-server package makes it at boot, which a container skips).
    public static let unavailableReason: String? = {
        let fm = FileManager.default
        guard fm.isExecutableFile(atPath: sshd) else {
            return "\(sshd) is not installed (Debian's openssh-server; `make test` installs it)"
        }
        guard ssh != nil else { return "ssh is not installed (Debian's openssh-client; `make test` installs it)" }
        guard keygen != nil else { return "ssh-keygen is not installed (Debian's openssh-client)" }
        if getuid() == 0 && !fm.fileExists(atPath: privsepFolder) {
            if mkdir(privsepFolder, 0o755) != 0 && errno != EEXIST {
                return "sshd needs \(privsepFolder), which is missing and cannot be made (errno \(errno))"
            }
        }
        // As another user, sshd runs without privilege separation and logs
        // in that user only: no folder needed.
        return nil
    }()

    public static var available: Bool { unavailableReason == nil }

    public let folder: String
    public private(set) var port: Int = 0
    public private(set) var pid: pid_t = 0
    public var clientKey: String { folder + "/client_key" }
    private var logFile: String { folder + "/sshd.log" }
    private var running = false

    public struct Failed: Error, CustomStringConvertible {
        public var description: String
    }

    /// Makes the keys and the configuration, starts `sshd -D` and waits
    /// until it accepts connections.
    public init() throws {
        folder =
            FileManager.default.temporaryDirectory.path
            + "/ezboard-ssh-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        do {
            let env = ["PATH": "/usr/bin:/bin", "HOME": folder]
            for key in ["host_key", "client_key"] {
                try Spawn.run(
                    [
                        Self.keygen ?? "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "ezboard-test",
                        "-f", folder + "/" + key,
                    ], environment: env, captureOutput: false)
                guard FileManager.default.fileExists(atPath: folder + "/" + key) else {
                    throw Failed(description: "ssh-keygen made no \(key)")
                }
            }
            try FileManager.default.copyItem(atPath: clientKey + ".pub", toPath: folder + "/authorized_keys")
            // Another process may take the port between choosing and
            // binding it: try again with another one.
            var lastLog = ""
            for _ in 0..<5 {
                port = try Self.freePort()
                try config().write(toFile: folder + "/sshd_config", atomically: false, encoding: .utf8)
                try start()
                if waitUntilListening(timeout: 30) { return }
                lastLog = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
                stop()
            }
            throw Failed(description: "sshd did not start; its log:\n\(lastLog)")
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            throw error
        }
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Just enough for a public-key login over the loopback.
    private func config() -> String {
        """
        ListenAddress 127.0.0.1
        Port \(port)
        HostKey \(folder)/host_key
        AuthorizedKeysFile \(folder)/authorized_keys
        PidFile \(folder)/sshd.pid
        StrictModes no
        UsePAM no
        PermitRootLogin yes
        PubkeyAuthentication yes
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        PrintMotd no
        PrintLastLog no
        X11Forwarding no
        LogLevel ERROR

        """
    }

    /// A port the kernel has just found free (bound to port 0, then let go).
    private static func freePort() throws -> Int {
        let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard s >= 0 else { throw Failed(description: "socket: errno \(errno)") }
        defer { close(s) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { p -> Bool in
                bind(s, p, len) == 0 && getsockname(s, p, &len) == 0
            }
        }
        guard bound else { throw Failed(description: "bind: errno \(errno)") }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    /// `sshd -D -e -f CONFIG`, its output to the log file; every signal
    /// unblocked (tests run on threads that block some, and sshd would
    /// inherit the mask), in a process group of its own.
    private func start() throws {
        let argv = [Self.sshd, "-D", "-e", "-f", folder + "/sshd_config"]
        let log = logFile
        let started = CleanSpawn.start(
            argv, environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"],
            grouping: .ownGroup
        ) { actions in
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o600)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        switch started {
        case .success(let child): pid = child
        case .failure(let e): throw Failed(description: e.description)
        }
        running = true
    }

    /// True once a connection to the port succeeds; false if sshd ended
    /// or the time ran out.
    private func waitUntilListening(timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var st: Int32 = 0
            if waitpid(pid, &st, WNOHANG) == pid {
                running = false
                return false
            }
            if Self.canConnect(port: port) { return true }
            usleep(50_000)
        }
        return false
    }

    private static func canConnect(port: Int) -> Bool {
        let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard s >= 0 else { return false }
        defer { close(s) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(s, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    /// Stops the listener (SIGTERM, then SIGKILL) and every session
    /// process it started (those outlive the listener by design).
    public func stop() {
        guard running else { return }
        running = false
        let sessions = ProcessTable.descendants(of: pid)
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(5)
        var st: Int32 = 0
        var reaped = false
        while Date() < deadline {
            let r = waitpid(pid, &st, WNOHANG)
            if r == pid || (r < 0 && errno != EINTR) {
                reaped = true
                break
            }
            usleep(20_000)
        }
        if !reaped {
            kill(pid, SIGKILL)
            while waitpid(pid, &st, 0) < 0 && errno == EINTR {}
        }
        for p in sessions { kill(p, SIGKILL) }
    }

    /// The log sshd wrote (errors only).
    public var log: String { (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "" }

    /// `ssh -tt … 127.0.0.1 COMMAND`: a terminal session running
    /// `command` (one line for the remote shell), as the test's user, no
    /// config file, no known-hosts file, no agent, no prompt.
    public func sshArguments(command: String) -> [String] {
        [
            Self.ssh ?? "ssh", "-tt", "-F", "/dev/null", "-i", clientKey,
            "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
            "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
            "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=20",
            "-p", "\(port)", "127.0.0.1", command,
        ]
    }

    /// The environment for the ssh client: its home is the server's
    /// folder (nothing of the tester's ~/.ssh is read or written).
    public func clientEnvironment(term: String = "xterm-256color") -> [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": folder, "TERM": term, "LANG": "C.UTF-8"]
    }
}
