import BoardModel
import BoardView
import Foundation
import Testing

// The small, fixed data set every screen test draws: a few gates (with
// Vietnamese diacritics and a Chinese counterpart name), zones of every
// kind (`other` included), works late, due, proposed and finished, and
// enough units and tasks for the tasks panel. The as-of date is fixed, so
// pictures never depend on the clock or on files.

enum ScreenFixture {
    static let asOf = Day(year: 2024, month: 3, day: 31)!

    static func day(_ text: String) -> Day { Day(text)! }

    static let dataSet: DataSet = {
        var d = DataSet()
        d.units = [
            Unit(id: "BQLKKT", name: "Ban Quản lý Khu Kinh tế tỉnh", shortName: "BQL KKT", kind: .board),
            Unit(id: "SCT", name: "Sở Công Thương", shortName: "Sở CT", kind: .department),
            Unit(id: "BATXAT", name: "Ủy ban nhân dân huyện Bát Xát", shortName: "UBND Bát Xát", kind: .district),
            Unit(id: "HQ", name: "Cục Hải quan tỉnh Lào Cai", shortName: "Hải quan", kind: .agency),
        ]
        d.gates = [
            Gate(
                id: "KIMTHANH", name: "Cửa khẩu Quốc tế đường bộ số II Kim Thành", shortName: "Kim Thành",
                kind: .international, district: "Thành phố Lào Cai", counterpart: "Bắc Sơn, 河口 (Hà Khẩu)", status: .open
            ),
            Gate(
                id: "HOKIEU", name: "Cửa khẩu Quốc tế Lào Cai – cầu Hồ Kiều", shortName: "Hồ Kiều",
                kind: .international, district: "Thành phố Lào Cai", counterpart: "Hà Khẩu, Vân Nam", status: .open),
            Gate(
                id: "MUONGKHUONG", name: "Cửa khẩu Mường Khương", shortName: "Mường Khương", kind: .main,
                district: "Mường Khương", counterpart: "Kiều Đầu, Mã Quan", status: .open),
            Gate(
                id: "LOCOCHIN", name: "Lối mở Lồ Cô Chin", kind: .crossingPoint, district: "Si Ma Cai",
                status: .suspended),
        ]
        // Twelve months to the as-of month for the three open gates.
        let first = YearMonth(year: 2023, month: 4)
        for i in 0..<12 {
            let m = first + i
            let season = Double(i % 4)
            d.trade.append(
                TradeMonth(
                    month: m, gateID: "KIMTHANH", exportUSD: 40e6 + 2e6 * Double(i),
                    importUSD: 52e6 + 1e6 * season, borderTradeUSD: 4e6))
            d.trade.append(TradeMonth(month: m, gateID: "HOKIEU", exportUSD: 6e6 + 5e5 * season, importUSD: 9e6))
            if i != 7 {
                d.trade.append(
                    TradeMonth(month: m, gateID: "MUONGKHUONG", exportUSD: 2.5e6, importUSD: 1.5e6 + 1e5 * Double(i)))
            }
        }
        d.zones = [
            Zone(
                id: "TANGLOONG", name: "Khu công nghiệp Tằng Loỏng", shortName: "KCN Tằng Loỏng", kind: .industrialZone,
                district: "Bảo Thắng", areaHa: 1100, leasedHa: 812.5),
            Zone(
                id: "DONGPHOMOI", name: "Khu công nghiệp Đông Phố Mới", shortName: "KCN Đông Phố Mới",
                kind: .industrialZone, district: "Thành phố Lào Cai", areaHa: 100, leasedHa: 93.2),
            Zone(
                id: "BANQUA", name: "Cụm công nghiệp Bản Qua", shortName: "CCN Bản Qua", kind: .industrialCluster,
                district: "Bát Xát", areaHa: 60, leasedHa: 27),
            Zone(id: "NGOAIKCN", name: "Sản xuất ngoài khu, cụm công nghiệp", shortName: "Ngoài KCN/CCN", kind: .other),
        ]
        for i in 0..<15 {
            let m = YearMonth(year: 2023, month: 1) + i
            d.output.append(
                OutputMonth(month: m, zoneID: "TANGLOONG", outputBnVND: 1500 + 40 * Double(i), workers: 6600))
            d.output.append(
                OutputMonth(month: m, zoneID: "DONGPHOMOI", outputBnVND: 250 + 5 * Double(i % 5), workers: 4300))
            d.output.append(OutputMonth(month: m, zoneID: "BANQUA", outputBnVND: 28.5))
            d.output.append(OutputMonth(month: m, zoneID: "NGOAIKCN", outputBnVND: 1200))
        }
        d.projects = [
            Project(
                id: "DA-TL-001", name: "Nhà máy sản xuất phân bón DAP (lô F2)", zoneID: "TANGLOONG",
                investor: "Công ty Cổ phần Phân bón Bảo Thắng", capitalBnVND: 1250, implementedBnVND: 1100,
                status: .operating, statusOn: day("2019-06-21")),
            Project(
                id: "DA-TL-002", name: "Nhà máy luyện đồng (lô G8)", zoneID: "TANGLOONG", capitalBnVND: 891.3,
                implementedBnVND: 120, status: .adjusted, statusOn: day("2024-02-10")),
            Project(
                id: "DA-TL-003", name: "Kho bãi vật tư hóa chất (lô D3)", zoneID: "TANGLOONG",
                investor: "Công ty TNHH MTV Khoáng sản Hải Nam", capitalBnVND: 119.6, status: .licensed,
                statusOn: day("2024-03-12")),
            Project(
                id: "DA-TL-004", name: "Nhà máy tuyển quặng apatit (lô M11)", zoneID: "TANGLOONG",
                investor: "Công ty Cổ phần Khoáng sản Việt", status: .revoked, statusOn: day("2024-01-05")),
            Project(
                id: "DA-TL-005", name: "Nhà máy sản xuất bao bì (lô A4)", zoneID: "TANGLOONG",
                investor: "Công ty TNHH Bao bì Lào Cai", capitalBnVND: 64.8, implementedBnVND: 30.5, status: .suspended,
                statusOn: day("2023-11-20")),
            // Licensed after the as-of date: appraising on it.
            Project(
                id: "DA-DP-001", name: "Xưởng chế biến nông sản", zoneID: "DONGPHOMOI", capitalBnVND: 45,
                status: .licensed, statusOn: day("2024-04-20")),
            // In a cluster: listed, not counted as monitored.
            Project(
                id: "DA-BQ-001", name: "Xưởng chế biến gỗ (lô B3)", zoneID: "BANQUA",
                investor: "Công ty TNHH Lâm sản Bát Xát",
                capitalBnVND: 30, implementedBnVND: 30, status: .licensed, statusOn: day("2024-02-01")),
        ]
        d.projectEvents = [
            ProjectEvent(projectID: "DA-TL-001", on: day("2017-03-02"), event: .licensed, capitalBnVND: 900),
            ProjectEvent(
                projectID: "DA-TL-001", on: day("2018-05-10"), event: .adjusted, capitalBnVND: 1250,
                note: "Bổ sung dây chuyền sản xuất phân bón NPK"),
            ProjectEvent(projectID: "DA-TL-001", on: day("2019-06-21"), event: .operating),
            ProjectEvent(projectID: "DA-TL-002", on: day("2023-04-18"), event: .licensed, capitalBnVND: 640),
            ProjectEvent(
                projectID: "DA-TL-002", on: day("2024-02-10"), event: .adjusted, capitalBnVND: 891.3,
                note: "Tăng vốn, mở rộng diện tích lô G8"),
            ProjectEvent(projectID: "DA-TL-003", on: day("2024-01-08"), event: .appraising),
            ProjectEvent(projectID: "DA-TL-003", on: day("2024-03-12"), event: .licensed, capitalBnVND: 119.6),
            ProjectEvent(projectID: "DA-TL-004", on: day("2018-09-01"), event: .licensed),
            ProjectEvent(projectID: "DA-TL-004", on: day("2022-11-15"), event: .suspended),
            ProjectEvent(
                projectID: "DA-TL-004", on: day("2024-01-05"), event: .revoked, note: "Chậm triển khai quá 24 tháng"),
            ProjectEvent(projectID: "DA-TL-005", on: day("2020-02-14"), event: .licensed, capitalBnVND: 64.8),
            ProjectEvent(projectID: "DA-TL-005", on: day("2021-06-01"), event: .operating),
            ProjectEvent(projectID: "DA-TL-005", on: day("2023-11-20"), event: .suspended),
            ProjectEvent(projectID: "DA-DP-001", on: day("2024-03-27"), event: .appraising),
            ProjectEvent(projectID: "DA-DP-001", on: day("2024-04-20"), event: .licensed, capitalBnVND: 45),
            ProjectEvent(projectID: "DA-BQ-001", on: day("2024-02-01"), event: .licensed, capitalBnVND: 30),
        ]
        d.projectProcedures = [
            ProjectProcedure(projectID: "DA-TL-002", procedure: "investment", status: .done, on: day("2023-04-18")),
            ProjectProcedure(projectID: "DA-TL-002", procedure: "land", status: .done, on: day("2023-07-01")),
            ProjectProcedure(projectID: "DA-TL-002", procedure: "environment", status: .missing, on: day("2023-09-15")),
            ProjectProcedure(
                projectID: "DA-TL-002", procedure: "fire-safety", status: .inProgress, on: day("2024-02-01")),
            ProjectProcedure(projectID: "DA-TL-003", procedure: "investment", status: .done, on: day("2024-03-12")),
            ProjectProcedure(projectID: "DA-TL-003", procedure: "land", status: .missing, on: day("2024-03-20")),
            ProjectProcedure(
                projectID: "DA-TL-005", procedure: "construction", status: .missing, on: day("2023-09-15")),
        ]
        d.plans = [
            Plan(
                id: "QHCT03", name: "Cảng cạn (ICD) Kim Thành", leadID: "BQLKKT", areaHa: 52, stage: .drafting,
                taskID: "QH03"),
            Plan(
                id: "QHCT04", name: "Kiểm soát liên hợp Bản Vược", leadID: "BQLKKT", areaHa: 24.8, stage: .appraising,
                taskID: "QH04"),
            Plan(
                id: "QHCT09", name: "Trịnh Tường – Cốc Mỳ", leadID: "BATXAT", areaHa: 44.3, stage: .approved,
                decision: "3187/QĐ-UBND", approvedOn: day("2023-12-28")),
            Plan(id: "QHCT10", name: "Lối mở Y Tý", leadID: "BATXAT", stage: .assigned),
        ]
        d.works = [
            Work(
                id: "KCN01", name: "Nâng cấp, mở rộng đường từ Tỉnh lộ 151 qua Khu Công nghiệp Tằng Loỏng",
                zoneID: "TANGLOONG", ownerID: "BQLKKT", budgetBnVND: 68.5, disbursedBnVND: 41.2, progressPct: 72,
                status: .underConstruction, startOn: day("2023-03-01"), dueOn: day("2024-03-15")),
            Work(
                id: "KCN02", name: "Nạo vét hồ thải Khu Công nghiệp Tằng Loỏng", zoneID: "TANGLOONG", ownerID: "BQLKKT",
                budgetBnVND: 14.3, disbursedBnVND: 6.1, progressPct: 45, status: .underConstruction,
                startOn: day("2023-09-01"), dueOn: day("2024-06-30")),
            Work(
                id: "KKT01", name: "Đường trục chính khu Kim Thành – Ngòi Phát, đoạn 2", ownerID: "BATXAT",
                budgetBnVND: 1096, disbursedBnVND: 438.4, progressPct: 40, status: .underConstruction,
                startOn: day("2023-01-15"), dueOn: day("2024-12-31")),
            Work(
                id: "KCN05", name: "Hạ tầng kỹ thuật Cụm công nghiệp Bản Qua", zoneID: "BANQUA", ownerID: "BATXAT",
                budgetBnVND: 35, status: .preparing, dueOn: day("2025-06-30")),
            Work(
                id: "DXCK01", name: "Mở rộng bãi hàng xuất nhập khẩu Kim Thành", gateID: "KIMTHANH", ownerID: "BQLKKT",
                budgetBnVND: 62.5, status: .proposed),
            Work(
                id: "HTCK01", name: "Bãi kiểm hóa hàng hóa xuất nhập khẩu Kim Thành", gateID: "KIMTHANH",
                ownerID: "BQLKKT", budgetBnVND: 24.5, disbursedBnVND: 24.1, progressPct: 100, status: .operating,
                startOn: day("2022-03-15"), dueOn: day("2023-06-30")),
        ]
        d.tasks = [
            BoardTask(
                id: "QH03", title: "Lập quy hoạch chi tiết khu cảng cạn (ICD) Kim Thành", leadID: "BQLKKT",
                supportIDs: ["HQ"], source: "UBND tỉnh", assignedOn: day("2023-03-20"), dueOn: day("2024-02-29"),
                status: .inProgress),
            BoardTask(
                id: "QH04", title: "Thẩm định hồ sơ khu kiểm soát liên hợp Bản Vược", leadID: "BQLKKT",
                assignedOn: day("2023-05-02"), dueOn: day("2024-04-04"), status: .inProgress),
            BoardTask(
                id: "XT01", title: "Xúc tiến đầu tư vào KCN Tằng Loỏng", leadID: "BQLKKT", supportIDs: ["SCT"],
                assignedOn: day("2023-01-10"), dueOn: day("2023-12-31"), status: .done, doneOn: day("2023-12-20")),
            BoardTask(
                id: "TM01", title: "Báo cáo tình hình xuất nhập khẩu hằng tháng", leadID: "SCT",
                assignedOn: day("2023-01-10"), status: .inProgress),
            BoardTask(
                id: "TM02", title: "Kế hoạch phát triển thương mại biên giới", leadID: "SCT", supportIDs: ["BQLKKT"],
                assignedOn: day("2023-06-01"), dueOn: day("2023-09-30"), status: .done, doneOn: day("2023-10-15")),
            BoardTask(
                id: "BX01", title: "Giải phóng mặt bằng đường trục chính Kim Thành – Ngòi Phát", leadID: "BATXAT",
                supportIDs: ["BQLKKT"], assignedOn: day("2023-02-01"), dueOn: day("2024-01-31"), status: .blocked),
            BoardTask(
                id: "HQ01", title: "Triển khai cửa khẩu số tại Kim Thành", leadID: "HQ", supportIDs: ["BQLKKT", "SCT"],
                assignedOn: day("2023-08-01"), dueOn: day("2024-06-30"), status: .notStarted),
        ]
        d.taskUpdates = [
            TaskUpdate(taskID: "QH03", on: day("2024-01-15"), progressPct: 60, note: "Đang lấy ý kiến các sở, ngành."),
            TaskUpdate(taskID: "BX01", on: day("2024-03-20"), note: "Còn 12 hộ chưa nhận tiền bồi thường."),
            TaskUpdate(
                taskID: "XT01", on: day("2023-12-15"), progressPct: 100,
                note: "Đã trao chứng nhận điều chỉnh dự án DA-TL-002 (Nhà máy luyện đồng)."),
        ]
        d.targets = [
            Target(year: 2024, metric: TargetMetric.tradeUSD.rawValue, value: 1.8e9),
            Target(year: 2024, metric: TargetMetric.outputBnVND.rawValue, value: 40_000),
        ]
        d.crossings = ["crossings/2024-03-31.csv": crossingLog]
        return d
    }()

