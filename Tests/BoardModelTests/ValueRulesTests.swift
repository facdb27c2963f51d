// docs/data-format.md value types: enumerations, machine numbers and their
// limits, dates, months and times. Each case names the exact position.

import Testing

@testable import BoardModel

/// One file replaced in the minimal set, and the problems expected in it.
struct FileCase: CustomTestStringConvertible, Sendable {
    var file: String
    var content: String
    /// `LINE:COLUMN severity` of every problem of that file.
    var locations: [String]
    /// A fragment every one of those problems' messages holds.
    var message: String
    var testDescription: String { "\(file) → \(locations) \(message)" }
}

func check(_ c: FileCase, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let f = try load(Minimal.with([c.file: c.content]))
    #expect(f.locations(c.file) == c.locations, sourceLocation: sourceLocation)
    for p in f.problems(of: c.file) {
        #expect(p.message.contains(c.message), "\(p)", sourceLocation: sourceLocation)
    }
}

let unitsHeader = "id,name,short_name,kind\n"
let gatesHeader = "id,name,short_name,kind,district,counterpart,status\n"
let zonesHeader = "id,name,short_name,kind,district,area_ha,leased_ha\n"
let tradeHeader = "month,gate_id,export_usd,import_usd,border_trade_usd\n"
let outputHeader = "month,zone_id,output_bn_vnd,export_usd,workers\n"
let projectsHeader = "id,name,zone_id,investor,capital_bn_vnd,status,status_on\n"
let worksHeader =
    "id,name,zone_id,gate_id,owner_id,budget_bn_vnd,disbursed_bn_vnd,progress_pct,status,start_on,due_on\n"
let tasksHeader = "id,title,lead_id,support_ids,source,assigned_on,due_on,status,done_on\n"
let updatesHeader = "task_id,on,progress_pct,note\n"
let crossingsHeader = "time,gate_id,direction,plate,cargo,tonnes,value_usd\n"

@Suite("Enumerations")
struct EnumRulesTests {
    static let cases: [FileCase] = [
        // "U2,Sở,,dept": U=1 2=2 ,=3 S=4 ở=5 ,=6 ,=7 → 'dept' at 8.
        FileCase(
            file: "units.csv", content: unitsHeader + "U1,Ban,,board\nU2,Sở,,dept\nU3,Huyện,,district\n",
            locations: ["3:8 error"], message: "is not one of board, department, district, city, agency, other"),
        // "G2,Hồ Kiều,,border,…": "Hồ Kiều" is 7 scalars (4–10), ",," 11–12 → kind at 13.
        FileCase(
            file: "gates.csv",
            content: gatesHeader + "G1,Kim Thành,,international,Lào Cai,,open\nG2,Hồ Kiều,,border,Lào Cai,,open\n",
            locations: ["3:13 error"], message: "is not one of international, main, auxiliary, crossing-point"),
        // "G2,Hồ Kiều,,main,Lào Cai,,closed": main 13–16 ,17 "Lào Cai" 18–24 ,25 ,26 → status at 27.
        FileCase(
            file: "gates.csv",
            content: gatesHeader + "G1,Kim Thành,,international,Lào Cai,,open\nG2,Hồ Kiều,,main,Lào Cai,,closed\n",
            locations: ["3:27 error"], message: "is not one of open, suspended, reopen-proposed"),
        // "Z3,Cụm,,cluster,,,": Z3, = 3, "Cụm" 4–6, ",," 7–8 → kind at 9.
        FileCase(
            file: "zones.csv",
            content: zonesHeader + "Z1,Tằng Loỏng,,industrial-zone,,,\nZ2,Ngoài,,other,,,\nZ3,Cụm,,cluster,,,\n",
            locations: ["4:9 error"],
            message: "is not one of industrial-zone, industrial-cluster, economic-zone-area, other"),
        // "P1,Nhà máy,Z1,,,closed,…": "Nhà máy" 4–10 ,11 Z1 12–13 ,14 ,15 ,16 → status at 17.
        FileCase(
            file: "projects.csv", content: projectsHeader + "P1,Nhà máy,Z1,,,closed,2023-05-01\n",
            locations: ["2:17 error"],
            message: "is not one of appraising, licensed, adjusted, operating, suspended, revoked"),
        // "W1,Bãi,,G1,U1,10,5,50,building,…": W1, 1–3 Bãi 4–6 ,7 ,8 G1 9–10 ,11 U1 12–13 ,14
        // 10 15–16 ,17 5 18 ,19 50 20–21 ,22 → status at 23.
        FileCase(
            file: "works.csv", content: worksHeader + "W1,Bãi,,G1,U1,10,5,50,building,2023-01-01,2024-06-30\n",
            locations: ["2:23 error"],
            message: "is not one of proposed, preparing, under-construction, completed, operating"),
        // "T1,Lập,U1,,,2024-01-10,2024-06-28,started,": T1, 1–3 Lập 4–6 ,7 U1 8–9 ,10 ,11 ,12
        // date 13–22 ,23 date 24–33 ,34 → status at 35.
        FileCase(
            file: "tasks.csv", content: tasksHeader + "T1,Lập,U1,,,2024-01-10,2024-06-28,started,\n",
            locations: ["2:35 error"], message: "is not one of not-started, in-progress, done, blocked"),
        // "2024-01-20T08:00:00,G1,out,…": time 1–19 ,20 G1 21–22 ,23 → direction at 24.
        FileCase(
            file: "crossings/2024-01-20.csv",
            content: crossingsHeader + "2024-01-20T08:00:00,G1,out,24C-123.45,chuối,1,2\n",
            locations: ["2:24 error"], message: "is not one of export, import"),
    ]

