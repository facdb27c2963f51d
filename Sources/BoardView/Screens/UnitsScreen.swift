import BoardModel

/// Every unit with its record on the assignments it leads and supports.
enum UnitsScreen: ListSource {
    enum Sort: Int, SortOrder {
        case overdueFirst, name, support, reporting
        var column: Int? { [3, 0, 6, 7][rawValue] }
        var name: (vi: String, en: String) {
            switch self {
            case .overdueFirst: return ("quá hạn trước", "overdue first")
            case .name: return ("tên", "name")
            case .support: return ("phối hợp", "support")
            case .reporting: return ("báo cáo kém nhất trước", "worst reporting first")
            }
        }
    }

    static func items(_ list: ListState, _ screen: ScreenState, _ c: Ctx) -> [UnitScore] {
        var rows = c.summary.tasks.allUnits.filter {
            Filtering.matches(list.filter, [$0.unit.id, $0.unit.name, $0.unit.shortName ?? ""])
        }
        switch Sort(list) {
        case .name: rows.sort { CollationKey($0.unit.name) < CollationKey($1.unit.name) }
        case .support: rows.sort { ($0.supportOpen, $1.unit.id) > ($1.supportOpen, $0.unit.id) }
        case .reporting:
            // The smallest share of open lead assignments reported within
            // the silent days first (most silent on ties); units with
            // nothing open last.
            rows.sort { a, b in
                let ka = reportingKey(a)
                let kb = reportingKey(b)
                return (ka.0, ka.1, -a.leadSilent, a.unit.id) < (kb.0, kb.1, -b.leadSilent, b.unit.id)
            }
        case .overdueFirst:
            rows.sort {
                ($1.leadOverdue + $1.supportOverdue, $1.leadOpen, $0.unit.id) < (
                    $0.leadOverdue + $0.supportOverdue, $0.leadOpen, $1.unit.id
                )
            }
        }
        return list.directed(rows)
    }

    static func target(_ item: UnitScore, _ screen: ScreenState) -> ScreenPath? { .unit(item.unit.id) }

    /// Units with open lead assignments first (0), by the share reported
    /// within the silent days, compared as a fraction without rounding.
    static func reportingKey(_ u: UnitScore) -> (Int, Double) {
        u.leadOpen == 0 ? (1, 0) : (0, Double(u.leadReportedWithin) / Double(u.leadOpen))
    }

    static func draw(_ screen: ScreenState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        let inner = Panels.box(
            c.t("Đơn vị và nhiệm vụ", "Units and their assignments"), screen.list, focused: true,
            sorts: sorts, editing: c.editingFilter, c, in: area, &out)
        let columns = [
            TableColumn(c.t("Đơn vị", "Unit"), width: .flex(min: 10, weight: 3), priority: 9),
            TableColumn(c.t("Chủ trì", "Leads"), width: .fit(min: 5, max: 7), alignment: .right, priority: 6),
            TableColumn(c.t("Đang", "Open"), width: .fit(min: 4, max: 5), alignment: .right, priority: 7),
            TableColumn(c.t("Quá hạn", "Overdue"), width: .fit(min: 5, max: 8), alignment: .right, priority: 8),
            TableColumn(c.t("Xong", "Done"), width: .fit(min: 4, max: 5), alignment: .right, priority: 5),
            TableColumn(c.t("Đúng hạn", "On time"), width: .fit(min: 5, max: 8), alignment: .right, priority: 5),
            TableColumn(c.t("Phối hợp", "Supports"), width: .fit(min: 5, max: 9), alignment: .right, priority: 4),
            TableColumn(
                c.t("BC ≤\(c.summary.tasks.silentDays) ngày", "Reported ≤\(c.summary.tasks.silentDays)d"),
                width: .fit(min: 5, max: 16), alignment: .right, priority: 7),
        ]
        let rows = items(screen.list, screen, c).map { u -> TableRow in
            TableRow([
                TableCell(u.unit.name), TableCell(String(u.leadTotal)), TableCell(String(u.leadOpen)),
                u.leadOverdue > 0
                    ? TableCell(StatusMark.overdue.symbol(c.charset) + " \(u.leadOverdue)", style: .bad) : "0",
                TableCell(String(u.leadDone)), TableCell(Formats.percent(u.onTimePct, c.lang)),
                TableCell(u.supportTotal > 0 ? "\(u.supportOpen)/\(u.supportTotal)" : "–"),
                reportingCell(u, c),
            ])
        }
        ListView(
            columns: columns, rows: rows, list: screen.list, index: 0, showSelection: true,
            emptyMessage: c.t("Không có đơn vị", "No units"), sortedColumn: Sort(screen.list).column
        ).draw(in: inner, &out)
    }

    /// `6/9` open lead assignments reported within the silent days, with
    /// the silent mark when some are not; `–` with none open.
    static func reportingCell(_ u: UnitScore, _ c: Ctx) -> TableCell {
        guard u.leadOpen > 0 else { return TableCell("–", style: .dim) }
        let text = "\(u.leadReportedWithin)/\(u.leadOpen)"
        return u.leadSilent > 0
            ? TableCell(StatusMark.silent.symbol(c.charset) + " " + text, style: StatusMark.silent.style)
            : TableCell(text)
    }
}
