import BoardModel
import BoardTerminal
import BoardView

#if canImport(Glibc)
    import Glibc
#endif

/// The event loop: one `poll()` over the terminal, the data folder's
/// inotify descriptor and the signal pipe. Nothing ticks: while nothing
/// happens, nothing runs and nothing is written.
///
/// keys ─┐
/// files ─┼─▶ events ─▶ App.handle (state, one render) ─▶ changed cells to the terminal
/// signals┘
enum DashboardLoop {
    /// How long a burst of file changes must be quiet before the reload,
    /// and the most a reload waits after the first change of a burst.
    static let debounceMs: Int64 = 25
    static let maxDelayMs: Int64 = 80

    /// Returns the exit status; for a fatal signal it re-raises the
    /// signal after restoring the terminal, so the parent sees why.
    ///
    /// The folder is consumed: were the caller to keep its copy, the rows
    /// first loaded would stay in memory after every reload (a 2M-row log
    /// read again left each dashboard at 113 MB instead of 62).
    static func run(
        folder initial: consuming DataFolder, display: Display, monochrome: Bool,
        staleThresholds: StaleThresholds = StaleThresholds(), readOnly: Bool = false
    ) -> Int32 {
        // Before the terminal opens, so that curses leaves these to us.
        guard let signals = SignalPipe([SIGWINCH, SIGTSTP, SIGCONT] + SignalPipe.terminating) else {
            Output.error("ezboard: cannot set up signal handling")
            return 2
        }
        let term: Terminal
        do {
            term = try Terminal(TerminalOptions(monochrome: monochrome, forceUTF8: display.forcesUTF8))
        } catch {
            signals.restore()
            Output.error("ezboard: \(error)")
            return 2
        }
        Startup.mark("terminal")
        var session = Session(
            folder: consume initial, display: display, term: term, staleThresholds: staleThresholds,
            readOnly: readOnly)
        Startup.mark("session")
        let fatal = session.loop(signals: signals)
        term.close()
        signals.restore()
        if let sig = fatal {
            // Die of the signal as the shell expects, terminal restored.
            signal(sig, SIG_DFL)
            raise(sig)
            return 128 + sig
        }
        return 0
    }
}

/// The loop's state: the folder, the app (state and last frame), the
/// terminal, and when the next wake-up is due.
struct Session {
    var reader: FolderReader
    let term: Terminal
    var app: App
    let watcher: FolderWatcher
    /// When a reload is due (monotonic ms), after a burst of changes.
    var reloadAt: Int64?
    var burstStart: Int64?
    let trace = Trace()

    init(folder: DataFolder, display: Display, term: Terminal, staleThresholds: StaleThresholds, readOnly: Bool) {
        reader = FolderReader(
            folder: folder, asOf: display.asOf, thresholds: staleThresholds, silentDays: display.silentDaysValue)
        self.term = term
        watcher = FolderWatcher(root: folder.path)
        let (charset, reason) = display.charset(localeIsUTF8: term.locale.isUTF8)
        var state = AppState(
            data: reader.board(), lang: display.language, charset: charset,
            path: display.screen ?? .overview, width: term.size.cols, height: term.size.rows)
        // Who records progress reports here: the account's login, from the
        // system; nobody when writing is off.
        if !readOnly { state.writing = ReportWriting(login: SystemUser.login(), today: Clock.dataToday()) }
        let notes = [term.fallbackNote, reason].compactMap { $0 }
        if !notes.isEmpty { state.message = notes.joined(separator: "; ") }
        app = App(state)
        if trace.isOn { Startup.mark("rendered") }
    }