    @Test(arguments: cases)
    func badValueIsAnErrorListingTheAllowedValues(_ c: FileCase) throws { try check(c) }

    @Test func emptyEnumValueIsAnError() throws {
        // "U2,Sở,," — kind is empty, at 8.
        try check(
            FileCase(
                file: "units.csv", content: unitsHeader + "U1,Ban,,board\nU2,Sở,,\nU3,Huyện,,district\n",
                locations: ["3:8 error"], message: "'kind' is empty"))
    }

    @Test func targetMetricOutsideTheKnownOnesIsAWarningNamingThem() throws {
        // "2024,trade,1000": metric at 6. More metrics may be added, so only a warning.
        try check(
            FileCase(
                file: "targets.csv", content: "year,metric,value\n2024,trade,1000\n",
                locations: ["2:6 warning"], message: "trade_usd, output_bn_vnd"))
    }

    @Test func enumValueInAnotherCaseLoadsWithAWarning() throws {
        let f = try load(
            Minimal.with(["units.csv": unitsHeader + "U1,Ban,,Board\nU2,Sở,,department\nU3,Huyện,,district\n"]))
        #expect(f.locations("units.csv") == ["2:9 warning"])
        #expect(f.dataSet.units.first?.kind == .board)
    }
}

@Suite("Numbers")
struct NumberRulesTests {
    // Trade row "2024-01,G1,<export>,200,10": month 1–7 ,8 G1 9–10 ,11 → export at 12.
    static func trade(_ export: String) -> String { tradeHeader + "2024-01,G1,\(export),200,10\n" }

