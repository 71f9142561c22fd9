import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import Testing

/// `closedDeals` on a hand-made org in America/Los_Angeles (UTC−8 in winter), numbers worked
/// out by hand from the brief and metrics.md (WIN_RATE: won / (won + lost) among deals whose
/// `closed_at` local date is in the period; NULL amount counts 0).
///
/// | deal | rep (team, region)   | status | amount | closed_at (local)          |
/// |------|----------------------|--------|--------|----------------------------|
/// | W01  | P1 (T1, R1 华东战区) | won    | 100000 | 2026-01-10 10:00           |
/// | W02  | P1                   | won    | NULL   | 2026-01-20 10:00           |
/// | W03  | P1                   | lost   | 40000  | 2026-01-31 23:30 (UTC: 02-01) |
/// | W04  | P2 (T2, R2 华南战区) | won    | 60000  | 2026-01-15 10:00           |
/// | W05  | P2                   | lost   | NULL   | 2026-02-03 10:00           |
/// | W06  | P2                   | lost   | 30000  | 2026-02-10 10:00           |
/// | W07  | P1                   | won    | 50000  | 2026-02-28 23:30 (UTC: 03-01) |
/// | W08  | P1                   | won    | 20000  | 2026-03-01 00:30 (outside) |
/// | W09  | P1                   | won    | 70000  | 2025-12-31 23:30 (outside) |
/// | W10  | P2                   | open   | 90000  | —                          |
///
/// Period 2026-01-01…2026-02-28. January: W01, W02, W03, W04 — won 3 (160000), lost 1
/// (40000). February: W05, W06, W07 — won 1 (50000), lost 2 (30000).
@Suite struct ClosedDealsTests {
    static let fixture = """
        INSERT INTO warehouse.orgs (org_id, name, industry, timezone) VALUES ('W', '丙公司', '医疗器械', 'America/Los_Angeles');
        INSERT INTO warehouse.regions VALUES ('W', 'R1', '华东战区'), ('W', 'R2', '华南战区');
        INSERT INTO warehouse.cities VALUES ('W', 'SH', 'R1', '上海');
        INSERT INTO warehouse.teams VALUES ('W', 'T1', 'R1', '华东一组'), ('W', 'T2', 'R2', '华南一组');
        INSERT INTO warehouse.reps VALUES ('W', 'P1', 'T1', '张伟', 'rep', '2020-01-01', NULL),
                                          ('W', 'P2', 'T2', '李娜', 'rep', '2020-01-01', NULL);
        INSERT INTO warehouse.customers VALUES ('W', 'C1', '上海中心医院', '医院', 'large', 'SH');
        INSERT INTO warehouse.products VALUES ('W', 'X', '64排CT', '影像');
        INSERT INTO warehouse.pipelines VALUES ('W', 'main', '主流程');
        INSERT INTO warehouse.stages (org_id, pipeline_id, stage_key, name, position, kind) VALUES
            ('W', 'main', 's1', '需求诊断', 1, 'open'), ('W', 'main', 'won', '赢单', 2, 'won'), ('W', 'main', 'lost', '输单', 3, 'lost');
        INSERT INTO warehouse.loss_reasons VALUES ('W', 'PRICE', '价格过高');
        INSERT INTO warehouse.opportunities (org_id, opportunity_id, pipeline_id, customer_id, rep_id, created_at, status,
                                             product_id, amount, closed_at, loss_reason_code) VALUES
            ('W', 'W01', 'main', 'C1', 'P1', '2025-12-01T10:00-08', 'won',  'X', 100000, '2026-01-10T10:00-08', NULL),
            ('W', 'W02', 'main', 'C1', 'P1', '2025-12-01T10:00-08', 'won',  'X', NULL,   '2026-01-20T10:00-08', NULL),
            ('W', 'W03', 'main', 'C1', 'P1', '2025-12-01T10:00-08', 'lost', 'X', 40000,  '2026-01-31T23:30-08', 'PRICE'),
            ('W', 'W04', 'main', 'C1', 'P2', '2025-12-01T10:00-08', 'won',  'X', 60000,  '2026-01-15T10:00-08', NULL),
            ('W', 'W05', 'main', 'C1', 'P2', '2025-12-01T10:00-08', 'lost', 'X', NULL,   '2026-02-03T10:00-08', 'PRICE'),
            ('W', 'W06', 'main', 'C1', 'P2', '2025-12-01T10:00-08', 'lost', 'X', 30000,  '2026-02-10T10:00-08', 'PRICE'),
            ('W', 'W07', 'main', 'C1', 'P1', '2025-12-01T10:00-08', 'won',  'X', 50000,  '2026-02-28T23:30-08', NULL),
            ('W', 'W08', 'main', 'C1', 'P1', '2025-12-01T10:00-08', 'won',  'X', 20000,  '2026-03-01T00:30-08', NULL),
            ('W', 'W09', 'main', 'C1', 'P1', '2025-12-01T10:00-08', 'won',  'X', 70000,  '2025-12-31T23:30-08', NULL),
            ('W', 'W10', 'main', 'C1', 'P2', '2025-12-01T10:00-08', 'open', 'X', 90000,  NULL, NULL);
        """

