/// Which terminfo entry to use for a `TERM` value, including close
/// relatives to fall back on when the exact entry is not installed (a
/// common case over SSH: kitty, alacritty, ghostty or tmux-256color on a
/// server that only has the basic entries).
public enum TerminalType {
    /// Names that can never draw a screen, refused before any lookup.
    public static func isDumb(_ term: String) -> Bool {
        term == "dumb" || term == "unknown" || term == "network" || term == "dialup"
    }

    /// `term` itself first, then fallbacks in order of closeness.
    public static func candidates(for term: String) -> [String] {
        var out = [term]
        func add(_ names: String...) {
            for n in names where !out.contains(n) { out.append(n) }
        }
        if term.hasPrefix("tmux") {
            add("tmux-256color", "screen-256color", "screen")
        } else if term.hasPrefix("screen") {
            add("screen-256color", "screen")
        } else if term.hasPrefix("xterm") || xtermLike.contains(where: { term.hasPrefix($0) }) {
            add("xterm-256color", "xterm")
        } else if term.hasPrefix("rxvt") {
            add("rxvt-unicode-256color", "rxvt", "xterm-256color")
        } else if term.hasPrefix("vt") {
            add("vt220", "vt100")
        } else if term.hasSuffix("-256color") || term.hasSuffix("-direct") {
            add("xterm-256color")
        }
        return out
    }

    /// Emulators whose own entries are often missing on servers but that
    /// behave as xterm for everything ezboard sends.
    static let xtermLike = [
        "kitty", "alacritty", "foot", "wezterm", "ghostty", "contour", "st-", "konsole", "gnome", "vte", "iterm",
    ]
}
