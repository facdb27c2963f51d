import BoardModel
import Testing

@testable import BoardView

/// A small committee, hand-made for the unit and assignment screens, as of
/// 31/03/2024:
///
/// | task | lead | support  | due        | status       | as of 31/03/2024              |
/// |------|------|----------|------------|--------------|-------------------------------|
/// | NV01 | BQL  | SXD; CAT | 2024-03-15 | in-progress  | overdue 16 days, 4 reports    |
/// | NV02 | BQL  | SXD      | —          | in-progress  | standing, a CRLF note, no %   |
/// | NV03 | BQL  | —        | 2023-10-31 | done 10-25   | done on time, no report       |
/// | NV04 | CAT  | SXD; BQL | 2024-03-20 | not-started  | overdue 11 days, no report    |
/// | NV05 | BQL  | —        | 2024-06-30 | assigned 04-10: not yet assigned   |
/// | NV06 | BQL  | SXD      | 2024-03-10 | done 04-02   | overdue 21 days (done later)  |
/// | QH01 | UBBX | BQL; SXD | 2023-12-31 | done 02-27   | done 58 days late             |
/// | QH02 | UBBX | BQL      | 2024-04-05 | blocked      | 5 days left                   |
///
/// SXD only supports; SKHCN has nothing; titles are long Vietnamese ones.
enum MeetingData {
    static let asOf = Day("2024-03-31")!

    static func day(_ s: String) -> Day { Day(s)! }

