// Seeded randomised tests over the CSV reader, the loader and the number
// formatter, run by `make test` for a fixed budget of rounds (issue 16).
//
// Why not libFuzzer (`-sanitize=fuzzer`): it needs a toolchain built with
// the fuzzer runtime and a separate build of the package, and its budget is
// wall time, which varies with the machine. These run in the ordinary test
// build, deterministically (a failure names its seed and round, and replays
// with the same numbers), in a few seconds; EZBOARD_FUZZ_ROUNDS=n multiplies
// the rounds for a longer hunt, EZBOARD_FUZZ_SEED=n changes the seed.

import TestSupport
import Testing

@testable import BoardModel

#if canImport(Glibc)
    import Glibc
#endif

enum Fuzz {
    /// Rounds multiplier (default 1: the budget `make test` runs).
    static let scale: Int = {
        guard let v = getenv("EZBOARD_FUZZ_ROUNDS"), let n = Int(String(cString: v)), n > 0 else { return 1 }
        return n
    }()
    static let seed: UInt64 = {
        guard let v = getenv("EZBOARD_FUZZ_SEED"), let n = UInt64(String(cString: v)) else { return 16 }
        return n
    }()

    /// Bytes a CSV reader must survive: structure, line ends, quotes, NUL,
    /// broken and valid UTF-8, combining marks, controls.
    static let pieces: [[UInt8]] = [
        [0x2C], [0x22], [0x22, 0x22], [0x0A], [0x0D], [0x0D, 0x0A], [0x00], [0x20], [0x09],
        [0xFF], [0xC3], [0xE1, 0xBB], [0xEF, 0xBB, 0xBF], Array("ạ".utf8), Array("\u{301}".utf8),
        Array("\u{1B}".utf8), Array("\u{202E}".utf8), Array("2024-01-20T08:00:00".utf8), Array("G1".utf8),
        Array("export".utf8), Array("1.5".utf8), Array("-3".utf8), Array("99999999999999999999".utf8),
        Array("x".utf8), Array("abc".utf8),
    ]

    static func bytes(_ rng: inout SplitMix64, upTo n: Int) -> [UInt8] {
        var out: [UInt8] = []
        let length = rng.below(n)
        while out.count < length {
            if rng.below(5) == 0 {
                out.append(UInt8(truncatingIfNeeded: rng.next()))
            } else {
                out += rng.pick(pieces)
            }
        }
        return out
    }
}

@Suite("Fuzz")
struct FuzzTests {
    /// The reader ends on any bytes, and what it hands out makes sense:
    /// fields inside the buffer and in order, lines that never go back,
    /// at most `maxFields` fields, progress on every record.
    @Test func csvReaderOnRandomBytes() {
        var rng = SplitMix64(state: Fuzz.seed)
        for round in 0..<(4000 * Fuzz.scale) {
            let input = Fuzz.bytes(&rng, upTo: 600)
            let partial = rng.below(2) == 0
            let faults = input.withUnsafeBufferPointer { buf -> [String] in
                var r = CSVReader(buf)
                r.lastLineMayBePartial = partial
                r.quotedLineBreakLimit = 1 + rng.below(4)
                var out: [String] = []
                var complete = false
                var lastEnd = 0
                var lastLine = 0
                var records = 0
                while r.next(complete: &complete) {
                    records += 1
                    if records > buf.count + 1 {
                        out.append("no progress")
                        break
                    }
                    if r.fields.isEmpty || r.fields.count > CSVReader.maxFields {
                        out.append("\(r.fields.count) fields")
                    }
                    for f in r.fields {
                        if !(0 <= f.start && f.start <= f.end && f.end <= buf.count) {
                            out.append("field \(f.start)..<\(f.end)")
                        }
                        if f.origin < lastEnd { out.append("field at \(f.origin) before \(lastEnd)") }
                        if f.lineNumber < lastLine { out.append("line \(f.lineNumber) after \(lastLine)") }
                        lastEnd = f.origin
                        lastLine = f.lineNumber
                    }
                    _ = r.fields.map { r.string($0) }
                    for issue in r.issues where !(0...buf.count).contains(issue.offset) {
                        out.append("issue at \(issue.offset)")
                    }
                    if r.issues.count > CSVReader.maxIssuesPerRecord { out.append("\(r.issues.count) issues") }
                    r.issues.removeAll()
                }
                return out
            }
            #expect(faults.isEmpty, "seed \(Fuzz.seed) round \(round): \(faults.prefix(3)) in \(input)")
            if !faults.isEmpty { return }
        }
    }

