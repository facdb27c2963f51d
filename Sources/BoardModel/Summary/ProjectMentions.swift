extension TaskSummary {
    /// The assignments (given by the as-of date) whose title or progress
    /// reports name a project: its id, or its whole name, ignoring case.
    /// A name of fewer than 8 letters is too common to count as naming it.
    public func mentioning(_ p: Project) -> [TaskView] {
        let id = p.id.lowercased()
        let name = p.name.count >= 8 ? p.name.lowercased() : nil
        func names(_ text: String) -> Bool {
            let t = text.lowercased()
            return t.contains(id) || (name.map { t.contains($0) } ?? false)
        }
        return tasks.filter { v in names(v.task.title) || v.updates.contains { names($0.note) } }
    }
}
