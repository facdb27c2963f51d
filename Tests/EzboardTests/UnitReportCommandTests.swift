import ArgumentParser
import Foundation
import Testing

@testable import EzboardCLI

#if canImport(Glibc)
    import Glibc
#endif

/// `ezboard report --unit ID [--overdue]` end to end: a data folder on disk,
/// the command parsed from its arguments and run, its output read back.
@Suite("report --unit", .serialized)
struct UnitReportCommandTests {
    /// A data folder with three units and three tasks; every other file
    /// has its header only.
    static func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ezboard-unit-report-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let files = [
            "units.csv":
                "id,name,short_name,kind\nBQL,Ban Quản lý Khu Kinh tế tỉnh,BQL KKT,board\nSXD,Sở Xây dựng,,department\nSKHCN,Sở Khoa học và Công nghệ,,department\n",
            "tasks.csv": """
            id,title,lead_id,support_ids,source,assigned_on,due_on,status,done_on
            NV01,"Phân luồng phương tiện, cửa khẩu",BQL,SXD,Kế hoạch 82,2024-01-10,2024-03-15,in-progress,
            NV02,Báo cáo định kỳ,BQL,,,2024-01-26,,in-progress,
            QH01,Quy hoạch Logistics,SXD,BQL,,2023-04-05,2023-12-31,done,2024-02-27

            """,
            "task_updates.csv":
                "task_id,on,progress_pct,note\r\nNV01,2024-03-28,70,\"Đã lấy ý kiến.\r\nCòn vướng bãi chờ.\"\r\n",
            "gates.csv": "id,name,short_name,kind,district,counterpart,status\n",
            "trade_monthly.csv": "month,gate_id,export_usd,import_usd,border_trade_usd\n",
            "zones.csv": "id,name,short_name,kind,district,area_ha,leased_ha\n",
            "output_monthly.csv": "month,zone_id,output_bn_vnd,export_usd,workers\n",
            "projects.csv": "id,name,zone_id,investor,capital_bn_vnd,status,status_on\n",
            "works.csv":
                "id,name,zone_id,gate_id,owner_id,budget_bn_vnd,disbursed_bn_vnd,progress_pct,status,start_on,due_on\n",
            "targets.csv": "year,metric,value\n",
        ]
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir.path
    }

    /// Runs `ezboard report ARGS`; returns what it wrote to standard
    /// output and the error it ended with, if any.
    static func run(_ args: [String]) throws -> (out: String, error: Error?) {
        let command = try ReportCommand.parse(args)
        // Through Output's task-local capture, not by swapping file
        // descriptor 1: suites running in parallel would read each other's.
        let capture = Output.Capture()
        var failure: Error?
        Output.$capture.withValue(capture) {
            do { try command.run() } catch { failure = error }
        }
        return (capture.text, failure)
    }

    @Test("Markdown for a unit, as of a date, with --overdue")
    func markdown() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let all = try Self.run(["--data", dir, "--unit", "BQL", "--as-of", "2024-03-31"])
        #expect(all.error == nil)
        #expect(
            all.out.hasPrefix("# Ban Quản lý Khu Kinh tế tỉnh (BQL) — nhiệm vụ Ban Chỉ đạo giao, đến ngày 31/03/2024\n")
        )
        #expect(
            all.out.contains(
                "| NV01 | Phân luồng phương tiện, cửa khẩu | chủ trì | 15/03/2024 | **quá hạn 16 ngày** | đang thực hiện | 70% | 28/03/2024 | 3 ngày | Đã lấy ý kiến. Còn vướng bãi chờ. |"
            ))
        #expect(all.out.contains("| QH01 | Quy hoạch Logistics | phối hợp | 31/12/2023 | hoàn thành chậm 58 ngày |"))
        let overdue = try Self.run([
            "--data", dir, "--unit", "BQL", "--overdue", "--as-of", "2024-03-31", "--lang", "en",
        ])
        #expect(overdue.out.contains("| NV01 |"))
        #expect(!overdue.out.contains("| NV02 |"))
        #expect(!overdue.out.contains("| QH01 |"))
        #expect(overdue.out.contains("No supported assignment is overdue."))
    }

    @Test("CSV and JSON for a unit")
    func machine() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let csv = try Self.run(["--data", dir, "--unit", "SXD", "--format", "csv", "--as-of", "2024-03-31"]).out
        #expect(csv.hasPrefix("\u{FEFF}as_of,unit_id,"))
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 3)
        // Lead first (SXD leads QH01), then support; names from units.csv.
        #expect(
            rows[1]
                == "2024-03-31,SXD,QH01,Quy hoạch Logistics,lead,SXD,BQL,,2023-04-05,2023-12-31,2024-02-27,done,done_late,,,58,100,,,,false,Sở Xây dựng,Ban Quản lý Khu Kinh tế tỉnh,,false,false"
        )
        #expect(
            rows[2]
                == "2024-03-31,SXD,NV01,\"Phân luồng phương tiện, cửa khẩu\",support,BQL,SXD,Kế hoạch 82,2024-01-10,2024-03-15,,in-progress,overdue,16,,,70,2024-03-28,Đã lấy ý kiến. Còn vướng bãi chờ.,3,false,Ban Quản lý Khu Kinh tế tỉnh,Sở Xây dựng,,false,false"
        )
        let plain = try Self.run([
            "--data", dir, "--unit", "SXD", "--format", "csv", "--no-bom", "--as-of", "2024-03-31",
        ]).out
        #expect("\u{FEFF}" + plain == csv)
        let json = try Self.run(["--data", dir, "--unit", "SKHCN", "--format", "json", "--as-of", "2024-03-31"]).out
        let root = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((root["unit"] as? [String: Any])?["name"] as? String == "Sở Khoa học và Công nghệ")
        #expect((root["assignments"] as? [Any])?.count == 0)
    }

    @Test("An unknown unit is an error with exit status 2; --no-bom goes with CSV only")
    func errors() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let unknown = try Self.run(["--data", dir, "--unit", "NOPE"])
        #expect((unknown.error as? ExitCode)?.rawValue == 2)
        #expect(unknown.out.isEmpty)
        do {
            _ = try ReportCommand.parse(["--data", dir, "--no-bom"])
            Issue.record("--no-bom without --format csv was accepted")
        } catch {
            #expect(ReportCommand.message(for: error).contains("--no-bom goes with --format csv"))
        }
        for bad in ["0", "36501", "1.5", "x"] {
            #expect(throws: (any Error).self) { try ReportCommand.parse(["--silent-days", bad]) }
        }
        // Without --unit, the headline report as before.
        let headline = try Self.run(["--data", dir, "--as-of", "2024-03-31", "--format", "json"])
        #expect(headline.out.contains("\"tasks\""))
    }

    @Test("--overdue alone: every unit's overdue assignments (it needed --unit before)")
    func overdueAlone() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.run(["--data", dir, "--overdue", "--as-of", "2024-03-31"])
        #expect(out.error == nil)
        #expect(out.out.hasPrefix("# Nhiệm vụ Ban Chỉ đạo giao — tất cả các đơn vị, đến ngày 31/03/2024\n"))
        #expect(out.out.contains("\n## Ban Quản lý Khu Kinh tế tỉnh (BQL KKT) — chủ trì 1\n"))
        #expect(out.out.contains("| NV01 |") && !out.out.contains("| NV02 |") && !out.out.contains("| QH01 |"))
        let same = try Self.run(["--data", dir, "--assignments", "--overdue", "--as-of", "2024-03-31"])
        #expect(same.out == out.out)
    }

    @Test("--assignments in JSON and CSV; --silent-days changes what is silent")
    func assignments() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let json = try Self.run(["--data", dir, "--assignments", "--format", "json", "--as-of", "2024-03-31"]).out
        let root = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(root["assignments"] as? [[String: Any]])
        // NV01 reported 28/03 (3 days); NV02 nothing since 26/01 (65 days): silent.
        #expect(items.map { $0["id"] as? String } == ["NV01", "NV02", "QH01"])
        #expect(items.map { $0["silent"] as? Bool } == [false, true, false])
        #expect(items[1]["days_since_report"] as? Int == 65)
        #expect(items[0]["lead_name"] as? String == "Ban Quản lý Khu Kinh tế tỉnh")
        #expect(root["silent_days"] as? Int == 30)
        let loose = try Self.run([
            "--data", dir, "--assignments", "--format", "json", "--as-of", "2024-03-31", "--silent-days", "65",
        ]).out
        #expect(!loose.contains("\"silent\": true"))
        let csv = try Self.run(["--data", dir, "--assignments", "--format", "csv", "--as-of", "2024-03-31"]).out
        #expect(csv.hasPrefix("\u{FEFF}as_of,unit_id,id,"))
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 4)
    }
}

