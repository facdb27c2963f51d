// A randomised robustness test: the sample files, damaged in the ways real
// files get damaged, never crash the loader, and every problem it reports
// names a real line of its file and prints no control character.

import TestSupport
import Testing

@testable import BoardModel

enum Damage {
    /// Bytes that break CSV and UTF-8 in interesting ways.
    static let nasty: [UInt8] = [
        0x00, 0xFF, 0x22, 0x2C, 0x0A, 0x0D, 0x20, 0x09, 0x1B, 0x7F, 0xC3, 0xE1, 0xBB, 0x80, 0xEF, 0xE2, 0x80, 0xAE,
    ]

    /// One random change; the name says what was done (for a failure report).
    static func once(_ b: inout [UInt8], _ rng: inout SplitMix64) -> String {
        switch rng.below(8) {
        case 0:
            let at = rng.below(b.count + 1)
            b.removeSubrange(at...)
            return "truncate at \(at)"
        case 1:
            let at = rng.below(b.count + 1)
            let n = 1 + rng.below(6)
            let ins = (0..<n).map { _ in rng.below(3) == 0 ? UInt8(truncatingIfNeeded: rng.next()) : rng.pick(nasty) }
            b.insert(contentsOf: ins, at: at)
            return "insert \(ins) at \(at)"
        case 2:
            let quotes = b.indices.filter { b[$0] == 0x22 }
            guard let q = quotes.isEmpty ? nil : rng.pick(quotes) else { return "no quote to delete" }
            b.remove(at: q)
            return "delete quote at \(q)"
        case 3:
            let quotes = b.indices.filter { b[$0] == 0x22 }
            guard let q = quotes.isEmpty ? nil : rng.pick(quotes), q + 1 < b.count else { return "no quote to swap" }
            b.swapAt(q, q + 1)
            return "swap quote at \(q)"
        case 4:
            let lines = lineRanges(b)
            guard !lines.isEmpty else { return "no line to duplicate" }
            let r = rng.pick(lines)
            let copy = Array(b[r]) + (r.upperBound < b.count ? [] : [0x0A])
            b.insert(contentsOf: copy, at: min(r.upperBound + 1, b.count))
            return "duplicate line at \(r.lowerBound)"
        case 5:
            let lines = lineRanges(b)
            guard !lines.isEmpty else { return "no line to delete" }
            let r = rng.pick(lines)
            b.removeSubrange(r.lowerBound..<min(r.upperBound + 1, b.count))
            return "delete line at \(r.lowerBound)"
        case 6:
            guard !b.isEmpty else { return "nothing to overwrite" }
            let at = rng.below(b.count)
            b[at] = rng.pick(nasty)
            return "overwrite \(at) with \(b[at])"
        default:
            let at = rng.below(b.count + 1)
            b.insert(0x22, at: at)
            return "insert quote at \(at)"
        }
    }

    /// Byte ranges of the lines (without their LF); a last line without
    /// its LF counts. As the reader does, a file whose first line break is
    /// a lone CR (classic Mac) has its lines end in CR (a CRLF in it is one
    /// line end).
    static func lineRanges(_ b: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let firstBreak = b.firstIndex { $0 == 0x0A || $0 == 0x0D }
        let crFile = firstBreak.map { b[$0] == 0x0D && ($0 + 1 == b.count || b[$0 + 1] != 0x0A) } ?? false
        let end: UInt8 = crFile ? 0x0D : 0x0A
        b.withUnsafeBufferPointer { p in
            var start = 0
            var i = 0
            while i < p.count {
                if p[i] == end {
                    out.append(start..<i)
                    if crFile, i + 1 < p.count, p[i + 1] == 0x0A { i += 1 }
                    start = i + 1
                }
                i += 1
            }
            if start < p.count { out.append(start..<p.count) }
        }
        return out
    }
}

/// What is wrong with the problems reported for one version of the files
/// (empty when nothing is).
struct Fault: CustomStringConvertible {
    var text: String
    var description: String { text }
}

func problemFaults(
    _ problems: some Sequence<Problem>, contents: [String: [UInt8]],
    lines known: [String: [Range<Int>]] = [:]
) -> [Fault] {
    var faults: [Fault] = []
    var linesOf = known
    for p in problems {
        let text = p.description
        if text.unicodeScalars.contains(where: { s in
            let v = s.value
            return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v)
        }) {
            faults.append(Fault(text: "control character in: \(text.debugDescription)"))
        }
        if p.line == 1 && p.column == 1 { continue }  // the whole file
        guard let bytes = contents[p.file] else {
            faults.append(Fault(text: "problem for an unknown file: \(text)"))
            continue
        }
        let lines = linesOf[p.file] ?? Damage.lineRanges(bytes)
        linesOf[p.file] = lines
        guard p.line >= 1, p.line <= lines.count else {
            faults.append(Fault(text: "line \(p.line) of a \(lines.count)-line file: \(text)"))
            continue
        }
        // A column counts scalars, so it is at most the line's bytes + 1
        // (one past the end, where a missing field would go).
        if p.column < 1 || p.column > lines[p.line - 1].count + 1 {
            faults.append(Fault(text: "column \(p.column) on a line of \(lines[p.line - 1].count) bytes: \(text)"))
        }
    }
    return faults
}