    /// Well-formed CSV written from random fields reads back as written,
    /// with LF, CRLF or CR line ends.
    @Test func csvReaderRoundTrips() {
        var rng = SplitMix64(state: Fuzz.seed &+ 1)
        let alphabet: [String] = ["a", "ạ", ",", "\"", " ", "x", "1", "\u{301}", "中"]
        for round in 0..<(1500 * Fuzz.scale) {
            let width = 1 + rng.below(6)
            let rows = (0..<(1 + rng.below(6))).map { _ in
                (0..<width).map { _ in (0..<rng.below(6)).map { _ in rng.pick(alphabet) }.joined() }
            }
            let end = rng.pick(["\n", "\r\n", "\r"])
            // A field of only spaces is read as it is; a first field that
            // is empty or blank would make a blank line: give it a letter.
            let written =
                rows.map { row in
                    row.enumerated().map { i, f -> String in
                        // Bytes, not Characters: a quote and a combining mark make one Character.
                        let v = Array((i == 0 ? "k" + f : f).utf8)
                        guard v.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x20 }) else {
                            return String(decoding: v, as: UTF8.self)
                        }
                        return "\"" + String(decoding: v.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] }, as: UTF8.self)
                            + "\""
                    }.joined(separator: ",")
                }.joined(separator: end) + end
            let read: [[String]] = Array(written.utf8).withUnsafeBufferPointer { buf in
                var r = CSVReader(buf)
                var out: [[String]] = []
                var complete = false
                while r.next(complete: &complete) { out.append(r.fields.map { r.string($0) }) }
                return out
            }
            let expected = rows.map { row in row.enumerated().map { i, f in i == 0 ? "k" + f : f } }
            #expect(read == expected, "seed \(Fuzz.seed) round \(round): \(written.debugDescription)")
            if read != expected { return }
        }
    }

    /// Every formatter, for any finite Double (random bit patterns and the
    /// edges): no trap, and machine numbers are valid JSON numbers.
    @Test func formattersOnAnyFiniteDouble() {
        var rng = SplitMix64(state: Fuzz.seed &+ 2)
        var values: [Double] = [
            0, -0.0, .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude, 1e15, 9.007e15,
            9.2e18, 9.3e18, 1e19, 1e300, 0.0000000001, 999.95, 0.5, 2.5, .leastNonzeroMagnitude * 100,
        ]
        values += values.map { -$0 }
        for _ in 0..<(20000 * Fuzz.scale) {
            let v = Double(bitPattern: rng.next())
            if v.isFinite { values.append(v) }
            values.append(Double(rng.next() % 2_000_000_000_000) / Double(1 + rng.below(1000)))
        }
        var bad: [String] = []
        for v in values {
            for lang in Lang.allCases {
                for d in 0...3 { _ = Formats.decimal(v, d, lang) }
                _ = Formats.usd(v, lang)
                _ = Formats.usdShort(v, lang)
                _ = Formats.bnVND(v, lang)
                _ = Formats.percent(fraction: v, lang)
                _ = Formats.percent(v, lang)
            }
            let m = Formats.machine(v)
            if (try? JSONReader.parse(m))?.number == nil { bad.append("machine(\(v)) = \(m)") }
        }
        #expect(bad.isEmpty, "\(bad.prefix(5))")
    }

    /// The loader on random damage of every kind issue 16 names, the whole
    /// folder at once: no trap, every problem at a real line of its file,
    /// none with a control character, totals that add up.
    @Test func loaderOnHostileDamage() throws {
        var rng = SplitMix64(state: Fuzz.seed &+ 3)
        let files = RobustnessTests.files
        try withTempFolder(bytes: files) { root in
            for round in 0..<(60 * Fuzz.scale) {
                let rel = rng.pick(RobustnessTests.names)
                var bytes = files[rel]!
                let what = Hostile.damage(&bytes, &rng)
                writeFile(root + "/" + rel, bytes)
                var contents = files
                contents[rel] = bytes
                let f = try DataFolder.load(root)
                // Lines as the reader counts them: a CR file's end in CR.
                let cr = bytes.withUnsafeBufferPointer { CSVReader.lineEnding(of: $0) } == 0x0D
                let lines = [rel: Damage.lineRanges(cr ? bytes.map { $0 == 0x0D ? 0x0A : $0 } : bytes)]
                let faults = problemFaults(
                    f.problems.filter { !$0.message.contains("not listed") }, contents: contents, lines: lines)
                #expect(faults.isEmpty, "seed \(Fuzz.seed) round \(round) \(rel) [\(what)]: \(faults.prefix(3))")
                let counted = f.files.values.reduce(0) { $0 + $1.problems.errorCount }
                #expect(f.problems.errorCount == counted)
                writeFile(root + "/" + rel, files[rel]!)
            }
        }
    }
}

