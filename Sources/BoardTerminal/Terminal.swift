import BoardView
import CNcursesw

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A curses window (only `stdscr` is used).
typealias Window = UnsafeMutablePointer<WINDOW>

/// The screen, through ncursesw: opened once, drawn into with `draw`, read
/// with `nextKey`/`readKey`, and closed (always: quit, signals, errors).
///
/// Driving it from a `poll()` loop (as the dashboard, `EzboardCLI/Live`,
/// and the tests' demo, `Tests/BoardTerminalTests/Demo`, do):
/// 1. Make a `SignalPipe` for SIGWINCH, SIGTSTP, SIGCONT, SIGINT, SIGTERM
///    and SIGHUP first, then open the `Terminal`.
/// 2. Poll `inputFD` and `SignalPipe.fd` (and the app's own fds).
/// 3. Input ready: handle every key of `pendingKeys()` (never just one).
///    POLLHUP/POLLERR on `inputFD`: the tty is gone; close and exit.
/// 4. SIGWINCH: `updateSize()`; SIGTSTP: `suspend()`,
///    `SignalPipe.stopProcess()`, `resume()`; SIGINT/TERM/HUP: `close()`.
/// 5. Render and `draw` the canvas; only changed cells are sent.
/// Without a SignalPipe curses catches SIGWINCH itself and a read returns
/// `.resize` (the size is already updated then).
///
/// Use from one thread only. curses keeps one global screen, so open at
/// most one `Terminal` at a time.
public final class Terminal {
    /// The `TERM` value found in the environment.
    public let requestedType: String
    /// The terminfo entry in use: `requestedType` or a close fallback.
    public let type: String
    /// Set when a fallback entry is in use, to tell the user once.
    public let fallbackNote: String?
    public let locale: LocaleInfo
    public let colorDepth: ColorDepth
    public let theme: Theme
    /// Whether the terminal reports mouse clicks and the wheel.
    public let mouseEnabled: Bool
    /// The file descriptor to `poll()` for input: standard input.
    public let inputFD: Int32 = 0
    /// The current size; updated on resize.
    public internal(set) var size: TerminalSize

    var screen: OpaquePointer?
    let styles: StyleTable
    /// The canvas last drawn, to write only the cells that changed.
    var previous: Canvas?
    /// Rewrite every cell and repaint the physical screen on the next draw.
    var repaintAll = true
    /// The input timeout last given to curses (−1 blocks, 0 polls).
    var currentTimeout: Int32 = -2

    /// Takes over the terminal on standard input/output.
    ///
    /// Uses `newterm`, not `initscr`: `initscr` prints an error and exits
    /// the process when the terminal type is unknown, where we want to try
    /// a fallback, and failing that, return an error the app can explain.
    public init(_ options: TerminalOptions = TerminalOptions()) throws(TerminalError) {
        guard isatty(0) == 1 else { throw .notATerminal(stream: "standard input") }
        guard isatty(1) == 1 else { throw .notATerminal(stream: "standard output") }
        // Before curses starts: it picks UTF-8 handling then.
        locale = TerminalLocale.adopt(forceUTF8: options.forceUTF8)
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else { throw .termUnset }
        requestedType = term
        type = try Self.chooseType(term)
        fallbackNote =
            type == term
            ? nil
            : "no terminfo entry for TERM=\(term) here; drawing as \(type)"

        // Let the window size from the tty (ioctl) win over LINES/COLUMNS
        // left exported by a shell: stale values would break resizing.
        use_tioctl(true)
        var shellModes = termios()
        _ = tcgetattr(0, &shellModes)
        fflush(ezb_stdout())
        guard let scr = newterm(type, ezb_stdout(), ezb_stdin()) else { throw .cannotInitialize(type) }
        screen = scr
        _ = set_term(scr)
        let win = ezb_stdscr()

        Self.setModes(win, options)
        let hasColors = has_colors()
        var defaultColors = false
        if hasColors && !options.monochrome {
            _ = start_color()
            // Keep the user's own background and text colour for blank
            // cells and normal text (a light terminal stays light).
            defaultColors = use_default_colors() == EZB_OK
        }
        colorDepth = ColorDepth(colors: Int(ezb_COLORS()), hasColors: hasColors, monochrome: options.monochrome)
        theme = Theme(depth: colorDepth)
        let plan = ColorPairPlan(
            theme: theme, defaultColors: defaultColors, maxPairs: Int(ezb_COLOR_PAIRS()),
            directColor: ezb_COLORS() > 256)
        // The extended call: direct-colour values do not fit init_pair's shorts.
        for p in plan.pairs { _ = init_extended_pair(Int32(p.number), Int32(p.fg), Int32(p.bg)) }
        styles = StyleTable(theme: theme, plan: plan)
        mouseEnabled = options.mouse && Self.enableMouse()
        var rows: Int32 = 0
        var cols: Int32 = 0
        ezb_getmaxyx(win, &rows, &cols)
        size = TerminalSize(rows: Int(rows), cols: Int(cols))
        CrashRestore.arm(shellModes: shellModes, mouse: mouseEnabled)
    }

