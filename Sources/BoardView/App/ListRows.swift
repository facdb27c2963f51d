import BoardModel
import Synchronization

/// The rows of the long lists (every project, every assignment) as last
/// made for one board, with what they were made for: a key that only
/// moves the selection, scrolls or redraws finds them made, and the
/// reducer, the screen and its footer all read the same rows. With ten
/// thousand projects, filtering and ordering them again for each of the
/// three cost more than the rest of a key.
///
/// Each board has its own (`BoardData` makes a new one whenever its data
/// set or summary changes: a reload, a live append, another as-of date),
/// so rows made from other data are never shown; within a board, rows are
/// kept for one key of what they depend on (filters, sort order,
/// grouping), and a change to any of it makes them again.
final class ListRows: Sendable {
    let projects = RowMemo<ProjectsScreen.RowsKey, [ProjectsScreen.Item]>()
    let assignments = RowMemo<AssignmentsScreen.RowsKey, [AssignmentsScreen.Row]>()
}

/// The last rows made, and the key they were made for.
final class RowMemo<Key: Equatable & Sendable, Rows: Sendable>: Sendable {
    private struct Kept {
        var key: Key
        var rows: Rows
    }
    private let kept = Mutex<Kept?>(nil)
    private let counter = Mutex(0)

    /// The rows for `key`: the kept ones when made for the same key, else
    /// `make()`'s, kept in their place.
    func rows(for key: Key, make: () -> Rows) -> Rows {
        if let rows = kept.withLock({ k in k.flatMap { $0.key == key ? $0.rows : nil } }) { return rows }
        // Made outside the lock: two threads asking at once both make them.
        let rows = make()
        kept.withLock { $0 = Kept(key: key, rows: rows) }
        counter.withLock { $0 += 1 }
        return rows
    }

    /// How many times rows were made: a key that needs no new rows makes
    /// none (the tests hold it to that).
    var made: Int { counter.withLock { $0 } }
}
