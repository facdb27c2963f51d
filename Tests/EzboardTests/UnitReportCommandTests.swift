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
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ezboard-out-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let fd = open(file.path, O_WRONLY)
        let saved = dup(1)
        dup2(fd, 1)
        var failure: Error?
        do { try command.run() } catch { failure = error }
        dup2(saved, 1)
        close(saved)
        close(fd)
        let out = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: file)
        return (out, failure)
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
                "| NV01 | Phân luồng phương tiện, cửa khẩu | chủ trì | 15/03/2024 | **quá hạn 16 ngày** | đang thực hiện | 70% | 28/03/2024 | Đã lấy ý kiến. Còn vướng bãi chờ. |"
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
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 3)
        // Lead first (SXD leads QH01), then support.
        #expect(
            rows[1]
                == "2024-03-31,SXD,QH01,Quy hoạch Logistics,lead,SXD,BQL,,2023-04-05,2023-12-31,2024-02-27,done,done_late,,,58,100,,"
        )
        #expect(
            rows[2]
                == "2024-03-31,SXD,NV01,\"Phân luồng phương tiện, cửa khẩu\",support,BQL,SXD,Kế hoạch 82,2024-01-10,2024-03-15,,in-progress,overdue,16,,,70,2024-03-28,Đã lấy ý kiến. Còn vướng bãi chờ."
        )
        let json = try Self.run(["--data", dir, "--unit", "SKHCN", "--format", "json", "--as-of", "2024-03-31"]).out
        let root = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((root["unit"] as? [String: Any])?["name"] as? String == "Sở Khoa học và Công nghệ")
        #expect((root["assignments"] as? [Any])?.count == 0)
    }

    @Test("An unknown unit is an error with exit status 2; --overdue needs --unit")
    func errors() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let unknown = try Self.run(["--data", dir, "--unit", "NOPE"])
        #expect((unknown.error as? ExitCode)?.rawValue == 2)
        #expect(unknown.out.isEmpty)
        #expect(throws: (any Error).self) { try ReportCommand.parse(["--overdue"]) }
        do {
            _ = try ReportCommand.parse(["--data", dir, "--overdue"])
            Issue.record("--overdue without --unit was accepted")
        } catch {
            #expect(ReportCommand.message(for: error).contains("--overdue needs --unit"))
        }
        // Without --unit, the headline report as before.
        let headline = try Self.run(["--data", dir, "--as-of", "2024-03-31", "--format", "json"])
        #expect(headline.out.contains("\"tasks\""))
    }
}