    /// A few vehicles on the as-of date at Kim Thành and Hồ Kiều, one the
    /// day before (not counted).
    static let crossingLog: CrossingLog = {
        var log = CrossingLog()
        log.gateIDs = ["KIMTHANH", "HOKIEU"]
        let midnight = Int64(asOf.daysSinceEpoch) * 86400 - Int64(LocalTime.offsetSeconds)
        let rows: [(hour: Int64, gate: UInt16, dir: UInt8, cargo: UInt32, tonnes: Float, usd: Double)] = [
            (-3, 0, 0, 0, 20, 9_000), (7, 0, 0, 0, 21.5, 10_500), (7, 0, 1, 1, 30, 12_000), (8, 0, 1, 2, 12, 95_000),
            (9, 0, 0, 0, 19, 9_800), (9, 0, 0, 3, 18, 4_200), (10, 0, 1, 1, 31, 12_400), (13, 0, 0, 0, 22, 11_000),
            (14, 1, 0, 3, 15, 3_900), (15, 1, 1, 1, 28, 11_200), (16, 0, 0, 3, 17.5, 4_100),
        ]
        log.append(
            CrossingLog.Chunk(
                time: rows.map { midnight + $0.hour * 3600 + 600 }, gate: rows.map(\.gate),
                direction: rows.map(\.dir), cargo: rows.map(\.cargo), tonnes: rows.map(\.tonnes),
                valueUSD: rows.map(\.usd),
                cargoNames: ["Thanh long", "Phân bón", "Máy móc, thiết bị", "Chuối"]))
        return log
    }()

