import BoardModel
import BoardView
import Testing

// The binding tables are data that drive three things: key handling, the
// footer's hints and the `?` help. These tests hold them to that: no key
// means two things in one place, every key does what its table says, and
// help names every key of every table.

@Suite("Screen bindings")
struct ScreenBindingTests {
    /// A state whose key context is `context`, on the fixture.
    static func state(in context: KeyContext, width: Int = 120, height: Int = 24) -> AppState {
        var s: AppState
        switch context {
        case .overview, .help, .problems, .filter: s = ScreenFixture.state(.overview, width: width, height: height)
        case .list: s = ScreenFixture.state(.works, width: width, height: height)
        case .unit: s = ScreenFixture.state(.unit("BQLKKT"), width: width, height: height)
        case .task: s = ScreenFixture.state(.task(unit: "BQLKKT", task: "QH03"), width: width, height: height)
        case .detail: s = ScreenFixture.state(.work("KCN01"), width: width, height: height)
        case .assignments: s = ScreenFixture.state(.assignments, width: width, height: height)
        case .projects: s = ScreenFixture.state(.projects, width: width, height: height)
        case .project: s = ScreenFixture.state(.project("DA-TL-002"), width: width, height: height)
        case .plans: s = ScreenFixture.state(.plans, width: width, height: height)
        }
        switch context {
        case .help: s.overlay = .help(scroll: 0)
        case .problems: s.overlay = .problems(scroll: 0)
        case .filter: s.editingFilter = true
        default: break
        }
        return s
    }

    @Test("Every context can be reached", arguments: KeyContext.allCases)
    func reachable(_ context: KeyContext) {
        #expect(Self.state(in: context).keyContext == context)
    }

    @Test("No key is bound twice in one context", arguments: KeyContext.allCases)
    func noDuplicates(_ context: KeyContext) {
        var seen: [Key: String] = [:]
        for b in KeyMap.bindings(context) {
            for key in b.keys {
                #expect(seen[key] == nil, "\(context): \(key) is bound to '\(seen[key] ?? "")' and '\(b.en)'")
                seen[key] = b.en
            }
        }
    }

    @Test("Every key of a binding asks for that binding's action", arguments: KeyContext.allCases)
    func keysDoWhatTheySay(_ context: KeyContext) {
        for b in KeyMap.bindings(context) {
            for key in b.keys {
                let action = KeyMap.action(for: key, in: context)
                if case .focusPanel = b.action, case .char(let c) = key {
                    #expect(action == .focusPanel(c.wholeNumberValue! - 1))
                } else {
                    #expect(action == b.action, "\(context): \(key)")
                }
            }
        }
    }

    @Test("Every binding of every context is in the help shown over it", arguments: KeyContext.allCases)
    func helpListsEverything(_ context: KeyContext) {
        // Help for the help and problems tables is shown over any screen;
        // tall enough that nothing needs scrolling.
        var s = Self.state(in: context, width: 120, height: 120)
        if context == .help || context == .problems { s.overlay = nil }
        s.overlay = .help(scroll: 0)
        let lines = Renderer.render(s).canvas.lines
        #expect(lines[1].contains("Trợ giúp") && !lines[1].contains("/"), "help fits without scrolling")
        for b in KeyMap.bindings(context) {
            let names = b.keys.map { KeyMap.name(of: $0, .unicode) }
            let line =
                lines.first { $0.contains("  " + b.vi) && names.allSatisfy($0.contains) }
                ?? lines.first { $0.contains("  " + b.vi) && $0.contains(b.keyLabel(.unicode)) }
            #expect(line != nil, "\(context): '\(b.vi)' (\(names.joined(separator: " "))) is not in help")
        }
    }

    @Test("Help names every key, not only the footer's short label")
    func helpNamesEveryKey() {
        var s = Self.state(in: .list, width: 120, height: 120)
        s.overlay = .help(scroll: 0)
        let lines = Renderer.render(s).canvas.lines
        let text = lines.joined(separator: "\n")
        #expect(lines.contains { $0.contains("  Esc/Bksp  ") && $0.contains("  quay lại  ") })
        #expect(text.contains("?/F1"))
        #expect(text.contains("Esc/?/q/Enter"))
        #expect(text.contains("1–4") == false, "no panels on a list screen")
    }

    @Test("The footer shows hints from the table of the context, `?` always among them", arguments: KeyContext.allCases)
    func footer(_ context: KeyContext) {
        for (width, lang) in [(120, Lang.vi), (80, .en), (40, .vi)] {
            var s = Self.state(in: context, width: width, height: 24)
            s.lang = lang
            let footer = Renderer.render(s).canvas.lines.last!
            let hints = KeyMap.bindings(context).filter(\.hint)
            #expect(
                footer.hasPrefix(hints[0].keyLabel(.unicode) + " ") || context == .filter,
                "\(context) \(width): \(footer)")
            if let help = hints.first(where: { $0.action == .help }) {
                #expect(
                    footer.contains(help.keyLabel(.unicode) + " " + help.text(lang)), "\(context) \(width): \(footer)")
            }
        }
    }
}
