import Foundation
import Testing

/// ezboard writes into the data folder in one place only
/// (`ReportAppender`). The sources of the program are read to keep it so:
/// no other file opens a file for writing, creates, renames, removes or
/// truncates one.
@Suite("Only one writer")
struct OnlyOneWriterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// Files allowed to write, and why: the report appender (the data
    /// folder), standard output and error, the trace file a developer
    /// names (`EZBOARD_TRACE`), and the benchmark's own scratch folders.
    static let allowed = [
        "Sources/BoardModel/Writing/ReportAppender.swift", "Sources/EzboardCLI/Output.swift",
        "Sources/EzboardCLI/Live/Trace.swift",
    ]
    static let writingCalls = [
        "O_WRONLY", "O_RDWR", "O_CREAT", "O_APPEND", "O_TRUNC", "fopen(", "rename(", "renameat", "unlink(",
        "unlinkat(", "ftruncate(", "Glibc.truncate(", "mkdir(", "rmdir(", "FileManager", "FileHandle", "write(toFile",
        "createFile", "write(fd", "Glibc.write(", "pwrite(", "Glibc.remove(", "symlink(", "Glibc.link(", "chmod(",
        "chown(",
    ]

    @Test func onlyTheAppenderWritesFiles() throws {
        let sources = Self.root + "/Sources"
        let walker = try #require(FileManager.default.enumerator(atPath: sources))
        var offenders: [String] = []
        var appenderSeen = false
        while let rel = walker.nextObject() as? String {
            guard rel.hasSuffix(".swift"), !rel.hasPrefix("ezbench/") else { continue }
            let path = "Sources/" + rel
            let text = try String(contentsOfFile: Self.root + "/" + path, encoding: .utf8)
            let code = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                .joined(separator: "\n")
            let found = Self.writingCalls.filter { code.contains($0) }
            if path == Self.allowed[0] { appenderSeen = !found.isEmpty }
            if !found.isEmpty, !Self.allowed.contains(path) { offenders.append("\(path): \(found)") }
        }
        #expect(appenderSeen, "the appender is where the scan expects it, and the scan sees its writes")
        #expect(offenders == [], "only ReportAppender may write files")
    }
}
