// The reports: the JSON contract of docs/report-json.md (it parses, holds
// every documented key, and the fixture's hand-worked figures), Markdown
// and CSV.

import Testing

@testable import BoardModel

@Suite("JSON report")
struct JSONReportTests {
    /// Every key the report prints is on docs/report-json.md (as `key`,
    /// `.key` or `[].key`), so the contract cannot fall behind the code.
    @Test func everyKeyIsDocumented() throws {
        let docPath = String(sampleDataPath.dropLast("Data".count)) + "docs/report-json.md"
        let doc = String(decoding: readBytes(docPath), as: UTF8.self)
        let j = try JSONReader.parse(JSONReport.render(Sample.summary()))
        var keys = Set<String>()
        func walk(_ v: JValue, _ name: String) {
            // by_status objects are keyed by the statuses, which are values.
            if name.contains("by_status") { return }
            switch v {
            case .object(let members, _):
                for (k, m) in members {
                    keys.insert(k)
                    walk(m, k)
                }
            case .array(let items): for i in items { walk(i, name) }
            default: break
            }
        }
        walk(j, "")
        for k in keys.sorted() {
            #expect(doc.contains("`\(k)`") || doc.contains(".\(k)`"), "\(k) is not on report-json.md")
        }
    }

    static func report(_ asOf: String, problems: ProblemList = []) throws -> JValue {
        let s = BoardSummary.compute(Fixture.folder.dataSet, asOf: day(asOf), problems: problems)!
        return try JSONReader.parse(JSONReport.render(s))
    }