    deinit { close() }

    /// Whether the terminal is still ours (not yet closed).
    public var isOpen: Bool { screen != nil }

    /// Gives the terminal back as it was: main screen, cursor shown, modes
    /// restored. Idempotent. After `suspend()` the terminal is the shell's
    /// already: nothing is written and the tty modes are not touched
    /// (from the background, setting them would stop the process on
    /// SIGTTOU).
    public func close() {
        guard let scr = screen else { return }
        CrashRestore.disarm()
        if !isendwin() { _ = endwin() }
        delscreen(scr)
        screen = nil
        previous = nil
    }

    /// For Ctrl-Z: gives the terminal back to the shell (call before the
    /// process stops). `resume()` takes it again.
    public func suspend() {
        guard isOpen else { return }
        CrashRestore.setActive(false)
        _ = endwin()
    }

    /// After `suspend()` (SIGCONT): takes the terminal back and repaints
    /// the whole screen, which the shell has overwritten meanwhile (curses
    /// does so by itself on the first update after `endwin`, from the last
    /// frame it holds; the next `draw` then sends only what changed). Also
    /// picks up a size change that happened while stopped.
    public func resume() {
        guard isOpen else { return }
        _ = updateSize()
        _ = doupdate()
        // `endwin` took the keypad out of application mode, and curses
        // would put it back only at the next read: too late when the loop
        // waits in poll(), as the first arrow would arrive undecoded.
        _ = keypad(ezb_stdscr(), true)
        CrashRestore.setActive(true)
    }

    /// Asks the tty for its size (after SIGWINCH, when the app catches it
    /// itself) and resizes the curses screen to match. Returns whether the
    /// size changed; if so, the next `draw` repaints everything.
    @discardableResult
    public func updateSize() -> Bool {
        guard isOpen else { return false }
        var ws = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_row > 0, ws.ws_col > 0,
            Int(ws.ws_row) != size.rows || Int(ws.ws_col) != size.cols
        {
            _ = resizeterm(Int32(ws.ws_row), Int32(ws.ws_col))
        }
        return syncSize()
    }

    /// Reads the size curses has now (after KEY_RESIZE or `resizeterm`).
    func syncSize() -> Bool {
        var rows: Int32 = 0
        var cols: Int32 = 0
        ezb_getmaxyx(ezb_stdscr(), &rows, &cols)
        let new = TerminalSize(rows: Int(rows), cols: Int(cols))
        guard new != size else { return false }
        size = new
        repaintAll = true
        return true
    }

    /// Makes the next `draw` repaint the whole screen (Ctrl-L, or after
    /// something else wrote to the terminal).
    public func invalidate() { repaintAll = true }
}
