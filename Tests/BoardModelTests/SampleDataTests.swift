// The sample data set shipped in Data/: it validates cleanly and holds the
// figures of the 2023 review conference that Data/README.md lists.

import Testing

@testable import BoardModel

/// `QH` and 7 → `QH07`.
func format2(_ prefix: String, _ n: Int) -> String { prefix + (n < 10 ? "0" : "") + String(n) }

enum Sample {
    static let folder: DataFolder = try! DataFolder.load(sampleDataPath)
    static var data: DataSet { folder.dataSet }
    static func summary(_ asOf: String? = nil) -> BoardSummary {
        BoardSummary.compute(data, asOf: asOf.map(day), problems: folder.problems)!
    }
}

@Suite("Sample data")
struct SampleDataTests {
    @Test func validatesWithoutErrorsOrWarnings() {
        #expect(Sample.folder.lines == [])
    }

    @Test func rowCountsOfTheReadme() {
        let d = Sample.data
        #expect(d.units.count == 22)
        #expect(d.gates.count == 11)
        #expect(d.trade.count == 86)
        #expect(d.zones.count == 11)
        #expect(d.output.count == 150)
        #expect(d.projects.count == 204)
        #expect(d.projectEvents.count == 434)
        #expect(d.projectProcedures.count == 548)
        #expect(d.plans.count == 12)
        #expect(d.works.count == 20)
        #expect(d.tasks.count == 34)
        #expect(d.taskUpdates.count == 68)
        #expect(d.worksUpdates.count == 56)
        #expect(d.targets.count == 2)
        #expect(d.crossingCount == 848)  // 304 + 281 + 263
    }

    @Test func defaultAsOfDateIs20240331() {
        #expect(Sample.summary().asOf == day("2024-03-31"))
    }

    @Test func trade2023IsJustOver2Point1BillionUSD() {
        let y = Sample.summary("2023-12-31").trade.ytd
        #expect(y.total > 2.1e9 && y.total < 2.11e9)
        #expect(y.total == 2_104_265_830)
        #expect(y.monthsWithData == 12)
        #expect(Formats.usd(y.total, .vi) == "2,1 tỷ USD")
    }

    @Test func output2023Is42564BillionDong() {
        let o = Sample.summary("2023-12-31").output
        #expect(abs(o.ytd.total - 42_564) < 1e-6)
        #expect(Formats.bnVND(o.ytd.total, .vi) == "42.564 tỷ đồng")
        // Zones 29,475 of 42,564 = 0.692486…
        #expect(abs((o.zonesShare ?? 0) - 0.692486) < 1e-6)
    }

    @Test func targetsFor2024() {
        let s = Sample.summary()
        #expect(s.trade.ytd.target == 4.5e9)
        #expect(s.output.ytd.target == 52_200)
        // 2024 Q1: 704,078,280 USD and 11,836.21 bn VND (Data/README.md).
        #expect(s.trade.ytd.total == 704_078_280)
        #expect(abs(s.output.ytd.total - 11_836.21) < 1e-6)
        #expect(s.trade.ytd.onTrack == false)  // 704 M × 4 ≈ 2.8 bn < 4.5 bn
    }

    @Test func namedGatesAndZones() {
        let d = Sample.data
        #expect(d.gates.contains { $0.id == "KIMTHANH" && $0.name.contains("Kim Thành") })
        #expect(d.gates.contains { $0.id == "HOKIEU" && $0.name.contains("Hồ Kiều") })
        #expect(d.zones.contains { $0.id == "TANGLOONG" && $0.name.contains("Tằng Loỏng") })
        #expect(d.zones.first { $0.id == "NGOAIKCN" }?.kind == .other)
    }

    @Test func eightCompletedGateWorksAlmost95Billion() {
        let ids = (1...8).map { "HTCK0\($0)" }
        let works = Sample.data.works.filter { ids.contains($0.id) }
        #expect(works.count == 8)
        #expect(works.allSatisfy { $0.status.isFinished && $0.gateID != nil })
        let sum = works.reduce(0) { $0 + $1.budgetBnVND }
        #expect(sum >= 94 && sum < 95)
        // They are the only completed or operating works.
        #expect(Sample.data.works.filter(\.status.isFinished).count == 8)
    }

