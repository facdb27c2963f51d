/// Why the dashboard cannot drive this terminal. Every message ends by
/// pointing to `ezboard snapshot`, which needs no terminal at all.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, cron).
    case notATerminal(stream: String)
    /// `TERM` is unset or empty.
    case termUnset
    /// `TERM=dumb`, or an entry marked generic: no way to draw a screen.
    case dumbTerminal(String)
    /// No terminfo entry for `TERM`, nor for any close relative tried.
    case unknownTerminal(String, tried: [String])
    /// The entry exists but cannot move the cursor (no `cup`).
    case noCursorAddressing(String)
    /// ncurses refused to start (`newterm` failed) for another reason.
    case cannotInitialize(String)

    public var description: String {
        let hint = "use `ezboard snapshot` to print the screen as text instead"
        switch self {
        case .notATerminal(let stream):
            return "\(stream) is not a terminal; \(hint)"
        case .termUnset:
            return "TERM is not set, so the terminal type is unknown; set TERM (e.g. TERM=xterm-256color) or \(hint)"
        case .dumbTerminal(let name):
            return "TERM=\(name) cannot draw a full screen; \(hint)"
        case .unknownTerminal(let name, let tried):
            let others = tried.filter { $0 != name }
            let also = others.isEmpty ? "" : " (nor for \(others.joined(separator: ", ")))"
            return "no terminfo entry for TERM=\(name)\(also); install it (e.g. the ncurses-term package) or \(hint)"
        case .noCursorAddressing(let name):
            return "TERM=\(name) cannot move the cursor; \(hint)"
        case .cannotInitialize(let name):
            return "ncurses could not start on TERM=\(name); \(hint)"
        }
    }
}
