import BoardModel

/// A row of a detail screen's list of where to go (Enter): a unit, a
/// work, a zone or gate, an assignment. The references of the data, both
/// ways: an assignment lists its units and works, a work its place, owner
/// and assignments, a project its zone and the assignments naming it.
struct LinkRow {
    var path: ScreenPath
    /// What the linked thing is to this screen's: `chủ trì`, `công trình`, `khu`.
    var role: (vi: String, en: String)
    var text: String
    var style: Style = .normal
    var roleStyle: Style = .dim
    /// Dimmed after the text (an id in brackets).
    var tail: String = ""
    /// Which row of the opened screen to start on, when the path alone
    /// does not say (a meeting's id: the all-assignments screen opens on
    /// its group). Nil: the path's own.
    var identity: String? = nil
}

extension LinkRow {
    /// A zone as a link: its name and kind (`KCN Tằng Loỏng · khu công
    /// nghiệp`), its id after it when `showingID`; the bare id when the
    /// data does not hold it.
    static func zone(_ id: String, _ c: Ctx, showingID: Bool) -> LinkRow {
        let z = c.dataSet.zone(id)
        return LinkRow(
            path: .zone(id), role: ("khu", "zone"),
            text: (z.map(Titles.zoneName) ?? id) + (z.map { " · " + $0.kind.name(c.lang) } ?? ""),
            tail: showingID && z != nil ? " (" + id + ")" : "")
    }

    /// A gate as a link, as `zone` does for a zone, its id after it.
    static func gate(_ id: String, _ c: Ctx) -> LinkRow {
        let g = c.dataSet.gate(id)
        return LinkRow(
            path: .gate(id), role: ("cửa khẩu", "gate"),
            text: (g.map(Titles.gateName) ?? id) + (g.map { " · " + $0.kind.name(c.lang) } ?? ""),
            tail: g == nil ? "" : " (" + id + ")")
    }
}

/// `── Heading ──` then a row per link, `▸ role  text (tail)`, the
/// selected one highlighted and the section scrolled so that it shows.
enum LinkList {
    /// The width of the role column over `rows` (several sections of one
    /// list line up when they share it).
    static func roleWidth(_ rows: [LinkRow], _ c: Ctx) -> Int {
        rows.map { Fit.width(c.lang.pick($0.role.vi, $0.role.en), c) }.max() ?? 0
    }

    /// Draws `rows` (the list's rows `first…`) in `area`, its heading on the
    /// first line (none: the rows from the first line). `selection` is the list's selection (it may be in
    /// another section). `countHidden`: the heading ends in `+N` when
    /// rows are out of view.
    static func draw(
        _ heading: String?, _ rows: [LinkRow], first: Int = 0, selection: Int, roleWidth: Int, countHidden: Bool = true,
        _ c: Ctx, in area: Rect, _ out: inout FrameBuilder
    ) {
        guard !area.isEmpty else { return }
        var lines = area
        if let heading {
            Detail.heading(heading, c, in: area.splitTop(1).top, &out)
            lines = area.splitTop(1).rest
        }
        guard !lines.isEmpty, !rows.isEmpty else { return }
        let local = selection - first
        let selected = rows.indices.contains(local) ? local : nil
        let top = Table.visibleRange(selected: selected ?? 0, count: rows.count, height: lines.height, offset: 0)
        for i in top..<min(rows.count, top + lines.height) {
            let link = rows[i]
            let line = Rect(x: lines.x, y: lines.y + i - top, width: lines.width, height: 1)
            let isSelected = i == selected
            if isSelected { out.canvas.fill(line, with: Cell(" ", .selected)) }
            let pointer = isSelected ? (c.charset == .ascii ? ">" : "▸") : " "
            let role = TextLayout.pad(c.lang.pick(link.role.vi, link.role.en), width: roleWidth, charset: c.charset)
            var spans = Spans([
                (pointer + " ", isSelected ? .selected : .accent),
                (role + "  ", isSelected ? .selected : link.roleStyle),
                (link.text, isSelected ? .selected : link.style),
            ])
            if !link.tail.isEmpty { spans.add(link.tail, isSelected ? .selected : .dim) }
            spans.draw(in: line, &out)
            out.hits.append(Hit(line, .row(list: 0, row: first + i)))
        }
        if countHidden, rows.count > lines.height {
            let note = " +\(rows.count - lines.height) "
            let w = TextLayout.width(note, charset: c.charset)
            out.canvas.draw(note, x: area.maxX - w, y: area.y, style: .dim, clip: area)
        }
    }
}
