import Foundation
import Testing

@testable import BoardModel

/// The per-unit report against answers worked out by hand from this data,
/// as of 31/03/2024:
///
/// - BQL leads NV01 (due 15/03, overdue 16 days), NV02 (standing), NV03
///   (done 25/10/2023, due 31/10: on time), NV06 (due 10/03, done 02/04 —
///   after the as-of date, so overdue 21 days, in progress), and NV05
///   (assigned 10/04: not counted).
/// - BQL supports NV04 (due 20/03, not started: overdue 11 days), QH01 (due
///   31/12/2023, done 27/02/2024: 58 days late), QH02 (due 05/04, blocked:
///   5 days left).
/// - SXD only supports; SKHCN has nothing.
enum ReportData {
    static func day(_ s: String) -> Day { Day(s)! }
    static let asOf = day("2024-03-31")

    static var dataSet: DataSet {
        var d = DataSet()
        d.units = [
            BoardModel.Unit(id: "BQL", name: "Ban Quản lý Khu Kinh tế tỉnh", kind: .board),
            BoardModel.Unit(id: "SXD", name: "Sở Xây dựng", kind: .department),
            BoardModel.Unit(id: "CAT", name: "Công an tỉnh", kind: .agency),
            BoardModel.Unit(id: "UBBX", name: "UBND huyện Bát Xát", kind: .district),
            BoardModel.Unit(id: "SKHCN", name: "Sở Khoa học và Công nghệ", kind: .department),
        ]
        d.tasks = [
            BoardTask(
                id: "NV01", title: "Phân luồng phương tiện, cửa khẩu | Kim Thành", leadID: "BQL",
                supportIDs: ["SXD", "CAT"],
                source: "Kế hoạch 82", assignedOn: day("2024-01-10"), dueOn: day("2024-03-15"), status: .inProgress),
            BoardTask(
                id: "NV02", title: "Báo cáo định kỳ", leadID: "BQL", supportIDs: ["SXD"], assignedOn: day("2024-01-26"),
                status: .inProgress),
            BoardTask(
                id: "NV03", title: "Tham mưu 4 dự án", leadID: "BQL", assignedOn: day("2023-05-10"),
                dueOn: day("2023-10-31"),
                status: .done, doneOn: day("2023-10-25")),
            BoardTask(
                id: "NV04", title: "Mở rộng bãi hàng", leadID: "CAT", supportIDs: ["SXD", "BQL"],
                assignedOn: day("2024-01-26"),
                dueOn: day("2024-03-20"), status: .notStarted),
            BoardTask(
                id: "NV05", title: "Giao sau", leadID: "BQL", assignedOn: day("2024-04-10"), dueOn: day("2024-06-30"),
                status: .notStarted),
            BoardTask(
                id: "NV06", title: "Rà soát dự án", leadID: "BQL", supportIDs: ["SXD"], source: "Kế hoạch 82",
                assignedOn: day("2024-01-26"), dueOn: day("2024-03-10"), status: .done, doneOn: day("2024-04-02")),
            BoardTask(
                id: "QH01", title: "Quy hoạch Logistics", leadID: "UBBX", supportIDs: ["BQL", "SXD"],
                source: "Kế hoạch 82",
                assignedOn: day("2023-04-05"), dueOn: day("2023-12-31"), status: .done, doneOn: day("2024-02-27")),
            BoardTask(
                id: "QH02", title: "Quy hoạch Quang Kim", leadID: "UBBX", supportIDs: ["BQL"],
                assignedOn: day("2023-04-05"),
                dueOn: day("2024-04-05"), status: .blocked),
        ]
        d.taskUpdates = [
            TaskUpdate(
                taskID: "NV01", on: day("2024-03-28"), progressPct: 70, note: "Đã lấy ý kiến.\nCòn vướng bãi chờ."),
            TaskUpdate(taskID: "NV01", on: day("2024-02-15"), progressPct: 30, note: "Đã khảo sát."),
            TaskUpdate(taskID: "NV01", on: day("2024-04-05"), progressPct: 90, note: "Sau ngày số liệu."),
            TaskUpdate(taskID: "NV02", on: day("2024-03-29"), note: "Quý I đã tổng hợp.\r\nĐã gửi UBND tỉnh."),
            TaskUpdate(taskID: "NV06", on: day("2024-03-25"), progressPct: 80, note: "Còn 2 dự án \u{1B}[31mchưa xong"),
            TaskUpdate(taskID: "NV06", on: day("2024-03-26"), note: "Chỉ ghi chú, không có %."),
            TaskUpdate(taskID: "QH01", on: day("2024-02-27"), progressPct: 100, note: "Đã phê duyệt, chậm 58 ngày."),
            TaskUpdate(taskID: "QH02", on: day("2024-03-18"), progressPct: 30, note: "Vướng quy hoạch rừng."),
        ]
        return d
    }