    static var dataSet: DataSet {
        var d = DataSet()
        d.units = [
            Unit(id: "BQL", name: "Ban Quản lý Khu Kinh tế tỉnh Lào Cai", shortName: "BQL KKT", kind: .board),
            Unit(id: "SXD", name: "Sở Xây dựng", shortName: "Sở XD", kind: .department),
            Unit(id: "CAT", name: "Công an tỉnh", kind: .agency),
            Unit(id: "UBBX", name: "Ủy ban nhân dân huyện Bát Xát", shortName: "UBND Bát Xát", kind: .district),
            Unit(id: "SKHCN", name: "Sở Khoa học và Công nghệ", shortName: "Sở KH&CN", kind: .department),
        ]
        d.tasks = [
            BoardTask(
                id: "NV01",
                title:
                    "Sớm hoàn thiện phương án phân luồng phương tiện xuất – nhập khẩu qua các cửa khẩu trên địa bàn thành phố Lào Cai, bảo đảm thông quan thông suốt trong mùa cao điểm xuất khẩu nông sản",
                leadID: "BQL", supportIDs: ["SXD", "CAT"], source: "Kế hoạch 82", assignedOn: day("2024-01-10"),
                dueOn: day("2024-03-15"), status: .inProgress),
            BoardTask(
                id: "NV02", title: "Duy trì thực hiện tốt chế độ báo cáo định kỳ của Ban Chỉ đạo theo quy định",
                leadID: "BQL", supportIDs: ["SXD"], source: "Kết luận hội nghị 2024", assignedOn: day("2024-01-26"),
                status: .inProgress),
            BoardTask(
                id: "NV03",
                title:
                    "Tham mưu trình cấp có thẩm quyền giao nhiệm vụ nghiên cứu lập chủ trương đầu tư 4 dự án hạ tầng",
                leadID: "BQL", source: "Kế hoạch 82", assignedOn: day("2023-05-10"), dueOn: day("2023-10-31"),
                status: .done, doneOn: day("2023-10-25")),
            BoardTask(
                id: "NV04", title: "Giải quyết dứt điểm vướng mắc giải phóng mặt bằng mở rộng bãi hàng Kim Thành",
                leadID: "CAT", supportIDs: ["SXD", "BQL"], source: "Kết luận hội nghị 2024",
                assignedOn: day("2024-01-26"),
                dueOn: day("2024-03-20"), status: .notStarted),
            BoardTask(
                id: "NV05", title: "Nhiệm vụ giao sau ngày số liệu", leadID: "BQL", assignedOn: day("2024-04-10"),
                dueOn: day("2024-06-30"), status: .notStarted),
            BoardTask(
                id: "NV06",
                title:
                    "Rà soát các dự án đang đầu tư trong khu kinh tế để hoàn thiện thủ tục đất đai, môi trường, xây dựng",
                leadID: "BQL", supportIDs: ["SXD"], source: "Kế hoạch 82", assignedOn: day("2024-01-26"),
                dueOn: day("2024-03-10"), status: .done, doneOn: day("2024-04-02")),
            BoardTask(
                id: "QH01", title: "Lập quy hoạch chi tiết khu chức năng Logistics Kim Thành – Ngòi Phát",
                leadID: "UBBX", supportIDs: ["BQL", "SXD"], source: "Kế hoạch 82", assignedOn: day("2023-04-05"),
                dueOn: day("2023-12-31"), status: .done, doneOn: day("2024-02-27")),
            BoardTask(
                id: "QH02", title: "Lập quy hoạch chi tiết khu chức năng Quang Kim – Bản Qua",
                leadID: "UBBX", supportIDs: ["BQL"], source: "Kết luận hội nghị 2024", assignedOn: day("2023-04-05"),
                dueOn: day("2024-04-05"), status: .blocked),
        ]
        d.taskUpdates = [
            TaskUpdate(
                taskID: "NV01", on: day("2024-03-28"), progressPct: 70,
                note:
                    "Dự thảo phương án đã lấy ý kiến Công an tỉnh, Sở Xây dựng.\nCòn vướng vị trí bãi chờ cho xe xuất khẩu hoa quả (\"luồng xanh\") vào mùa cao điểm."
            ),
            TaskUpdate(
                taskID: "NV01", on: day("2024-02-15"), progressPct: 30,
                note: "Đã khảo sát lưu lượng xe tại Kim Thành, Hồ Kiều; đề xuất 3 phương án phân luồng."),
            TaskUpdate(
                taskID: "NV01", on: day("2024-03-05"), progressPct: 50,
                note:
                    "Họp với Cục Hải quan, Bộ đội Biên phòng thống nhất phương án 2.\nGiao Sở Xây dựng rà soát quy hoạch bãi chờ.\nĐề xuất lùi thời hạn 15 ngày."
            ),
            TaskUpdate(
                taskID: "NV01", on: day("2024-04-05"), progressPct: 90, note: "Báo cáo sau ngày số liệu: không hiện."),
            TaskUpdate(taskID: "NV01", on: day("2024-01-20"), progressPct: 10, note: "Đã giao phòng chuyên môn."),
            TaskUpdate(
                taskID: "NV02", on: day("2024-03-29"),
                note: "Báo cáo quý I/2024 đã tổng hợp.\r\nĐã gửi UBND tỉnh ngày 29/3."),
            TaskUpdate(
                taskID: "NV06", on: day("2024-03-25"), progressPct: 80,
                note: "Còn 2 dự án chưa hoàn thiện thủ tục phòng cháy."),
            TaskUpdate(
                taskID: "QH01", on: day("2024-02-27"), progressPct: 100,
                note: "Đồ án đã được phê duyệt (chậm gần 2 tháng so với thời hạn)."),
            TaskUpdate(
                taskID: "QH02", on: day("2024-03-18"), progressPct: 30,
                note: "Vướng chồng lấn với quy hoạch 3 loại rừng, khoảng 42 ha; chờ điều chỉnh quy hoạch lâm nghiệp."),
        ]
        return d
    }

    static var board: BoardData { BoardData(dataSet: dataSet, problems: [], asOf: asOf, fallback: asOf) }

    static func state(
        _ path: ScreenPath = .overview, width: Int = 80, height: Int = 24, lang: Lang = .vi,
        charset: Charset = .unicode
    ) -> AppState {
        AppState(data: board, lang: lang, charset: charset, path: path, width: width, height: height)
    }

    static func ctx(_ s: AppState) -> Ctx { Ctx(s) }
}

/// Keys through the app's event handler, one at a time (as typed): each
/// against the last frame, then the new frame drawn and its scroll taken in.
@discardableResult
func press(_ keys: [Key], _ s: inout AppState) -> Frame {
    var app = App(s)
    for key in keys { app.handle([.key(key)]) }
    s = app.state
    return app.frame
}

func keys(_ text: String) -> [Key] { text.map { Key.char($0) } }

@Suite("Unit screen")
struct UnitScreenTests {
    func ids(_ s: AppState) -> [String] {
        UnitScreen.items(s.screen.list, s.screen, MeetingData.ctx(s)).map(\.task.id)
    }

