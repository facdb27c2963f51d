import BoardView

@testable import BoardTerminal

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A tiny program over `Terminal` for end-to-end tests in a real terminal
/// (tmux) and for measuring bytes on the wire: it draws a box with
/// Vietnamese, CJK and a `.bad` cell, a table with a selected row, echoes
/// each key's name on the status line, follows resizes and exits on `q`.
///
/// Keys that do not echo, so that their cost can be measured alone:
/// `j`/`k` move the selection, `x` flips exactly one cell. `!` crashes on
/// purpose (a Swift runtime trap), to test that a crash restores the
/// terminal.
///
/// It runs the event loop the app should run: one `poll()` over the tty
/// and a `SignalPipe`, then every pending key.
enum BoardTerminalDemo {
    struct State: Sendable, Equatable {
        var size: TerminalSize
        var lastKey = "none"
        var selected = 0
        var marker = false
        var info = ""
        var charset = Charset.unicode
        init(size: TerminalSize) { self.size = size }
    }

    static let gates = [
        "Kim Thành", "Hữu Nghị", "Tân Thanh", "Móng Cái", "Lào Cai", "Chi Ma", "中越口岸", "Na Hình",
    ]

    /// The screen for `state`: a pure function, so a test can compare it
    /// with what the terminal shows.
    static func canvas(_ state: State) -> Canvas {
        let w = state.size.cols
        let h = state.size.rows
        var c = Canvas(width: w, height: h, charset: state.charset)
        c.fill(Rect(x: 0, y: 0, width: w, height: 1), with: Cell(" ", .headerBar))
        c.draw(" ezboard terminal demo  \(state.size)  \(state.info)", x: 0, y: 0, style: .headerBar)
        drawBox(&c, state)
        let top = 10
        let bottom = h - 3
        if bottom > top {
            for (n, y) in (top..<bottom).enumerated() {
                drawRow(&c, n, y, selected: n == state.selected % (bottom - top))
            }
        }
        c.draw("key: \(state.lastKey)", x: 1, y: h - 2)
        c[w - 2, h - 2] = Cell(state.marker ? "x" : "o", .accent)
        c.fill(Rect(x: 0, y: h - 1, width: w, height: 1), with: Cell(" ", .footerBar))
        c.draw(" q quit  ↑↓ jk move  x flip one cell  other keys: echo", x: 0, y: h - 1, style: .footerBar)
        return c
    }

    private static func drawBox(_ c: inout Canvas, _ state: State) {
        let ascii = state.charset == .ascii
        let bw = min(44, c.width - 4)
        let x = 2
        let y = 2
        guard bw >= 4 else { return }
        let lines: [(String, Style)] = [
            ("Kim Thành  (NFC)", .normal),
            ("Kim Tha\u{300}nh  (NFD)", .normal),
            ("中文 CJK, 2 columns each", .normal),
            ("✗ overdue: the .bad role", .bad),
        ]
        let (h, v) = ascii ? ("-", "|") : ("─", "│")
        let corners = ascii ? ["+", "+", "+", "+"] : ["┌", "┐", "└", "┘"]
        for i in 1..<(bw - 1) {
            c[x + i, y] = Cell(h, .border)
            c[x + i, y + lines.count + 2] = Cell(h, .border)
        }
        c[x, y] = Cell(corners[0], .border)
        c[x + bw - 1, y] = Cell(corners[1], .border)
        c[x, y + lines.count + 2] = Cell(corners[2], .border)
        c[x + bw - 1, y + lines.count + 2] = Cell(corners[3], .border)
        c.draw(" Cửa khẩu ", x: x + 2, y: y, style: .title, maxWidth: bw - 4)
        for row in 1...(lines.count + 1) {
            c[x, y + row] = Cell(v, .border)
            c[x + bw - 1, y + row] = Cell(v, .border)
        }
        for (i, line) in lines.enumerated() {
            c.draw(line.0, x: x + 2, y: y + 1 + i, style: line.1, maxWidth: bw - 4)
        }
        var col = x + 2
        for (name, style) in [
            ("good", Style.good), ("warn", .warn), ("late", .late), ("accent", .accent), ("dim", .dim),
        ] {
            col += c.draw(name, x: col, y: y + lines.count + 1, style: style, maxWidth: x + bw - 2 - col) + 1
        }
    }

    private static func drawRow(_ c: inout Canvas, _ n: Int, _ y: Int, selected: Bool) {
        let name = gates[n % gates.count]
        let value = 1000 + n * 137
        let status: (String, Style) =
            n % 3 == 0 ? ("on track", .good) : n % 3 == 1 ? ("behind", .warn) : ("overdue", .bad)
        c.draw(String(n + 1), x: 1, y: y, style: .dim)
        c.draw(name, x: 5, y: y)
        c.draw("\(value).5", x: 18, y: y, style: .accent)
        c.draw(
            String(repeating: "█", count: n % 10) + String(repeating: "░", count: 10 - n % 10), x: 28, y: y,
            style: .barFill)
        c.draw(status.0, x: 40, y: y, style: status.1)
        c.draw("updated 2024-03-\(10 + n % 20)", x: 50, y: y, style: .dim)
        if selected { c.restyle(Rect(x: 0, y: y, width: c.width, height: 1), .selected) }
    }
}
