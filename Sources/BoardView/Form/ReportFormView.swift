import BoardModel

/// The progress-report form, drawn over the assignment's screen: who is
/// writing and the date, the fields, the row exactly as it will be
/// appended (or why it cannot be), and the two buttons.
///
///     ┏ Báo cáo tiến độ · QH02 ━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
///     ┃ Người ghi: nva_sxd · Nguyễn Văn A (SXD) · 01/12/2026┃
///     ┃ Tiến độ (%)  70▏                                    ┃
///     ┃ Trạng thái   ‹ đang thực hiện ›                     ┃
///     ┃ Ghi chú                                             ┃
///     ┃   Đã trình UBND tỉnh…                               ┃
///     ┃ Dòng sẽ ghi vào task_updates.csv                    ┃
///     ┃   QH02,2026-12-01,70,Đã trình UBND tỉnh…,in-pro…    ┃
///     ┃ [ Lưu ]  [ Hủy ]                                    ┃
///     ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
enum ReportFormView {
    static func draw(_ f: ReportForm, _ s: AppState, _ c: Ctx, in area: Rect, _ out: inout FrameBuilder) {
        guard let writing = s.writing else { return }
        let width = min(area.width, max(44, min(90, area.width - 4)))
        let inner = width - 4
        guard inner > 10 else { return }
        let check = ProgressReport.check(
            f.draft(on: writing.today), head: c.data.reportHead,
            ReportContext(dataSet: c.dataSet, people: c.data.people, today: writing.today, login: writing.login))
        let cursor = c.charset == .ascii ? "_" : "▏"

        var noteRows = TextLayout.wrap(f.note + (f.field == .note ? cursor : ""), width: inner - 2, charset: c.charset)
        let bodyRoom = area.height - 2
        // Fixed rows: who, progress, status, the note's and the row's
        // headings, the buttons; the rest is shared by the note and the row.
        let fixed = 6
        let noteHeight = min(max(3, noteRows.count), max(1, (bodyRoom - fixed) / 2), 8)
        if noteRows.count > noteHeight { noteRows = Array(noteRows.suffix(noteHeight)) }
        var lower: [Spans]
        switch check {
        case .success(let report):
            var text = report.text
            while text.last == "\n" || text.last == "\r\n" { text.removeLast() }
            lower = TextLayout.wrap(text, width: inner - 2, charset: c.charset).map { Spans([("  " + $0, .dim)]) }
        case .failure(let refusal):
            lower = refusal.reasons.flatMap {
                TextLayout.wrap(c.t("Chưa ghi được: ", "Cannot write: ") + $0, width: inner - 2, charset: c.charset)
            }.map { Spans([("  " + $0, .bad)]) }
        }
        if let why = f.refusal {
            lower += TextLayout.wrap(
                c.t("Không ghi được: ", "Not written: ") + why, width: inner - 2, charset: c.charset
            )
            .map { Spans([("  " + $0, .bad)]) }
        }
        let lowerHeight = min(lower.count, max(1, bodyRoom - fixed - noteHeight))
        let height = min(area.height, 2 + fixed + noteHeight + lowerHeight)
        let box = area.centered(width: width, height: height)
        out.canvas.fill(box)
        let frame = Box(title: c.t("Báo cáo tiến độ · ", "Progress report · ") + f.taskID, focused: true)
        frame.render(in: box, on: &out.canvas)
        var rest = frame.inner(box).inset(dx: 1, dy: 0)

        func line(_ spans: Spans) {
            guard !rest.isEmpty else { return }
            spans.draw(in: rest.splitTop(1).top, &out)
            rest = rest.splitTop(1).rest
        }
        line(who(writing, c))
        let label = 13
        func field(_ name: String, _ value: String, _ which: ReportForm.Field) -> Spans {
            let focused = f.field == which
            return Spans([
                (TextLayout.pad(name, width: label, charset: c.charset), focused ? .accent : .dim),
                (value + (focused && which != .status ? cursor : ""), focused ? .selected : .normal),
            ])
        }
        line(field(c.t("Tiến độ (%)", "Progress (%)"), f.progress, .progress))
        let statusName = f.status.map { $0.name(c.lang) } ?? c.t("(không nêu)", "(not given)")
        let arrows = c.charset == .ascii ? ("< ", " >") : ("‹ ", " ›")
        var status = field(c.t("Trạng thái", "Status"), arrows.0 + statusName + arrows.1, .status)
        if f.field == .status { status.add(c.t("  ←/→ để đổi", "  ←/→ to change"), .dim) }
        line(status)
        line(Spans([(c.t("Ghi chú (Enter: xuống dòng)", "Note (Enter: new line)"), f.field == .note ? .accent : .dim)]))
        for i in 0..<noteHeight {
            line(Spans([("  " + (i < noteRows.count ? noteRows[i] : ""), f.field == .note ? .normal : .dim)]))
        }
        line(Spans([(c.t("Dòng sẽ ghi vào task_updates.csv", "The row to append to task_updates.csv"), .dim)]))
        for spans in lower.prefix(lowerHeight) { line(spans) }
        var buttons = Spans()
        buttons.add(c.t("[ Lưu ]", "[ Save ]"), f.field == .save ? .selected : .accent)
        buttons.add("  ")
        buttons.add(c.t("[ Hủy ]", "[ Cancel ]"), f.field == .cancel ? .selected : .accent)
        line(buttons)
    }

    /// `Người ghi: nva_sxd · Nguyễn Văn A (SXD) · 01/12/2026`.
    static func who(_ w: ReportWriting, _ c: Ctx) -> Spans {
        var s = Spans([(c.t("Người ghi: ", "Written by: "), .dim)])
        guard let login = w.login else {
            s.add(c.t("không rõ (tài khoản không có tên)", "unknown (the account has no name)"), .bad)
            return s
        }
        s.add(login, .title)
        if let person = c.data.people?.first(where: { $0.login == login }) {
            s.add(" · " + person.name + (person.unitID.map { " (" + $0 + ")" } ?? ""), .normal)
        }
        s.add(" · " + Formats.date(w.today, c.lang), .dim)
        return s
    }
}
