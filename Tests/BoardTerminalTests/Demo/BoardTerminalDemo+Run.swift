import BoardView

@testable import BoardTerminal

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension BoardTerminalDemo {
    /// Runs the demo on the process's terminal until `q`, Ctrl-C, SIGTERM
    /// or SIGHUP. Returns the exit status: 0 after `q`, 2 when the
    /// terminal cannot be driven (the message went to stderr), 128+signal.
    static func run() -> Int32 {
        // Before the terminal opens, so curses leaves these signals to us.
        guard let signals = SignalPipe([SIGWINCH, SIGTSTP, SIGCONT, SIGINT, SIGTERM, SIGHUP]) else { return 2 }
        defer { signals.restore() }
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        let term: Terminal
        do {
            term = try Terminal(TerminalOptions(monochrome: noColor))
        } catch {
            let message = Array("ezboard: \(error)\n".utf8)
            _ = write(2, message, message.count)
            return 2
        }
        defer { term.close() }

        var state = State(size: term.size)
        state.charset = term.locale.isUTF8 ? .unicode : .ascii
        state.info = "\(term.type) \(term.colorDepth)" + (term.fallbackNote.map { " (\($0))" } ?? "")
        term.draw(canvas(state))
        var fds = [
            pollfd(fd: term.inputFD, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signals.fd, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            if poll(&fds, 2, -1) < 0 {
                if errno == EINTR { continue }
                return 1
            }
            if fds[1].revents & Int16(POLLIN) != 0 {
                for sig in signals.drain() {
                    switch sig {
                    case SIGWINCH:
                        if term.updateSize() {
                            state.size = term.size
                            state.lastKey = "resize"
                        }
                    case SIGTSTP:
                        term.suspend()
                        signals.stopProcess()
                        term.resume()
                        state.size = term.size
                    case SIGINT, SIGTERM, SIGHUP:
                        return 128 + sig
                    default: break
                    }
                }
            }
            // The tty hung up (SSH link dropped): nothing more will come.
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return 128 + SIGHUP }
            if fds[0].revents & Int16(POLLIN) != 0 {
                for key in term.pendingKeys() {
                    if key == .char("q") { return 0 }
                    apply(key, to: &state, size: term.size)
                }
            }
            term.draw(canvas(state))
        }
    }

    static func apply(_ key: Key, to state: inout State, size: TerminalSize) {
        switch key {
        case .char("!"): fatalError("ezboard terminal demo: crash on request")
        case .char("x"): state.marker.toggle()
        case .char("j"): state.selected += 1
        case .char("k"): state.selected = max(0, state.selected - 1)
        case .down:
            state.selected += 1
            state.lastKey = KeyName.of(key)
        case .up:
            state.selected = max(0, state.selected - 1)
            state.lastKey = KeyName.of(key)
        case .resize:
            state.size = size
            state.lastKey = KeyName.of(key)
        default: state.lastKey = KeyName.of(key)
        }
    }
}
