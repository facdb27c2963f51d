import BoardModel
import BoardView
import Testing

// Issue 11, item 8: while a prompt is open, typing never turns into
// commands.

@Suite("Prompt keys")
struct PromptKeyTests {
    @Test("/ban, ↓, then quan: every letter is text, the arrow moves without leaving the prompt")
    func arrowsKeepTyping() {
        var s = Session(ScreenFixture.state(.units, width: 100, height: 24))
        s.press(.char("/"))
        s.type("b")
        #expect(s.selection == 0)
        s.press(.down)
        #expect(s.state.editingFilter && s.selection == 1)
        s.press(.up)
        #expect(s.state.editingFilter && s.selection == 0)
        s.press(.down)
        s.type("an quan")
        #expect(!s.state.shouldQuit && s.state.editingFilter)
        #expect(s.state.screen.list.filter == "ban quan")
        #expect(s.path == .units)
        // Every printable key, the ones bound to commands included.
        s.press(.escape)
        s.press(.char("/"))
        s.type("qrLe?az<>=sSnpUW:1jkG ")
        #expect(!s.state.shouldQuit && s.state.overlay == nil && s.state.editingFilter)
        #expect(s.state.screen.list.filter == "qrLe?az<>=sSnpUW:1jkG ")
        #expect(s.state.lang == .vi && s.path == .units)
    }

    @Test("Backspace on an empty prompt closes only the prompt, not the screen")
    func backspaceOnEmpty() {
        var s = Session(ScreenFixture.state(.gate("KIMTHANH"), width: 100, height: 24))
        s.press(.char("/"))
        s.type("ab")
        s.press(.backspace, .backspace)
        #expect(s.state.editingFilter && s.state.screen.list.filter.isEmpty)
        s.press(.backspace)
        #expect(!s.state.editingFilter && s.path == .gate("KIMTHANH"))
        // The next Backspace is the screen's own key again: back.
        s.press(.backspace)
        #expect(s.path == .overview)
    }
}
