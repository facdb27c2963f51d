#if canImport(Glibc)
    import Glibc
#endif

/// Starting programs for the tests, with every signal unblocked and at its
/// default action in the child.
///
/// Not Foundation's `Process`: tests run on threads that block most
/// signals, and a spawned program inherits that mask. A tmux server or an
/// sshd started that way never sees SIGTERM, and ezboard would never hear
/// of a resize.
public enum CleanSpawn {
    public enum Grouping {
        /// The test's own process group.
        case inherit
        /// A process group of its own: nothing sent to the test's group
        /// reaches it.
        case ownGroup
        /// A session of its own, so that the first terminal it opens
        /// without `O_NOCTTY` becomes its controlling terminal. (glibc's
        /// POSIX_SPAWN_SETSID, which the Glibc module does not export;
        /// glibc acts on it before the file actions.)
        case ownSession
    }

    /// Starts `argv` (an absolute path first) with exactly `environment`;
    /// `files` sets up its file descriptors. Returns the pid, or the error
    /// posix_spawn gave.
    public static func start(
        _ argv: [String], environment: [String: String], grouping: Grouping = .inherit,
        files: (inout posix_spawn_file_actions_t) -> Void
    ) -> Result<pid_t, SpawnError> {
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &all)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        switch grouping {
        case .inherit: break
        case .ownGroup:
            posix_spawnattr_setpgroup(&attr, 0)
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
        case .ownSession:
            flags |= 0x80
        }
        posix_spawnattr_setflags(&attr, Int16(flags))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        files(&actions)

        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in cArgs + cEnv { free(p) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, argv[0], &actions, &attr, cArgs, cEnv)
        return rc == 0 ? .success(child) : .failure(SpawnError(argv: argv, code: rc))
    }
}

public struct SpawnError: Error, CustomStringConvertible {
    public var argv: [String]
    public var code: Int32
    public var description: String { "spawn \(argv.joined(separator: " ")): error \(code)" }
}

/// A new pseudo-terminal: its master side, and the path of its slave.
public enum PseudoTerminal {
    /// Nil when no pty can be had (out of ptys, no /dev/ptmx).
    public static func open() -> (master: Int32, slavePath: String)? {
        let m = Glibc.open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard m >= 0 else { return nil }
        guard let path = unlockedSlave(m) else {
            close(m)
            return nil
        }
        return (m, path)
    }

    /// `grantpt`, `unlockpt` and `ptsname_r`, which the Glibc module does
    /// not declare (they need `_XOPEN_SOURCE`): looked up in libc.
    private static func unlockedSlave(_ master: Int32) -> String? {
        typealias IntFn = @convention(c) (Int32) -> Int32
        typealias NameFn = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32
        let libc = dlopen(nil, RTLD_NOW)
        guard let g = dlsym(libc, "grantpt"), let u = dlsym(libc, "unlockpt"), let n = dlsym(libc, "ptsname_r")
        else { return nil }
        guard unsafeBitCast(g, to: IntFn.self)(master) == 0, unsafeBitCast(u, to: IntFn.self)(master) == 0 else {
            return nil
        }
        var name = [CChar](repeating: 0, count: 128)
        guard unsafeBitCast(n, to: NameFn.self)(master, &name, name.count) == 0 else { return nil }
        return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
