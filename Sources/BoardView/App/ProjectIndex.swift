import BoardModel
import Synchronization

/// What the projects screen needs beyond the summary, made once per board
/// the first time it is needed, not for every key: each project's text as
/// a filter matches it (id, name, investor and zone, folded as
/// `Filtering.key` folds), and the projects in order of name. With ten
/// thousand projects, folding their names anew for every key typed into
/// the filter would take tens of milliseconds.
final class ProjectIndex: Sendable {
    struct Built: Sendable {
        /// Every project's folded search text, one after another in the
        /// order of `ProjectSummary.states`, each ended by a 0 byte (which
        /// no filter holds, so no match runs from one into the next).
        var text: [UInt8]
        /// Where each project's text ends in `text` (its 0 byte).
        var ends: [Int]
        /// The bytes each project's text holds (`ByteSet`).
        var sets: [ByteSet]
        /// Indices of the projects known on the as-of date, by folded name.
        var byName: [Int]

        init(text: [UInt8], ends: [Int], byName: [Int]) {
            self.text = text
            self.ends = ends
            self.byName = byName
            var start = 0
            sets = ends.map { end in
                defer { start = end + 1 }
                return ByteSet(text[start..<end])
            }
        }
    }

    private let built = Mutex<Built?>(nil)

    func get(_ c: Ctx) -> Built {
        built.withLock { cached in
            if let b = cached { return b }
            let b = ProjectIndex.build(c)
            cached = b
            return b
        }
    }

    static func build(_ c: Ctx) -> Built {
        let states = c.summary.projects.states
        var zoneNames: [String: String] = [:]
        for z in c.dataSet.zones { zoneNames[z.id] = Titles.zoneName(z) }
        var text: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(states.count)
        for s in states {
            let p = s.project
            let name = Filtering.key(p.name)
            let rest = [p.id, p.investor ?? "", zoneNames[p.zoneID] ?? p.zoneID].map(Filtering.key)
            // Folded text holds no 0 byte of its own: it would end the project early.
            text.append(contentsOf: ([name] + rest).joined(separator: "\u{1}").utf8.lazy.map { $0 == 0 ? 1 : $0 })
            ends.append(text.count)
            text.append(0)
        }
        // Vietnamese alphabetical order (`CollationKey`), each key made once.
        let collation = states.map { CollationKey($0.project.name) }
        let byName = states.indices.filter { states[$0].exists }.sorted {
            collation[$0] != collation[$1]
                ? collation[$0] < collation[$1] : states[$0].project.id < states[$1].project.id
        }
        return Built(text: text, ends: ends, byName: byName)
    }
}

extension ProjectIndex.Built {
    /// Per project, whether its text holds `needle` (a folded filter,
    /// `Filtering.key`, as bytes; the empty one is everywhere). Only the
    /// texts holding every byte of the needle are read (`ByteSet`).
    func matching(_ needle: [UInt8]) -> [Bool] {
        var out = [Bool](repeating: needle.isEmpty, count: ends.count)
        guard !needle.isEmpty, !needle.contains(0) else { return out }
        let n = ByteNeedle(needle)
        text.withUnsafeBufferPointer { hay in
            var start = 0
            for p in ends.indices {
                out[p] = n.found(in: hay, start..<ends[p], has: sets[p])
                start = ends[p] + 1
            }
        }
        return out
    }
}
