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
        return board
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