    @Test func holdsEveryKeyOfTheContract() throws {
        let j = try Self.report("2024-03-31")
        let contract: [String: [String]] = [
            "trade": [
                "year", "ytd_usd", "target_usd", "projected_usd", "same_period_last_year_usd", "yoy_pct",
                "projected_seasonal_usd", "required_monthly_usd", "on_track", "on_track_by", "gates",
            ],
            "output": [
                "year", "ytd_bn_vnd", "target_bn_vnd", "projected_bn_vnd", "same_period_last_year_bn_vnd", "yoy_pct",
                "projected_seasonal_bn_vnd", "required_monthly_bn_vnd", "on_track", "on_track_by", "zones_share",
                "zones",
            ],
            "crossings": ["date", "vehicles", "export", "import"],
            "projects": ["by_status"],
            "works": ["by_status", "budget_bn_vnd", "late"],
            "tasks": ["open", "overdue", "done", "overdue_ids", "units"],
            "problems": ["errors", "warnings"],
        ]
        #expect(j["as_of"] != nil)
        for (section, keys) in contract {
            let present = Set(j[section]?.keys ?? [])
            #expect(present.isSuperset(of: keys), "\(section) lacks \(Set(keys).subtracting(present))")
        }
        for g in j["trade"]?["gates"]?.array ?? [] {
            #expect(
                Set(g.keys).isSuperset(of: [
                    "id", "ytd_usd", "export_usd", "import_usd", "same_period_last_year_usd", "yoy_pct",
                ]))
        }
        for z in j["output"]?["zones"]?.array ?? [] {
            #expect(Set(z.keys).isSuperset(of: ["id", "ytd_bn_vnd", "same_period_last_year_bn_vnd", "yoy_pct"]))
        }
        let units = j["tasks"]?["units"]?.array ?? []
        #expect(!units.isEmpty)
        for u in units {
            #expect(Set(u.keys).isSuperset(of: ["id", "lead_open", "lead_overdue", "lead_done", "on_time_pct"]))
        }
        #expect(
            Set(j["projects"]?["by_status"]?.keys ?? [])
                == ["appraising", "licensed", "adjusted", "operating", "suspended", "revoked"])
        #expect(
            Set(j["works"]?["by_status"]?.keys ?? [])
                == ["proposed", "preparing", "under-construction", "completed", "operating"])
    }

    @Test func holdsTheHandWorkedFigures() throws {
        let j = try Self.report("2024-03-31")
        #expect(j["as_of"]?.string == "2024-03-31")
        // Trade: 465 over 2 months → 2790; target 1000.
        #expect(j["trade"]?["year"]?.number == 2024)
        #expect(j["trade"]?["ytd_usd"]?.number == 465)
        #expect(j["trade"]?["target_usd"]?.number == 1000)
        #expect(j["trade"]?["projected_usd"]?.number == 2790)
        let g1 = j["trade"]?["gates"]?.array?.first { $0["id"]?.string == "G1" }
        #expect(g1?["ytd_usd"]?.number == 410)
        #expect(g1?["export_usd"]?.number == 150)
        #expect(g1?["import_usd"]?.number == 250)
        // Output: 80 over 3 months → 320; target 500; zones 60/80.
        #expect(j["output"]?["ytd_bn_vnd"]?.number == 80)
        #expect(j["output"]?["target_bn_vnd"]?.number == 500)
        #expect(j["output"]?["projected_bn_vnd"]?.number == 320)
        #expect(j["output"]?["zones_share"]?.number == 0.75)
        let z1 = j["output"]?["zones"]?.array?.first { $0["id"]?.string == "Z1" }
        #expect(z1?["ytd_bn_vnd"]?.number == 50.5)
        // Crossings on 03-31 local: 4 (2 export, 2 import).
        #expect(j["crossings"]?["date"]?.string == "2024-03-31")
        #expect(j["crossings"]?["vehicles"]?.number == 4)
        #expect(j["crossings"]?["export"]?.number == 2)
        #expect(j["crossings"]?["import"]?.number == 2)
        #expect(j["projects"]?["by_status"]?["revoked"]?.number == 1)
        // Works: 141 bn VND; late W6 (due 01-15) then W1 (03-30).
        #expect(j["works"]?["by_status"]?["completed"]?.number == 1)
        #expect(j["works"]?["by_status"]?["proposed"]?.number == 2)
        #expect(j["works"]?["budget_bn_vnd"]?.number == 141)
        #expect(j["works"]?["late"] == .array([.string("W6"), .string("W1")]))
        // Tasks: open 5, overdue 3, done 3.
        #expect(j["tasks"]?["open"]?.number == 5)
        #expect(j["tasks"]?["overdue"]?.number == 3)
        #expect(j["tasks"]?["done"]?.number == 3)
        #expect(j["tasks"]?["overdue_ids"] == .array([.string("T6"), .string("T7"), .string("T3")]))
        let units = j["tasks"]?["units"]?.array ?? []
        let u1 = units.first { $0["id"]?.string == "U1" }
        #expect(u1?["lead_open"]?.number == 2)
        #expect(u1?["lead_overdue"]?.number == 1)
        #expect(u1?["lead_done"]?.number == 2)
        #expect(u1?["on_time_pct"]?.number == 50)
        #expect(units.first { $0["id"]?.string == "U2" }?["on_time_pct"]?.isNull == true)
        #expect(j["problems"]?["errors"]?.number == 0)
        #expect(j["problems"]?["warnings"]?.number == 0)
    }

    @Test func absentFiguresAreNull() throws {
        // 2025: no trade, no output, no target.
        let j = try Self.report("2025-02-01")
        #expect(j["trade"]?["target_usd"]?.isNull == true)
        #expect(j["trade"]?["projected_usd"]?.isNull == true)
        #expect(j["trade"]?["ytd_usd"]?.isNull == true)  // no month of 2025: no figure, not 0
        #expect(j["output"]?["target_bn_vnd"]?.isNull == true)
        #expect(j["output"]?["projected_bn_vnd"]?.isNull == true)
        #expect(j["output"]?["zones_share"]?.isNull == true)
    }

    @Test func problemCounts() throws {
        let p: ProblemList = [.error("a.csv", 1, 1, "x"), .error("a.csv", 2, 1, "y"), .warning("b.csv", 1, 1, "z")]
        let j = try Self.report("2024-03-31", problems: p)
        #expect(j["problems"]?["errors"]?.number == 2)
        #expect(j["problems"]?["warnings"]?.number == 1)
    }

    /// Quotes and backslashes are escaped; control characters, C1 and bidi
    /// overrides are their stand-ins (issue 16: escaped, `jq -r` printed
    /// them raw); a line break stays, as `\n`.
    @Test func textFromTheDataIsMadeSafeAndStillParses() throws {
        var d = Fixture.folder.dataSet
        d.gates[0].name = "Kim \"Thành\" \\ \u{1B}[31m\n\u{202E}x\u{85}"
        let text = JSONReport.render(BoardSummary.compute(d, asOf: day("2024-03-31"))!)
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\u{85}" })
        let j = try JSONReader.parse(text)
        let name = j["trade"]?["gates"]?.array?.first { $0["id"]?.string == "G1" }?["name"]?.string
        #expect(name == "Kim \"Thành\" \\ ␛[31m\n\u{FFFD}x\u{FFFD}")
    }

    @Test func datesAreYYYYMMDDAndNumbersHaveNoNoise() throws {
        // 0.1 + 0.2 = 0.30000000000000004 in binary: the report says 0.3.
        var d = Fixture.folder.dataSet
        d.trade = [TradeMonth(month: YearMonth(year: 2024, month: 1), gateID: "G1", exportUSD: 0.1, importUSD: 0.2)]
        let text = JSONReport.render(BoardSummary.compute(d, asOf: day("2024-01-05"))!)
        #expect(text.contains("\"ytd_usd\": 0.3,"))
        #expect(text.contains("\"as_of\": \"2024-01-05\""))
    }
}

