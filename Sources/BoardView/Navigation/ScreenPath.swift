import BoardModel

/// Which screen, as a path a user can type (`ezboard --screen tasks/BQLKKT`)
/// and the breadcrumb shows.
public enum ScreenPath: Hashable, Sendable, CustomStringConvertible {
    case overview
    case gate(String)
    case zone(String)
    case works
    case work(String)
    case units
    case unit(String)
    case task(unit: String, task: String)
    /// Every assignment of every unit.
    case assignments
    /// Every investment project, and one project.
    case projects
    case project(String)
    /// The detailed plans of functional areas.
    case plans

    /// Parses `overview`, `gates/ID`, `zones/ID`, `works`, `works/ID`,
    /// `tasks`, `tasks/UNIT`, `tasks/UNIT/TASK`, `assignments`, `projects`,
    /// `projects/ID`, `plans` (a trailing `/` is fine).
    public init?(_ text: String) {
        var parts = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // The screen's word in any case (`Gates/kimthanh`); ids are found
        // without case by `resolved(in:)`.
        if !parts.isEmpty { parts[0] = parts[0].lowercased() }
        switch (parts.first, parts.count) {
        case (nil, _), ("overview", 1): self = .overview
        case ("gates", 2): self = .gate(parts[1])
        case ("zones", 2): self = .zone(parts[1])
        case ("works", 1): self = .works
        case ("works", 2): self = .work(parts[1])
        case ("tasks", 1), ("units", 1): self = .units
        case ("tasks", 2), ("units", 2): self = .unit(parts[1])
        case ("tasks", 3), ("units", 3): self = .task(unit: parts[1], task: parts[2])
        case ("assignments", 1): self = .assignments
        case ("projects", 1): self = .projects
        case ("projects", 2): self = .project(parts[1])
        case ("plans", 1): self = .plans
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .overview: return "overview"
        case .gate(let id): return "gates/\(id)"
        case .zone(let id): return "zones/\(id)"
        case .works: return "works"
        case .work(let id): return "works/\(id)"
        case .units: return "tasks"
        case .unit(let id): return "tasks/\(id)"
        case .task(let unit, let task): return "tasks/\(unit)/\(task)"
        case .assignments: return "assignments"
        case .projects: return "projects"
        case .project(let id): return "projects/\(id)"
        case .plans: return "plans"
        }
    }

    /// The screens a user passes through to get here from the overview,
    /// this one last: what `--screen` puts on the back stack.
    public var trail: [ScreenPath] {
        switch self {
        case .overview: return [.overview]
        case .gate, .zone, .works, .units, .assignments, .projects, .plans: return [.overview, self]
        case .work: return [.overview, .works, self]
        case .project: return [.overview, .projects, self]
        case .unit: return [.overview, self]
        case .task(let unit, _): return [.overview, .unit(unit), self]
        }
    }

    /// How many lists the screen has: a gate lists its works too, a unit
    /// the works it owns, a zone its works and its detailed plans.
    var listCount: Int {
        switch self {
        case .gate, .unit: return 2
        case .zone: return 3
        default: return 1
        }
    }

    /// Whether the thing the path names exists in the data; a screen for
    /// a missing id still opens and says so.
    public func exists(in d: DataSet) -> Bool {
        switch self {
        case .overview, .works, .units, .assignments, .projects, .plans: return true
        case .project(let id): return d.projects.contains { $0.id == id }
        case .gate(let id): return d.gate(id) != nil
        case .zone(let id): return d.zone(id) != nil
        case .work(let id): return d.work(id) != nil
        case .unit(let id): return d.unit(id) != nil
        case .task(let unit, let task): return d.unit(unit) != nil && d.task(task) != nil
        }
    }
}