    static var summary: TaskSummary { BoardSummary.compute(dataSet, asOf: asOf, problems: [])!.tasks }
    static func unit(_ id: String) -> BoardModel.Unit { dataSet.unit(id)! }
}

@Suite("Unit report")
struct UnitReportTests {
    let s = ReportData.summary

    @Test("Lead then support, each most urgent first; --overdue keeps the overdue only")
    func order() {
        let a = UnitReport.assignments(s, unit: "BQL")
        #expect(a.lead.map(\.task.id) == ["NV06", "NV01", "NV02", "NV03"])
        #expect(a.support.map(\.task.id) == ["NV04", "QH02", "QH01"])
        let o = UnitReport.assignments(s, unit: "BQL", overdueOnly: true)
        #expect(o.lead.map(\.task.id) == ["NV06", "NV01"])
        #expect(o.support.map(\.task.id) == ["NV04"])
        #expect(UnitReport.assignments(s, unit: "SKHCN").all.isEmpty)
        let sxd = UnitReport.assignments(s, unit: "SXD")
        #expect(sxd.lead.isEmpty)
        #expect(sxd.support.map(\.task.id) == ["NV06", "NV01", "NV04", "NV02", "QH01"])
    }

    @Test("Markdown: heading, scorecard, lead and support tables, hand-worked")
    func markdown() {
        let md = UnitReport.markdown(s, unit: ReportData.unit("BQL"), lang: .vi)
        #expect(
            md == """
                # Ban Quản lý Khu Kinh tế tỉnh (BQL) — nhiệm vụ Ban Chỉ đạo giao, đến ngày 31/03/2024

                - Chủ trì 4: đang thực hiện 3 (quá hạn **2**), hoàn thành 1 (đúng hạn 100%)
                - Phối hợp 3: đang thực hiện 2 (quá hạn **1**)
                - Báo cáo trong 30 ngày: 3/3 nhiệm vụ chủ trì đang thực hiện

                ## Chủ trì (4)

                | Mã | Nhiệm vụ | Vai trò | Hạn | Tình trạng | Trạng thái | Tiến độ | Báo cáo gần nhất | Từ báo cáo gần nhất | Nội dung báo cáo |
                |---|---|---|---|---|---|---:|---|---:|---|
                | NV06 | Rà soát dự án | chủ trì | 10/03/2024 | **quá hạn 21 ngày** | đang thực hiện | 80% | 26/03/2024 | 5 ngày | Chỉ ghi chú, không có %. |
                | NV01 | Phân luồng phương tiện, cửa khẩu \\| Kim Thành | chủ trì | 15/03/2024 | **quá hạn 16 ngày** | đang thực hiện | 70% | 28/03/2024 | 3 ngày | Đã lấy ý kiến. Còn vướng bãi chờ. |
                | NV02 | Báo cáo định kỳ | chủ trì | không có | nhiệm vụ thường xuyên | đang thực hiện | – | 29/03/2024 | 2 ngày | Quý I đã tổng hợp. Đã gửi UBND tỉnh. |
                | NV03 | Tham mưu 4 dự án | chủ trì | 31/10/2023 | hoàn thành đúng hạn | hoàn thành | 100% | chưa có | – |  |

                ## Phối hợp (3)

                | Mã | Nhiệm vụ | Vai trò | Hạn | Tình trạng | Trạng thái | Tiến độ | Báo cáo gần nhất | Từ báo cáo gần nhất | Nội dung báo cáo |
                |---|---|---|---|---|---|---:|---|---:|---|
                | NV04 | Mở rộng bãi hàng | phối hợp | 20/03/2024 | **quá hạn 11 ngày** | chưa bắt đầu | – | chưa có | **65 ngày — chậm báo cáo** |  |
                | QH02 | Quy hoạch Quang Kim | phối hợp | 05/04/2024 | còn 5 ngày | vướng mắc | 30% | 18/03/2024 | 13 ngày | Vướng quy hoạch rừng. |
                | QH01 | Quy hoạch Logistics | phối hợp | 31/12/2023 | hoàn thành chậm 58 ngày | hoàn thành | 100% | 27/02/2024 | – | Đã phê duyệt, chậm 58 ngày. |

                """)
    }

    @Test("Markdown --overdue, in English; a unit with nothing says so")
    func markdownOverdueAndEmpty() {
        let md = UnitReport.markdown(s, unit: ReportData.unit("SXD"), overdueOnly: true, lang: .en)
        #expect(
            md.hasPrefix(
                "# Sở Xây dựng (SXD) — the committee's assignments as of 2024-03-31\n\n"
                    + "- Leads no assignment.\n- Supports 5: 4 open (**3** overdue)\n"
                    + "- Only the **overdue** assignments are listed.\n\n## Leads (0)\n\nNo lead assignment is overdue.\n\n## Supports (3)\n"
            ))
        #expect(
            md.contains(
                "| NV06 | Rà soát dự án | support | 2024-03-10 | **overdue 21 days** | in progress | 80% | 2024-03-26 | 5 days |"
            ))
        #expect(!md.contains("NV02"))
        let none = UnitReport.markdown(s, unit: ReportData.unit("SKHCN"), lang: .vi)
        #expect(
            none.contains(
                "## Chủ trì (0)\n\nKhông chủ trì nhiệm vụ nào.\n\n## Phối hợp (0)\n\nKhông phối hợp nhiệm vụ nào.\n"))
    }

    @Test("CSV: a byte-order mark, a header and one row per assignment in machine formats")
    func csv() {
        let names = AssignmentItems.Names(ReportData.dataSet)
        let text = UnitReport.csv(s, unit: ReportData.unit("BQL"), names: names)
        #expect(text.hasPrefix("\u{FEFF}as_of,"))
        let rows = text.dropFirst().components(separatedBy: "\r\n")
        #expect(rows.count == 9)  // header, 7 rows, the final empty piece
        #expect(
            rows[0]
                == "as_of,unit_id,id,title,role,lead_id,support_ids,source,assigned_on,due_on,done_on,status,state,days_overdue,days_left,days_late,latest_progress_pct,latest_report_on,latest_report_note,days_since_report,silent,lead_name,support_names,meeting_id,asks_direction,sample_data"
        )
        let bql = "Ban Quản lý Khu Kinh tế tỉnh"
        #expect(
            rows[1]
                == "2024-03-31,BQL,NV06,Rà soát dự án,lead,BQL,SXD,Kế hoạch 82,2024-01-26,2024-03-10,,in-progress,overdue,21,,,80,2024-03-26,\"Chỉ ghi chú, không có %.\",5,false,\(bql),Sở Xây dựng,,false,false"
        )
        #expect(
            rows[2]
                == "2024-03-31,BQL,NV01,\"Phân luồng phương tiện, cửa khẩu | Kim Thành\",lead,BQL,SXD;CAT,Kế hoạch 82,2024-01-10,2024-03-15,,in-progress,overdue,16,,,70,2024-03-28,Đã lấy ý kiến. Còn vướng bãi chờ.,3,false,\(bql),Sở Xây dựng; Công an tỉnh,,false,false"
        )
        #expect(
            rows[3]
                == "2024-03-31,BQL,NV02,Báo cáo định kỳ,lead,BQL,SXD,,2024-01-26,,,in-progress,standing,,,,,2024-03-29,Quý I đã tổng hợp. Đã gửi UBND tỉnh.,2,false,\(bql),Sở Xây dựng,,false,false"
        )
        #expect(
            rows[4]
                == "2024-03-31,BQL,NV03,Tham mưu 4 dự án,lead,BQL,,,2023-05-10,2023-10-31,2023-10-25,done,done_on_time,,,0,100,,,,false,\(bql),,,false,false"
        )
        #expect(
            rows[5]
                == "2024-03-31,BQL,NV04,Mở rộng bãi hàng,support,CAT,SXD;BQL,,2024-01-26,2024-03-20,,not-started,overdue,11,,,,,,65,true,Công an tỉnh,Sở Xây dựng; \(bql),,false,false"
        )
        #expect(
            rows[6]
                == "2024-03-31,BQL,QH02,Quy hoạch Quang Kim,support,UBBX,BQL,,2023-04-05,2024-04-05,,blocked,open,,5,,30,2024-03-18,Vướng quy hoạch rừng.,13,false,UBND huyện Bát Xát,\(bql),,false,false"
        )
        #expect(
            rows[7]
                == "2024-03-31,BQL,QH01,Quy hoạch Logistics,support,UBBX,BQL;SXD,Kế hoạch 82,2023-04-05,2023-12-31,2024-02-27,done,done_late,,,58,100,2024-02-27,\"Đã phê duyệt, chậm 58 ngày.\",,false,UBND huyện Bát Xát,\(bql); Sở Xây dựng,,false,false"
        )
        let overdue = UnitReport.csv(s, unit: ReportData.unit("BQL"), overdueOnly: true, bom: false)
        #expect(overdue.hasPrefix("as_of,"))
        #expect(
            overdue.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map {
                $0.split(separator: ",")[2]
            } == ["NV06", "NV01", "NV04"])
    }

    @Test("JSON: as_of, unit, assignments with the documented keys and hand-worked values")
    func json() throws {
        let text = UnitReport.json(s, unit: ReportData.unit("BQL"), names: AssignmentItems.Names(ReportData.dataSet))
        let root = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["as_of"] as? String == "2024-03-31")
        #expect(root["silent_days"] as? Int == 30)
        let unit = try #require(root["unit"] as? [String: Any])
        #expect(unit["id"] as? String == "BQL")
        #expect(unit["name"] as? String == "Ban Quản lý Khu Kinh tế tỉnh")
        let list = try #require(root["assignments"] as? [[String: Any]])
        #expect(list.map { $0["id"] as? String } == ["NV06", "NV01", "NV02", "NV03", "NV04", "QH02", "QH01"])
        #expect(
            list.map { $0["role"] as? String } == ["lead", "lead", "lead", "lead", "support", "support", "support"])
        #expect(
            list.map { $0["state"] as? String } == [
                "overdue", "overdue", "standing", "done_on_time", "overdue", "open", "done_late",
            ])
        let keys: Set<String> = [
            "id", "title", "role", "lead_id", "support_ids", "source", "assigned_on", "due_on", "done_on", "status",
            "state", "days_overdue", "days_left", "days_late", "latest_progress_pct", "latest_report_on",
            "latest_report_note", "lead_name", "support_names", "meeting_id", "days_since_report", "silent",
            "asks_direction",
        ]
        #expect(list.allSatisfy { Set($0.keys) == keys })
        // Days since the latest report (NV04: none, since assigned 26/01);
        // none for a done one; only NV04 is silent (65 > 30 days).
        #expect(list.map { $0["days_since_report"] as? Int } == [5, 3, 2, nil, 65, 13, nil])
        #expect(list.map { $0["silent"] as? Bool } == [false, false, false, false, true, false, false])
        #expect(list[4]["lead_name"] as? String == "Công an tỉnh")
        #expect(list[4]["support_names"] as? [String] == ["Sở Xây dựng", "Ban Quản lý Khu Kinh tế tỉnh"])
        #expect(list[4]["meeting_id"] is NSNull)
        let nv06 = list[0]
        #expect(nv06["days_overdue"] as? Int == 21)
        #expect(nv06["days_left"] is NSNull)
        #expect(nv06["done_on"] is NSNull)  // done only after the as-of date
        #expect(nv06["status"] as? String == "in-progress")
        #expect(nv06["latest_progress_pct"] as? Int == 80)
        #expect(nv06["latest_report_on"] as? String == "2024-03-26")
        #expect(list[1]["latest_report_note"] as? String == "Đã lấy ý kiến.\nCòn vướng bãi chờ.")
        #expect(list[1]["support_ids"] as? [String] == ["SXD", "CAT"])
        #expect(list[2]["due_on"] is NSNull)
        #expect(list[2]["latest_report_note"] as? String == "Quý I đã tổng hợp.\nĐã gửi UBND tỉnh.")
        #expect(list[2]["latest_progress_pct"] is NSNull)
        #expect(list[3]["days_late"] as? Int == 0)
        #expect(list[3]["done_on"] as? String == "2023-10-25")
        #expect(list[3]["latest_report_on"] is NSNull)
        #expect(list[5]["days_left"] as? Int == 5)
        #expect(list[5]["status"] as? String == "blocked")
        #expect(list[6]["days_late"] as? Int == 58)
        #expect(list[6]["lead_id"] as? String == "UBBX")
        let card = try #require(root["scorecard"] as? [String: Any])
        #expect(card["lead_open"] as? Int == 3)
        #expect(card["lead_overdue"] as? Int == 2)
        #expect(card["on_time_pct"] as? Int == 100)
        #expect(card["support_overdue"] as? Int == 1)
        #expect(card["lead_silent"] as? Int == 0)
        #expect(card["lead_reported_within"] as? Int == 3)
        #expect(card["support_silent"] as? Int == 1)
        let empty = try #require(
            JSONSerialization.jsonObject(with: Data(UnitReport.json(s, unit: ReportData.unit("SKHCN")).utf8))
                as? [String: Any])
        #expect((empty["assignments"] as? [Any])?.isEmpty == true)
    }

    @Test("No control character from the data reaches any format")
    func controlCharacters() {
        let bql = ReportData.unit("BQL")
        for text in [
            UnitReport.markdown(s, unit: bql, lang: .vi), UnitReport.csv(s, unit: bql), UnitReport.json(s, unit: bql),
        ] {
            let bad = text.unicodeScalars.filter { SafeText.isUnsafe($0) && $0 != "\n" && $0 != "\r" }
            #expect(bad.isEmpty)
            #expect(!text.contains("\u{1B}"))
        }
        // The escape in NV06's first note is shown as a visible stand-in.
        var d = ReportData.dataSet
        d.taskUpdates.removeAll { $0.taskID == "NV06" && $0.progressPct == nil }
        let s2 = BoardSummary.compute(d, asOf: ReportData.asOf, problems: [])!.tasks
        #expect(UnitReport.markdown(s2, unit: bql, lang: .vi).contains("Còn 2 dự án ␛\\[31mchưa xong"))
        #expect(UnitReport.json(s2, unit: bql).contains("Còn 2 dự án ␛[31mchưa xong"))
        // Line breaks in a CSV row would split it: they become spaces there.
        #expect(!UnitReport.csv(s, unit: bql).components(separatedBy: "\r\n").contains { $0.contains("\n") })
    }
}