    @Test func fourProposedWorksOver177Billion() {
        let proposed = Sample.data.works.filter { $0.status == .proposed }
        #expect(proposed.map(\.id).sorted() == ["DXCK01", "DXCK02", "DXCK03", "DXCK04"])
        #expect(proposed.reduce(0) { $0 + $1.budgetBnVND } > 177)
    }

    @Test func lateWorksAtTheDefaultDate() {
        let late = Sample.summary().works.late.map(\.id)
        #expect(late.contains("KCN01"))  // due 2024-03-15
        #expect(late.contains("KCN03"))
        #expect(!late.contains("KCN02"))  // due 2024-06-30
    }

    /// "Đã thẩm định, cấp mới, điều chỉnh 27 dự án, thu hồi 2 dự án … Theo
    /// dõi, giám sát đầu tư đối với 188 dự án trong các khu công nghiệp và
    /// khu kinh tế": at the end of 2023, from the events, in the remit.
    @Test func projects188With27LicensedOrAdjustedAnd2RevokedFromEvents() {
        let p = Sample.summary("2023-12-31").projects
        #expect(p.monitored == 188)
        #expect(p.licensedOrAdjustedInYear == 27)
        #expect(p.revokedInYear == 2)
        // Every project has events: the figures come from them, not from
        // projects.csv's present status.
        #expect(p.states.allSatisfy { $0.hasEvents })
        // Not counted: the 9 projects of the clusters, the 5 first
        // recorded in 2024, the 2 revoked.
        let d = Sample.data
        let clusters = Set(d.zones.filter { $0.kind == .industrialCluster }.map(\.id))
        #expect(d.projects.filter { clusters.contains($0.zoneID) }.count == 9)
        #expect(p.states.filter { $0.inRemit && !$0.exists }.count == 5)
        #expect(p.states.filter { $0.inRemit && $0.status == .revoked }.count == 2)
        #expect(188 + 9 + 5 + 2 == d.projects.count)
        // The garment factory was licensed in 2023 (once); the herb
        // processing project licensed, then adjusted in 2023 (counted once).
        #expect(p.state("DA-DPM-038")?.history.map(\.event) == [.appraising, .licensed])
        #expect(p.state("DA-BDH-033")?.history.map(\.event) == [.licensed, .adjusted])
        #expect(p.state("DA-KVLC-012")?.status == .appraising)
    }

    @Test func projectsAtTheDefaultDate() {
        let p = Sample.summary().projects
        // The 188, and the 5 first recorded in 2024 Q1.
        #expect(p.monitored == 193)
        #expect(p.licensedInYear == 3)
        #expect(p.adjustedInYear == 2)
        #expect(p.revokedInYear == 0)
        #expect(p.missingProcedures == 11)
    }

    @Test func twelveFunctionalAreaPlansSplit3_6_1_1_1() {
        let plans = Sample.data.tasks.filter { $0.id.hasPrefix("QH") }
        #expect(plans.count == 12)
        #expect(plans.allSatisfy { $0.title.hasPrefix("Lập quy hoạch chi tiết khu chức năng") })
        var byLead: [String: Int] = [:]
        for t in plans { byLead[t.leadID, default: 0] += 1 }
        #expect(byLead == ["BQLKKT": 3, "BATXAT": 6, "BAOTHANG": 1, "MUONGKHUONG": 1, "BQLDA": 1])
        // plans.csv holds them, one for each assignment QH01–QH12.
        let register = Sample.summary().plans
        #expect(register.byLead.map(\.id) == ["BATXAT", "BQLKKT", "BAOTHANG", "BQLDA", "MUONGKHUONG"])
        #expect(register.byLead.map(\.count) == [6, 3, 1, 1, 1])
        #expect(Sample.data.plans.compactMap(\.taskID) == (1...12).map { format2("QH", $0) })
        let tasks = Dictionary(uniqueKeysWithValues: Sample.data.tasks.map { ($0.id, $0.leadID) })
        #expect(Sample.data.plans.allSatisfy { tasks[$0.taskID ?? ""] == $0.leadID })
    }

