import BoardModel

/// Walking the as-of date: `<` and `>` move it a month (a day on a gate's
/// screen, which shows one day's crossings), `=` returns to the latest
/// observation. Every figure is computed again for the new date (in
/// BoardModel, `BoardData.at`), the same as `--as-of` that date gives.
enum AsOfWalk {
    static func apply(_ action: Action, _ s: inout AppState) {
        let d = s.data
        let now = d.asOf
        let byDay: Bool
        if case .gate = s.screen.path { byDay = true } else { byDay = false }
        var target: Day
        switch action {
        case .asOfBack:
            target = byDay ? now + -1 : now.addingMonths(-1)
            if let first = d.earliest {
                guard now > first else {
                    s.message = s.lang.pick(
                        "Không có dữ liệu trước ngày \(Formats.date(first, s.lang))",
                        "No data before \(Formats.date(first, s.lang))")
                    return
                }
                target = max(target, first)
            }
        case .asOfForward:
            target = byDay ? now + 1 : now.addingMonths(1)
            if let last = d.latest {
                guard now < last else {
                    s.message = s.lang.pick(
                        "Đã ở ngày có dữ liệu mới nhất (\(Formats.date(last, s.lang)))",
                        "Already at the latest data (\(Formats.date(last, s.lang)))")
                    return
                }
                target = min(target, last)
            }
        default:
            guard let last = d.latest else { return }
            target = last
        }
        s.asOfChoice = target == d.latest ? .latest : .date(target)
        s.data = d.at(target)
        s.message =
            s.lang.pick("Đến ngày ", "As of ") + Formats.date(target, s.lang)
            + (target == d.latest
                ? s.lang.pick(" (mới nhất)", " (the latest)")
                : s.lang.pick(" · < > đổi ngày · = về mới nhất", " · < > change the date · = the latest"))
    }

    /// The board read again, as of the date the user walked to.
    static func follow(_ choice: AsOfChoice, _ board: BoardData) -> BoardData {
        switch choice {
        case .asLoaded: return board
        case .latest: return board.latest.map(board.at) ?? board
        case .date(let day): return board.at(day)
        }
    }
}
