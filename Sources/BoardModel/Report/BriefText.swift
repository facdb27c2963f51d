import Dispatch

/// The brief as a document (Markdown, in the committee's language) and as
/// JSON for scripts (docs/brief.md is the contract).
extension Brief {
    // MARK: JSON

    public func json() -> String { String(decoding: jsonUTF8(), as: UTF8.self) }

    /// `json()` as UTF-8, as `ezboard brief` writes it.
    public func jsonUTF8() -> [UInt8] {
        func ids(_ views: [TaskView]) -> JSON { .array(views.map { .string($0.task.id) }) }
        func works(_ ws: [Work]) -> JSON { .array(ws.map { .string($0.id) }) }
        func pace(_ y: YearToDate, _ unit: String) -> JSON {
            .object([
                ("year", .int(y.year)), ("ytd_\(unit)", .num(y.totalWithData)), ("target_\(unit)", .num(y.target)),
                ("fraction_of_target", .num(y.fractionOfTarget)), ("projected_\(unit)", .num(y.projected)),
                ("months_with_data", .int(y.monthsWithData)),
            ])
        }
        let meeting: JSON =
            self.meeting.map {
                .object([
                    ("id", .string($0.id)), ("held_on", .string($0.heldOn.description)), ("title", .string($0.title)),
                ])
            } ?? .null
        return JSON.object([
            SampleMark.json(isSample),
            ("as_of", .string(asOf.description)),
            ("since", .string(since.description)),
            ("since_from", .string(sinceRule.rawValue)),
            ("meeting", meeting),
            ("silent_days", .int(silentDays)),
            ("trade", pace(trade, "usd")),
            ("output", pace(output, "bn_vnd")),
            ("overdue", ids(overdue)),
            ("blocked", ids(blocked)),
            ("asks_direction", ids(asking)),
            ("silent", ids(silent)),
            ("done_since", ids(doneSince)),
            ("assigned_since", ids(assignedSince)),
            ("reports_since", .int(reportsSince)),
            ("tasks_reported_since", .int(tasksReportedSince)),
            ("works_late", works(worksLate)),
            ("works_turned_late_since", works(worksTurnedLate)),
            // works.csv records no completion date: not known, not 0.
            ("works_completed_since", .null),
            ("problems", .object([("errors", .int(errors)), ("warnings", .int(warnings))])),
        ]).renderedUTF8()
    }

    // MARK: Markdown

    /// The Markdown brief, its lead units in the order of the summary it
    /// was computed from.
    public func markdown(names: AssignmentItems.Names, lang l: Lang) -> String {
        markdownText(names: names, lang: l).finished
    }

    /// `markdown` as UTF-8: `ezboard brief` writes these bytes as they are
    /// (a megabyte for 5,000 assignments, not made into a `String` first).
    public func markdownUTF8(names: AssignmentItems.Names, lang l: Lang) -> ArraySlice<UInt8> {
        markdownText(names: names, lang: l).finishedUTF8
    }

    /// `cellByCell` false: the tables' rows made by `MarkdownText.row`
    /// (the general path, for tests).
    func markdownText(names: AssignmentItems.Names, lang l: Lang, cellByCell: Bool = true) -> MarkdownText {
        var md = MarkdownText(cellByCell: cellByCell)
        md.line(
            "# "
                + l.pick(
                    "Báo cáo phục vụ phiên họp Ban Chỉ đạo — đến ngày ", "Brief for the committee's meeting — as of ")
                + Formats.date(asOf, l))
        md.blank()
        SampleMark.markdown(isSample, l, &md)
        md.line(period(l, md))
        md.blank()
        targets(l, &md)
        // The overdue section and the ones after it on two cores when they
        // are long (thousands of rows: make bench), each part its own
        // text, joined in order. Each part starts with a heading line, so
        // it reads nothing of the part before it: the page is the same.
        let parts = ResultSlots<MarkdownText>(count: 2)
        let rows = overdue.count + blocked.count + asking.count + silent.count
        let write: @Sendable (Int) -> Void = { part in
            var text = MarkdownText(cellByCell: cellByCell)
            if part == 0 {
                overdueSection(names, l, &text)
            } else {
                directionSection(names, l, &text)
                silentSection(names, l, &text)
                sinceSection(l, &text)
                lateWorks(l, &text)
            }
            parts.set(part, text)
        }
        if rows >= Self.rowsForTwoCores {
            DispatchQueue.concurrentPerform(iterations: 2, execute: write)
        } else {
            write(0)
            write(1)
        }
        for part in parts.values { if let part { md.append(part) } }
        return md
    }

    /// Rows from which the brief's sections are written on two cores:
    /// below it, handing work to another thread costs more than it saves.
    static let rowsForTwoCores = 400