/// `ezboard brief` end to end on the same folder, with a meeting.
@Suite("brief", .serialized)
struct BriefCommandTests {
    static func run(_ args: [String]) throws -> (out: String, error: Error?) {
        let command = try BriefCommand.parse(args)
        // Through Output's task-local capture, not by swapping file
        // descriptor 1: suites running in parallel would read each other's.
        let capture = Output.Capture()
        var failure: Error?
        Output.$capture.withValue(capture) {
            do { try command.run() } catch { failure = error }
        }
        return (capture.text, failure)
    }

    @Test("Markdown by default in Vietnamese, JSON with --format json, the period from the latest meeting")
    func brief() throws {
        let dir = try UnitReportCommandTests.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "id,held_on,title\nM1,2024-01-26,Hội nghị tổng kết\nM2,2024-05-01,Phiên họp sau\n".write(
            toFile: dir + "/meetings.csv", atomically: true, encoding: .utf8)
        let md = try Self.run(["--data", dir, "--as-of", "2024-03-31"])
        #expect(md.error == nil)
        #expect(md.out.hasPrefix("# Báo cáo phục vụ phiên họp Ban Chỉ đạo — đến ngày 31/03/2024\n"))
        #expect(md.out.contains("Kỳ báo cáo: từ 26/01/2024 (Hội nghị tổng kết, phiên họp gần nhất) đến 31/03/2024."))
        let en = try Self.run(["--data", dir, "--as-of", "2024-03-31", "--lang", "en"]).out
        #expect(en.hasPrefix("# Brief for the committee's meeting — as of 2024-03-31\n"))
        let json = try Self.run(["--data", dir, "--as-of", "2024-03-31", "--format", "json"]).out
        let root = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(root["since"] as? String == "2024-01-26")
        #expect(root["overdue"] as? [String] == ["NV01"])
        #expect(root["silent"] as? [String] == ["NV02"])
        #expect(root["assigned_since"] as? [String] == ["NV02"])
        #expect(root["reports_since"] as? Int == 1)
        let since = try Self.run(["--data", dir, "--as-of", "2024-03-31", "--format", "json", "--since", "2024-03-29"])
        #expect(since.out.contains("\"since\": \"2024-03-29\""))
        #expect(since.out.contains("\"reports_since\": 0"))
    }

    @Test("--since after the as-of date is a usage error (64); a bad date is refused")
    func errors() throws {
        let dir = try UnitReportCommandTests.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let late = try Self.run(["--data", dir, "--as-of", "2024-03-31", "--since", "2024-04-01"])
        #expect((late.error as? ExitCode) == ExitCode.validationFailure)
        #expect(late.out.isEmpty)
        #expect(throws: (any Error).self) { try BriefCommand.parse(["--since", "2024-02-30"]) }
        #expect(throws: (any Error).self) { try BriefCommand.parse(["--format", "csv"]) }
    }
}
