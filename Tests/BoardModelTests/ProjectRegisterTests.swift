// The project and plan registers: the rules of project_events.csv,
// project_procedures.csv, plans.csv and projects.csv's new column, and
// every figure of docs/report-json.md's `projects` and `plans` worked out
// by hand on a small data set.

import Testing

@testable import BoardModel

let projectsHeader2 = "id,name,zone_id,investor,capital_bn_vnd,implemented_bn_vnd,status,status_on\n"
let eventsHeader = "project_id,on,event,capital_bn_vnd,note\n"
let proceduresHeader = "project_id,procedure,status,on\n"
let plansHeader = "id,name,zone_id,lead_id,area_ha,stage,decision,approved_on,task_id\n"

/// The register fixture: Z1 an industrial zone and Z4 an economic-zone
/// area (the remit), Z3 a cluster (not), Z2 production outside the zones.
enum Register {
    static let zones =
        zonesHeader + """
            Z1,Khu công nghiệp Tằng Loỏng,KCN Tằng Loỏng,industrial-zone,Bảo Thắng,100,50
            Z2,Ngoài khu công nghiệp,,other,,,
            Z3,Cụm công nghiệp Bản Qua,,industrial-cluster,Bát Xát,20,
            Z4,Khu thương mại Kim Thành,,economic-zone-area,Lào Cai,650,

            """
    // projects.csv says what the latest event says (no warning), except
    // G and H, which have no events.
    static let projects =
        projectsHeader2 + """
            A,Licensed then adjusted in 2024,Z1,Công ty A,150,60,adjusted,2024-02-20
            B,Revoked in 2022 then licensed again,Z1,Công ty B,80,,licensed,2024-03-01
            C,Licensed 2023 then operating,Z4,,40,40,operating,2024-01-15
            D,Revoked in 2024,Z1,,30,,revoked,2024-03-10
            E,Licensed after the as-of date,Z1,,10,,licensed,2024-04-15
            F,In the cluster,Z3,,25,,licensed,2024-02-01
            G,No events adjusted,Z1,,70,,adjusted,2024-01-05
            H,No events operating,Z1,,,5,operating,2020-01-01
            I,Being appraised,Z1,,,,appraising,2024-03-20

            """
    static let events =
        eventsHeader + """
            A,2024-01-10,licensed,100,
            A,2024-02-20,adjusted,150,vốn tăng
            B,2019-05-01,licensed,50,
            B,2022-06-01,revoked,,chậm triển khai
            B,2024-03-01,licensed,80,nhà đầu tư mới
            C,2023-06-01,licensed,40,
            C,2024-01-15,operating,,
            D,2018-02-01,licensed,30,
            D,2024-03-10,revoked,,
            E,2024-04-15,licensed,10,
            F,2024-02-01,licensed,25,
            I,2024-03-20,appraising,,

            """
    static let procedures =
        proceduresHeader + """
            A,land,missing,2024-01-20
            A,land,done,2024-03-01
            B,environment,missing,2024-03-05
            C,construction,done,2024-01-01
            C,construction,missing,2024-04-10
            D,land,missing,2024-01-01
            F,land,missing,2024-02-10
            I,land,missing,2024-03-25
            I,investment,in-progress,2024-03-25

            """
    static let plans =
        plansHeader + """
            QA,Thương mại A,Z4,U1,38.5,approved,1/QĐ-UBND,2023-12-22,T1
            QB,Dịch vụ B,,U3,,drafting,,,
            QC,Công nghiệp C,Z1,U1,12,approved,2/QĐ-UBND,2024-04-02,
            QD,Cửa khẩu D,,U3,5,assigned,,,

            """

    static let files = Minimal.with([
        "zones.csv": zones, "projects.csv": projects, "project_events.csv": events,
        "project_procedures.csv": procedures, "plans.csv": plans,
    ])
    static let folder: DataFolder = try! load(files)

    static func summary(_ asOf: String) -> BoardSummary {
        BoardSummary.compute(folder.dataSet, asOf: day(asOf), problems: folder.problems)!
    }
}

@Suite("Project and plan figures")
struct ProjectFigureTests {
    @Test func theFixtureLoadsCleanly() {
        #expect(Register.folder.lines == [])
    }