    func period(_ l: Lang, _ md: MarkdownText) -> String {
        let from = Formats.date(since, l)
        let to = Formats.date(asOf, l)
        var why: String
        switch sinceRule {
        case .meeting:
            why = l.pick("phiên họp gần nhất", "the latest meeting")
        case .given:
            why = l.pick("theo yêu cầu", "as asked")
        case .window:
            why = l.pick(
                "\(Self.defaultWindowDays) ngày trước, vì chưa có phiên họp nào trong meetings.csv",
                "\(Self.defaultWindowDays) days before, as meetings.csv lists no meeting held by then")
        }
        if let m = meeting { why = md.inline(m.title) + ", " + why }
        return l.pick("Kỳ báo cáo: từ \(from) (\(why)) đến \(to).", "Period: from \(from) (\(why)) to \(to).")
    }

    func targets(_ l: Lang, _ md: inout MarkdownText) {
        md.line("## " + l.pick("Thực hiện mục tiêu năm \(asOf.year)", "Against the targets for \(asOf.year)"))
        md.blank()
        let tradeLines = MarkdownReport.pace(trade, l, money: { Formats.usd($0, l) })
        let outputLines = MarkdownReport.pace(output, l, money: { Formats.bnVND($0, l) })
        md.line(
            "- " + l.pick("Xuất nhập khẩu qua các cửa khẩu: ", "Trade through the border gates: ")
                + tradeLines.joined(separator: "; "))
        md.line(
            "- " + l.pick("Sản xuất công nghiệp: ", "Industrial production: ") + outputLines.joined(separator: "; "))
        md.blank()
    }

    func overdueSection(_ names: AssignmentItems.Names, _ l: Lang, _ md: inout MarkdownText) {
        md.line("## " + l.pick("Nhiệm vụ quá hạn (\(overdue.count))", "Overdue assignments (\(overdue.count))"))
        md.blank()
        if overdue.isEmpty {
            md.line(l.pick("Không có nhiệm vụ quá hạn.", "No assignment is overdue."))
            md.blank()
            return
        }
        for (lead, positions) in overdueGroups() {
            md.line("### " + md.inline(names.name(lead)) + " (\(positions.count))")
            md.blank()
            md.row([
                l.pick("Mã", "ID"), l.pick("Nhiệm vụ", "Assignment"), l.pick("Hạn", "Due"),
                l.pick("Quá hạn", "Overdue"), l.pick("Phối hợp", "Supporting units"),
                l.pick("Báo cáo gần nhất", "Latest report"),
            ])
            md.line("|---|---|---|---:|---|---|")
            for i in positions {
                let v = overdue[i]
                let days = UnitReport.days(v.state).overdue ?? 0
                md.beginRow()
                md.cell(data: v.task.id)
                md.cell(data: v.task.title)
                md.cell(own: AssignmentItems.due(v, l))
                md.cell(own: String(days) + (l == .vi ? " ngày" : " days"))
                md.beginCell()
                supportNames(v.task.supportIDs, names, &md)
                md.endCell()
                md.beginCell()
                latestWithNote(v, l, &md)
                md.endCell()
                md.endRow()
            }
            md.blank()
        }
    }

    /// Blocked ones and those asking for direction, each once.
    func directionSection(_ names: AssignmentItems.Names, _ l: Lang, _ md: inout MarkdownText) {
        var views = blocked
        var listed = Set(blocked.map(\.task.id))
        for v in asking where listed.insert(v.task.id).inserted { views.append(v) }
        md.line(
            "## "
                + l.pick(
                    "Vướng mắc, đề nghị Ban Chỉ đạo cho ý kiến (\(views.count))",
                    "Blocked, or asking the committee for its direction (\(views.count))"))
        md.blank()
        if views.isEmpty {
            md.line(l.pick("Không có nhiệm vụ vướng mắc.", "No assignment is blocked or asks for direction."))
            md.blank()
            return
        }
        md.row([
            l.pick("Mã", "ID"), l.pick("Nhiệm vụ", "Assignment"), l.pick("Chủ trì", "Lead"),
            l.pick("Tình trạng", "State"), l.pick("Đề nghị", "Asks"),
            l.pick("Báo cáo gần nhất", "Latest report"),
        ])
        md.line("|---|---|---|---|---|---|")
        for v in views {
            var state = v.status.name(l)
            if !v.isDone, v.isOverdue { state += " · " + AssignmentItems.state(v, l) }
            md.beginRow()
            md.cell(data: v.task.id)
            md.cell(data: v.task.title)
            md.cell(data: names.short(v.task.leadID))
            md.cell(own: state)
            md.cell(own: v.asksDirection ? l.pick("**có**", "**yes**") : l.pick("không", "no"))
            md.beginCell()
            latestWithNote(v, l, &md)
            md.endCell()
            md.endRow()
        }
        md.blank()
    }

