import BoardModel

/// `:` (as in k9s): a prompt that finds any gate, zone, work, unit,
/// assignment or project by id or name, typed without diacritics and by
/// the first letters of its words, and opens it.
public struct JumpState: Sendable, Equatable {
    public var text = ""
    public var selection = 0
    public init() {}
}

/// One thing the prompt can open.
struct JumpEntry {
    enum Kind: Int, CaseIterable {
        case gate, zone, unit, work, project, assignment
        func name(_ c: Ctx) -> String {
            switch self {
            case .gate: return c.t("Cửa khẩu", "Gate")
            case .zone: return c.t("Khu", "Zone")
            case .unit: return c.t("Đơn vị", "Unit")
            case .work: return c.t("Công trình", "Work")
            case .project: return c.t("Dự án", "Project")
            case .assignment: return c.t("Nhiệm vụ", "Assignment")
            }
        }
    }
    var kind: Kind
    var id: String
    var name: String
    var path: ScreenPath
}

enum Jump {
    /// Everything the prompt can open, in kind order, then file order.
    static func entries(_ c: Ctx) -> [JumpEntry] {
        let d = c.dataSet
        var out: [JumpEntry] = []
        out += d.gates.map { JumpEntry(kind: .gate, id: $0.id, name: $0.name, path: .gate($0.id)) }
        out += d.zones.map { JumpEntry(kind: .zone, id: $0.id, name: $0.name, path: .zone($0.id)) }
        out += d.units.map { JumpEntry(kind: .unit, id: $0.id, name: $0.name, path: .unit($0.id)) }
        out += d.works.map { JumpEntry(kind: .work, id: $0.id, name: $0.name, path: .work($0.id)) }
        out += d.projects.map { JumpEntry(kind: .project, id: $0.id, name: $0.name, path: .project($0.id)) }
        out += d.tasks.map {
            JumpEntry(kind: .assignment, id: $0.id, name: $0.title, path: .task(unit: $0.leadID, task: $0.id))
        }
        return out
    }

    /// How well `query` finds `entry` (lower is better), nil when not:
    /// the id itself, then an id starting so, then every word of the query
    /// starting a word of the name, then the query's letters in the name's
    /// order (`klc` finds "Kim Thành … Lào Cai").
    static func score(_ query: [String], joined: String, _ entry: JumpEntry) -> Int? {
        guard !query.isEmpty else { return 3 }
        let id = String(Filtering.key(entry.id).filter { $0.isLetter || $0.isNumber })
        if id == joined { return 0 }
        if id.hasPrefix(joined) { return 1 }
        let words = Filtering.key(entry.name).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        if query.allSatisfy({ q in words.contains { $0.hasPrefix(q) } }) { return 2 }
        var letters = Substring(joined)
        for ch in words.joined() where ch == letters.first {
            letters.removeFirst()
            if letters.isEmpty { return 4 }
        }
        return nil
    }

    /// The entries the prompt's text finds, best first (at most `limit`).
    static func matches(_ text: String, _ c: Ctx, limit: Int = 200) -> [JumpEntry] {
        let query = Filtering.key(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let joined = query.joined()
        var scored: [(Int, Int, JumpEntry)] = []
        for (i, e) in entries(c).enumerated() {
            if let s = score(query, joined: joined, e) { scored.append((s, i, e)) }
        }
        scored.sort { ($0.0, $0.2.kind.rawValue, $0.1) < ($1.0, $1.2.kind.rawValue, $1.1) }
        return scored.prefix(limit).map(\.2)
    }

    /// Opens an entry: the back stack becomes the path a user would take
    /// from the overview, so that the breadcrumb reads sensibly and Esc
    /// walks back along it.
    static func open(_ entry: JumpEntry, _ s: inout AppState) {
        s.stack = entry.path.trail.map { ScreenState($0, panels: s.panels) }
    }
}
