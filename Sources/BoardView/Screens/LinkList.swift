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
    /// rows are out of view. `wrapping`: a row's text wraps under itself
    /// (`Spans.hanging`) when every row's lines fit the area, and a
    /// section of one row takes the lines it has, its last cut with `…`;
    /// else, as without it, one line a row.
    static func draw(
        _ heading: String?, _ rows: [LinkRow], first: Int = 0, selection: Int, roleWidth: Int, countHidden: Bool = true,
        wrapping: Bool = false, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder
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
        if wrapping {
            let wrapped = rows.indices.map { spans(rows[$0], selected: $0 == selected, roleWidth: roleWidth, c) }
                .map {
                    Spans.hanging($0.head, $0.text, style: $0.textStyle, tail: $0.tail, width: lines.width, c.charset)
                }
            if rows.count == 1 || wrapped.map(\.count).reduce(0, +) <= lines.height {
                var y = lines.y
                for (i, rowLines) in wrapped.enumerated() where y < lines.maxY {
                    let shown = cut(rowLines, to: lines.maxY - y)
                    let block = Rect(x: lines.x, y: y, width: lines.width, height: shown.count)
                    if i == selected { out.canvas.fill(block, with: Cell(" ", .selected)) }
                    for (k, line) in shown.enumerated() {
                        line.draw(in: Rect(x: lines.x, y: y + k, width: lines.width, height: 1), &out)
                    }
                    out.hits.append(Hit(block, .row(list: 0, row: first + i)))
                    y += shown.count
                }
                return
            }
        }
        let top = Table.visibleRange(selected: selected ?? 0, count: rows.count, height: lines.height, offset: 0)
        for i in top..<min(rows.count, top + lines.height) {
            let line = Rect(x: lines.x, y: lines.y + i - top, width: lines.width, height: 1)
            if i == selected { out.canvas.fill(line, with: Cell(" ", .selected)) }
            let parts = spans(rows[i], selected: i == selected, roleWidth: roleWidth, c)
            var spans = parts.head
            spans.add(parts.text, parts.textStyle)
            if !rows[i].tail.isEmpty { spans.add(rows[i].tail, i == selected ? .selected : .dim) }
            spans.draw(in: line, &out)
            out.hits.append(Hit(line, .row(list: 0, row: first + i)))
        }
        if countHidden, rows.count > lines.height {
            let note = " +\(rows.count - lines.height) "
            let w = TextLayout.width(note, charset: c.charset)
            out.canvas.draw(note, x: area.maxX - w, y: area.y, style: .dim, clip: area)
        }
    }

    /// The lines `rows` take with `draw`'s `wrapping`, when they all show.
    static func wrappedHeight(_ rows: [LinkRow], roleWidth: Int, width: Int, _ c: Ctx) -> Int {
        rows.map { row in
            let p = spans(row, selected: false, roleWidth: roleWidth, c)
            return Spans.hanging(p.head, p.text, style: p.textStyle, tail: p.tail, width: width, c.charset).count
        }.reduce(0, +)
    }

    /// A row's pieces: `▸ role  ` (the selected row's pointer), its text
    /// and its tail, each in its style (the selection's when selected).
    private static func spans(_ link: LinkRow, selected: Bool, roleWidth: Int, _ c: Ctx) -> (
        head: Spans, text: String, textStyle: Style, tail: (text: String, style: Style)?
    ) {
        let pointer = selected ? (c.charset == .ascii ? ">" : "▸") : " "
        let role = TextLayout.pad(c.lang.pick(link.role.vi, link.role.en), width: roleWidth, charset: c.charset)
        let head = Spans([
            (pointer + " ", selected ? .selected : .accent), (role + "  ", selected ? .selected : link.roleStyle),
        ])
        // The tail's own leading space is the one `hanging` puts before it.
        let tail = String(link.tail.drop { $0 == " " })
        return (
            head, link.text, selected ? .selected : link.style, tail.isEmpty ? nil : (tail, selected ? .selected : .dim)
        )
    }

    /// A wrapped row's first `height` lines; when some are left out, the
    /// last shown carries the rest after it, so that drawing cuts it with `…`.
    private static func cut(_ rows: [Spans], to height: Int) -> [Spans] {
        guard rows.count > height, height > 0 else { return rows }
        var shown = Array(rows.prefix(height))
        for more in rows[height...] {
            let rest = more.continuation
            shown[height - 1].add(" ", rest.parts.first?.style ?? .normal)
            shown[height - 1].add(rest)
        }
        return shown
    }
}