    func silentSection(_ names: AssignmentItems.Names, _ l: Lang, _ md: inout MarkdownText) {
        md.line(
            "## "
                + l.pick(
                    "Nhiệm vụ chậm báo cáo, quá \(silentDays) ngày (\(silent.count))",
                    "Silent for over \(silentDays) days (\(silent.count))"))
        md.blank()
        if silent.isEmpty {
            md.line(
                l.pick(
                    "Mọi nhiệm vụ đang thực hiện đều có báo cáo trong \(silentDays) ngày qua.",
                    "Every open assignment was reported on within the last \(silentDays) days."))
            md.blank()
            return
        }
        md.row([
            l.pick("Mã", "ID"), l.pick("Nhiệm vụ", "Assignment"), l.pick("Chủ trì", "Lead"),
            l.pick("Báo cáo gần nhất", "Latest report"), l.pick("Số ngày", "Days"),
        ])
        md.line("|---|---|---|---|---:|")
        for v in silent {
            let latest =
                v.latestUpdate.map { Formats.date($0.on, l) }
                ?? l.pick(
                    "chưa có (giao \(Formats.date(v.task.assignedOn, l)))",
                    "none (assigned \(Formats.date(v.task.assignedOn, l)))")
            md.beginRow()
            md.cell(data: v.task.id)
            md.cell(data: v.task.title)
            md.cell(data: names.short(v.task.leadID))
            md.cell(own: latest)
            md.cell(own: String(v.daysSinceReport))
            md.endRow()
        }
        md.blank()
    }

    func sinceSection(_ l: Lang, _ md: inout MarkdownText) {
        let from = Formats.date(since, l)
        md.line("## " + l.pick("Từ \(from) đến nay", "Since \(from)"))
        md.blank()
        func list(_ views: [TaskView]) -> String {
            views.isEmpty ? "" : ": " + views.map { md.inline($0.task.id) }.joined(separator: ", ")
        }
        md.line("- " + l.pick("Hoàn thành: \(doneSince.count) nhiệm vụ", "Done: \(doneSince.count)") + list(doneSince))
        md.line(
            "- " + l.pick("Giao mới: \(assignedSince.count) nhiệm vụ", "Newly assigned: \(assignedSince.count)")
                + list(assignedSince))
        md.line(
            "- "
                + l.pick(
                    "Báo cáo tiến độ nhận được: \(reportsSince), về \(tasksReportedSince) nhiệm vụ",
                    "Progress reports received: \(reportsSince), on \(tasksReportedSince) assignment\(tasksReportedSince == 1 ? "" : "s")"
                ))
        let turned = worksTurnedLate.map { md.inline($0.id) }.joined(separator: ", ")
        md.line(
            "- "
                + l.pick(
                    "Công trình chuyển sang chậm tiến độ: \(worksTurnedLate.count)",
                    "Works turned late: \(worksTurnedLate.count)") + (turned.isEmpty ? "" : ": " + turned)
                + l.pick(
                    "; công trình hoàn thành: không xác định được (works.csv không ghi ngày hoàn thành)",
                    "; works completed: not known (works.csv records no completion date)"))
        md.line(
            "- "
                + l.pick(
                    "Lỗi dữ liệu hiện có: \(errors) lỗi, \(warnings) cảnh báo (`ezboard check` liệt kê)",
                    "Data problems now: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") (`ezboard check` lists them)"
                ))
        md.blank()
    }

    func lateWorks(_ l: Lang, _ md: inout MarkdownText) {
        md.line("## " + l.pick("Công trình chậm tiến độ (\(worksLate.count))", "Late works (\(worksLate.count))"))
        md.blank()
        if worksLate.isEmpty {
            md.line(l.pick("Không có công trình chậm tiến độ.", "No work is late."))
            md.blank()
            return
        }
        for w in worksLate {
            guard let due = w.dueOn, let days = w.daysLate(asOf: asOf) else { continue }
            md.line(
                "- \(md.inline(w.name)) (\(md.inline(w.id))) — "
                    + l.pick(
                        "hạn \(Formats.date(due, l)), chậm \(days) ngày",
                        "due \(Formats.date(due, l)), \(days) days late")
                    + (w.progressPct.map { ", " + Formats.percent($0, l) } ?? ""))
        }
        md.blank()
    }

    /// `28/03/2024: note` (the note one line, escaped), or `chưa có`:
    /// pieces of the cell being written.
    func latestWithNote(_ v: TaskView, _ l: Lang, _ md: inout MarkdownText) {
        guard let u = v.updates.last else {
            md.own(l.pick("chưa có", "none"))
            return
        }
        md.own(Formats.date(u.on, l))
        md.own(": ")
        md.data(u.note)
    }

    /// The supporting units' short names, `, ` between them (escaped), or
    /// `–` for none: pieces of the cell being written.
    func supportNames(_ ids: [String], _ names: AssignmentItems.Names, _ md: inout MarkdownText) {
        // One name alone may escape to nothing: a dash then too.
        guard ids.count > 1 else {
            let one = ids.first.map { md.inline(names.short($0)) } ?? ""
            md.own(one.isEmpty ? "–" : one)
            return
        }
        for (i, id) in ids.enumerated() {
            if i > 0 { md.own(", ") }
            md.data(names.short(id))
        }
    }
}