    @Test func statusesAsOfTheDate() {
        let p = Register.summary("2024-03-31").projects
        // E's only event is on 04-15: it does not exist yet.
        #expect(p.state("E")?.exists == false)
        #expect(p.states.filter(\.exists).map(\.project.id) == ["A", "B", "C", "D", "F", "G", "H", "I"])
        #expect(p.total == 8)
        let count = Dictionary(uniqueKeysWithValues: p.byStatus.map { ($0.status, $0.count) })
        // A adjusted, B licensed, C operating, D revoked, F licensed, G adjusted, H operating, I appraising.
        #expect(count == [.appraising: 1, .licensed: 2, .adjusted: 2, .operating: 2, .suspended: 0, .revoked: 1])
        // B was revoked in 2022 and licensed again in 2024.
        #expect(Register.summary("2023-12-31").projects.state("B")?.status == .revoked)
        #expect(p.state("B")?.status == .licensed)
        #expect(p.state("B")?.since == day("2024-03-01"))
    }

    @Test func monitoredIsTheRemitKnownAndNotRevoked() {
        // Remit: A B C D E G H I (F is in the cluster). Known on 03-31 and
        // not revoked: A B C G H I (D revoked, E not yet).
        #expect(Register.summary("2024-03-31").projects.monitored == 6)
        // 2023-12-31: A (2024-01), E, F, I not yet; G's status_on is
        // 2024-01-05, so without events it is not known yet either. B is
        // revoked. Monitored: C, D, H.
        #expect(Register.summary("2023-12-31").projects.monitored == 3)
    }

    @Test func inYearCountsDistinctProjects() {
        let p = Register.summary("2024-03-31").projects
        // Licensed: A (01-10), B (03-01); E's 04-15 is after the date, F is
        // in the cluster.
        #expect(p.licensedInYear == 2)
        // Adjusted: A (02-20) and G (no events: status adjusted, status_on 2024-01-05).
        #expect(p.adjustedInYear == 2)
        #expect(p.revokedInYear == 1)  // D
        // A was licensed then adjusted: once. A, B, G.
        #expect(p.licensedOrAdjustedInYear == 3)
        // The older keys are the same figures.
        #expect(p.licensedOrAdjustedThisYear == 3)
        #expect(p.revokedThisYear == 1)
    }

    @Test func eventsAfterTheDateAreIgnored() {
        // On 2024-02-29: A licensed and adjusted, B not yet licensed again,
        // D not yet revoked, I not yet appraised.
        let p = Register.summary("2024-02-29").projects
        #expect(p.licensedInYear == 1)  // A
        #expect(p.adjustedInYear == 2)  // A, G
        #expect(p.revokedInYear == 0)
        #expect(p.licensedOrAdjustedInYear == 2)  // A, G
        // Monitored: A C D G H (B still revoked; I and E not yet).
        #expect(p.monitored == 5)
        // A's capital on 01-31 is its licence's: 100, not the 150 of 02-20.
        #expect(Register.summary("2024-01-31").projects.state("A")?.registeredBnVND == 100)
    }

    @Test func aRevocationInAnEarlierYearCountsInThatYear() {
        // B: revoked on 2022-06-01. Not monitored then; revoked in 2022.
        let p = Register.summary("2022-12-31").projects
        #expect(p.revokedInYear == 1)
        #expect(p.monitored == 2)  // D (2018), H (2020)
        #expect(p.state("B")?.status == .revoked)
    }

    @Test func capitalOverMonitoredProjects() {
        let p = Register.summary("2024-03-31").projects
        // Registered: A 150 + B 80 + C 40 + G 70 (no events: projects.csv);
        // H and I have none. Implemented: A 60 + C 40 + H 5.
        #expect(p.registeredBnVND == 340)
        #expect(p.implementedBnVND == 105)
        // 2023-12-31: C 40 + D 30 (H none); implemented C 40 + H 5.
        let q = Register.summary("2023-12-31").projects
        #expect(q.registeredBnVND == 70)
        #expect(q.implementedBnVND == 45)
    }

