import BoardModel

/// The README's key tables, written from the binding tables (like lazygit's
/// cheat sheets), so that the documentation lists exactly the keys the
/// dashboard handles. `ezboard docs keys` prints them; `make docs` puts
/// them in README.md and `make lint` fails when they differ.
public enum KeyTables {
    /// The screens' contexts, in the order the README explains them, with
    /// their headings.
    static let screens: [(KeyContext, String)] = [
        (.overview, "The overview"),
        (.list, "A list (a gate, a zone, the works, the units)"),
        (.unit, "One unit's assignments"),
        (.assignments, "All assignments (`a` on the overview)"),
        (.task, "One assignment"),
        (.detail, "One work"),
        (.projects, "All projects (`P` on the overview)"),
        (.project, "One project"),
        (.plans, "The detailed plans (`K` on the overview)"),
    ]
    /// The layers over a screen.
    static let layers: [(KeyContext, String)] = [
        (.help, "Help (`?`)"),
        (.problems, "The list of data problems (`e`)"),
        (.filter, "Typing a filter (`/`): any other key is typed"),
    ]

    /// Markdown: the keys every screen shares, then each screen's own, then
    /// the layers', in English.
    public static func markdown(panels: Int = PanelRegistry.standard.count) -> String {
        let tables = screens.map { ($0.1, KeyMap.bindings($0.0, panels: panels)) }
        // A binding is everywhere when every screen has it, the same keys
        // doing the same thing.
        let shared = tables[0].1.filter { b in tables.allSatisfy { $0.1.contains { same($0, b) } } }
        var out = [table("Everywhere", shared)]
        for (heading, bindings) in tables {
            out.append(table(heading, bindings.filter { b in !shared.contains { same($0, b) } }))
        }
        for (context, heading) in layers { out.append(table(heading, KeyMap.bindings(context, panels: panels))) }
        return out.joined(separator: "\n")
    }

    static func same(_ a: Binding, _ b: Binding) -> Bool { a.keys == b.keys && a.action == b.action && a.en == b.en }

    static func table(_ heading: String, _ bindings: [Binding]) -> String {
        var lines = ["**\(heading)**", "", "| key | does |", "|---|---|"]
        lines += bindings.map { "| \(keys($0)) | \(description($0)) |" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the binding does, in English. `L` says the language it switches
    /// to on screen; a table read in either language says both.
    static func description(_ b: Binding) -> String {
        b.action == .toggleLanguage ? "Tiếng Việt ⇄ English" : b.en
    }

    /// `` `?` or `F1` ``; a run of digits as `` `1` … `4` ``.
    static func keys(_ b: Binding) -> String {
        let names = b.keys.map(name)
        if names.count > 2, b.keys.allSatisfy({ if case .char(let c) = $0 { c.isNumber } else { false } }),
            let first = names.first, let last = names.last
        {
            return "`\(first)` … `\(last)`"
        }
        return names.map { "`\($0)`" }.joined(separator: " or ")
    }

    /// Keys as a reader types them, spelled out where the screen's short
    /// labels would puzzle (`Bksp`, `S-Tab`, `␣`).
    static func name(_ key: Key) -> String {
        switch key {
        case .backspace: return "Backspace"
        case .backTab: return "Shift-Tab"
        case .char(" "): return "Space"
        case .char("|"): return "\\|"
        default: return KeyMap.name(of: key, .unicode)
        }
    }
}
