import BoardView
import CNcursesw

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Terminal {
    /// The next key, waiting at most `timeoutMs` (−1: until one comes).
    /// Returns nil when none came in time. Keys curses reads but ezboard
    /// does not use (a mouse release, an unknown function key) are skipped
    /// and the wait starts again.
    public func readKey(timeoutMs: Int) -> Key? {
        guard isOpen, let win = ezb_stdscr() else { return nil }
        let t = Int32(clamping: max(-1, timeoutMs))
        if t != currentTimeout {
            wtimeout(win, t)
            currentTimeout = t
        }
        while true {
            var wch: wint_t = 0
            let r = wget_wch(win, &wch)
            if r == EZB_ERR { return nil }
            if r == EZB_KEY_CODE_YES {
                let code = Int32(bitPattern: UInt32(wch))
                if code == KEY_MOUSE {
                    if let key = mouseKey() { return key }
                    continue
                }
                if code == KEY_RESIZE {
                    // curses caught SIGWINCH itself and resized its screen.
                    _ = syncSize()
                    repaintAll = true
                    return .resize
                }
                if let key = KeyDecoder.decode(.keyCode(code)) { return key }
                continue
            }
            if let key = KeyDecoder.decode(.character(UInt32(wch))) { return key }
        }
    }

    /// The next key if one is already there, without waiting. Use after
    /// `poll()` reported `inputFD` readable.
    public func nextKey() -> Key? { readKey(timeoutMs: 0) }

    /// Every key already there, without waiting. After `poll()` wakes for
    /// `inputFD`, read them all: curses may hold keys it read ahead (the
    /// `x` after an Esc) that `poll()` cannot see any more.
    public func pendingKeys() -> [Key] {
        var keys: [Key] = []
        while let k = nextKey() { keys.append(k) }
        return keys
    }

    private func mouseKey() -> Key? {
        var ev = MEVENT()
        guard getmouse(&ev) == EZB_OK else { return nil }
        return KeyDecoder.decodeMouse(buttons: ev.bstate, x: Int(ev.x), y: Int(ev.y))
    }
}