    @Test func capitalIsNullWhenNoMonitoredProjectHasAFigure() {
        // 2020-06-30: B (licensed 2019, 50), D (licensed 2018, 30) and H
        // (operating since 2020-01-01, no capital) are monitored.
        let p = Register.summary("2020-06-30").projects
        #expect(p.monitored == 3)
        #expect(p.registeredBnVND == 80)
        let only = try! load(
            Minimal.with([
                "projects.csv": projectsHeader2 + "P1,Nhà máy,Z1,,,,operating,2023-05-01\n"
            ]))
        let s = BoardSummary.compute(only.dataSet, asOf: day("2024-01-31"))!.projects
        #expect(s.monitored == 1)
        #expect(s.registeredBnVND == nil)
        #expect(s.implementedBnVND == nil)
    }

    @Test func missingProcedures() {
        // A: land done on 03-01 (after missing): no. B: environment missing:
        // yes. C: construction missing only on 04-10, after the date: no. D
        // is revoked and F in the cluster: not counted. I: land missing: yes.
        #expect(Register.summary("2024-03-31").projects.missingProcedures == 2)
        #expect(Register.summary("2024-03-31").projects.state("I")?.missing == ["land"])
        // On 2024-02-01: A's land is missing (monitored, licensed 01-10); D
        // is not yet revoked and misses land: A, D.
        #expect(Register.summary("2024-02-01").projects.missingProcedures == 2)
        // Before any row: none missing (the file has rows: 0, not null).
        #expect(Register.summary("2023-12-31").projects.missingProcedures == 0)
    }

    @Test func withoutProceduresTheFigureIsAbsent() throws {
        let f = try load(Minimal.with(["zones.csv": Register.zones, "projects.csv": Register.projects]))
        let p = BoardSummary.compute(f.dataSet, asOf: day("2024-03-31"))!.projects
        #expect(p.missingProcedures == nil)
    }

    @Test func theProcedureChecklistIsInTheKnownOrder() {
        let i = Register.summary("2024-03-31").projects.state("I")
        #expect(i?.procedures.map(\.procedure) == ["land", "investment"])
    }

    @Test func zonesCountTheirProjectsAsOfTheDate() {
        let z1 = Register.summary("2024-03-31").output.zones.first { $0.zone.id == "Z1" }
        // A B D G H I are known in Z1 (E not yet): active A B G H; revoked D.
        #expect(z1?.projectsTotal == 6)
        #expect(z1?.projectsActive == 4)
        #expect(z1?.projectsRevoked == 1)
    }

    @Test func plansByStageAndLead() {
        let p = Register.summary("2024-03-31").plans
        // QC was approved on 04-02: on 03-31 it counts as appraising.
        let stage = Dictionary(uniqueKeysWithValues: p.byStage.map { ($0.stage, $0.count) })
        #expect(stage == [.assigned: 1, .surveying: 0, .drafting: 1, .appraising: 1, .approved: 1])
        // U1 two plans (QA approved), U3 two (none): equal counts by id.
        #expect(p.byLead.map(\.id) == ["U1", "U3"])
        #expect(p.byLead.map(\.approved) == [1, 0])
        #expect(Register.summary("2024-04-30").plans.byLead.first?.approved == 2)
        #expect(p.plan(forTask: "T1")?.plan.id == "QA")
    }
}

