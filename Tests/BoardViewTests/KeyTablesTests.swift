import BoardModel
import Testing

@testable import BoardView

// The README's key tables (`ezboard docs keys`) are written from the
// binding tables; `make lint` compares README.md with them. These hold
// the writer to the tables: every binding is there once, in its place.

@Suite("README key tables")
struct KeyTablesTests {
    /// The rows of one `**heading**` table.
    static func rows(_ markdown: String, _ heading: String) -> [String] {
        let sections = markdown.components(separatedBy: "**\(heading)**")
        guard sections.count == 2 else { return [] }
        return sections[1].split(separator: "\n").prefix { !$0.hasPrefix("**") }.map(String.init)
            .filter { $0.hasPrefix("| `") }
    }

    @Test("Every binding of every context is in the tables, once: in its own or in the shared one")
    func everyBinding() {
        let md = KeyTables.markdown()
        let shared = Self.rows(md, "Everywhere")
        #expect(shared.contains("| `?` or `F1` | help |") && shared.contains("| `q` | quit |"))
        for (context, heading) in KeyTables.screens + KeyTables.layers {
            let own = Self.rows(md, heading)
            for b in KeyMap.bindings(context) {
                let row = "| \(KeyTables.keys(b)) | \(KeyTables.description(b)) |"
                let inShared = shared.contains(row) && KeyTables.screens.contains { $0.0 == context }
                #expect(own.contains(row) != inShared, "\(context): \(row)")
            }
            #expect(
                own.count + (KeyTables.screens.contains { $0.0 == context } ? shared.count : 0)
                    == KeyMap.bindings(context).count)
        }
    }

    @Test("Keys are spelled as typed: digit runs as a range, Shift-Tab, Backspace, Space")
    func spelling() {
        let md = KeyTables.markdown(panels: 6)
        #expect(md.contains("| `1` … `6` | panel 1–6 |"))
        #expect(md.contains("| `Shift-Tab` | previous panel |"))
        #expect(md.contains("| `Esc` or `Backspace` | back |"))
        #expect(md.contains("| `PgDn` or `Space` | page down |"))
        #expect(md.contains("| `L` | Tiếng Việt ⇄ English |"))
    }
}
