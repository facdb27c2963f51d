import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program and waits for it, with clean signal masks
/// (`CleanSpawn`): a tmux server started with the test thread's blocked
/// signals never sees SIGTERM (`kill-server` does nothing) and passes the
/// blocked SIGWINCH on to the program in its pane.
public enum Spawn {
    public struct Failed: Error, CustomStringConvertible {
        public var argv: [String]
        public var code: Int32
        public var description: String { "\(argv.joined(separator: " ")): spawn failed (\(code))" }
    }

    @discardableResult
    public static func run(_ argv: [String], environment: [String: String], captureOutput: Bool) throws -> String {
        var fds: [Int32] = [-1, -1]
        if captureOutput {
            guard pipe(&fds) == 0 else { throw Failed(argv: argv, code: errno) }
            // Closed on exec: a program another test starts meanwhile (a
            // tmux server) must not keep the write end open, or the read
            // below would wait for its end. The child's standard output is
            // a copy made by dup2, kept open.
            for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        }
        let started = CleanSpawn.start(argv, environment: environment) { actions in
            if captureOutput {
                posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
                posix_spawn_file_actions_addclose(&actions, fds[0])
                posix_spawn_file_actions_addclose(&actions, fds[1])
            } else {
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        if captureOutput { close(fds[1]) }
        let pid: pid_t
        switch started {
        case .success(let p): pid = p
        case .failure(let e):
            if captureOutput { close(fds[0]) }
            throw Failed(argv: argv, code: e.code)
        }
        var data = [UInt8]()
        if captureOutput {
            var buf = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fds[0], &buf, buf.count)
                if n > 0 { data += buf[0..<n] } else if n < 0 && errno == EINTR { continue } else { break }
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return String(decoding: data, as: UTF8.self)
    }
}
