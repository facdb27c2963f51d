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
        /// no filter holds, so no match runs from one into the next):
        /// one flat buffer is searched in one pass when a key is typed.
        var text: [UInt8]
        /// Where each project's text ends in `text` (its 0 byte).
        var ends: [Int]
        /// Indices of the projects known on the as-of date, by folded name.
        var byName: [Int]
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
    /// `Filtering.key`, as bytes; the empty one is everywhere). One pass
    /// over all the text: once a project matches, the search goes on
    /// from the next one.
    func matching(_ needle: [UInt8]) -> [Bool] {
        var out = [Bool](repeating: needle.isEmpty, count: ends.count)
        guard !needle.isEmpty, !needle.contains(0) else { return out }
        text.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { n in
                let first = n[0]
                let count = n.count
                var project = 0
                var i = 0
                while i + count <= hay.count {
                    if hay[i] == first {
                        var j = 1
                        while j < count && hay[i + j] == n[j] { j += 1 }
                        if j == count {
                            // Matches never hold the 0 byte: `i` is in this project.
                            while ends[project] < i { project += 1 }
                            out[project] = true
                            i = ends[project] + 1
                            continue
                        }
                    }
                    i += 1
                }
            }
        }
        return out
    }
}