@Suite("Robustness")
struct RobustnessTests {
    static let files: [String: [UInt8]] = {
        var out: [String: [UInt8]] = [:]
        // Every table file the sample has (an optional one may be absent).
        for f in DataFile.allCases where FileIO.fingerprint(sampleDataPath + "/" + f.rawValue) != nil {
            out[f.rawValue] = readBytes(sampleDataPath + "/" + f.rawValue)
        }
        for name in ["2024-03-29.csv", "2024-03-30.csv", "2024-03-31.csv"] {
            out["crossings/" + name] = readBytes(sampleDataPath + "/crossings/" + name)
        }
        return out
    }()
    static let lines: [String: [Range<Int>]] = files.mapValues(Damage.lineRanges)
    static let names = files.keys.sorted()

    /// The ids files may refer to, from the sample.
    static let known: KnownIDs = {
        var k = KnownIDs()
        k[.units] = Set(Sample.data.units.map(\.id))
        k[.gates] = Set(Sample.data.gates.map(\.id))
        k[.zones] = Set(Sample.data.zones.map(\.id))
        k[.tasks] = Set(Sample.data.tasks.map(\.id))
        return k
    }()

    /// 1 to 3 random changes to one sample file.
    static func damaged(_ rel: String, _ rng: inout SplitMix64) -> (bytes: [UInt8], log: String) {
        var bytes = files[rel]!
        var log: [String] = []
        for _ in 0..<(1 + rng.below(3)) { log.append(Damage.once(&bytes, &rng)) }
        return (bytes, log.joined(separator: "; "))
    }

    /// A damaged copy of up to 4 lines of a crossing log, to append to it.
    static func damagedChunk(_ rel: String, _ rng: inout SplitMix64) -> (bytes: [UInt8], log: String) {
        let l = lines[rel]!
        let from = rng.below(l.count)
        var chunk = Array(files[rel]![l[from].lowerBound..<l[min(from + 3, l.count - 1)].upperBound]) + [0x0A]
        let log = Damage.once(&chunk, &rng)
        return (chunk, "append " + log)
    }

    static func expectNoFaults(_ faults: [String: [Fault]]) {
        let all = faults.flatMap { key, list in list.map { (key, $0) } }.sorted { $0.0 < $1.0 }
        #expect(
            all.isEmpty,
            "\(all.count) faults, first ones:\n\(all.prefix(8).map { "\($0.0): \($0.1)" }.joined(separator: "\n"))")
    }

    /// Many damaged versions, each parsed alone by the file's reader (the
    /// loader's per-file step), crossing logs also read on after a damaged append.
    @Test func damagedFilesNeverCrashAndProblemsNameRealLines() {
        var rng = SplitMix64(state: 20_240_331)
        var faults: [String: [Fault]] = [:]
        var problemsSeen = 0
        for iteration in 0..<400 {
            let rel = rng.pick(Self.names)
            let (bytes, log) = Self.damaged(rel, &rng)
            var problems = ProblemList()
            if let file = DataFile(rawValue: rel) {
                _ = bytes.withUnsafeBufferPointer {
                    FileContent.parse(file, bytes: $0, known: Self.known, problems: &problems)
                }
            } else {
                var r = bytes.withUnsafeBufferPointer {
                    CrossingReader.read(file: rel, buffer: $0, gateIDs: Array(Self.known[.gates]).sorted())
                }
                let (chunk, more) = Self.damagedChunk(rel, &rng)
                let grown = bytes + chunk
                grown.withUnsafeBufferPointer { CrossingReader.readMore(file: rel, buffer: $0, into: &r) }
                problems = r.problems
                faults["#\(iteration) \(rel) [\(log); \(more)]"] = problemFaults(problems, contents: [rel: grown])
                problemsSeen += problems.count
                continue
            }
            problemsSeen += problems.count
            faults["#\(iteration) \(rel) [\(log)]"] = problemFaults(problems, contents: [rel: bytes])
        }
        #expect(problemsSeen > 400)  // the damage did produce problems to check
        Self.expectNoFaults(faults)
    }

    /// Fewer rounds through the whole loader: a damaged file in a copy of
    /// the sample folder, every file's problems checked, and for a crossing
    /// log a damaged append read by `refresh()`.
    @Test func damagedFoldersNeverCrashAndProblemsNameRealLines() throws {
        var rng = SplitMix64(state: 7)
        try withTempFolder(bytes: Self.files) { root in
            var faults: [String: [Fault]] = [:]
            for iteration in 0..<40 {
                let rel = rng.pick(Self.names)
                let (bytes, log) = Self.damaged(rel, &rng)
                writeFile(root + "/" + rel, bytes)
                var contents = Self.files
                contents[rel] = bytes
                var lines = Self.lines
                lines[rel] = nil
                var folder = try DataFolder.load(root)
                faults["#\(iteration) \(rel) [\(log)]"] = problemFaults(
                    folder.problems, contents: contents, lines: lines)
                if rel.hasPrefix("crossings/") {
                    let (chunk, more) = Self.damagedChunk(rel, &rng)
                    writeFile(root + "/" + rel, chunk, append: true)
                    contents[rel]! += chunk
                    try folder.refresh()
                    faults["#\(iteration) \(rel) [\(log); \(more)]"] = problemFaults(
                        folder.problems, contents: contents, lines: lines)
                }
                writeFile(root + "/" + rel, Self.files[rel]!)
            }
            Self.expectNoFaults(faults)
        }
    }
}