    static let period = "period: {from: \"2026-01-01\", to: \"2026-02-28\"}"
    static let fields = "{ key { dimension id label } won lost wonAmount lostAmount winRate avgWonAmount }"

    func run(_ queries: [String], scope: AccessScope = AccessScope(orgID: "W", role: .director)) async throws -> [QueryResult] {
        try await EngineFixture.results(queries, fixture: Self.fixture, scope: scope)
    }

    static func month(_ id: String) -> [(String, String, String)] { [("MONTH", id, id)] }

    static func series(
        _ key: [(String, String, String)], won: Int, lost: Int, wonAmount: Double, lostAmount: Double,
        winRate: Double?, avgWonAmount: Double?
    ) -> JSONValue {
        .object([
            ("key", .array(key.map { .object([("dimension", .string($0.0)), ("id", .string($0.1)), ("label", .string($0.2))]) })),
            ("won", .int(won)), ("lost", .int(lost)), ("wonAmount", .double(wonAmount)), ("lostAmount", .double(lostAmount)),
            ("winRate", winRate.map { .double($0) } ?? .null), ("avgWonAmount", avgWonAmount.map { .double($0) } ?? .null),
        ])
    }

    @Test func byMonthInTheOrgsTimezoneWithNullAmounts() async throws {
        let results = try await run([
            "{ closedDeals(\(Self.period), groupBy: [MONTH]) \(Self.fields) }",
            "{ closedDeals(\(Self.period)) \(Self.fields) }",
            "{ closedDeals(period: {from: \"2026-02-01\", to: \"2026-02-28\"}) \(Self.fields) }",
            "{ slice(measures: [WIN_RATE], \(Self.period), groupBy: [MONTH]) { rows { values { numerator denominator } } } }",
        ])
        #expect(results.flatMap(\.errors) == [])
        // The WIN_RATE KPI counts the same deals in the same months.
        #expect(results[3].data?["slice"]?["rows"] == .array([
            .object([("values", .array([.object([("numerator", .double(3)), ("denominator", .double(4))])]))]),
            .object([("values", .array([.object([("numerator", .double(1)), ("denominator", .double(3))])]))]),
        ]))
        // W03 closes 23:30 on 31 January local (1 February in UTC): January. W07 closes 23:30
        // on 28 February local (1 March in UTC): February. W02 and W05 count with amount 0.
        #expect(results[0].data?["closedDeals"] == .array([
            Self.series(Self.month("2026-01"), won: 3, lost: 1, wonAmount: 160_000, lostAmount: 40_000,
                        winRate: 0.75, avgWonAmount: 160_000.0 / 3.0),
            Self.series(Self.month("2026-02"), won: 1, lost: 2, wonAmount: 50_000, lostAmount: 30_000,
                        winRate: 1.0 / 3.0, avgWonAmount: 50_000),
        ]))
        #expect(results[1].data?["closedDeals"] == .array([
            Self.series([], won: 4, lost: 3, wonAmount: 210_000, lostAmount: 70_000, winRate: 4.0 / 7.0, avgWonAmount: 52_500),
        ]))
        #expect(results[2].data?["closedDeals"] == .array([
            Self.series([], won: 1, lost: 2, wonAmount: 50_000, lostAmount: 30_000, winRate: 1.0 / 3.0, avgWonAmount: 50_000),
        ]))
    }

    @Test func withoutClosedDealsOneSeriesWithNullRates() async throws {
        let results = try await run([
            "{ closedDeals(period: {from: \"2025-01-01\", to: \"2025-12-30\"}) \(Self.fields) }",
            "{ closedDeals(period: {from: \"2025-01-01\", to: \"2025-12-30\"}, groupBy: [MONTH]) \(Self.fields) }",
        ])
        #expect(results.flatMap(\.errors) == [])
        #expect(results[0].data?["closedDeals"] == .array([
            Self.series([], won: 0, lost: 0, wonAmount: 0, lostAmount: 0, winRate: nil, avgWonAmount: nil),
        ]))
        #expect(results[1].data?["closedDeals"] == .array([]))
    }

    @Test func aTeamFilterLeavesAMonthWithoutWonDeals() async throws {
        let results = try await run([
            "{ closedDeals(\(Self.period), filter: {teams: [\"T2\"]}, groupBy: [MONTH]) \(Self.fields) }",
            "{ closedDeals(\(Self.period), groupBy: [REGION]) \(Self.fields) }",
        ])
        #expect(results.flatMap(\.errors) == [])
        // T2 is W04, W05, W06.
        #expect(results[0].data?["closedDeals"] == .array([
            Self.series(Self.month("2026-01"), won: 1, lost: 0, wonAmount: 60_000, lostAmount: 0, winRate: 1, avgWonAmount: 60_000),
            Self.series(Self.month("2026-02"), won: 0, lost: 2, wonAmount: 0, lostAmount: 30_000, winRate: 0, avgWonAmount: nil),
        ]))
        #expect(results[1].data?["closedDeals"] == .array([
            Self.series([("REGION", "R1", "华东战区")], won: 3, lost: 1, wonAmount: 150_000, lostAmount: 40_000,
                        winRate: 0.75, avgWonAmount: 50_000),
            Self.series([("REGION", "R2", "华南战区")], won: 1, lost: 2, wonAmount: 60_000, lostAmount: 30_000,
                        winRate: 1.0 / 3.0, avgWonAmount: 60_000),
        ]))
    }

    @Test func aManagerSeesOnlyTheirRegion() async throws {
        let results = try await run([
            "{ closedDeals(\(Self.period)) \(Self.fields) }",
            "{ closedDeals(\(Self.period), filter: {regions: [\"R2\"]}) { won } }",
        ], scope: AccessScope(orgID: "W", role: .manager, regions: ["R1"]))
        // R1 is P1: W01, W02, W03, W07.
        #expect(results[0].errors == [])
        #expect(results[0].data?["closedDeals"] == .array([
            Self.series([], won: 3, lost: 1, wonAmount: 150_000, lostAmount: 40_000, winRate: 0.75, avgWonAmount: 50_000),
        ]))
        #expect(results[1].errors.map(\.message) == ["filter.regions: R2 outside your access scope."])
        #expect(results[1].errors.map(\.code) == [.forbidden])
        // Another org's director sees nothing of org W.
        let stranger = try await run(["{ closedDeals(\(Self.period)) { won lost } }"], scope: AccessScope(orgID: "Z", role: .director))
        #expect(stranger[0].data?["closedDeals"] == .array([.object([("won", .int(0)), ("lost", .int(0))])]))
    }
}