    @Test("Lead and support assignments as of the date, most urgent first, lead before support on ties")
    func order() {
        let s = MeetingData.state(.unit("BQL"))
        // NV06 was done after the as-of date: still overdue then. NV05 is not yet assigned.
        #expect(ids(s) == ["NV06", "NV01", "NV04", "QH02", "NV02", "QH01", "NV03"])
        let roles = UnitScreen.items(s.screen.list, s.screen, MeetingData.ctx(s)).map(\.isLead)
        #expect(roles == [true, true, false, false, true, false, true])
    }

    @Test("Sort orders: due date, lead first, latest report, id")
    func sorts() {
        var s = MeetingData.state(.unit("BQL"))
        press(keys("s"), &s)
        #expect(ids(s) == ["NV03", "QH01", "NV06", "NV01", "NV04", "QH02", "NV02"])
        #expect(s.message == "Sắp xếp: hạn")
        press(keys("s"), &s)
        #expect(ids(s) == ["NV06", "NV01", "NV02", "NV03", "NV04", "QH02", "QH01"])
        press(keys("s"), &s)
        #expect(ids(s) == ["NV02", "NV01", "NV06", "QH02", "QH01", "NV03", "NV04"])
        press(keys("s"), &s)
        #expect(ids(s) == ["NV01", "NV02", "NV03", "NV04", "NV06", "QH01", "QH02"])
        press(keys("s"), &s)
        #expect(ids(s) == ["NV06", "NV01", "NV04", "QH02", "NV02", "QH01", "NV03"])
    }

