import BoardModel
import BoardView
import TestSupport
import Testing

// Issue 11, item 10: `r` reads the data again, really: a crossing log
// deleted since is gone with its rows. A reload nobody asked for (the
// folder watcher) keeps them, with its warning.

/// The dashboard's reload, on a real folder: everything read again.
struct FolderReload: DataReloading {
    var folder: DataFolder
    mutating func reloadAll() -> Event? {
        do {
            try folder.reloadAll()
        } catch {
            return .readFailed(error.description)
        }
        return .data(
            BoardData(
                dataSet: folder.dataSet, problems: folder.problems, asOf: nil, fallback: ScreenFixture.asOf))
    }
}

@Suite("Reload key")
struct ReloadKeyTests {
    @Test("A deleted crossing log: kept with a warning by the watcher's refresh, gone after r")
    func deletedLog() throws {
        let copy = try DataCopy()
        let log = "crossings/2024-03-31.csv"
        var folder = try DataFolder.load(copy.path)
        #expect(folder.dataSet.crossings[log] != nil)
        let board = BoardData(
            dataSet: folder.dataSet, problems: folder.problems, asOf: nil, fallback: ScreenFixture.asOf)
        try copy.remove(log)

        // The watcher's refresh: the rows stay, and the warning says until when.
        try folder.refresh()
        #expect(folder.dataSet.crossings[log] != nil)
        #expect(folder.problems.contains { $0.file == log && $0.message.contains("until r reloads") })

        // `r` in the dashboard: through the key map and the event handler.
        var app = App(ScreenFixture.state(width: 120, height: 40))
        app.handle([.data(board)])
        var reload = FolderReload(folder: folder)
        app.handle([.key(.char("r"))], reloading: &reload)
        #expect(app.state.data.dataSet.crossings[log] == nil)
        #expect(!app.state.data.problems.contains { $0.file == log })
        #expect(app.state.data.dataSet.crossings.count == 2)
    }
}
