import BoardModel

/// The unit screen's status filter (`t` cycles it).
public enum StatusFilter: CaseIterable, Sendable {
    case all, notDone, overdue, done, blocked, notStarted
    /// Open and silent: no progress report for longer than the board's
    /// silent days (`Reporting`).
    case silent

    public var name: (vi: String, en: String) {
        switch self {
        case .all: return ("tất cả", "all")
        case .notDone: return ("chưa xong", "not done")
        case .overdue: return ("quá hạn", "overdue")
        case .done: return ("hoàn thành", "done")
        case .blocked: return ("vướng mắc", "blocked")
        case .notStarted: return ("chưa bắt đầu", "not started")
        case .silent: return ("chậm báo cáo", "silent")
        }
    }

    public func keeps(_ v: TaskView) -> Bool {
        keeps(isDone: v.isDone, isOverdue: v.isOverdue, status: v.status, isSilent: v.isSilent)
    }

    func keeps(isDone: Bool, isOverdue: Bool, status: TaskStatus, isSilent: Bool) -> Bool {
        switch self {
        case .all: return true
        case .notDone: return !isDone
        case .overdue: return isOverdue
        case .done: return isDone
        case .blocked: return status == .blocked
        case .notStarted: return status == .notStarted
        case .silent: return isSilent
        }
    }
}

/// The unit screen's due-date window (`w` cycles it).
public enum DueWindow: CaseIterable, Sendable {
    case any, within7Days, within30Days, standing

    public var name: (vi: String, en: String) {
        switch self {
        case .any: return ("mọi thời hạn", "any due date")
        case .within7Days: return ("đến hạn trong 7 ngày", "due within 7 days")
        case .within30Days: return ("đến hạn trong 30 ngày", "due within 30 days")
        case .standing: return ("thường xuyên", "standing")
        }
    }

    public func keeps(_ v: TaskView) -> Bool { keeps(state: v.state) }

    func keeps(state: TaskView.State) -> Bool {
        switch self {
        case .any: return true
        case .within7Days, .within30Days:
            guard case .open(let left) = state else { return false }
            return left <= (self == .within7Days ? 7 : 30)
        case .standing: return state == .standing
        }
    }
}

/// The unit screen's source filter (`c` cycles through the unit's sources).
/// It names the source rather than its position, so that a reload that
/// reorders the sources keeps the one the user chose.
public enum SourceFilter: Equatable, Sendable {
    case all
    case only(String)
}

extension CaseIterable where Self: Equatable {
    /// The next case, the first after the last: what a key cycling a
    /// filter moves to.
    func cycled() -> Self {
        let all = Array(Self.allCases)
        guard let i = all.firstIndex(of: self) else { return self }
        return all[(i + 1) % all.count]
    }
}