    @Test func tasksAtTheDefaultDate() {
        let t = Sample.summary().tasks
        #expect(t.tasks.count >= 20)
        let onTime = t.tasks.filter { $0.state == .doneOnTime }.map(\.task.id).sorted()
        let late = t.tasks.filter { if case .doneLate = $0.state { return true } else { return false } }.map(\.task.id)
            .sorted()
        #expect(onTime == ["NV01", "NV12", "NV20", "NV21", "QH01", "QH04"])
        #expect(late == ["NV18", "QH02", "QH09", "QH11"])
        #expect(t.overdueIDs.sorted() == ["NV02", "NV04", "NV13", "NV22", "QH05", "QH06", "QH10"])
        #expect(t.overdue == 7)
        #expect(t.open == 24)
        #expect(t.view("QH07")?.state == .open(daysLeft: 0))
        let standing = t.tasks.filter { $0.state == .standing }.map(\.task.id).sorted()
        #expect(standing == ["NV03", "NV07", "NV08", "NV11", "NV17"])
    }

    @Test func crossingsOnTheDefaultDate() {
        // One file per local day; the 31st's file holds 263 rows, its first
        // (2024-03-30T18:30:00Z) being 01:30 local on the 31st.
        let c = Sample.summary().crossings
        #expect(c.total.vehicles == 263)
        #expect(c.total.export + c.total.import == 263)
        #expect(c.logRows == 848)
        #expect(c.gates.first?.gateID == "KIMTHANH")
    }