    static let problems: [Problem] = [
        .error("works.csv", 8, 12, "due_on: '2024-02-30' is not a date"),
        .warning("trade_monthly.csv", 40, 1, "gate 'TANTHANH' is not in gates.csv; row ignored"),
    ]

    static func board(problems: [Problem] = problems) -> BoardData {
        BoardData(
            dataSet: dataSet, problems: ProblemList(problems), asOf: asOf, fallback: asOf, folder: "/srv/ezboard/data",
            today: asOf)
    }

    static func state(
        _ path: ScreenPath = .overview, width: Int = 80, height: Int = 24, lang: Lang = .vi,
        charset: Charset = .unicode, problems: [Problem] = problems, panels: PanelRegistry = .standard
    ) -> AppState {
        AppState(
            data: board(problems: problems), lang: lang, charset: charset, path: path, width: width, height: height,
            panels: panels)
    }

    /// The checkout's root, found from this file's path.
    static let root: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The sample data shipped in `Data/`, found from this file's path.
    static func sampleBoard(file: String = #filePath) throws -> BoardData {
        let root = URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = try DataFolder.load(root.appendingPathComponent("Data").path)
        // Fixed folder text: the picture must not depend on the checkout's path.
        return BoardData(dataSet: folder.dataSet, problems: folder.problems, asOf: nil, fallback: asOf, folder: "Data")
    }
}