    /// Runs until `q`, a fatal signal (returned) or the end of input.
    mutating func loop(signals: SignalPipe) -> Int32? {
        term.draw(app.frame.canvas)
        if trace.isOn { Startup.mark("drawn") }
        // What only other screens read, made once the frame is out.
        app.state.data.prepareIndexes()
        if trace.isOn {
            Startup.mark("indexed")
            trace.write("startup " + Startup.line)
        }
        var fds = [
            pollfd(fd: term.inputFD, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signals.fd, events: Int16(POLLIN), revents: 0),
            pollfd(fd: watcher.fd ?? -1, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            // Wake-ups: a pending reload, polling where inotify cannot
            // help, and the one moment a panel turns stale. Nothing else.
            var timeout: Int32 = -1
            if let due = reloadAt { timeout = Int32(clamping: max(0, due - Clock.nowMillis())) }
            if watcher.needsPolling {
                timeout = timeout < 0 ? watcher.pollInterval : min(timeout, watcher.pollInterval)
            }
            if let stale = app.nextStaleChange {
                let ms = Int32(clamping: max(0, (stale - Clock.nowSeconds()) * 1000))
                timeout = timeout < 0 ? ms : min(timeout, ms)
            }
            for i in fds.indices { fds[i].revents = 0 }
            let n = poll(&fds, nfds_t(fds.count), timeout)
            if n < 0 {
                if errno == EINTR { continue }
                return SIGTERM
            }
            // What happened, for the app (in order), and whether the
            // terminal needs the frame again even if the app draws none.
            var events: [Event] = []
            var repaint = false
            // Signals first: a hang-up or a stop beats everything.
            if fds[1].revents & Int16(POLLIN) != 0 {
                for sig in signals.drain() {
                    switch sig {
                    case _ where Session.endsTheProgram(sig): return sig
                    case SIGWINCH:
                        if term.updateSize() { events.append(size) }
                    case SIGTSTP:
                        term.suspend()
                        signals.stopProcess()
                        // Continued. A signal that ends us may have come
                        // with the SIGCONT (`kill %1` sends SIGTERM then
                        // SIGCONT; a hang-up SIGHUP then SIGCONT): end
                        // now, leaving the terminal to the shell. Taking
                        // it back first would stop us again (SIGTTOU, from
                        // the background) with the signal never handled.
                        if let sig = signals.drain().first(where: Session.endsTheProgram) { return sig }
                        term.resume()
                        events.append(size)
                        repaint = true
                    case SIGCONT:
                        // Continued without our own stop (kill -CONT): repaint.
                        term.invalidate()
                        repaint = true
                    default: break
                    }
                }
            }
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 && fds[0].revents & Int16(POLLIN) == 0 {
                return SIGHUP  // The terminal went away (an SSH link dropped).
            }
            if fds[0].revents & Int16(POLLIN) != 0 {
                // Counted before curses reads: afterwards it is 0 whenever
                // the bytes were a key ezboard does not use (Shift-Up…).
                let waiting = Session.bytesWaiting(term.inputFD)
                let keys = term.pendingKeys()
                if keys.isEmpty && waiting == 0 && Session.bytesWaiting(term.inputFD) == 0 {
                    // Readable with nothing to read: the end of input.
                    if fds[0].revents & Int16(POLLHUP) != 0 { return SIGHUP }
                    return nil
                }
                for key in keys {
                    switch key {
                    case .ctrl("l"):
                        term.invalidate()
                        repaint = true
                    // curses has taken the new size already.
                    case .resize: events.append(size)
                    default: events.append(.key(key))
                    }
                }
            }
            if fds[2].revents & Int16(POLLIN) != 0, watcher.drain() { scheduleReload() }
            if watcher.needsPolling, n == 0, watcher.pollChanged() { scheduleReload() }
            if let stale = app.nextStaleChange, Clock.nowSeconds() >= stale {
                events.append(.freshness(reader.freshness()))
            }
            var reloadMs: Double?
            if let due = reloadAt, Clock.nowMillis() >= due {
                reloadAt = nil
                burstStart = nil
                let t0 = Clock.nowMicros()
                if let reloaded = reader.refresh() { events.append(reloaded) }
                reloadMs = Double(Clock.nowMicros() - t0) / 1000
            }
            guard !events.isEmpty || repaint else { continue }
            let t0 = Clock.nowMicros()
            if app.handle(events, reloading: &reader) { repaint = true }
            if app.state.shouldQuit { return nil }
            guard repaint else { continue }
            term.draw(app.frame.canvas)
            if trace.isOn {
                let drawMs = Double(Clock.nowMicros() - t0) / 1000
                trace.write(
                    "reload_ms=\(reloadMs.map { String($0) } ?? "-") draw_ms=\(drawMs) rows=\(reader.folder.dataSet.crossingCount)"
                )
            }
            // New data (a reload, another as-of date): its indexes, once
            // the frame is out.
            app.state.data.prepareIndexes()
        }
    }

    /// The terminal's size, for the app.
    var size: Event { .resize(width: term.size.cols, height: term.size.rows) }

    /// The signals that end the dashboard (terminal restored, then the
    /// signal re-raised).
    static func endsTheProgram(_ sig: Int32) -> Bool { SignalPipe.endsTheProgram(sig) }

    /// A change arrived: reload once the burst is quiet, but never later
    /// than `maxDelayMs` after its first change.
    mutating func scheduleReload() {
        let now = Clock.nowMillis()
        let start = burstStart ?? now
        burstStart = start
        reloadAt = min(now + DashboardLoop.debounceMs, start + DashboardLoop.maxDelayMs)
    }

    /// Bytes the tty holds unread (FIONREAD).
    static func bytesWaiting(_ fd: Int32) -> Int32 {
        var n: Int32 = 0
        return ioctl(fd, UInt(FIONREAD), &n) == 0 ? n : 0
    }
}
