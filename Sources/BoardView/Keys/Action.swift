/// What a key asks for. The key map turns keys into actions; the reducer
/// turns actions into a new state.
public enum Action: Hashable, Sendable {
    case quit
    case help
    case back
    case enter
    case nextPanel, previousPanel
    case focusPanel(Int)
    case up, down, left, right, pageUp, pageDown, home, end
    /// Start typing a live filter (`/`).
    case startFilter
    /// Next sort order of the current list.
    case sort
    /// The current sort order turned round.
    case reverseSort
    /// Open the `:` prompt (typing goes through the filter's actions).
    case startJump
    /// A panel of the overview on the whole screen, and back.
    case zoom
    case reload
    case toggleLanguage
    /// The list of data problems (the same messages as `ezboard check`).
    case problems
    /// Next / previous item of the same kind without leaving the screen.
    case nextItem, previousItem
    /// Unit screen: only overdue assignments, on and off.
    case overdueOnly
    /// Unit screen: cycle the status, source and due-window filters.
    case cycleStatusFilter, cycleSourceFilter, cycleDueWindow
    /// Open a screen directly (the overview's `P` all projects, `K` plans).
    case openScreen(ScreenPath)
    /// Projects screen: cycle the zone and missing-procedure filters (its
    /// status filter is `cycleStatusFilter`).
    case cycleZoneFilter, cycleMissingFilter
    /// Plans screen: open the selected plan's lead unit.
    case openLead
    /// Typing into the filter.
    case filterType(Character)
    case filterErase
    case filterAccept
    case filterCancel
    /// The as-of date a step back, a step forward (a month; a day on a
    /// gate's screen, which shows one day's crossings), and back to the
    /// latest observation.
    case asOfBack, asOfForward, asOfLatest
    /// A mouse press or wheel turn at a cell.
    case click(x: Int, y: Int)
    case wheel(up: Bool, x: Int, y: Int)
    /// The terminal changed size.
    case resize
    /// The overview: every assignment of every unit on one screen.
    case openAssignments
    /// All assignments: group by lead unit, by meeting or source, or none.
    case cycleGrouping
    /// One assignment: open the progress-report form (`ReportForm`).
    case openReportForm
    /// In the form: a character typed into the field with focus, the last
    /// one erased, the next or previous field, Enter (the next field, a
    /// line break in the note, or the button's action), a choice stepped
    /// left or right, and leaving without writing.
    case formType(Character)
    case formErase, formNextField, formPreviousField, formEnter, formLeft, formRight, formCancel
    /// The overview: every unit (`U`) and every work (`W`) on a screen.
    case openUnits, openWorks
    /// Ctrl-L and Ctrl-Z: the terminal layer does them (the event loop
    /// repaints the whole screen; the terminal driver stops the program
    /// and the loop gives the terminal back). In the binding table so that
    /// help and the README list them; the reducer has nothing to do.
    case redraw, suspend
    /// Plans screen: open the selected plan's zone (plans.csv's `zone_id`).
    case openPlanZone
}