@Suite("Project and plan reports")
struct ProjectReportTests {
    @Test func jsonHoldsTheFigures() throws {
        let j = try JSONReader.parse(JSONReport.render(Register.summary("2024-03-31")))
        let p = try #require(j["projects"])
        #expect(
            p.keys == [
                "total", "by_status", "licensed_or_adjusted_in_year", "revoked_in_year", "monitored", "in_year",
                "capital_bn_vnd", "missing_procedures",
            ])
        #expect(p["monitored"]?.number == 6)
        #expect(p["in_year"]?["licensed"]?.number == 2)
        #expect(p["in_year"]?["adjusted"]?.number == 2)
        #expect(p["in_year"]?["revoked"]?.number == 1)
        #expect(p["in_year"]?["licensed_or_adjusted"]?.number == 3)
        #expect(p["licensed_or_adjusted_in_year"]?.number == 3)
        #expect(p["capital_bn_vnd"]?["registered"]?.number == 340)
        #expect(p["capital_bn_vnd"]?["implemented"]?.number == 105)
        #expect(p["missing_procedures"]?.number == 2)
        let plans = try #require(j["plans"])
        #expect(plans["total"]?.number == 4)
        #expect(plans["by_stage"]?.keys == ["assigned", "surveying", "drafting", "appraising", "approved"])
        #expect(plans["by_lead"]?[0]?["id"]?.string == "U1")
        #expect(plans["by_lead"]?[0]?["count"]?.number == 2)
        #expect(plans["by_lead"]?[0]?["approved"]?.number == 1)
    }

    @Test func jsonSaysNullWhereThereIsNoData() throws {
        // The minimal set: no procedures, no plans, projects without capital.
        let s = BoardSummary.compute(try load(Minimal.files).dataSet, asOf: day("2024-01-31"))!
        let j = try JSONReader.parse(JSONReport.render(s))
        #expect(j["projects"]?["missing_procedures"]?.isNull == true)
        #expect(j["plans"]?.isNull == true)
        #expect(j["projects"]?["capital_bn_vnd"]?["registered"]?.number == 120.5)
        #expect(j["projects"]?["capital_bn_vnd"]?["implemented"]?.isNull == true)
    }

    @Test func markdownAndCSVCarryTheSameFigures() {
        let s = Register.summary("2024-03-31")
        let md = MarkdownReport.render(s, lang: .en).split(separator: "\n").map(String.init)
        for line in [
            "## Investment projects in the industrial zones and the economic zone",
            "- Monitored: **6** projects",
            "- In 2024: **3** licensed or adjusted (2 licensed, 2 adjusted); **1** revoked",
            "- Registered capital: 340.0 bn VND; capital put in: 105.0 bn VND (30.9%)",  // 105 / 340
            "- Projects with a missing procedure: 2",
            "## Detailed plans of functional areas",
            "- 4 plans: assigned 1, drafting 1, appraising 1, approved 1",
            "| Ban Quản lý Khu Kinh tế tỉnh | 2 | 1 |",
        ] {
            #expect(md.contains(line), "missing: \(line)")
        }
        let csv = CSVReport.render(s, lang: .vi).split(separator: "\r\n" as Character).map(String.init)
        for line in [
            "2024-03-31,projects,,,monitored,6", "2024-03-31,projects,,,in_year.licensed,2",
            "2024-03-31,projects,,,in_year.adjusted,2", "2024-03-31,projects,,,in_year.revoked,1",
            "2024-03-31,projects,,,in_year.licensed_or_adjusted,3",
            "2024-03-31,projects,,,capital_bn_vnd.registered,340",
            "2024-03-31,projects,,,capital_bn_vnd.implemented,105", "2024-03-31,projects,,,missing_procedures,2",
            "2024-03-31,plans,,,total,4", "2024-03-31,plans,,,by_stage.appraising,1",
            "2024-03-31,plans,,,by_stage.surveying,0",
            "2024-03-31,plan_lead,U1,Ban Quản lý Khu Kinh tế tỉnh,count,2",
            "2024-03-31,plan_lead,U1,Ban Quản lý Khu Kinh tế tỉnh,approved,1",
        ] {
            #expect(csv.contains(line), "missing: \(line)")
        }
    }
}

@Suite("Project and plan rules")
struct ProjectRuleTests {
    /// The register fixture with one file replaced; its problems.
    static func problems(_ file: String, _ content: String) throws -> [String] {
        var files = Register.files
        files[file] = content
        return try load(files).problems(of: file).map {
            "\($0.line):\($0.column) \($0.severity.rawValue): \($0.message)"
        }
    }

    @Test func anEventMustBeOneOfTheStatuses() throws {
        // "A,2024-01-10,granted": the event starts at column 14.
        let p = try Self.problems("project_events.csv", eventsHeader + "A,2024-01-10,granted,,\n")
        #expect(p.first?.hasPrefix("2:14 error: 'granted' is not one of appraising, licensed") == true)
    }