/// A session at the keyboard: every key goes through the app's event
/// handler (`App.handle`, the dashboard's own) and so through the binding
/// table, against the frame last drawn.
struct Session {
    var app: App

    init(_ state: AppState) { app = App(state) }

    var state: AppState { app.state }
    var frame: Frame { app.frame }

    /// Keys one at a time, each in its own batch, as a user types them.
    mutating func press(_ keys: Key...) { press(keys) }

    mutating func press(_ keys: [Key]) {
        for key in keys { app.handle([.key(key)]) }
    }

    /// Keys that arrive together, in one batch (one read of the terminal):
    /// handled in order, one frame drawn at the end.
    mutating func pressTogether(_ keys: [Key]) {
        app.handle(keys.map { .key($0) })
    }

    /// Types text as `.char` keys.
    mutating func type(_ text: String) { press(text.map { Key.char($0) }) }

    var lines: [String] { frame.canvas.lines }
    var text: String { lines.joined(separator: "\n") }
    var header: String { lines.first ?? "" }
    var footer: String { lines.last ?? "" }

    /// The first row of the picture containing `text`, if any.
    func row(containing text: String) -> Int? { lines.firstIndex { $0.contains(text) } }

    /// Where a click on the first cell showing `text` lands.
    func point(of text: String) -> (x: Int, y: Int)? {
        guard let y = row(containing: text), let r = lines[y].range(of: text) else { return nil }
        let x = TextLayout.width(String(lines[y][..<r.lowerBound]), charset: frame.canvas.charset)
        return (x, y)
    }
}

@Suite("Screen fixture")
struct ScreenFixtureTests {
    @Test("The fixed data set loads into a summary with every case the screens draw")
    func fixture() {
        let b = ScreenFixture.board()
        #expect(b.asOf == ScreenFixture.asOf)
        #expect(b.summary.works.late.map(\.id) == ["KCN01"])
        #expect(b.summary.tasks.overdue == 2)
        #expect(b.summary.crossings.total.vehicles == 10)
        #expect(b.dataSet.zones.contains { $0.kind == .other })
        #expect(b.summary.trade.ytd.target != nil && b.summary.output.ytd.target != nil)
    }

    @Test("The sample data set is found and loads without errors")
    func sample() throws {
        let b = try ScreenFixture.sampleBoard()
        #expect(b.problems.errorCount == 0)
        #expect(!b.dataSet.gates.isEmpty)
    }
}