    @Test("o shows only the overdue; t, c and w cycle status, source and due window; the filter line says so")
    func filters() {
        var s = MeetingData.state(.unit("BQL"), width: 120, height: 40)
        let c = MeetingData.ctx(s)
        press(keys("o"), &s)
        #expect(ids(s) == ["NV06", "NV01", "NV04"])
        #expect(
            UnitScreen.filterLine(s.screen, shown: 3, total: 7, c).parts.map(\.text).joined()
                == "Hiển thị 3/7 · lọc: chỉ quá hạn")
        press(keys("o"), &s)
        #expect(ids(s).count == 7)
        press(keys("tttt"), &s)  // blocked
        #expect(ids(s) == ["QH02"])
        press(keys("tt"), &s)  // silent: open, nothing reported for over 30 days
        #expect(ids(s) == ["NV04"])  // not started, nothing reported since 26/01 (65 days)
        press(keys("t"), &s)  // all again
        press(keys("c"), &s)  // the first source seen: Kế hoạch 82
        #expect(ids(s) == ["NV06", "NV01", "QH01", "NV03"])
        press(keys("c"), &s)
        #expect(ids(s) == ["NV04", "QH02", "NV02"])
        press(keys("cw"), &s)  // any source; due within 7 days
        #expect(ids(s) == ["QH02"])
        press(keys("ww"), &s)  // standing
        #expect(ids(s) == ["NV02"])
        press(keys("o"), &s)
        #expect(ids(s).isEmpty)
        let frame = Renderer.render(s)
        #expect(frame.canvas.lines[3].contains("Hiển thị 0/7 · lọc: chỉ quá hạn, thường xuyên"))
        #expect(frame.canvas.text.contains("Không có nhiệm vụ nào khớp bộ lọc"))
    }

    @Test("Columns give way by width: role, status and report date go first; mark, id, title and days stay")
    func columns() {
        let s = MeetingData.state(.unit("BQL"))
        let c = MeetingData.ctx(s)
        let rows = UnitScreen.items(s.screen.list, s.screen, c)
        #expect(
            UnitScreen.columns(width: 118, rows, c) == [
                .mark, .id, .title, .role, .due, .left, .status, .progress, .reported,
            ])
        #expect(UnitScreen.columns(width: 78, rows, c) == [.mark, .id, .title, .due, .left, .progress])
        #expect(UnitScreen.columns(width: 38, rows, c) == [.mark, .id, .title, .left])
        #expect(UnitScreen.columns(width: 178, rows, c).contains(.note))
    }

    @Test("Pictures: the unit at 120×40, 80×24 and 40×12")
    func pictures() {
        assertPicture(
            Renderer.render(MeetingData.state(.unit("BQL"), width: 120, height: 40)).canvas, named: "unit-BQL-120x40")
        assertPicture(Renderer.render(MeetingData.state(.unit("BQL"))).canvas, named: "unit-BQL-80x24", styles: true)
        assertPicture(
            Renderer.render(MeetingData.state(.unit("BQL"), width: 40, height: 12)).canvas, named: "unit-BQL-40x12")
        assertPicture(
            Renderer.render(MeetingData.state(.unit("BQL"), lang: .en, charset: .ascii)).canvas,
            named: "unit-BQL-80x24-en-ascii")
        assertPicture(
            Renderer.render(MeetingData.state(.unit("BQL"), width: 180, height: 24, lang: .en)).canvas,
            named: "unit-BQL-180x24-en")
    }

    @Test("Pictures: a unit that only supports, a unit with nothing, a filtered unit")
    func picturesOfKinds() {
        assertPicture(Renderer.render(MeetingData.state(.unit("SXD"))).canvas, named: "unit-SXD-support-only-80x24")
        assertPicture(
            Renderer.render(MeetingData.state(.unit("SXD"), width: 120, height: 40, lang: .en)).canvas,
            named: "unit-SXD-support-only-120x40-en")
        assertPicture(Renderer.render(MeetingData.state(.unit("SKHCN"))).canvas, named: "unit-SKHCN-nothing-80x24")
        assertPicture(
            Renderer.render(MeetingData.state(.unit("SKHCN"), width: 40, height: 12, lang: .en)).canvas,
            named: "unit-SKHCN-nothing-40x12-en")
        var s = MeetingData.state(.unit("BQL"))
        press(keys("oc"), &s)
        assertPicture(Renderer.render(s).canvas, named: "unit-BQL-overdue-source-80x24")
    }

    @Test("A unit with nothing says so, with no empty table")
    func nothing() {
        let text = Renderer.render(MeetingData.state(.unit("SKHCN"))).canvas.text
        #expect(text.contains("Đơn vị này không chủ trì và không phối hợp nhiệm vụ nào"))
        #expect(!text.contains("Nhiệm vụ  "))
    }

    @Test("A unit that only supports: its scorecard says it leads nothing, every row is tagged as support")
    func supportOnly() {
        let s = MeetingData.state(.unit("SXD"))
        let c = MeetingData.ctx(s)
        let score = c.summary.tasks.score("SXD")!
        #expect((score.leadTotal, score.supportTotal, score.supportOpen, score.supportOverdue) == (0, 5, 4, 3))
        let lines = Renderer.render(s).canvas.lines
        #expect(lines[2].contains("Không chủ trì nhiệm vụ nào   Phối hợp 5: đang 4 (quá hạn 3) · xong 1"))
        // At 80 columns the role column has given way: each title carries the tag.
        #expect(lines.contains { $0.contains("Nhiệm vụ  ([PH] = phối hợp)") })
        #expect(lines.filter { $0.contains("[PH] ") && !$0.contains("= phối hợp") }.count == 5)
    }

    @Test("The preview under the list follows the selection, with the latest note's line breaks kept")
    func preview() {
        var s = MeetingData.state(.unit("BQL"), width: 120, height: 40)
        press([.down], &s)  // NV01
        let lines = Renderer.render(s).canvas.lines
        let at = lines.firstIndex { $0.contains("── NV01 · chủ trì · hạn 15/03/2024 · quá hạn 16 ngày") }
        #expect(at != nil)
        let text = lines.joined(separator: "\n")
        #expect(text.contains("28/03/2024   70%  Dự thảo phương án đã lấy ý kiến Công an tỉnh, Sở Xây dựng."))
        #expect(text.contains("                  Còn vướng vị trí bãi chờ cho xe xuất khẩu hoa quả"))
    }

    @Test("The tasks panel: counts, then lead units overdue first")
    func tasksPanel() throws {
        let s = MeetingData.state()
        let c = MeetingData.ctx(s)
        let panel = try #require(PanelRegistry.standard.index(of: TasksPanel.self))
        #expect(
            TasksPanel.items(s.screen.lists[panel], s.screen, c).map(\.unit.id) == [
                "BQL", "CAT", "UBBX",
            ])
        for (w, h, name) in [
            (58, 18, "tasks-panel-58x18"), (38, 9, "tasks-panel-38x9"), (38, 9, "tasks-panel-38x9-en"),
        ] {
            let lang: Lang = name.hasSuffix("en") ? .en : .vi
            let cx = Ctx(data: s.data, lang: lang, charset: .unicode, editingFilter: false)
            var out = FrameBuilder(canvas: Canvas(width: w, height: h))
            TasksPanel.draw(
                s.screen.lists[panel], index: panel, focused: true, s.screen, cx, in: out.canvas.bounds, &out)
            assertPicture(out.canvas, named: name)
        }
    }
}
