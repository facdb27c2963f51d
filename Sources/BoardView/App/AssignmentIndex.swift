import BoardModel
import Synchronization

/// What the all-assignments screen needs of every assignment that does not
/// change from frame to frame: each one's search text folded for the `/`
/// filter, and the widest cell of each fixed column. Made once per board
/// (`BoardData`, the first time it is read: `LazyAssignmentIndex`), so a
/// screen of thousands of assignments filters and lays out without
/// measuring or folding them again at every key.
public struct AssignmentIndex: Sendable {
    /// Per task (in `TaskSummary.tasks` order): id, title, source, meeting,
    /// the lead's and supporting units' ids and names, folded to ASCII
    /// small letters, as bytes (`Filtering.key`'s fold).
    var searchKeys: [[UInt8]] = []
    /// Per task, the bytes of its search text (`ByteSet`): a filter reads
    /// only the texts that hold all of its bytes.
    var searchSets: [ByteSet] = []
    /// Display widths (Unicode) of the widest id and lead short name.
    public private(set) var idWidth = 2
    public private(set) var leadWidth = 4
    /// The most days overdue, left and since a report, for the widths of
    /// those columns.
    public private(set) var maxOverdue = 0
    public private(set) var maxLeft = 0
    public private(set) var maxSinceReport = 0
    /// Unit short names (else names, else ids), by id.
    var shortNames: [String: String] = [:]
    /// Per task: what the filters read, as plain values (reading them from
    /// the views would copy thousands of them at every key).
    var facts: [AssignmentFacts] = []
    /// Per task: its id and its lead unit's id.
    var ids: [String] = []
    var leads: [String] = []

    public init() {}

    init(_ s: BoardSummary, _ d: DataSet) {
        for u in d.units where shortNames[u.id] == nil { shortNames[u.id] = u.shortName ?? u.name }
        var meetings: [String: String] = [:]
        for m in d.meetings where meetings[m.id] == nil { meetings[m.id] = m.title }
        var names: [String: String] = [:]
        for u in d.units where names[u.id] == nil { names[u.id] = u.name }
        searchKeys.reserveCapacity(s.tasks.tasks.count)
        var sourceIndex: [String: Int32] = [:]
        for (i, source) in s.assignments.sources.enumerated() { sourceIndex[source] = Int32(i) }
        for v in s.tasks.tasks {
            facts.append(
                AssignmentFacts(
                    state: v.state, status: v.status, isSilent: v.isSilent,
                    source: v.task.source.flatMap { sourceIndex[$0] } ?? -1))
            ids.append(v.task.id)
            leads.append(v.task.leadID)
            let t = v.task
            var key: [UInt8] = []
            key.reserveCapacity(t.title.utf8.count + 64)
            func add(_ text: String) {
                Self.fold(text, into: &key)
                key.append(0x1F)  // never typed: a match cannot span two texts
            }
            add(t.id)
            add(t.title)
            if let source = t.source { add(source) }
            if let m = t.meetingID { add(m) }
            if let m = t.meetingID, let title = meetings[m] { add(title) }
            for u in [t.leadID] + t.supportIDs {
                add(u)
                if let n = shortNames[u] { add(n) }
                if let n = names[u] { add(n) }
            }
            for update in v.updates { add(update.note) }
            searchKeys.append(key)
            searchSets.append(ByteSet(key))
            idWidth = max(idWidth, TextLayout.width(t.id))
            leadWidth = max(leadWidth, TextLayout.width(shortNames[t.leadID] ?? t.leadID))
            switch v.state {
            case .overdue(let days): maxOverdue = max(maxOverdue, days)
            case .open(let left): maxLeft = max(maxLeft, left)
            default: break
            }
            if !v.isDone { maxSinceReport = max(maxSinceReport, v.daysSinceReport) }
        }
    }

    func shortName(_ unitID: String) -> String { shortNames[unitID] ?? unitID }
}

/// What the all-assignments screen's filters read of one assignment.
struct AssignmentFacts: Sendable {
    var state: TaskView.State
    var status: TaskStatus
    var isSilent: Bool
    /// Its source's place in `AssignmentList.sources`; -1 without one.
    var source: Int32

    var isDone: Bool { status == .done }
    var isOverdue: Bool { state.isOverdue }

}

extension AssignmentIndex {
    /// Whether task `i` matches a filter already folded (`folded(_:)`),
    /// made a `ByteNeedle` once for the whole list: a text without one of
    /// its bytes is not read.
    func matches(_ i: Int, _ filter: ByteNeedle) -> Bool {
        guard !filter.isEmpty else { return true }
        guard i < searchKeys.count else { return false }
        return searchKeys[i].withUnsafeBufferPointer { filter.found(in: $0, 0..<$0.count, has: searchSets[i]) }
    }

    /// A typed filter as the keys are folded; empty matches everything.
    static func folded(_ filter: String) -> [UInt8] {
        var out: [UInt8] = []
        fold(Filtering.key(filter).trimmingCharacters(in: " "), into: &out)
        return out
    }

    /// ASCII small letters, Vietnamese and other Latin letters without
    /// their marks (`AsciiFold`), anything else as its fold or `?`.
    static func fold(_ text: String, into out: inout [UInt8]) {
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                let b = UInt8(v)
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
                continue
            }
            for b in (AsciiFold.fold(scalar: s) ?? "?").utf8 {
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            }
        }
    }
}

/// One board's `AssignmentIndex`, made once, the first time it is asked
/// for (a new one comes with every new data set or summary).
final class LazyAssignmentIndex: Sendable {
    private let built = Mutex<AssignmentIndex?>(nil)

    func get(_ summary: BoardSummary, _ dataSet: DataSet) -> AssignmentIndex {
        built.withLock { cached in
            if let index = cached { return index }
            let index = AssignmentIndex(summary, dataSet)
            cached = index
            return index
        }
    }
}