    @Test func theSameEventTwiceOnADayIsAnError() throws {
        let p = try Self.problems(
            "project_events.csv", Register.events + "A,2024-02-20,adjusted,150,\n")
        #expect(
            p == ["14:14 error: event 'adjusted' of project 'A' on 2024-02-20 is already on line 3; the row is skipped"]
        )
    }

    @Test func anEventOfAnUnknownProjectIsAnError() throws {
        let p = try Self.problems("project_events.csv", eventsHeader + "ZZ,2024-01-10,licensed,,\n")
        #expect(p == ["2:1 error: unknown project 'ZZ'"])
    }

    @Test func aLatestEventOtherThanProjectsCsvSaysIsAWarning() throws {
        // A's latest event is 'licensed' on 01-10, projects.csv says adjusted since 02-20.
        var events = eventsHeader + "A,2024-01-10,licensed,150,\n"
        #expect(
            try Self.problems("project_events.csv", events) == [
                "2:14 warning: the latest event of project 'A' is 'licensed' on 2024-01-10, but projects.csv says 'adjusted' since 2024-02-20"
            ])
        // The same status on another day disagrees too.
        events = eventsHeader + "A,2024-02-21,adjusted,150,\n"
        #expect(try Self.problems("project_events.csv", events).first?.contains("'adjusted' on 2024-02-21") == true)
        // Later rows on the same day come later: licensed then adjusted on 02-20 agrees.
        events = eventsHeader + "A,2024-02-20,licensed,150,\nA,2024-02-20,adjusted,150,\n"
        #expect(try Self.problems("project_events.csv", events) == [])
    }

    @Test func aLatestCapitalOtherThanProjectsCsvSaysIsAWarning() throws {
        // "A,2024-02-20,adjusted,": the capital at column 23.
        let events = eventsHeader + "A,2024-01-10,licensed,100,\nA,2024-02-20,adjusted,120,\n"
        #expect(
            try Self.problems("project_events.csv", events) == [
                "3:23 warning: the registered capital of project 'A' after its latest event with one (2024-02-20) is 120, but projects.csv says 150"
            ])
    }

    @Test func implementedOverTheCapitalIsAWarning() throws {
        // "P1,Nhà máy,Z1,,120.5,130,…": implemented at column 22.
        let p = try Self.problems(
            "projects.csv", projectsHeader2 + "P1,Nhà máy,Z1,,120.5,130,operating,2023-05-01\n")
        #expect(p == ["2:22 warning: implemented 130 is more than the registered capital 120.5"])
    }

    @Test func anotherProcedureIsKeptWithAWarning() throws {
        let p = try Self.problems("project_procedures.csv", proceduresHeader + "A,electricity,missing,2024-03-01\n")
        #expect(
            p == [
                "2:3 warning: procedure 'electricity' is not one of land, environment, construction, fire-safety, investment; it is kept as written"
            ])
        var files = Register.files
        files["project_procedures.csv"] = proceduresHeader + "A,electricity,missing,2024-03-01\n"
        let s = BoardSummary.compute(try load(files).dataSet, asOf: day("2024-03-31"))!
        #expect(s.projects.state("A")?.missing == ["electricity"])
    }

    @Test func oneRowPerProjectProcedureAndDay() throws {
        let p = try Self.problems(
            "project_procedures.csv", proceduresHeader + "A,land,missing,2024-03-01\nA,land,done,2024-03-01\n")
        #expect(p.count == 1)
        #expect(
            p.first?.hasPrefix("3:13 error: procedure 'land' of project 'A' on 2024-03-01 is already on line 2") == true
        )
    }

    @Test func aProcedureStatusMustBeKnown() throws {
        let p = try Self.problems("project_procedures.csv", proceduresHeader + "A,land,pending,2024-03-01\n")
        #expect(p == ["2:8 error: 'pending' is not one of missing, in-progress, done"])
    }

    @Test func anApprovedPlanNeedsItsDate() throws {
        // "QA,Khu,,U1,,approved,QĐ 1,,": approved_on at column 27.
        let p = try Self.problems("plans.csv", plansHeader + "QA,Khu,,U1,,approved,QĐ 1,,\n")
        #expect(p == ["2:27 error: an approved plan needs approved_on (the day it was approved)"])
    }

    @Test func aDecisionOrApprovalOfAPlanNotApprovedIsIgnored() throws {
        let content = plansHeader + "QB,Khu,,U3,,drafting,QĐ 9,2024-01-01,\n"
        #expect(
            try Self.problems("plans.csv", content) == [
                "2:22 warning: the decision is ignored: the stage is 'drafting', not 'approved'",
                "2:27 warning: approved_on is ignored: the stage is 'drafting', not 'approved'",
            ])
        var files = Register.files
        files["plans.csv"] = content
        let plan = try load(files).dataSet.plans.first
        #expect(plan?.decision == nil && plan?.approvedOn == nil)
    }

    @Test func aPlanLedByAnotherUnitThanItsAssignmentIsAWarning() throws {
        // T1 is led by U1; "QB,Khu,,U3,…": lead_id at column 9.
        let p = try Self.problems("plans.csv", plansHeader + "QB,Khu,,U3,,drafting,,,T1\n")
        #expect(p == ["2:9 warning: the plan's lead 'U3' is not the lead of its assignment T1 ('U1')"])
    }

    @Test func aPlanOfAnUnknownAssignmentIsAnError() throws {
        let p = try Self.problems("plans.csv", plansHeader + "QB,Khu,,U3,,drafting,,,T9\n")
        #expect(p == ["2:24 error: unknown task 'T9'"])
    }

    @Test func eventsAreReadAgainWhenProjectsChange() throws {
        // The rule across files reads projects.csv as shown: fixing it
        // clears the warning on the next refresh.
        try withTempFolder(Register.files) { dir in
            var folder = try DataFolder.load(dir)
            #expect(folder.problems.isEmpty)
            let stale = Register.projects.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("A,") ? line.replacing("adjusted,2024-02-20", with: "operating,2024-02-20") : line
            }
            writeFile(dir + "/projects.csv", Array(stale.joined(separator: "\n").utf8))
            try folder.refresh()
            #expect(folder.problems.map(\.file) == ["project_events.csv"])
            writeFile(dir + "/projects.csv", Array(Register.projects.utf8))
            try folder.refresh()
            #expect(folder.problems.isEmpty)
        }
    }

    @Test func datesAfterTodayAreWarningsAtTheirCells() throws {
        // Today 2024-04-05: E's licence (04-15, line 11), C's construction
        // step (04-10, line 6) and E's status_on in projects.csv are ahead.
        let f = try load(Register.files, today: "2024-04-05")
        let ahead = f.lines.filter { $0.contains("is after today (2024-04-05)") }
        #expect(ahead.contains { $0.hasPrefix("project_events.csv:11:3: warning: date 2024-04-15") })
        #expect(ahead.contains { $0.hasPrefix("project_procedures.csv:6:24: warning: date 2024-04-10") })
        #expect(ahead.contains { $0.hasPrefix("projects.csv:") && $0.contains("date 2024-04-15") })
        #expect(f.problems.errorCount == 0)
        // An approval after today is one too (approved_on is not a plan date).
        var files = Register.files
        files["plans.csv"] = plansHeader + "QE,Khu E,,U1,,approved,3/QĐ-UBND,2024-05-01,\n"
        let g = try load(files, today: "2024-04-05")
        #expect(g.lines.contains { $0.hasPrefix("plans.csv:2:34: warning: date 2024-05-01 is after today") })
    }

    @Test func anEventFarAheadOfTheOthersIsAWarningAtItsCell() throws {
        var files = Register.files
        files["project_events.csv"] = Register.events + "A,2029-01-10,adjusted,,\n"
        let f = try load(files)
        #expect(
            f.lines.contains {
                $0.hasPrefix("project_events.csv:14:3: warning: 2029-01-10 is more than a year after every other")
            })
    }

    @Test func theNewFilesAreObservations() {
        // E's licence on 2024-04-15 and QC's approval on 2024-04-02 are the
        // latest observations (projects.csv's status_on says 04-15 too).
        #expect(AsOf.latestObservation(in: Register.folder.dataSet) == day("2024-04-15"))
        #expect(DataFile.projectEvents.spec.latestObservation(in: Register.folder.dataSet) == day("2024-04-15"))
        #expect(DataFile.projectProcedures.spec.latestObservation(in: Register.folder.dataSet) == day("2024-04-10"))
        #expect(DataFile.plans.spec.latestObservation(in: Register.folder.dataSet) == day("2024-04-02"))
    }
}

