import BoardView

/// A short readable name for a key, as the help screen, a status line or a
/// test would show it: `up`, `ctrl-l`, `F5`, `ê`, `mouse-press 3,4`.
public enum KeyName {
    public static func of(_ key: Key) -> String {
        switch key {
        case .char(" "): "space"
        case .char(let c): String(c)
        case .ctrl(let c): "ctrl-\(c)"
        case .enter: "enter"
        case .escape: "esc"
        case .backspace: "backspace"
        case .tab: "tab"
        case .backTab: "shift-tab"
        case .delete: "delete"
        case .insert: "insert"
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .pageUp: "pgup"
        case .pageDown: "pgdn"
        case .home: "home"
        case .end: "end"
        case .function(let n): "F\(n)"
        case .resize: "resize"
        case .mouse(let m):
            switch m.kind {
            case .press: "mouse-press \(m.x),\(m.y)"
            case .wheelUp: "wheel-up \(m.x),\(m.y)"
            case .wheelDown: "wheel-down \(m.x),\(m.y)"
            }
        }
    }
}
