import Foundation
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// `ezboard update …` (or any command) run to its end: exit status, the
/// exact bytes of standard output, standard error as text.
struct UpdateRun {
    var status: Int32
    var stdout: [UInt8]
    var stderr: String

    var row: String { String(decoding: stdout, as: UTF8.self) }

    /// Runs ezboard with `arguments` (and `input` on standard input) in a
    /// clean environment; `prefix` goes before it (`runuser -u X --`).
    static func run(
        _ arguments: [String], input: [UInt8] = [], prefix: [String] = [], executable: String? = nil,
        environment extra: [String: String] = [:]
    ) throws -> UpdateRun {
        guard let exe = executable ?? Binaries.ezboard else { throw NotBuilt() }
        let p = Process()
        let argv = prefix + [exe] + arguments
        p.executableURL = URL(fileURLWithPath: argv[0])
        p.arguments = Array(argv.dropFirst())
        var env = ["PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin", "LANG": "C.UTF-8"]
        // No config file of the tester's: an empty config home.
        env["XDG_CONFIG_HOME"] = "/nonexistent-ezboard-config"
        for (k, v) in extra { env[k] = v }
        p.environment = env
        let out = Pipe()
        let err = Pipe()
        let inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        inp.fileHandleForWriting.write(Data(input))
        try? inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return UpdateRun(status: p.terminationStatus, stdout: [UInt8](o), stderr: String(decoding: e, as: UTF8.self))
    }

    /// `ezboard check --data DIR`'s last line, e.g. `… 0 errors, 0 warnings`.
    static func checkSummary(_ folder: String) throws -> String {
        let r = try run(["check", "--data", folder])
        return r.row.split(separator: "\n").last.map(String.init) ?? ""
    }
}

struct NotBuilt: Error {}

extension Array where Element == UInt8 {
    /// The CSV records of these bytes, each with its line end: a line break
    /// inside quotes belongs to its record.
    var records: [[UInt8]] {
        var out: [[UInt8]] = []
        var start = 0
        var quoted = false
        for (i, b) in enumerated() {
            if b == 0x22 { quoted.toggle() }
            if b == 0x0A, !quoted {
                out.append(Array(self[start...i]))
                start = i + 1
            }
        }
        if start < count { out.append(Array(self[start...])) }
        return out
    }
}