@Suite("Assignments that mention a project")
struct ProjectMentionTests {
    @Test func byIdOrWholeName() {
        var d = Register.folder.dataSet
        d.tasks = [
            BoardTask(
                id: "T1", title: "Rà soát dự án B và C", leadID: "U1", assignedOn: day("2024-01-10"),
                status: .inProgress),
            BoardTask(
                id: "T2", title: "Đôn đốc Licensed Then Adjusted In 2024", leadID: "U1", assignedOn: day("2024-01-10"),
                status: .inProgress),
            BoardTask(id: "T3", title: "Khác", leadID: "U1", assignedOn: day("2024-01-10"), status: .inProgress),
        ]
        d.taskUpdates = [TaskUpdate(taskID: "T3", on: day("2024-02-01"), note: "Đã làm việc với chủ đầu tư dự án I.")]
        let t = BoardSummary.compute(d, asOf: day("2024-03-31"))!.tasks
        // A's name, in other capitals; I by id in a report ("dự án I." — an
        // id is found anywhere in the text).
        #expect(t.mentioning(d.projects[0]).map(\.task.id) == ["T2"])
        #expect(t.mentioning(d.projects[8]).map(\.task.id).contains("T3"))
    }

    @Test func theSampleSocialHousingProjectIsNamedByNV19() {
        let s = Sample.summary()
        let housing = Sample.data.projects.first { $0.id == "DA-KVLC-012" }!
        #expect(s.tasks.mentioning(housing).map(\.task.id) == ["NV19"])
    }
}