    static let cases: [FileCase] = [
        FileCase(
            file: "trade_monthly.csv", content: trade("\"1,234\""), locations: ["2:12 error"],
            message: "use '.' for decimals and no thousands separators"),
        FileCase(
            file: "trade_monthly.csv", content: trade("\"12,5\""), locations: ["2:12 error"],
            message: "use '.' for decimals and no thousands separators"),
        FileCase(
            file: "trade_monthly.csv", content: trade("1e5"), locations: ["2:12 error"], message: "without an exponent"),
        FileCase(file: "trade_monthly.csv", content: trade("+3"), locations: ["2:12 error"], message: "without '+'"),
        FileCase(
            file: "trade_monthly.csv", content: trade("1 234"), locations: ["2:12 error"], message: "remove the spaces"),
        FileCase(
            file: "trade_monthly.csv", content: trade("abc"), locations: ["2:12 error"], message: "is not a number"),
        FileCase(
            file: "trade_monthly.csv", content: trade(".5"), locations: ["2:12 error"], message: "is not a number"),
        FileCase(
            file: "trade_monthly.csv", content: trade("5."), locations: ["2:12 error"], message: "is not a number"),
        FileCase(file: "trade_monthly.csv", content: trade("-3"), locations: ["2:12 error"], message: "at least 0"),
        FileCase(file: "trade_monthly.csv", content: trade(""), locations: ["2:12 error"], message: "is empty"),
        // Works "W1,Bãi kiểm hóa,,G1,U1,10,5,101,…": name 4–15 ,16 ,17 G1 18–19 ,20 U1 21–22 ,23
        // 10 24–25 ,26 5 27 ,28 → progress_pct at 29.
        FileCase(
            file: "works.csv",
            content: worksHeader + "W1,Bãi kiểm hóa,,G1,U1,10,5,101,under-construction,2023-01-01,2024-06-30\n",
            locations: ["2:29 error"], message: "at most 100"),
        // task_updates "T1,2024-01-20,-1,x": T1, 1–3 date 4–13 ,14 → progress at 15.
        FileCase(
            file: "task_updates.csv", content: updatesHeader + "T1,2024-01-20,-1,x\n",
            locations: ["2:15 error"], message: "at least 0"),
        // output "2024-01,Z1,30,,12.5": month 1–7 ,8 Z1 9–10 ,11 30 12–13 ,14 ,15 → workers at 16.
        FileCase(
            file: "output_monthly.csv", content: outputHeader + "2024-01,Z1,30,,12.5\n",
            locations: ["2:16 error"], message: "not a whole number"),
        FileCase(
            file: "output_monthly.csv", content: outputHeader + "2024-01,Z1,30,,-1\n",
            locations: ["2:16 error"], message: "at least 0"),
        // crossings: tonnes at 48 in "2024-01-20T08:00:00,G1,export,24C-123.45,chuối,-1,2"
        // (time 1–19 ,20 G1 21–22 ,23 export 24–29 ,30 plate 31–40 ,41 chuối 42–46 ,47).
        FileCase(
            file: "crossings/2024-01-20.csv",
            content: crossingsHeader + "2024-01-20T08:00:00,G1,export,24C-123.45,chuối,-1,2\n",
            locations: ["2:48 error"], message: "at least 0"),
        FileCase(
            file: "crossings/2024-01-20.csv",
            content: crossingsHeader + "2024-01-20T08:00:00,G1,export,24C-123.45,chuối,\"1,5\",2\n",
            locations: ["2:48 error"], message: "use '.' for decimals"),
    ]

    @Test(arguments: cases)
    func numberBreakingTheRuleIsAnError(_ c: FileCase) throws { try check(c) }

    @Test func machineNumbersLoad() throws {
        let f = try load(
            Minimal.with(["trade_monthly.csv": tradeHeader + "2024-01,G1,12.5,0,-0\n2024-02,G1,1234567.25, 7 ,0.001\n"])
        )
        #expect(f.lines == [])
        #expect(f.dataSet.trade.map(\.exportUSD) == [12.5, 1234567.25])
        #expect(f.dataSet.trade.map(\.importUSD) == [0, 7])
        #expect(f.dataSet.trade.map(\.borderTradeUSD) == [0, 0.001])
    }

    @Test func emptyOptionalNumberIsAbsentNotZero() throws {
        let f = try load(
            Minimal.with([
                "trade_monthly.csv": tradeHeader + "2024-01,G1,100,200,\n",
                "works.csv": worksHeader + "W1,Bãi,,G1,U1,10,,,proposed,,\n",
            ]))
        #expect(f.lines == [])
        #expect(f.dataSet.trade.first?.borderTradeUSD == nil)
        #expect(f.dataSet.trade.first?.totalUSD == 300)  // 100 + 200, no border trade
        #expect(f.dataSet.works.first?.disbursedBnVND == nil)
        #expect(f.dataSet.works.first?.progressPct == nil)
        #expect(f.dataSet.zones.first { $0.id == "Z2" }?.areaHa == nil)
        #expect(f.dataSet.zones.first { $0.id == "Z3" }?.leasedHa == nil)
    }

