import BoardModel

/// Something that happened, for the app to handle.
public enum Event: Sendable {
    /// A key or a mouse event.
    case key(Key)
    /// The terminal's size now (a size it already has changes nothing).
    case resize(width: Int, height: Int)
    /// The data folder was read again: the board to show now.
    case data(BoardData)
    /// The folder could not be read: the last data stays on screen, and
    /// the footer says why.
    case readFailed(String)
    /// Time passed: how current the data is now (a panel may have turned
    /// stale).
    case freshness(Freshness)
}

/// Reads the data again when the user asks for it (`r`). The dashboard
/// reads its folder; a test can give any board.
public protocol DataReloading {
    /// Everything read again: `.data` with the new board, or `.readFailed`;
    /// nil when there is nothing to read (the board on screen stays).
    mutating func reloadAll() -> Event?
    /// Writes the form's report (the only writing the dashboard does):
    /// what came of it, with the data read again when it was written.
    mutating func saveReport(_ draft: ReportDraft) -> ReportSaveOutcome
}

extension DataReloading {
    /// Nowhere to write: every report is refused.
    public mutating func saveReport(_ draft: ReportDraft) -> ReportSaveOutcome {
        .refused("writing is off here")
    }
}

/// The event handler: a batch of events in, the state updated, one frame
/// out. The dashboard's loop feeds it whatever one `poll()` brought (keys,
/// a resize, reloaded data) and copies the frame to the terminal; the
/// tests drive the very same code, key by key or in batches.
public struct App: Sendable {
    public private(set) var state: AppState
    /// The frame last rendered, its scroll positions taken into `state`:
    /// what the screen shows.
    public private(set) var frame: Frame
    /// `state` changed since `frame` was rendered.
    private var needsRender = false

    /// The app on its first frame.
    public init(_ state: AppState) {
        self.state = state
        frame = Renderer.render(state)
        Reducer.commit(frame, &self.state)
    }

    /// Handles `events` in order, then renders once. True when there is a
    /// new frame to show; false when nothing changed, or when a key asked
    /// to quit (`state.shouldQuit`: the rest of the batch is dropped).
    ///
    /// Every event acts on the frame of the state the events before it
    /// left, exactly as if it had come alone: when the state changed since
    /// the last render, the handler renders again (in memory; the terminal
    /// still gets one update) before the next event. Keys need the frame
    /// for clicks and wheel turns (what is where), page sizes (how many
    /// rows a list showed) and scroll positions (a list scrolls from where
    /// the last frame left it; help's End is clamped to its last page
    /// before the `k` that follows). Computing those from the state alone
    /// would be a second layout engine to keep in step with the renderer;
    /// rendering is a fraction of a millisecond. So what a burst of keys
    /// does never depends on how the terminal split it into reads: on a
    /// slow link `PgDn` and a click arrive together, on a fast one apart,
    /// and the click lands on the row the user saw after `PgDn` either way.
    @discardableResult
    public mutating func handle(_ events: [Event], reloading: inout some DataReloading) -> Bool {
        var changed = false
        for event in events {
            if needsRender { render() }
            switch event {
            case .key(let key):
                Reducer.handle(key, &state, frame: frame)
                if state.shouldQuit { return false }
                if state.saveRequested { save(&reloading) }
                if state.reloadRequested {
                    state.reloadRequested = false
                    let done = state.lang.pick("Đã đọc lại dữ liệu", "Data reloaded")
                    switch reloading.reloadAll() {
                    case .readFailed(let why)?: apply(.readFailed(why))
                    case let event?:
                        apply(event)
                        state.message = done
                    case nil: state.message = done
                    }
                }
                needsRender = true
            case .resize(let width, let height):
                guard width != state.width || height != state.height else { continue }
                state.width = width
                state.height = height
                needsRender = true
            case .data, .readFailed, .freshness:
                apply(event)
                needsRender = true
            }
            changed = changed || needsRender
        }
        if needsRender { render() }
        return changed
    }

    /// The same, where `r` keeps the board on screen (tests, and callers
    /// with nothing to read again).
    @discardableResult
    public mutating func handle(_ events: [Event]) -> Bool {
        var nothing = NothingToReload()
        return handle(events, reloading: &nothing)
    }

    /// When the next panel turns stale if nothing changes (seconds since
    /// 1970): when the loop must wake up to say so.
    public var nextStaleChange: Int64? { state.panels.nextStaleChange(state.data.freshness) }

    /// Writes the form's report: on success the form closes and the new
    /// data shows at once; on refusal the form stays, saying why.
    private mutating func save(_ reloading: inout some DataReloading) {
        state.saveRequested = false
        guard let form = state.form, let writing = state.writing else { return }
        switch reloading.saveReport(form.draft(on: writing.today)) {
        case .saved(_, let event):
            state.form = nil
            if let event { apply(event) }
            // A board looking at an earlier date would not show the new
            // report: it moves to the report's date (as `>` would).
            if state.data.asOf < writing.today {
                state.asOfChoice = .date(writing.today)
                state.data = state.data.at(writing.today)
            }
            state.message = state.lang.pick(
                "Đã ghi báo cáo tiến độ \(form.taskID) vào task_updates.csv",
                "Progress report on \(form.taskID) written to task_updates.csv")
        case .refused(let why):
            state.form?.refusal = SafeText.oneLine(why)
        }
    }

    private mutating func apply(_ event: Event) {
        switch event {
        case .data(let board):
            state.data = AsOfWalk.follow(state.asOfChoice, board)
            // A dashboard open past midnight reports on the new day.
            if let today = board.today { state.writing?.today = today }
        case .readFailed(let message): state.message = SafeText.oneLine(message)
        case .freshness(let freshness): state.data.freshness = freshness
        case .key, .resize: break
        }
    }

    private mutating func render() {
        frame = Renderer.render(state)
        Reducer.commit(frame, &state)
        needsRender = false
    }
}

/// Reloading with nothing to read: the board on screen is all there is.
struct NothingToReload: DataReloading {
    mutating func reloadAll() -> Event? { nil }
}