@Suite("Big registers")
struct BigRegisterTests {
    /// 3,000 projects, ten events and five procedure rows each (over the
    /// size at which they are read on two cores), one repeated event and
    /// one project whose latest event disagrees with projects.csv.
    static let files: [String: String] = {
        var projects = projectsHeader2
        var events = eventsHeader
        var procedures = proceduresHeader
        // Within a year of the minimal folder's 2024 figures (else they would be far ahead).
        let first = day("2022-01-01")
        for i in 0..<3000 {
            let id = "P\(i)"
            var on = first + i % 500
            for k in 0..<10 {
                events += "\(id),\(on),\(k == 0 ? "licensed" : "adjusted"),\(100 + k),ghi chú \(k)\n"
                if k < 9 { on = on + 30 }
            }
            let status = i == 7 ? "operating" : "adjusted"
            projects += "\(id),Dự án \(i),Z1,,109,,\(status),\(on)\n"
            for (k, p) in ProjectProcedure.known.enumerated() {
                procedures += "\(id),\(p),done,\(first + 800 + k)\n"
            }
        }
        events += "P5,\(first + 5),licensed,100,lặp lại\n"
        return Minimal.with([
            "projects.csv": projects, "project_events.csv": events, "project_procedures.csv": procedures,
        ])
    }()

    @Test func twoCoresReadWhatOneReads() throws {
        try withTempFolder(Self.files) { dir in
            let one = try DataFolder.load(dir, threads: 1)
            let two = try DataFolder.load(dir, threads: 2)
            #expect(one.dataSet.projectEvents.count == 30_000)
            #expect(one.dataSet.projectProcedures.count == 15_000)
            #expect(one.dataSet.projectEvents == two.dataSet.projectEvents)
            #expect(one.dataSet.projectProcedures == two.dataSet.projectProcedures)
            #expect(one.lines == two.lines)
            // The repeated event (the last line: P5 is licensed on line 52) and P7's latest event.
            #expect(one.lines.count == 2, "\(one.lines)")
            #expect(
                one.lines.contains { $0.hasPrefix("project_events.csv:30002:") && $0.contains("already on line 52") })
            #expect(
                one.lines.contains { $0.contains("project 'P7'") && $0.contains("but projects.csv says 'operating'") })
        }
    }

    @Test func theLoadersNotesOfWhereProjectsAreDoNotChangeTheFigures() throws {
        let folder = try load(Self.files)
        let s = BoardSummary.compute(folder.dataSet, asOf: day("2024-03-31"))!.projects
        var d = folder.dataSet
        // A data set put together by hand has no notes (or wrong ones).
        d.projectEvents = d.projectEvents.map {
            ProjectEvent(
                projectID: $0.projectID, on: $0.on, event: $0.event, capitalBnVND: $0.capitalBnVND, note: $0.note)
        }
        d.projects.reverse()
        let t = BoardSummary.compute(d, asOf: day("2024-03-31"))!.projects
        #expect(s.monitored == 3000 && t.monitored == 3000)
        #expect(s.registeredBnVND == t.registeredBnVND)
        #expect(s.state("P42")?.history == t.state("P42")?.history)
    }
}
