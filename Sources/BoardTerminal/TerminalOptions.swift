/// Choices the app makes before the terminal opens.
public struct TerminalOptions: Sendable, Equatable {
    /// Draw with bold/underline/reverse/dim only (`--no-color`, `NO_COLOR`).
    public var monochrome: Bool
    /// Ask for mouse clicks and the wheel where the terminal reports them.
    public var mouse: Bool
    /// How long a lone Esc waits for the rest of an escape sequence.
    /// ncurses defaults to a full second, which makes Esc (our "back" key)
    /// feel broken. 0: curses still reads a sequence whose bytes are already
    /// there, and terminals (and SSH, in one packet) send a key's sequence
    /// in one write, so Esc answers at once and arrows still decode.
    public var escapeDelayMs: Int
    /// Leave Ctrl-S/Ctrl-Q flow control on. Off by default: a stray Ctrl-S
    /// freezes the screen with no hint why, and over SSH nobody needs it.
    public var flowControl: Bool
    /// Write UTF-8 even when the locale's codeset is not (`--utf8`): the
    /// character-type locale is switched to a UTF-8 one before curses
    /// starts, else curses would print every non-ASCII character as `?`.
    public var forceUTF8: Bool

    public init(
        monochrome: Bool = false, mouse: Bool = true, escapeDelayMs: Int = 0, flowControl: Bool = false,
        forceUTF8: Bool = false
    ) {
        self.monochrome = monochrome
        self.mouse = mouse
        self.escapeDelayMs = escapeDelayMs
        self.flowControl = flowControl
        self.forceUTF8 = forceUTF8
    }
}

/// Rows and columns of the screen.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
    public var rows: Int
    public var cols: Int
    public init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
    }
    public var description: String { "\(cols)×\(rows)" }
}
