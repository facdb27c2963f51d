import Testing

@testable import BoardModel

/// `SeenPerProject` keeps each project's rows as a list threaded through
/// one flat array (no hashing, one append a row): it must answer what a
/// dictionary of (project, code, day) → first line answers, row by row.
@Suite("Rows per project, code and day, without hashing")
struct SeenPerProjectTests {
    @Test func answersAsADictionaryDoes() {
        let projects = 50
        var seen = SeenPerProject(projects: projects)
        seen.reserve(100)
        var model: [String: Int] = [:]
        var rng = SystemRandomNumberGenerator()
        let start = day("2022-01-01")
        var repeats = 0
        for line in 2..<20_002 {
            let project = Int.random(in: 0..<projects, using: &rng)
            let code = Int.random(in: 0..<6, using: &rng)
            let on = start + Int.random(in: 0..<40, using: &rng)
            let key = "\(project) \(code) \(on)"
            let expected = model[key]
            if expected == nil { model[key] = line } else { repeats += 1 }
            #expect(seen.firstLine(project: project, code: code, day: on, line: line) == expected)
        }
        // Both answers were asked of it, many times each.
        #expect(repeats > 1000 && model.count > 1000)
    }
}
