import Foundation
import FunnelContract
import FunnelTestSupport
import FunnelWarehouse
import PostgresNIO
import Testing

@Suite struct ImporterTests {
    @Test func validDataSetImportsEveryRow() async throws {
        try await TestCluster.withDatabase { client, _ in
            let summary = try await Self.load(.valid, into: client)
            #expect(summary.totalRows == 36)
            #expect(summary.rows[.stageHistory] == 4)
            #expect(try await WarehouseSnapshot.take(client).counts == DataSetFixture.validCounts)
        }
    }

    @Test func storedValuesAreTheContractsValues() async throws {
        try await TestCluster.withDatabase { client, _ in
            try await Self.load(.valid, into: client)
            func values(_ sql: String) async throws -> [String] { try await TestCluster.strings(client, sql) }
            // Optional columns with a contract default get it.
            #expect(try await values("SELECT org_id || ' ' || timezone FROM warehouse.orgs ORDER BY 1")
                == ["o1 Asia/Shanghai", "o2 Asia/Shanghai"])
            #expect(try await values("SELECT activity_id || ' ' || evidence_ok FROM warehouse.activities ORDER BY 1")
                == ["A1 true", "A2 true", "A3 false"])
            #expect(try await values("SELECT stage_key || ' ' || required_actions::text FROM warehouse.stages ORDER BY position")
                == ["qualify {call}", "compare {proposal_sent,quote_sent}", "won {}", "lost {}"])
            // Text survives quoting: Chinese commas and quotes, doubled ASCII quotes, ASCII commas.
            #expect(try await values("SELECT name FROM warehouse.orgs WHERE org_id = 'o2'") == ["鲜之源食品，华东"])
            #expect(try await values("SELECT name FROM warehouse.customers ORDER BY customer_id")
                == ["上海“仁爱”医院，东区分部", "杭州\"人民\"医院, 新院区"])
            // Empty cells are NULL.
            #expect(try await values("SELECT size_band FROM warehouse.customers WHERE customer_id = 'C2'") == ["NULL"])
            #expect(try await values("SELECT month::text FROM warehouse.targets") == ["2026-03-01"])
            #expect(try await values("SELECT amount::text FROM warehouse.opportunities WHERE opportunity_id = 'OP1'")
                == ["3200000.00"])
            // +08:00 is eight hours ahead of UTC.
            #expect(try await values("""
                SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                FROM warehouse.opportunities WHERE opportunity_id = 'OP1'
                """) == ["2026-03-01T02:00:00Z"])
            // A stay's place in its history is its line order.
            #expect(try await values("""
                SELECT opportunity_id || ' ' || seq || ' ' || stage_key FROM warehouse.stage_history ORDER BY 1
                """) == ["OP1 1 qualify", "OP1 2 compare", "OP1 3 won", "OP3 1 qualify"])
        }
    }

    @Test func importingTheSameDataSetTwiceChangesNothing() async throws {
        try await TestCluster.withDatabase { client, _ in
            try await Self.load(.valid, into: client)
            let first = try await WarehouseSnapshot.take(client)
            let second = try await Self.load(.valid, into: client)
            #expect(second.totalRows == 36)
            #expect(try await WarehouseSnapshot.take(client) == first)
        }
    }

    /// One contract rule broken once, on top of the valid data set, and the exact report.
    struct Breakage: Sendable, CustomTestStringConvertible {
        let name: String
        let fixture: DataSetFixture
        let expected: [String]
        var testDescription: String { name }
    }

    static let breakages: [Breakage] = [
        Breakage(
            name: "missing reference",
            fixture: DataSetFixture.valid.replacing(
                "activities.csv", line: 3, with: "o1,A2,R9,quote_sent,2026-03-06T10:00:00+08:00,OP1,C1,"),
            expected: ["activities.csv:3: rep_id: no reps with rep_id R9 in org o1"]
        ),
        Breakage(
            name: "reference to another org's record",
            fixture: DataSetFixture.valid.replacing(
                "opportunities.csv", line: 4, with: "o2,OP3,main,C1,R1,2026-03-05T09:00:00+08:00,open,,,,,,"),
            expected: [
                "opportunities.csv:4: customer_id: no customers with customer_id C1 in org o2",
                "opportunities.csv:4: pipeline_id: no pipelines with pipeline_id main in org o2",
            ]
        ),
        Breakage(
            name: "bare timestamp",
            fixture: DataSetFixture.valid.replacing(
                "opportunities.csv", line: 2,
                with: "o1,OP1,main,C1,R2,2026-03-01T10:00:00,won,ct,展会,3200000.00,2026-03-20T15:00:00+08:00,,"),
            expected: [
                "opportunities.csv:2: created_at: timestamp \"2026-03-01T10:00:00\" has no offset; write it with one, e.g. +08:00 or Z",
            ]
        ),
        Breakage(
            name: "overlapping stays",
            fixture: DataSetFixture.valid.replacing(
                "stage_history.csv", line: 3,
                with: "o1,OP1,compare,2026-03-04T10:00:00+08:00,2026-03-20T15:00:00+08:00"),
            expected: ["stage_history.csv:3: entered_at: stay overlaps the stay at line 2 of opportunity OP1"]
        ),
        Breakage(
            name: "a stay that ends before it starts",
            fixture: DataSetFixture.valid.replacing(
                "stage_history.csv", line: 2,
                with: "o1,OP1,qualify,2026-03-01T10:00:00+08:00,2026-03-01T09:59:59+08:00"),
            expected: ["stage_history.csv:2: exited_at: is before entered_at"]
        ),
        Breakage(
            name: "a stage of no pipeline of the opportunity",
            fixture: DataSetFixture.valid.replacing(
                "stage_history.csv", line: 5, with: "o1,OP3,negotiate,2026-03-05T09:00:00+08:00,"),
            expected: ["stage_history.csv:5: stage_key: no stage negotiate in pipeline main"]
        ),
        Breakage(
            name: "a second open stay",
            fixture: DataSetFixture.valid.replacing(
                "stage_history.csv", line: 4, with: "o1,OP1,won,2026-03-20T15:00:00+08:00,")
                .replacing("stage_history.csv", line: 3, with: "o1,OP1,compare,2026-03-05T10:00:00+08:00,"),
            expected: [
                "stage_history.csv:4: entered_at: stay overlaps the stay at line 3 of opportunity OP1",
                "stage_history.csv:4: exited_at: a second open stay of opportunity OP1 (the first is at line 3)",
            ]
        ),
        Breakage(
            name: "lost without loss reason",
            fixture: DataSetFixture.valid.replacing(
                "opportunities.csv", line: 3,
                with: "o1,OP2,main,C2,R2,2026-03-02T09:00:00+08:00,lost,,官网,,2026-03-10T12:00:00+08:00,,联影医疗"),
            expected: ["opportunities.csv:3: loss_reason_code: required when status is lost"]
        ),
        Breakage(
            name: "unknown column",
            fixture: DataSetFixture.valid.replacing(
                "activities.csv", line: 1,
                with: "org_id,activity_id,rep_id,type,occurred_at,opportunity_id,customer_id,evidnce_ok"),
            expected: ["activities.csv:1: evidnce_ok: unknown column"]
        ),
        Breakage(
            name: "bad enum value",
            fixture: DataSetFixture.valid.replacing("reps.csv", line: 3, with: "o1,R2,east-t1,李娜,sales,2024-03-01,R1"),
            expected: ["reps.csv:3: role: \"sales\" is not one of rep, manager, director"]
        ),
        Breakage(
            name: "a NUL character, in CSV and in NDJSON",
            fixture: {
                var fixture = DataSetFixture.valid.replacing("products.csv", line: 2, with: "o1,ct,64排\u{0}CT,影像")
                fixture.files["pipelines.csv"] = nil
                fixture.files["pipelines.ndjson"] = [#"{"org_id":"o1","pipeline_id":"main","name":"医院\u0000流程"}"#]
                return fixture
            }(),
            expected: [
                "pipelines.ndjson:1: name: contains a NUL character (U+0000), which cannot be stored",
                "products.csv:2: name: contains a NUL character (U+0000), which cannot be stored",
            ]
        ),
        Breakage(
            name: "a file that is no entity",
            fixture: {
                var fixture = DataSetFixture.valid
                fixture.files["activity.csv"] = fixture.files["activities.csv"]
                return fixture
            }(),
            expected: ["activity.csv:1: file: activity is not an entity of the data contract"]
        ),
        Breakage(
            name: "id given twice",
            fixture: DataSetFixture.valid.replacing(
                "activities.csv", line: 4, with: "o1,A1,R1,intervention,2026-03-08T10:00:00+08:00,OP3,C1,false"),
            expected: ["activities.csv:4: activity_id: duplicate of line 2"]
        ),
        Breakage(
            name: "an entity given as CSV and as NDJSON",
            fixture: {
                var fixture = DataSetFixture.valid
                fixture.files["activities.ndjson"] = [#"{"org_id":"o1","activity_id":"A9","rep_id":"R2","type":"call","occurred_at":"2026-03-01T11:00:00+08:00"}"#]
                return fixture
            }(),
            expected: ["activities.ndjson:1: file: activities is also given as activities.csv"]
        ),
        Breakage(
            name: "several rules at once, all reported in file and line order",
            fixture: DataSetFixture.valid
                .replacing("reps.csv", line: 4, with: "o2,R1,t1,张敏,rep,2023-02-30,")
                .replacing("activities.csv", line: 2, with: "o1,A1,R2,call,2026-03-01 11:00,OP1,C1,yes")
                .replacing("payments.csv", line: 2, with: "o1,P1,OP1,2026-04-20T00:00:00+08:00,-5,"),
            expected: [
                "activities.csv:2: evidence_ok: \"yes\" is not a boolean (true or false)",
                "activities.csv:2: occurred_at: timestamp \"2026-03-01 11:00\" has no offset; write it with one, e.g. +08:00 or Z",
                "payments.csv:2: amount: \"-5\" is not an amount (a decimal >= 0 with at most 2 fraction digits)",
                "reps.csv:4: hired_on: \"2023-02-30\" is not a date of the form YYYY-MM-DD",
            ]
        ),
    ]

    @Test(arguments: breakages)
    func aBrokenRuleIsReportedAndChangesNothing(_ breakage: Breakage) async throws {
        try await TestCluster.withDatabase { client, _ in
            try await Self.load(.valid, into: client)
            let before = try await WarehouseSnapshot.take(client)
            #expect(try await Self.rejection(of: breakage.fixture, by: client) == breakage.expected)
            #expect(try await WarehouseSnapshot.take(client) == before)
        }
    }

    /// Rule 3 allows touching stays, zero-length stays and gaps between stays.
    @Test func stayShapesTheContractAllows() async throws {
        var fixture = DataSetFixture.valid
        fixture.files["stage_history.csv"] = [
            fixture.files["stage_history.csv"]![0],
            "o1,OP1,qualify,2026-03-01T10:00:00+08:00,2026-03-03T10:00:00+08:00",
            "o1,OP1,compare,2026-03-04T10:00:00+08:00,2026-03-04T10:00:00+08:00",
            "o1,OP1,compare,2026-03-04T02:00:00Z,2026-03-20T15:00:00+08:00",
            "o1,OP1,won,2026-03-20T15:00:00+08:00,2026-03-20T15:00:00+08:00",
            "o1,OP1,won,2026-03-20T15:00:00+08:00,",
        ]
        try await TestCluster.withDatabase { client, _ in
            try await Self.load(fixture, into: client)
            #expect(try await WarehouseSnapshot.take(client).counts["stage_history"] == 5)
        }
    }

    /// Imports never interleave: two at once end as one import would.
    @Test func concurrentImportsOfTheSameDataSetEndAsOne() async throws {
        try await TestCluster.withDatabase { client, _ in
            async let first = Self.load(.valid, into: client)
            async let second = Self.load(.valid, into: client)
            let totals = try await [first.totalRows, second.totalRows]
            #expect(totals == [36, 36])
            #expect(try await WarehouseSnapshot.take(client).counts == DataSetFixture.validCounts)
        }
    }

    @Test func anUnreadableFolderIsNamed() async throws {
        try await TestCluster.withDatabase { client, _ in
            let path = "/nonexistent/funnelhouse-\(UUID().uuidString)"
            do throws(ImportError) {
                _ = try await Importer(client: client, logger: TestCluster.logger).importDataSet(at: URL(fileURLWithPath: path))
                Issue.record("a missing folder imported")
            } catch {
                #expect(error.lines.count == 1)
                #expect(error.lines.first?.hasPrefix("\(path): cannot read: ") == true, "\(error.lines)")
            }
        }
    }

    @Test func aBrokenDataSetLeavesAnEmptyWarehouseEmpty() async throws {
        try await TestCluster.withDatabase { client, _ in
            let empty = try await WarehouseSnapshot.take(client)
            let broken = DataSetFixture.valid.replacing(
                "activities.csv", line: 3, with: "o1,A2,R9,quote_sent,2026-03-06T10:00:00+08:00,OP1,C1,")
            #expect(try await Self.rejection(of: broken, by: client)
                == ["activities.csv:3: rep_id: no reps with rep_id R9 in org o1"])
            #expect(try await WarehouseSnapshot.take(client) == empty)
        }
    }

    /// The report keeps 100 lines and counts the rest, whichever check found them.
    @Test(arguments: [
        ("R9", "rep_id: no reps with rep_id R9 in org o1"),
        ("R2,bad", "record: 9 fields, but the header has 8"),
    ])
    func aLongReportIsCappedAndCountsEveryProblem(repCell: String, message: String) async throws {
        var fixture = DataSetFixture.valid
        fixture.files["activities.csv"] = [fixture.files["activities.csv"]![0]] + (1...150).map {
            "o1,B\($0),\(repCell),call,2026-03-01T11:00:00+08:00,OP1,C1,true"
        }
        try await TestCluster.withDatabase { client, _ in
            let lines = try await Self.rejection(of: fixture, by: client)
            #expect(lines.count == 101)
            #expect(lines.first == "activities.csv:2: \(message)")
            #expect(lines.dropLast().last == "activities.csv:101: \(message)")
            #expect(lines.last == "… and 50 more problems")
        }
    }

    @Test func theSameInstantWithAnotherOffsetIsTheSameRecord() async throws {
        try await TestCluster.withDatabase { client, _ in
            try await Self.load(.valid, into: client)
            let before = try await WarehouseSnapshot.take(client)
            let utc = DataSetFixture.valid
                .replacing("opportunities.csv", line: 2,
                           with: "o1,OP1,main,C1,R2,2026-03-01T02:00:00Z,won,ct,展会,3200000.00,2026-03-20T07:00:00Z,,")
                .replacing("stage_history.csv", line: 2,
                           with: "o1,OP1,qualify,2026-03-01T02:00:00Z,2026-03-05T02:00:00Z")
                .replacing("activities.csv", line: 2, with: "o1,A1,R2,call,2026-03-01T03:00:00Z,OP1,C1,true")
                // Part of daily_logs' identity: another spelling must not make a second log.
                .replacing("daily_logs.csv", line: 2, with: "o1,R2,2026-03-02,2026-03-02T10:00:00Z,true")
            try await Self.load(utc, into: client)
            #expect(try await WarehouseSnapshot.take(client) == before)
            #expect(try await TestCluster.strings(client, """
                SELECT (created_at = '2026-03-01T10:00:00+08:00' AND created_at = '2026-03-01T02:00:00Z')::text
                FROM warehouse.opportunities WHERE opportunity_id = 'OP1'
                """) == ["true"])
        }
    }

    /// Spellings ISO 8601 allows and PostgreSQL's own parser does not (a comma before the
    /// fraction, an offset past ±15:59) still load, as the instant they name.
    @Test func everyAcceptedSpellingLoads() async throws {
        // The comma needs quoting in CSV.
        let quoted = DataSetFixture.valid.replacing(
            "activities.csv", line: 2, with: "o1,A1,R2,call,\"2026-03-01t19:00:00,25+16:00\",OP1,C1,true")
        try await TestCluster.withDatabase { client, _ in
            try await Self.load(quoted, into: client)
            #expect(try await TestCluster.strings(client, """
                SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
                FROM warehouse.activities WHERE activity_id = 'A1'
                """) == ["2026-03-01T03:00:00.250000Z"])
        }
    }

    @Test func aDataSetWrittenInUTCStoresTheSameInstants() async throws {
        let utc = DataSetFixture.valid.replacing(
            "opportunities.csv", line: 2,
            with: "o1,OP1,main,C1,R2,2026-03-01T02:00:00Z,won,ct,展会,3200000.00,2026-03-20T07:00:00Z,,")
        let instants = "SELECT extract(epoch FROM created_at)::bigint::text FROM warehouse.opportunities ORDER BY opportunity_id"
        let fromOffset = try await TestCluster.withDatabase { client, _ in
            try await Self.load(.valid, into: client)
            return try await TestCluster.strings(client, instants)
        }
        let fromUTC = try await TestCluster.withDatabase { client, _ in
            try await Self.load(utc, into: client)
            return try await TestCluster.strings(client, instants)
        }
        // 2026-03-01T02:00:00Z is 1772330400 seconds after the epoch.
        #expect(fromOffset.first == "1772330400")
        #expect(fromUTC == fromOffset)
    }

    @Test func aRecordImportedAgainReplacesTheStoredOneAndItsHistory() async throws {
        try await TestCluster.withDatabase { client, _ in
            try await Self.load(.valid, into: client)
            // A partial data set: it refers to the pipeline, customer and rep already stored.
            let update = DataSetFixture(files: [
                "opportunities.csv": [
                    DataSetFixture.valid.files["opportunities.csv"]![0],
                    "o1,OP3,main,C1,R2,2026-03-05T09:00:00+08:00,won,,,1000.50,2026-03-12T09:00:00+08:00,,",
                ],
                "stage_history.csv": [
                    DataSetFixture.valid.files["stage_history.csv"]![0],
                    "o1,OP3,qualify,2026-03-05T09:00:00+08:00,2026-03-12T09:00:00+08:00",
                    "o1,OP3,won,2026-03-12T09:00:00+08:00,",
                ],
            ])
            let summary = try await Self.load(update, into: client)
            #expect(summary.totalRows == 3)
            #expect(try await TestCluster.strings(client, """
                SELECT status || ' ' || amount FROM warehouse.opportunities WHERE opportunity_id = 'OP3'
                """) == ["won 1000.50"])
            #expect(try await TestCluster.strings(client, """
                SELECT opportunity_id || ' ' || seq || ' ' || stage_key || ' ' || (exited_at IS NULL)
                FROM warehouse.stage_history ORDER BY 1
                """) == ["OP1 1 qualify false", "OP1 2 compare false", "OP1 3 won true", "OP3 1 qualify false", "OP3 2 won true"])
            #expect(try await WarehouseSnapshot.take(client).counts["opportunities"] == 3)
        }
    }

    @Test func ndjsonRecordsImportLikeTheirCSVForm() async throws {
        var ndjson = DataSetFixture.valid
        ndjson.files["activities.csv"] = nil
        ndjson.files["activities.ndjson"] = [
            #"{"org_id":"o1","activity_id":"A1","rep_id":"R2","type":"call","occurred_at":"2026-03-01T11:00:00+08:00","opportunity_id":"OP1","customer_id":"C1","evidence_ok":true}"#,
            "",
            // Key order is free, an absent optional key and null are both NULL, booleans may be text.
            #"{"activity_id": "A2", "org_id": "o1", "rep_id": "R2", "type": "quote_sent", "occurred_at": "2026-03-06T10:00:00+08:00", "opportunity_id": "OP1", "customer_id": "C1", "evidence_ok": null}"#,
            #"{"org_id":"o1","activity_id":"A3","rep_id":"R1","type":"intervention","occurred_at":"2026-03-08T02:00:00Z","opportunity_id":"OP3","customer_id":"\u0043\u0031","evidence_ok":"false"}"#,
        ]
        try await TestCluster.withDatabase { client, _ in
            try await Self.load(.valid, into: client)
            let fromCSV = try await WarehouseSnapshot.take(client)
            let summary = try await Self.load(ndjson, into: client)
            #expect(summary.rows[.activities] == 3)
            #expect(try await WarehouseSnapshot.take(client) == fromCSV)

            // Lines are physical lines: the blank line 2 counts.
            let broken = ndjson.replacing(
                "activities.ndjson", line: 4,
                with: #"{"org_id":"o1","activity_id":"A3","rep_id":"R1","type":"intervention","occurred_at":"2026-03-08T02:00:00Z","evidnce_ok":false}"#)
            #expect(try await Self.rejection(of: broken, by: client) == ["activities.ndjson:4: evidnce_ok: unknown column"])
            #expect(try await WarehouseSnapshot.take(client) == fromCSV)
        }
    }

    // MARK: -

    @discardableResult
    static func load(_ fixture: DataSetFixture, into client: PostgresClient) async throws -> ImportSummary {
        let folder = try fixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        return try await Importer(client: client, logger: TestCluster.logger).importDataSet(at: folder)
    }

    /// The report lines of an import that must be rejected (none, recorded as a failure, if it loads).
    static func rejection(of fixture: DataSetFixture, by client: PostgresClient) async throws -> [String] {
        let folder = try fixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try await Importer(client: client, logger: TestCluster.logger).importDataSet(at: folder)
            Issue.record("the data set was imported, but it breaks the contract")
            return []
        } catch .rejected(let problems, let total) {
            return ContractProblem.report(problems, total: total)
        } catch {
            Issue.record("expected a rejection, got \(error)")
            return error.lines
        }
    }
}
