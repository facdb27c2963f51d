import BoardModel
import Testing

@testable import BoardView

/// The progress-report form: its keys, its picture, and what the app asks
/// the dashboard to write.
@Suite("Progress-report form")
struct ReportFormTests {
    static func state(writing: Bool = true, width: Int = 100, height: Int = 30) -> AppState {
        var s = MeetingData.state(.task(unit: "BQL", task: "NV01"), width: width, height: height)
        if writing { s.writing = ReportWriting(login: "nva_bql", today: MeetingData.asOf) }
        return s
    }

    /// Records what it was asked to save, and answers as told.
    struct Recorder: DataReloading {
        var saved: [ReportDraft] = []
        var answer: ReportSaveOutcome
        mutating func reloadAll() -> Event? { nil }
        mutating func saveReport(_ draft: ReportDraft) -> ReportSaveOutcome {
            saved.append(draft)
            return answer
        }
    }

    @Test("Pictures: the form over an assignment, Vietnamese and English, and a refusal")
    func pictures() {
        var app = App(Self.state())
        for k: Key in [.char("u"), .backspace, .backspace, .char("8"), .char("5"), .tab, .right, .tab] {
            app.handle([.key(k)])
        }
        for ch in "Đã lấy ý kiến, \"bản 2\"" { app.handle([.key(.char(ch))]) }
        app.handle([.key(.enter)])
        for ch in "dòng hai" { app.handle([.key(.char(ch))]) }
        assertPicture(app.frame.canvas, named: "report-form-100x30")
        app.handle([.key(.char("L"))])  // typed, not a language switch
        var en = app.state
        en.lang = .en
        assertPicture(Renderer.render(en).canvas, named: "report-form-100x30-en")
        var bad = app.state
        bad.form?.progress = "140"
        assertPicture(Renderer.render(bad).canvas, named: "report-form-refused-100x30")
    }

    @Test("Every printable key is text in a field; q, ?, r and L act on nothing")
    func keysAreText() {
        var app = App(Self.state())
        app.handle([.key(.char("u"))])
        #expect(app.state.keyContext == .form)
        for ch in "q?rLe/<" { app.handle([.key(.char(ch))]) }
        #expect(app.state.form?.progress == "70q?rLe/<")
        #expect(!app.state.shouldQuit && app.state.overlay == nil && app.state.lang == .vi)
        #expect(!app.state.reloadRequested)
        app.handle([.key(.tab), .key(.tab), .key(.char("q")), .key(.enter), .key(.char("x"))])
        #expect(app.state.form?.note == "q\nx")
    }

    @Test("Esc or Cancel at any step closes the form and asks for no write")
    func cancelWritesNothing() {
        for steps in 0..<6 {
            var app = App(Self.state())
            var io = Recorder(answer: .refused("should not be asked"))
            app.handle([.key(.char("u"))], reloading: &io)
            let path: [Key] = [.char("5"), .tab, .right, .tab, .char("n"), .tab]
            app.handle(path.prefix(steps).map { .key($0) }, reloading: &io)
            app.handle([.key(.escape)], reloading: &io)
            #expect(app.state.form == nil && io.saved.isEmpty, "after \(steps) steps")
        }
        var app = App(Self.state())
        var io = Recorder(answer: .refused("no"))
        app.handle([.key(.char("u")), .key(.backTab), .key(.enter)], reloading: &io)
        #expect(app.state.form == nil && io.saved.isEmpty, "Enter on Cancel")
    }

    @Test("Save asks for today's report; a refusal keeps the form and says why; success closes it")
    func save() {
        var app = App(Self.state())
        var io = Recorder(answer: .refused("task_updates.csv has no 'by' column"))
        app.handle([.key(.char("u")), .key(.tab), .key(.tab), .key(.char("x")), .key(.tab)], reloading: &io)
        app.handle([.key(.enter)], reloading: &io)
        #expect(
            io.saved == [
                ReportDraft(taskID: "NV01", on: MeetingData.asOf, progress: "70", status: .inProgress, note: "x")
            ])
        #expect(app.state.form?.refusal?.contains("no 'by' column") == true)
        #expect(app.frame.canvas.text.contains("no 'by' column"))
        io.answer = .saved(row: "NV01,…", data: nil)
        app.handle([.key(.enter)], reloading: &io)
        #expect(app.state.form == nil && io.saved.count == 2)
        #expect(app.state.message?.contains("Đã ghi báo cáo tiến độ NV01") == true)
    }

    @Test("Read-only: no u in the footer or help, and u does nothing")
    func readOnly() {
        var app = App(Self.state(writing: false))
        #expect(!app.frame.canvas.lines.last!.contains("báo cáo tiến độ"))
        app.handle([.key(.char("u"))])
        #expect(app.state.form == nil)
        let writable = App(Self.state())
        #expect(writable.frame.canvas.lines.last!.contains("u ghi báo cáo tiến độ"))
    }

    @Test("Who wrote each report is shown beside it; a same-day correction marks the one it corrects")
    func byAndCorrections() {
        var s = Self.state(width: 120, height: 40)
        var d = s.data.dataSet
        d.taskUpdates += [
            TaskUpdate(taskID: "NV01", on: MeetingData.asOf, progressPct: 80, note: "Bản đầu", by: "nva_bql"),
            TaskUpdate(taskID: "NV01", on: MeetingData.asOf, progressPct: 85, note: "Bản sửa", by: "ttb_bql"),
        ]
        s.data = BoardData(dataSet: d, problems: [], asOf: MeetingData.asOf, fallback: MeetingData.asOf)
        let text = Renderer.render(s).canvas.lines
        #expect(text.contains { $0.contains("(đã sửa bằng báo cáo sau) Bản đầu — nva_bql") })
        #expect(text.contains { $0.contains("85%  Bản sửa — ttb_bql") })
        #expect(s.data.summary.tasks.view("NV01")?.latestProgress == 85)
    }
}
