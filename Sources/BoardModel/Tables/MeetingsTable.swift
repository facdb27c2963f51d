/// `meetings.csv`: the committee's meetings whose conclusions give
/// assignments (an optional file). `tasks.csv` refers to them by id.
public enum MeetingsTable: TableSpec {
    public typealias Record = Meeting
    static let fileName = "meetings.csv"
    static let oneRowIs = "a meeting of the committee that assignments come from"
    static let isOptional = true

    static let id = Column.key("id", noun: "meeting", note: "e.g. `HN-TK2023`")
    static let heldOn = Column.date(
        "held_on", note: "the day it was held (or, for one not yet held, is to be held)")
    static let title = Column.text("title", note: "e.g. Hội nghị tổng kết năm 2023 của Ban Chỉ đạo")
    static let columns: [any AnyColumn] = [id, heldOn, title]

    static func record(_ r: Row) -> Meeting? {
        let id = r[Self.id]
        let held = r[heldOn]
        let title = r[Self.title]
        guard r.isValid, let held else { return nil }
        return Meeting(id: id, heldOn: held, title: title)
    }

    // A meeting is not an observation: the file may list the next one,
    // planned, and a plan never moves the as-of date (like a due date).
}

extension DataFile {
    public static let meetings = DataFile(MeetingsTable.self)
}

extension DataSet {
    public var meetings: [Meeting] {
        get { self[MeetingsTable.self] }
        set { self[MeetingsTable.self] = newValue }
    }

    public func meeting(_ id: String) -> Meeting? { meetings.first { $0.id == id } }
}
