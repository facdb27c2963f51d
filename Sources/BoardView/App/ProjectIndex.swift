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
        /// Per project of `ProjectSummary.states`: its folded search text.
        var keys: [[UInt8]]
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
        var names: [String] = []
        names.reserveCapacity(states.count)
        var keys: [[UInt8]] = []
        keys.reserveCapacity(states.count)
        for s in states {
            let p = s.project
            let name = Filtering.key(p.name)
            names.append(name)
            let rest = [p.id, p.investor ?? "", zoneNames[p.zoneID] ?? p.zoneID].map(Filtering.key)
            keys.append(Array(([name] + rest).joined(separator: "\u{1}").utf8))
        }
        let byName = states.indices.filter { states[$0].exists }.sorted {
            names[$0] != names[$1] ? names[$0] < names[$1] : states[$0].project.id < states[$1].project.id
        }
        return Built(keys: keys, byName: byName)
    }

    /// Whether a folded filter (`Filtering.key`, as bytes) is in a key.
    static func contains(_ key: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard key.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        let last = key.count - needle.count
        while i <= last {
            if key[i] == first {
                var j = 1
                while j < needle.count && key[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