    @Test func firstQuarterAgainstTheFirstQuarterOf2023() {
        // Data/README.md: "Q1 2024 against Q1 2023".
        let t = Sample.summary().trade
        #expect(t.ytd.samePeriodLastYear == 365_476_983)
        #expect(Formats.change(t.ytd.yoyPct, .vi) == "+92,6%")  // 704,078,280 / 365,476,983
        // 2023's first quarter is 17.4 % of its year: 704,078,280 ÷ 0.1737 …
        #expect(close(t.ytd.projectedSeasonal, 4_053_792_537.324225))
        #expect(t.ytd.projected == 2_816_313_120)
        #expect(t.ytd.requiredMonthly == 421_769_080)  // (4.5 bn − 704,078,280) / 9
        #expect(t.ytd.verdictProjection?.method == .seasonal)
        #expect(t.ytd.onTrack == false)  // 4.05 bn < 4.5 bn
        let share = t.ytd.samePeriodLastYear! / t.ytd.lastYearTotal!
        #expect(Formats.percent(fraction: share, .en, decimals: 2) == "17.37%")
        #expect(Formats.percent(fraction: t.ytd.projectedSeasonal! / 4.5e9, .en, decimals: 0) == "90%")
        #expect(Formats.percent(fraction: t.ytd.projected! / 4.5e9, .en, decimals: 0) == "63%")
        // Bản Vược has rows only from 2023-05: no same period.
        #expect(t.gates.first { $0.gate.id == "BANVUOC" }?.samePeriodLastYearUSD == nil)
        #expect(Formats.change(t.gates.first { $0.gate.id == "KIMTHANH" }?.yoyPct, .en) == "+86.3%")
        let o = Sample.summary().output
        #expect(close(o.ytd.samePeriodLastYear, 9_220.94))
        #expect(Formats.change(o.ytd.yoyPct, .vi) == "+28,4%")
        #expect(close(o.ytd.projectedSeasonal, 54_636.126299))  // 11,836.21 × 42,564 / 9,220.94
        #expect(close(o.ytd.requiredMonthly, 4_484.865556))
        // By the seasons output is on track; on a straight line (47,345) it
        // would not be.
        #expect(o.ytd.onTrack == true)
        #expect(o.ytd.projected! < 52_200)
        #expect(
            Formats.percent(fraction: o.ytd.samePeriodLastYear! / o.ytd.lastYearTotal!, .en, decimals: 2) == "21.66%")
        #expect(Formats.percent(fraction: o.ytd.projectedSeasonal! / 52_200, .en, decimals: 0) == "105%")
        #expect(Formats.percent(fraction: o.ytd.projected! / 52_200, .en, decimals: 0) == "91%")
    }

    @Test func asOfTheEndOf2023ThePastIsShownAsItWas() {
        let s = Sample.summary("2023-12-31")
        // KCN04 started on 2024-01-15 (today 60 %): not started then.
        #expect(s.works.notStarted.contains("KCN04"))
        #expect(s.works.work("KCN04")?.progressPct == nil)
        #expect(s.works.work("KCN01")?.progressPct == 60)
        #expect(s.works.work("HTCK07")?.status == .operating)  // completed 5 Dec, in operation 20 Dec
        #expect(s.works.currentStateOnly.isEmpty)
        #expect(s.works.byStatus.first { $0.status == .underConstruction }?.count == 4)
        #expect(s.works.notStarted == ["KCN04", "KCN05", "KKT02"])
        #expect(abs((s.works.disbursedBnVND ?? 0) - 172) < 1e-9)
        #expect(s.works.late.isEmpty)
        #expect(s.tasks.open == 13 && s.tasks.overdue == 0 && s.tasks.done == 4)
        #expect(s.tasks.view("NV10") == nil)
        // QH06 was still being worked on; it was blocked only in March 2024.
        #expect(s.tasks.view("QH06")?.status == .inProgress)
        #expect(s.tasks.view("QH08")?.status == .notStarted)
        #expect(Sample.summary().tasks.view("QH06")?.status == .blocked)
        // The log covers 29–31 March 2024 only.
        #expect(!s.crossings.isCovered)
    }

    @Test func atTheLatestDateTheHistoriesAgreeWithTodaysFiles() {
        // The last dated states are today's rows of works.csv, and the last
        // reported statuses tasks.csv's (done ones: done).
        let s = Sample.summary()
        for w in Sample.data.works {
            let now = s.works.work(w.id)
            #expect(now == w, "\(w.id)")
        }
        for t in s.tasks.tasks { #expect(t.status == t.task.status, "\(t.task.id)") }
    }

    @Test func jsonReportOfTheSampleParses() throws {
        let j = try JSONReader.parse(JSONReport.render(Sample.summary()))
        #expect(j["as_of"]?.string == "2024-03-31")
        #expect(j["trade"]?["target_usd"]?.number == 4_500_000_000)
        #expect(j["output"]?["target_bn_vnd"]?.number == 52_200)
        #expect(j["tasks"]?["overdue"]?.number == 7)
        #expect(j["problems"]?["errors"]?.number == 0)
    }
}

