import BoardModel

extension ScreenPath {
    /// The forms `--screen` takes, for help and for messages.
    public static let forms =
        "overview, gates/ID, zones/ID, works, works/ID, tasks, tasks/UNIT, tasks/UNIT/TASK, assignments, projects, "
        + "projects/ID, plans"

    /// The path as the data spells its ids, so that `gates/kimthanh` opens
    /// Kim Thành (ids compare without case and diacritics); an assignment
    /// named under a unit that neither leads nor supports it opens under its
    /// lead unit. A path to nothing is an error that says what exists.
    public func resolved(in d: DataSet) -> Result<ScreenPath, ScreenPathError> {
        func find(_ id: String, _ ids: [String], _ what: String, _ file: String) -> Result<String, ScreenPathError> {
            if ids.contains(id) { return .success(id) }
            let key = Filtering.key(id)
            if let found = ids.first(where: { Filtering.key($0) == key }) { return .success(found) }
            let listed = ids.prefix(30).joined(separator: ", ") + (ids.count > 30 ? ", …" : "")
            return .failure(
                ScreenPathError(
                    "no \(what) '\(SafeText.oneLine(id))' in \(file)"
                        + (ids.isEmpty ? "" : " (\(what)s: \(listed))") + "; screens: " + Self.forms))
        }
        switch self {
        case .overview, .works, .units, .assignments, .projects, .plans: return .success(self)
        case .project(let id):
            return find(id, d.projects.map(\.id), "project", "projects.csv").map(ScreenPath.project)
        case .gate(let id): return find(id, d.gates.map(\.id), "gate", "gates.csv").map(ScreenPath.gate)
        case .zone(let id): return find(id, d.zones.map(\.id), "zone", "zones.csv").map(ScreenPath.zone)
        case .work(let id): return find(id, d.works.map(\.id), "work", "works.csv").map(ScreenPath.work)
        case .unit(let id): return find(id, d.units.map(\.id), "unit", "units.csv").map(ScreenPath.unit)
        case .task(let unit, let task):
            return find(unit, d.units.map(\.id), "unit", "units.csv").flatMap { unit in
                find(task, d.tasks.map(\.id), "assignment", "tasks.csv").map { task in
                    guard let t = d.task(task), t.leadID != unit, !t.supportIDs.contains(unit) else {
                        return ScreenPath.task(unit: unit, task: task)
                    }
                    return ScreenPath.task(unit: t.leadID, task: task)
                }
            }
        }
    }
}

/// Why a `--screen` path opens nothing.
public struct ScreenPathError: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String
    init(_ description: String) { self.description = description }
}
