import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import Testing

/// `slice` over `reporting.kpi_facts`, on an org in America/New_York (UTC-5, UTC-4 from
/// 8 March 2026), numbers worked out by hand from metrics.md.
@Suite struct SliceTests {
    static let fixture = """
        INSERT INTO warehouse.orgs (org_id, name, industry, timezone) VALUES ('K', '纽约分公司', '医疗器械', 'America/New_York');
        INSERT INTO warehouse.regions VALUES ('K', 'R1', '东部');
        INSERT INTO warehouse.cities VALUES ('K', 'NY', 'R1', '纽约');
        INSERT INTO warehouse.teams VALUES ('K', 'T1', 'R1', '一组');
        INSERT INTO warehouse.reps VALUES ('K', 'P1', 'T1', '王芳', 'rep', '2024-02-29', NULL);
        INSERT INTO warehouse.customers VALUES ('K', 'C1', '纽约医院', '医院', 'key', 'NY');
        INSERT INTO warehouse.pipelines VALUES ('K', 'main', '主流程');
        INSERT INTO warehouse.stages (org_id, pipeline_id, stage_key, name, position, kind) VALUES
            ('K', 'main', 's1', '需求诊断', 1, 'open'), ('K', 'main', 'won', '赢单', 2, 'won'), ('K', 'main', 'lost', '输单', 3, 'lost');
        INSERT INTO warehouse.loss_reasons VALUES ('K', 'PRICE', '价格');
        -- WIN_RATE in March (local): O1 won 03-01 01:00; O2 lost 02-28 23:30 local (03-01 04:30Z), outside;
        -- O3 lost 03-31 23:00 EDT. March: 1 won of 2 closed.
        INSERT INTO warehouse.opportunities (org_id, opportunity_id, pipeline_id, customer_id, rep_id, created_at, status, closed_at, loss_reason_code) VALUES
            ('K', 'O1', 'main', 'C1', 'P1', '2026-02-01T10:00-05:00', 'won',  '2026-03-01T01:00-05:00', NULL),
            ('K', 'O2', 'main', 'C1', 'P1', '2026-02-01T10:00-05:00', 'lost', '2026-03-01T04:30Z', 'PRICE'),
            ('K', 'O3', 'main', 'C1', 'P1', '2026-02-01T10:00-05:00', 'lost', '2026-03-31T23:00-04:00', 'PRICE');
        -- LEAD_24H_FOLLOWUP_RATE: L1 answered exactly 24 h later (on time), L2 a second late, L3 never: 1 of 3.
        INSERT INTO warehouse.leads (org_id, lead_id, created_at, channel, city_id, assigned_rep_id, first_response_at) VALUES
            ('K', 'L1', '2026-03-02T09:00-05:00', '展会', 'NY', 'P1', '2026-03-03T09:00-05:00'),
            ('K', 'L2', '2026-03-03T09:00-05:00', '展会', 'NY', 'P1', '2026-03-04T09:00:01-05:00'),
            ('K', 'L3', '2026-03-04T09:00-05:00', '官网', 'NY', 'P1', NULL);
        -- COLLECTION_ON_TIME_RATE: 100 paid at its due instant, 300 paid a day late: 100 / 400.
        INSERT INTO warehouse.payments VALUES
            ('K', 'Y1', 'O1', '2026-03-10T12:00-04:00', 100, '2026-03-10T16:00Z'),
            ('K', 'Y2', 'O1', '2026-03-15T12:00-04:00', 300, '2026-03-16T12:00-04:00');
        -- PROGRESS_UPDATE_INTERVAL_HOURS: updates 02-27 10:00, 03-02 10:00, 03-02 16:00, 03-03 10:00.
        -- The 02-27 → 03-02 gap starts before March: out. March gaps 6 h and 18 h: mean 12.
        INSERT INTO warehouse.activities (org_id, activity_id, rep_id, type, occurred_at) VALUES
            ('K', 'A1', 'P1', 'progress_update', '2026-02-27T10:00-05:00'),
            ('K', 'A2', 'P1', 'progress_update', '2026-03-02T10:00-05:00'),
            ('K', 'A3', 'P1', 'progress_update', '2026-03-02T16:00-05:00'),
            ('K', 'A4', 'P1', 'progress_update', '2026-03-03T10:00-05:00');
        """

