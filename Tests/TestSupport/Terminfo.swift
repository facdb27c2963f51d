import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What the system's terminfo says about a terminal type, read with
/// `tput` (ncurses-bin, part of every Debian system).
public enum Terminfo {
    public static let tput: String? = ["/usr/bin/tput", "/bin/tput", "/usr/local/bin/tput"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A string capability (`rmcup`, `cnorm`, `rmkx`, `kcud1` …) for
    /// `term`; empty when the entry does not define it (or has no entry).
    public static func string(_ cap: String, term: String) -> String {
        guard let tput else { return "" }
        let env = ["PATH": "/usr/bin:/bin"]
        return (try? Spawn.run([tput, "-T", term, cap], environment: env, captureOutput: true)) ?? ""
    }

    /// Whether the system has an entry for `term` (searched as ncurses
    /// does, with `environment`'s TERMINFO and TERMINFO_DIRS).
    public static func hasEntry(_ term: String, environment: [String: String] = [:]) -> Bool {
        guard let tput else { return false }
        var env = ["PATH": "/usr/bin:/bin"]
        env.merge(environment) { $1 }
        // `tput -T X longname` prints nothing and fails without an entry.
        let name = (try? Spawn.run([tput, "-T", term, "longname"], environment: env, captureOutput: true)) ?? ""
        return !name.isEmpty
    }
}

/// The processes on this machine, from /proc.
public enum ProcessTable {
    /// The ids of live processes (not zombies) whose command line
    /// contains `text`.
    public static func commandLines(containing text: String) -> [(pid: pid_t, commandLine: String)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var out: [(pid_t, String)] = []
        for name in names {
            guard let pid = pid_t(name), pid != getpid(),
                let data = FileManager.default.contents(atPath: "/proc/\(name)/cmdline"), !data.isEmpty
            else { continue }
            let line = String(decoding: data.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
            if line.contains(text), state(pid) != "Z" { out.append((pid, line)) }
        }
        return out
    }

    /// The state letter from /proc/PID/stat (`S`, `R`, `T`, `Z` …).
    public static func state(_ pid: pid_t) -> Character? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
    }

    /// The parent's id, from /proc/PID/stat.
    public static func parent(_ pid: pid_t) -> pid_t? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 1 ? pid_t(fields[1]) : nil
    }

    /// Every live process below `root` (children, their children …).
    public static func descendants(of root: pid_t) -> [pid_t] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var children: [pid_t: [pid_t]] = [:]
        for name in names {
            guard let pid = pid_t(name), let ppid = parent(pid) else { continue }
            children[ppid, default: []].append(pid)
        }
        var out: [pid_t] = []
        var todo = [root]
        while let p = todo.popLast() {
            for c in children[p] ?? [] where !out.contains(c) {
                out.append(c)
                todo.append(c)
            }
        }
        return out
    }

    /// Waits until no live process's command line contains `text`; the
    /// ones left on timeout (empty: all gone).
    public static func waitUntilNone(containing text: String, timeout: Double) -> [(pid: pid_t, commandLine: String)] {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let left = commandLines(containing: text)
            if left.isEmpty || Date() >= deadline { return left }
            usleep(50_000)
        }
    }
}
