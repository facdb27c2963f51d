import CNcursesw

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Terminal {
    /// The terminfo entry to use for `term`: itself, or the first close
    /// relative that is installed. Probing loads entries without writing
    /// anything to the terminal.
    static func chooseType(_ term: String) throws(TerminalError) -> String {
        if TerminalType.isDumb(term) { throw .dumbTerminal(term) }
        let candidates = TerminalType.candidates(for: term)
        for name in candidates {
            var hasCup: Int32 = 0
            var generic: Int32 = 0
            guard ezb_probe_terminal(name, 1, &hasCup, &generic) == 1 else { continue }
            if generic != 0 { throw .dumbTerminal(name) }
            if hasCup == 0 { throw .noCursorAddressing(name) }
            return name
        }
        throw .unknownTerminal(term, tried: candidates)
    }

    /// Input and output modes. Why each:
    /// - cbreak, not raw: keys arrive at once, yet Ctrl-C and Ctrl-Z still
    ///   raise SIGINT/SIGTSTP, which the app handles (restore, suspend).
    /// - noecho, nonl: we draw everything; Enter arrives as `\r`, and
    ///   curses may use `\n` for cursor motion.
    /// - keypad: arrows, F-keys etc. arrive decoded as KEY_* codes; plus
    ///   the usual sequences the entry may not list (`ExtraKeys`).
    /// - set_escdelay: see `TerminalOptions.escapeDelayMs`.
    /// - leaveok: the cursor is hidden, so curses need not move it back
    ///   after each update (fewer bytes on the wire).
    /// - curs_set(0) fails on terminals that cannot hide the cursor
    ///   (vt100); that is fine, the cursor just stays visible.
    static func setModes(_ win: Window?, _ options: TerminalOptions) {
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = intrflush(win, false)
        _ = keypad(win, true)
        ExtraKeys.install()
        _ = meta(win, true)
        _ = leaveok(win, true)
        _ = set_escdelay(Int32(max(0, options.escapeDelayMs)))
        _ = curs_set(0)
        if !options.flowControl { disableFlowControl() }
    }

    /// Clears IXON so Ctrl-S does not freeze output, then tells curses that
    /// this is the program mode (restored after `resume`); `endwin` still
    /// restores the shell's own settings.
    private static func disableFlowControl() {
        var t = termios()
        guard tcgetattr(0, &t) == 0 else { return }
        t.c_iflag &= ~tcflag_t(IXON)
        _ = tcsetattr(0, TCSANOW, &t)
        _ = def_prog_mode()
    }

    /// Clicks and the wheel only: motion reports would flood a slow link.
    /// Press events come at once (no click interval to wait out).
    static func enableMouse() -> Bool {
        let wanted = EZB_BUTTON1_PRESSED | EZB_BUTTON4_PRESSED | EZB_BUTTON5_PRESSED
        let got = mousemask(mmask_t(wanted), nil)
        guard got != 0 else { return false }
        _ = mouseinterval(0)
        return true
    }
}