    @Test func limitsIncludeTheirBounds() throws {
        let f = try load(
            Minimal.with([
                "works.csv": worksHeader + "W1,Bãi,,G1,U1,0,0,100,proposed,,\nW2,Nhà,,G1,U1,1,0,0,proposed,,\n"
            ]))
        #expect(f.lines == [])
        #expect(f.dataSet.works.map(\.progressPct) == [100, 0])
        #expect(f.dataSet.works.map(\.budgetBnVND) == [0, 1])
    }
}

@Suite("Dates, months and times")
struct DateRulesTests {
    // Project row "P1,Nhà máy,Z1,,,operating,<date>": operating 17–25 ,26 → status_on at 27.
    @Test(arguments: [
        "2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-3-5", "31/03/2024", "2024-03-31T10:00",
        "20240331",
    ])
    func invalidDateIsAnError(date: String) throws {
        try check(
            FileCase(
                file: "projects.csv", content: projectsHeader + "P1,Nhà máy,Z1,,,operating,\(date)\n",
                locations: ["2:27 error"], message: "is not a date: write YYYY-MM-DD"))
    }

    @Test func leapDayLoads() throws {
        let f = try load(Minimal.with(["projects.csv": projectsHeader + "P1,Nhà máy,Z1,,,operating,2024-02-29\n"]))
        #expect(f.lines == [])
        #expect(f.dataSet.projects.first?.statusOn == Day(year: 2024, month: 2, day: 29))
    }

    @Test func requiredDateMissingIsAnError() throws {
        try check(
            FileCase(
                file: "projects.csv", content: projectsHeader + "P1,Nhà máy,Z1,,,operating,\n",
                locations: ["2:27 error"], message: "is empty"))
    }

    @Test(arguments: ["2024-13", "2024-1", "2024/01", "24-01", "2024-01-01", "2024-00"])
    func invalidMonthIsAnError(month: String) throws {
        try check(
            FileCase(
                file: "trade_monthly.csv", content: tradeHeader + "\(month),G1,100,200,10\n",
                locations: ["2:1 error"], message: "is not a month: write YYYY-MM"))
    }

    @Test func timesWithAndWithoutOffsetsAreTheSameInstant() throws {
        // 12:00 UTC on 2024-03-31 = 19813 days × 86400 + 43200 = 1,711,886,400 s.
        // (19813 = 19723 days to 2024-01-01 [54 years, 13 leap days] + 31 + 29 + 30.)
        let log =
            crossingsHeader + """
                2024-03-31T12:00:00Z,G1,export,A,x,,
                2024-03-31T19:00:00+07:00,G1,export,A,x,,
                2024-03-31T07:00:00-05:00,G1,export,A,x,,
                2024-03-31T19:00:00,G1,export,A,x,,
                2024-03-31T19:00,G1,export,A,x,,
                2024-03-31T12:00Z,G1,export,A,x,,

                """
        let f = try load(Minimal.with(["crossings/2024-03-31.csv": log]))
        #expect(f.lines == [])
        #expect(f.dataSet.crossings["crossings/2024-03-31.csv"]?.time == Array(repeating: 1_711_886_400, count: 6))
    }

    @Test(arguments: [
        "2024-03-31 25:00", "2024-02-30T10:00", "2024-03-31T10:00+0700", "2024-03-31T10", "2024-03-31T10:60",
        "2024-03-31T10:00:00+07", "31/03/2024 10:00", "2024-03-31T10:00:00Zulu",
    ])
    func invalidTimeIsAnError(time: String) throws {
        try check(
            FileCase(
                file: "crossings/2024-03-31.csv", content: crossingsHeader + "\(time),G1,export,A,x,,\n",
                locations: ["2:1 error"], message: "is not a time"))
    }
}