@Suite("Markdown and CSV reports")
struct TextReportTests {
    static var summary: BoardSummary { Fixture.summary("2024-03-31") }

    @Test func markdownInVietnamese() {
        let md = MarkdownReport.render(Self.summary, lang: .vi)
        // Hand-aligned: kept as written.
        // swift-format-ignore
        let expected = [
            "# Khu kinh tế cửa khẩu và khu công nghiệp Lào Cai — số liệu đến ngày 31/03/2024",
            "- Lũy kế năm 2024 (2 tháng): **465 USD**",
            "- Mục tiêu năm: 1.000 USD — đạt 46,5%",            // 465 / 1000
            // 2023 has only December: no same period, no seasonal projection.
            "- Cùng kỳ năm 2023: chưa đủ số liệu tháng 1–3",
            "- Cần bình quân 59 USD/tháng trong 9 tháng còn lại để đạt mục tiêu",  // (1000 − 465) / 9 = 59.4
            "- Ước cả năm theo nhịp đều (bình quân tháng × 12): 2.790 USD — **đạt** mục tiêu",
            "- Phương tiện qua cửa khẩu ngày 31/03/2024: 4 (xuất 2, nhập 2)",
            "- Lũy kế năm 2024 (3 tháng): **80,0 tỷ đồng**",
            "- Mục tiêu năm: 500,0 tỷ đồng — đạt 16,0%",         // 80 / 500
            "- Tỷ trọng của các khu công nghiệp, cụm công nghiệp và khu vực khu kinh tế: 75,0%",
            // Monitored P1, P2, P6 (Z1); P2 licensed, P4 revoked in 2024.
            "- Theo dõi, giám sát: **3** dự án",
            "- Năm 2024: cấp mới hoặc điều chỉnh **1** dự án (cấp mới 1, điều chỉnh 0); thu hồi **1**",
            "- Vốn đăng ký: chưa có số liệu; vốn đã thực hiện: chưa có số liệu",
            "- Dự án còn thiếu thủ tục: chưa có số liệu",
            // W6: 01-15 → 03-31 = 16 + 29 + 31 = 76 days.
            "- Đề xuất có hạn (W6) — hạn 15/01/2024, chậm 76 ngày",
            "- Đường (W1) — hạn 30/03/2024, chậm 1 ngày, 30%",
            "- Đang thực hiện: 5 (quá hạn: **3**, đến hạn trong 7 ngày: 1); hoàn thành: 3",
            "| T6 | Vướng mắc | U2 | 01/02/2024 | 59 ngày | 15/01/2024: Vướng mặt bằng |",
        ]
        let lines = md.split(separator: "\n").map(String.init)
        for e in expected { #expect(lines.contains(e), "missing: \(e)") }
    }

    @Test func markdownInEnglish() {
        let md = MarkdownReport.render(Self.summary, lang: .en)
        let lines = md.split(separator: "\n").map(String.init)
        for e in [
            "- Year to date 2024 (3 months): **80.0 bn VND**",
            "- Target for the year: 1,000 USD — 46.5% reached",
            "- Share of the industrial zones, clusters and economic-zone areas: 75.0%",
            "- Open: 5 (overdue: **3**, due within 7 days: 1); done: 3",
        ] {
            #expect(lines.contains(e), "missing: \(e)")
        }
    }

    @Test func markdownNeverCarriesControlCharacters() {
        var d = Fixture.folder.dataSet
        d.tasks[5].title = "Vướng\u{1B}[2J mắc\u{202E}|x"
        let md = MarkdownReport.render(BoardSummary.compute(d, asOf: day("2024-03-31"))!, lang: .vi)
        #expect(!md.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        // ESC → ␛, U+202E → U+FFFD, and the Markdown specials '[' and '|' escaped.
        #expect(md.contains("| T6 | Vướng␛\\[2J mắc\u{FFFD}\\|x | U2 |"))
    }

    @Test func csvReportRows() {
        var d = Fixture.folder.dataSet
        d.gates[0].name = "Kim Thành, \"II\""
        d.gates[1].name = "=HYPERLINK(\"http://x\";\"Hồ Kiều\")"
        let csv = CSVReport.render(BoardSummary.compute(d, asOf: day("2024-03-31"))!, lang: .vi)
        // A byte-order mark, then one table: a header and no blank line.
        #expect(csv.hasPrefix("\u{FEFF}as_of,section,id,name,figure,value\r\n"))
        let lines = csv.dropFirst().split(separator: "\r\n" as Character, omittingEmptySubsequences: false).map(
            String.init)
        #expect(lines.last == "")
        #expect(!lines.dropLast().contains(""))
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.hasPrefix("2024-03-31,") })
        // The headline figures: 465 USD so far, 1,000 targeted, 465 × 12 ÷ 2 months = 2,790.
        #expect(lines.contains("2024-03-31,trade,,,ytd_usd,465"))
        #expect(lines.contains("2024-03-31,trade,,,target_usd,1000"))
        #expect(lines.contains("2024-03-31,trade,,,projected_usd,2790"))
        #expect(lines.contains("2024-03-31,output,,,target_bn_vnd,500"))
        // G1: 410 of 465 = 0.881720… (6 decimals: 0.88172); 3 vehicles on 03-31.
        let g1 = "2024-03-31,gate,G1,\"Kim Thành, \"\"II\"\"\","
        #expect(lines.contains(g1 + "ytd_usd,410"))
        #expect(lines.contains(g1 + "share,0.88172"))
        #expect(lines.contains(g1 + "vehicles_on_as_of,3"))
        // No same period (2023 has only December): empty cells, not 0.
        #expect(lines.contains(g1 + "same_period_last_year_usd,"))
        #expect(lines.contains(g1 + "yoy_pct,"))
        // A name a spreadsheet would run as a formula gets an apostrophe.
        #expect(lines.contains("2024-03-31,gate,G2,\"'=HYPERLINK(\"\"http://x\"\";\"\"Hồ Kiều\"\")\",ytd_usd,55"))
        // U1: leads 4, open 2, overdue 1, done 2, 50 % on time, 1 due within 7 days
        // (T4, today); supports T5 (open).
        let u1 = "2024-03-31,unit,U1,Ban Quản lý Khu Kinh tế tỉnh,"
        for (figure, value) in [
            ("lead_total", "4"), ("lead_open", "2"), ("lead_overdue", "1"), ("lead_done", "2"), ("on_time_pct", "50"),
            ("lead_due_soon", "1"), ("support_total", "1"), ("support_open", "1"), ("support_overdue", "0"),
        ] {
            #expect(lines.contains(u1 + figure + "," + value), "\(figure)")
        }
        // No on-time figure without a done task with a due date: empty, not 0.
        #expect(lines.contains("2024-03-31,unit,U2,Sở Công Thương,on_time_pct,"))
        let z1 = "2024-03-31,zone,Z1,Khu công nghiệp Tằng Loỏng,"
        #expect(lines.contains(z1 + "kind,industrial-zone"))
        #expect(lines.contains(z1 + "ytd_bn_vnd,50.5"))
        #expect(lines.contains(z1 + "occupancy,0.5"))
        #expect(lines.contains("2024-03-31,problems,,,errors,0"))
        // --no-bom leaves the mark out and nothing else.
        let plain = CSVReport.render(BoardSummary.compute(d, asOf: day("2024-03-31"))!, lang: .vi, bom: false)
        #expect("\u{FEFF}" + plain == csv)
    }
}