/// The damage of issue 16, on top of `Damage`'s.
enum Hostile {
    static func damage(_ b: inout [UInt8], _ rng: inout SplitMix64) -> String {
        let lines = Damage.lineRanges(b)
        switch rng.below(8) {
        case 0:
            b = b.map { $0 == 0x0A ? 0x0D : $0 }
            return "CR line ends"
        case 1:
            let at = rng.below(b.count + 1)
            b.insert(contentsOf: [UInt8](repeating: 0, count: 1 + rng.below(300)), at: at)
            return "NULs at \(at)"
        case 2:
            guard let r = lines.dropFirst().randomElement(using: &rng) else { return "no line" }
            let comma = b[r].firstIndex(of: 0x2C) ?? r.lowerBound
            b.insert(contentsOf: Array(String(repeating: "9", count: 20 + rng.below(300)).utf8), at: comma + 1)
            return "a huge number after byte \(comma)"
        case 3:
            guard let r = lines.dropFirst().randomElement(using: &rng) else { return "no line" }
            b.insert(contentsOf: Array("\u{1B}]0;T\u{7}".utf8), at: r.lowerBound)
            return "an escape at the start of line at \(r.lowerBound)"
        case 4:
            guard let r = lines.dropFirst().randomElement(using: &rng) else { return "no line" }
            b.insert(0x22, at: r.lowerBound)
            return "an unclosed quote at \(r.lowerBound)"
        case 5:
            let at = rng.below(b.count + 1)
            b.insert(contentsOf: Array(String(repeating: ",", count: 900 + rng.below(300)).utf8), at: at)
            return "many commas at \(at)"
        case 6:
            let at = rng.below(b.count + 1)
            b.insert(contentsOf: Array(String(repeating: "\u{316}\u{301}", count: 100 + rng.below(500)).utf8), at: at)
            return "a run of marks at \(at)"
        default:
            var log = ""
            for _ in 0..<3 { log += Damage.once(&b, &rng) + "; " }
            return log
        }
    }
}

extension Array {
    fileprivate func randomElement(using rng: inout SplitMix64) -> Element? { isEmpty ? nil : rng.pick(self) }
}

extension ArraySlice {
    fileprivate func randomElement(using rng: inout SplitMix64) -> Element? { isEmpty ? nil : rng.pick(Array(self)) }
}
