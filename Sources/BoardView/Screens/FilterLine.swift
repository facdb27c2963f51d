/// The state line that heads the filterable lists (all projects, one
/// unit's and all assignments): `Hiển thị 7/32 · lọc: … · tìm 'kim' ·
/// sắp xếp: hạn`, or the filter keys when nothing narrows the list. One
/// wording, one order and one set of colours for all three. The line
/// describes the screen's first list (the assignments, the projects), even
/// while another list has the focus: a unit's works keep their own search
/// (`LinkedWorks.heading`).
enum FilterLine {
    /// Appends the active filters, the search text and the order (when
    /// `sortName` is given: the list is not in its default order); when
    /// nothing narrows the list, `lead` and then each of `keys`
    /// (key, Vietnamese, English) instead.
    static func add(
        to line: inout Spans, active: [String], _ screen: ScreenState, sortName: (vi: String, en: String)?,
        lead: (vi: String, en: String), keys: [(String, String, String)], _ c: Ctx
    ) {
        let list = screen.lists[0]
        let searching = !list.filter.isEmpty || (c.editingFilter && screen.focus == 0)
        if !active.isEmpty {
            line.add(c.t(" · lọc: ", " · filters: "), .dim)
            line.add(active.joined(separator: ", "), .warn)
        }
        if searching {
            line.add(c.t(" · tìm ", " · search "), .dim)
            line.add("'" + list.filter + "'", .warn)
        }
        if let sortName {
            line.add(c.t(" · sắp xếp: ", " · sorted by ") + c.lang.pick(sortName.vi, sortName.en), .dim)
        }
        guard active.isEmpty && !searching else { return }
        line.add(c.t(lead.vi, lead.en), .dim)
        for (key, vi, en) in keys {
            line.add(key, .accent)
            line.add(" " + c.t(vi, en) + "  ", .dim)
        }
    }

    /// The lead before the keys when the line has nothing else to say.
    static let noFilter = (vi: " · không lọc   ", en: " · no filter   ")
}