    func slice(_ arguments: String) async throws -> QueryResult {
        try await EngineFixture.result("""
            { slice(measures: [WIN_RATE, LEAD_24H_FOLLOWUP_RATE, COLLECTION_ON_TIME_RATE, PROGRESS_UPDATE_INTERVAL_HOURS],
                    period: {from: "2026-03-01", to: "2026-03-31"}\(arguments)) {
                totalRows ignoredFilters rows { key { id } values { kpi value numerator denominator } } } }
            """, fixture: Self.fixture, scope: AccessScope(orgID: "K", role: .director))
    }

    static func value(_ kpi: String, _ value: Double?, _ numerator: Double, _ denominator: Double) -> JSONValue {
        .object([
            ("kpi", .string(kpi)), ("value", value.map { .double($0) } ?? .null),
            ("numerator", .double(numerator)), ("denominator", .double(denominator)),
        ])
    }

    @Test func wholeOrgInItsOwnTimezone() async throws {
        let result = try await slice("")
        #expect(result.errors == [])
        #expect(result.data?["slice"] == .object([
            ("totalRows", .int(1)), ("ignoredFilters", .array([])),
            ("rows", .array([.object([("key", .array([])), ("values", .array([
                Self.value("WIN_RATE", 0.5, 1, 2),
                Self.value("LEAD_24H_FOLLOWUP_RATE", 1.0 / 3.0, 1, 3),
                Self.value("COLLECTION_ON_TIME_RATE", 0.25, 100, 400),
                Self.value("PROGRESS_UPDATE_INTERVAL_HOURS", 12, 24, 2),
            ]))])])),
        ]))
    }

    @Test func filtersAKpiDoesNotCarryAreIgnoredForItAndReported() async throws {
        // No deal has a product: the deal KPIs are empty; leads and progress gaps ignore it.
        let result = try await slice(", filter: {products: [\"X\"]}")
        #expect(result.data?["slice"]?["ignoredFilters"] == .array([.string("PRODUCT")]))
        guard case .array(let rows)? = result.data?["slice"]?["rows"] else { Issue.record("no rows"); return }
        #expect(rows.first?["values"] == .array([
            Self.value("WIN_RATE", nil, 0, 0),
            Self.value("LEAD_24H_FOLLOWUP_RATE", 1.0 / 3.0, 1, 3),
            Self.value("COLLECTION_ON_TIME_RATE", nil, 0, 0),
            Self.value("PROGRESS_UPDATE_INTERVAL_HOURS", 12, 24, 2),
        ]))
    }

    @Test func groupedByDayOrderedByAMeasureAndCut() async throws {
        // Days with items in March: 03-01 (O1 won), 03-02 (L1, gap 6 h), 03-03 (L2, gap 18 h),
        // 03-04 (L3), 03-10 (Y1), 03-15 (Y2), 03-31 (O3 lost). LEAD_24H by day: 03-02 1/1,
        // 03-03 0/1, 03-04 0/1; the rest have none (null, last).
        let result = try await slice(", groupBy: [DAY], orderBy: [{measure: LEAD_24H_FOLLOWUP_RATE}], limit: 3")
        #expect(result.errors == [])
        #expect(result.data?["slice"]?["totalRows"] == .int(7))
        guard case .array(let rows)? = result.data?["slice"]?["rows"] else { Issue.record("no rows"); return }
        #expect(rows.map { $0["key"] } == [
            .array([.object([("id", .string("2026-03-02"))])]),
            .array([.object([("id", .string("2026-03-03"))])]),
            .array([.object([("id", .string("2026-03-04"))])]),
        ])
    }

    @Test func everyKpiHasItemsAndAnEmptyOneIsNull() async throws {
        // The org's only open stage has no timeout and no required actions, and its only
        // activities are progress updates: the process KPIs of sql/006 have no items in March.
        let result = try await TestCluster.withDatabase { client, _ in
            try await FunnelFixture.load(client, Self.fixture)
            let engine = try EngineFixture.engine(client)
            return await engine.execute(query: """
                { slice(measures: [WIN_RATE, STALL_UNHANDLED_RATE, ACTION_COMPLETENESS, ACTION_EFFECTIVENESS],
                        period: {from: "2026-03-01", to: "2026-03-31"}) { rows { values { kpi value numerator denominator } } } }
                """, scope: AccessScope(orgID: "K", role: .director), logger: TestCluster.logger)
        }
        #expect(result.errors == [])
        #expect(result.data?["slice"]?["rows"] == .array([.object([("values", .array([
            Self.value("WIN_RATE", 0.5, 1, 2),
            Self.value("STALL_UNHANDLED_RATE", nil, 0, 0),
            Self.value("ACTION_COMPLETENESS", nil, 0, 0),
            Self.value("ACTION_EFFECTIVENESS", nil, 0, 0),
        ]))])]))
    }
}