// Issue 10, items 9 and 10: the sample claims only what the 2023 review says,
// and the review's own figures reproduce exactly at --as-of 2023-12-31.
@Suite("The 2023 review's figures")
struct ReviewFiguresTests {
    @Test("At 2023-12-31: over 2.1 bn USD, 42,564 bn VND, 8 works ≈95 bn in operation, 4 proposed >177 bn, 27, 2, 188")
    func reproduceExactly() {
        let s = Sample.summary("2023-12-31")
        // "đạt hơn 2,1 tỷ USD"
        #expect(s.trade.ytd.monthsWithData == 12)
        #expect(s.trade.ytd.total > 2.1e9 && Formats.usd(s.trade.ytd.total, .vi) == "2,1 tỷ USD")
        // "đạt 42.564 tỷ đồng"
        #expect(abs(s.output.ytd.total - 42_564) < 1e-6)
        // "8 công trình … gần 95 tỷ đồng và đã hoàn thành đưa vào hoạt động"
        let operating = s.works.works.filter { $0.status == .operating }
        #expect(operating.count == 8 && operating.allSatisfy { $0.id.hasPrefix("HTCK") })
        let budget = operating.reduce(0) { $0 + $1.budgetBnVND }
        #expect(budget < 95 && budget > 94)
        #expect(!s.works.works.contains { $0.status == .completed })
        // "4 dự án với tổng mức đầu tư hơn 177 tỷ đồng"
        let proposed = s.works.works.filter { $0.status == .proposed && $0.id.hasPrefix("DXCK") }
        #expect(proposed.count == 4)
        #expect(proposed.reduce(0) { $0 + $1.budgetBnVND } > 177)
        // "cấp mới, điều chỉnh 27 dự án, thu hồi 2 dự án"; "188 dự án"
        #expect(s.projects.licensedOrAdjustedInYear == 27)
        #expect(s.projects.revokedInYear == 2)
        #expect(s.projects.monitored == 188)
        // The 2024 targets: "4,5 tỷ USD", "52.200 tỷ đồng".
        let next = Sample.summary()
        #expect(next.trade.ytd.target == 4.5e9 && next.output.ytd.target == 52_200)
    }

    @Test("The sample holds no claim the source contradicts")
    func noContradiction() {
        let d = Sample.data
        // No invented target for 2023: the source calls 2023's results important achievements.
        #expect(!d.targets.contains { $0.year == 2023 })
        // The digital border gate's operation is still to be completed (NV05): it is not a finished work.
        #expect(!d.works.contains { $0.status.isFinished && $0.name.lowercased().contains("cửa khẩu số") })
        #expect(d.task("NV05")?.status != .done)
        // "các sở, ngành, đơn vị liên quan", "các đơn vị liên quan": not the Management Board.
        for id in ["NV02", "NV03", "NV05"] { #expect(d.task(id)?.leadID == "CACDONVI", "\(id)") }
        #expect(d.task("NV01")?.leadID == "BQLKKT" && d.task("NV04")?.leadID == "BQLKKT")
        // Bản Quần is open in gates.csv: no note proposes reopening it.
        #expect(d.gate("BANQUAN")?.status == .open)
        #expect(!d.taskUpdates.contains { $0.taskID == "NV10" && $0.note.contains("Bản Quần") })
        // Invented assignments do not claim the conference as their source.
        for id in ["NV20", "NV22"] {
            #expect(d.task(id)?.meetingID == nil && d.task(id)?.source?.hasPrefix("Minh họa") == true)
        }
        for id in ["NV15", "NV16", "NV17", "NV18"] {
            #expect(d.task(id)?.source == "Ý kiến thảo luận tại hội nghị tổng kết 2023", "\(id)")
        }
    }
}

@Suite("Data/README.md")
struct SampleReadmeTests {
    @Test("Two lists, from the 2023 review and made up, and every file of the folder in the table")
    func accountsForEveryFile() throws {
        let text = String(decoding: readBytes(sampleDataPath + "/README.md"), as: UTF8.self)
        #expect(text.contains("\n## From the 2023 review\n") && text.contains("\n## Made up\n"))
        for f in DataFile.allCases where FileIO.fingerprint(sampleDataPath + "/" + f.rawValue) != nil {
            #expect(text.contains("| `\(f.rawValue)` | \(Sample.data.rowCount(of: f)) |"), "\(f.rawValue)")
        }
        #expect(text.contains("| `crossings/2024-03-29.csv`, `…-30.csv`, `…-31.csv` | 304 + 281 + 263 = 848 |"))
        // The review's figures are quoted in its own words.
        for quote in [
            "đạt hơn 2,1 tỷ USD", "đạt 42.564 tỷ đồng", "8 công trình đầu tư hạ tầng với gần 95 tỷ đồng",
            "4 dự án với tổng mức đầu tư hơn 177 tỷ đồng", "27 dự án, thu hồi 2 dự án", "188 dự án",
        ] {
            #expect(text.contains(quote), "\(quote)")
        }
    }
}
