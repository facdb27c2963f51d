import BoardModel
import BoardView

/// The data folder as the dashboard reads it: the folder, the as-of date
/// asked for, and the stale thresholds from the config file. Gives the app
/// its boards (`DataReloading`: `r` reads everything again).
struct FolderReader: DataReloading {
    var folder: DataFolder
    let asOf: Day?
    let thresholds: StaleThresholds
    /// When an open assignment is silent (`--silent-days`, the config file).
    let silentDays: Int

    /// The board to show: the folder's data, and how current it is now.
    func board() -> BoardData {
        var board = BoardData(folder: folder, asOf: asOf, silentDays: silentDays)
        board.freshness = freshness()
        board.hasPeopleFile = folder.has(.people)
        board.today = folder.today
        board.reportHead = Self.head(of: folder.path + "/" + DataFile.taskUpdates.rawValue)
        return board
    }

    /// A file's first line (up to 4 KB), empty when there is none.
    static func head(of path: String) -> [UInt8] {
        guard let bytes = FileIO.head(path, count: 4096) else { return [] }
        guard let end = bytes.firstIndex(of: 0x0A) else { return bytes }
        return Array(bytes[...end])
    }

    /// How current the folder's files are at this moment.
    func freshness() -> Freshness {
        Freshness(folder, thresholds: thresholds, now: Clock.nowSeconds())
    }

    /// Reads again what changed since the last read: the new board, an
    /// error when the folder cannot be read, nil when nothing changed.
    mutating func refresh() -> Event? {
        folder.today = Clock.dataToday()
        do {
            return try folder.refresh().isEmpty ? nil : .data(board())
        } catch {
            return .readFailed(error.description)
        }
    }

    /// Appends the form's report (`ReportAppender`, checked against the
    /// data on screen and today's date), then reads what changed, so that
    /// the report shows at once.
    mutating func saveReport(_ asked: ReportDraft) -> ReportSaveOutcome {
        let today = Clock.dataToday()
        // The form has no date: a report saved is today's, even when the
        // dashboard was opened yesterday.
        var draft = asked
        draft.on = today
        let context = ReportContext(
            dataSet: folder.dataSet, people: folder.has(.people) ? folder.dataSet.people : nil, today: today,
            login: SystemUser.login())
        switch ReportAppender.append(draft, folder: folder.path, context) {
        case .success(let appended): return .saved(row: appended.report.text, data: refresh())
        case .failure(.refused(let why)): return .refused(why.description)
        case .failure(let failure): return .refused(failure.description)
        }
    }

    mutating func reloadAll() -> Event? {
        folder.today = Clock.dataToday()
        do {
            _ = try folder.reloadAll()
            return .data(board())
        } catch {
            return .readFailed(error.description)
        }
    }
}
