import Foundation
import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import Testing

/// `benchmarks` over org A (医疗器械, Asia/Shanghai) and its peers, March 2026.
///
/// LEAD_24H_FOLLOWUP_RATE:
/// - A: P1 (R1) 1 / 2, P2 (R2) 2 / 2: the org 3 / 4 = 0.75 (WATCH); a manager of R1 sees
///   0.5 (ALERT), rep P2 1.0 (EXCELLENT).
/// - Peers (医疗器械): B1 1 / 4 = 0.25 (on 03-02), B2 2 / 4 = 0.5, B3 3 / 4 = 0.75,
///   B4 4 / 4 = 1.0 (on 03-20), B5 in America/New_York: N1 on time at 03-31 23:00 local
///   (04-01 UTC), N2 never answered on 03-20, N3 never answered at 02-28 23:30 local (03-01
///   UTC): local dates give 1 / 2 = 0.5 (UTC dates would give 0 / 2).
/// - Z (汽车) 0 / 1: another industry, never a peer.
/// Sorted peers 0.25, 0.5, 0.5, 0.75, 1.0; percentile_cont at p·(n − 1) = 1, 2, 3:
/// P25 0.5, P50 0.5, P75 0.75. With A among them P50 would be 0.625; with Z P25 0.3125; with
/// B5 on UTC dates P25 0.25.
/// COLLABORATION_48H_RATE: only B1–B4 have tasks: 4 peers, withheld. WIN_RATE: nobody closed.
@Suite struct BenchmarkTests {
    static let fixture = """
        INSERT INTO warehouse.orgs (org_id, name, industry, timezone) VALUES
            ('A', '甲公司', '医疗器械', 'Asia/Shanghai'), ('B1', '乙一', '医疗器械', 'Asia/Shanghai'),
            ('B2', '乙二', '医疗器械', 'Asia/Shanghai'), ('B3', '乙三', '医疗器械', 'Asia/Shanghai'),
            ('B4', '乙四', '医疗器械', 'Asia/Shanghai'), ('B5', '纽约乙五', '医疗器械', 'America/New_York'),
            ('Z', '汽车公司', '汽车', 'Asia/Shanghai');
        INSERT INTO warehouse.regions VALUES ('A', 'R1', '华东战区'), ('A', 'R2', '华南战区');
        INSERT INTO warehouse.teams VALUES ('A', 'T1', 'R1', '华东一组'), ('A', 'T2', 'R2', '华南一组');
        INSERT INTO warehouse.reps VALUES ('A', 'P1', 'T1', '张伟', 'manager', '2020-01-01', NULL),
                                          ('A', 'P2', 'T2', '李娜', 'manager', '2020-01-01', NULL);
        INSERT INTO warehouse.leads (org_id, lead_id, created_at, channel, assigned_rep_id, first_response_at) VALUES
            ('A', 'L1', '2026-03-20T09:00+08', '展会', 'P1', '2026-03-20T10:00+08'),
            ('A', 'L2', '2026-03-20T09:00+08', '展会', 'P1', NULL),
            ('A', 'L3', '2026-03-20T09:00+08', '展会', 'P2', '2026-03-20T10:00+08'),
            ('A', 'L4', '2026-03-20T09:00+08', '展会', 'P2', '2026-03-20T10:00+08'),
            ('B5', 'N1', '2026-03-31T23:00-04:00', '官网', NULL, '2026-04-01T08:00-04:00'),
            ('B5', 'N2', '2026-03-20T10:00-04:00', '官网', NULL, NULL),
            ('B5', 'N3', '2026-02-28T23:30-05:00', '官网', NULL, NULL),
            ('Z', 'Z1', '2026-03-20T09:00+08', '展会', NULL, NULL);
        INSERT INTO warehouse.leads (org_id, lead_id, created_at, channel, first_response_at)
        SELECT s.org, s.org || '-' || n, s.created::timestamptz, '展会',
               CASE WHEN n <= s.ok THEN s.created::timestamptz + interval '1 hour' END
        FROM (VALUES ('B1', 1, '2026-03-02T09:00+08'), ('B2', 2, '2026-03-20T09:00+08'),
                     ('B3', 3, '2026-03-20T09:00+08'), ('B4', 4, '2026-03-20T09:00+08')) AS s(org, ok, created)
        CROSS JOIN LATERAL generate_series(1, 4) AS n;
        INSERT INTO warehouse.tasks (org_id, task_id, department, requested_at, completed_at) VALUES
            ('B1', 'K1', '法务', '2026-03-10T09:00+08', '2026-03-11T09:00+08'),
            ('B2', 'K1', '法务', '2026-03-10T09:00+08', NULL),
            ('B3', 'K1', '法务', '2026-03-10T09:00+08', '2026-03-11T09:00+08'),
            ('B4', 'K1', '法务', '2026-03-10T09:00+08', '2026-03-11T09:00+08');
        """

    static let director = AccessScope(orgID: "A", role: .director)
    static let query = """
        { benchmarks(period: {from: "2026-03-01", to: "2026-03-31"}) {
            industry peerOrgs rows { kpi label value numerator denominator band alertLine healthyLine excellentLine
                                     peers suppressed p25 p50 p75 } } }
        """

    static func withEngine<T: Sendable>(
        extra: String = "", _ body: (_ run: (String, AccessScope) async -> QueryResult) async throws -> T
    ) async throws -> T {
        try await TestCluster.withDatabase { client, _ in
            try await FunnelFixture.load(client, fixture + extra)
            let engine = try EngineFixture.engine(client)
            return try await body { query, scope in await engine.execute(query: query, scope: scope, logger: TestCluster.logger) }
        }
    }

    static func row(_ result: QueryResult, _ kpi: String) -> JSONValue? {
        guard case .array(let rows)? = result.data?["benchmarks"]?["rows"] else { return nil }
        return rows.first { $0["kpi"] == .string(kpi) }
    }

    static func number(_ value: Double?) -> JSONValue { value.map { .double($0) } ?? .null }

    @Test func fivePeersAreShownFourAreWithheld() async throws {
        let result = try await Self.withEngine { run in await run(Self.query, Self.director) }
        #expect(result.errors == [])
        #expect(result.data?["benchmarks"]?["industry"] == .string("医疗器械"))
        // B1–B5: the org itself and Z (汽车) are not peers.
        #expect(result.data?["benchmarks"]?["peerOrgs"] == .int(5))
        expectClose(Self.row(result, "LEAD_24H_FOLLOWUP_RATE"), .object([
            ("kpi", .string("LEAD_24H_FOLLOWUP_RATE")), ("label", .string("线索24小时跟进率")),
            ("value", .double(0.75)), ("numerator", .double(3)), ("denominator", .double(4)), ("band", .string("WATCH")),
            ("alertLine", .double(0.6)), ("healthyLine", .double(0.9)), ("excellentLine", .double(0.95)),
            ("peers", .int(5)), ("suppressed", .bool(false)), ("p25", .double(0.5)), ("p50", .double(0.5)), ("p75", .double(0.75)),
        ]))
        // Four peers with tasks (B1 1/1, B2 0/1, B3 1/1, B4 1/1): withheld; A has none.
        expectClose(Self.row(result, "COLLABORATION_48H_RATE"), .object([
            ("kpi", .string("COLLABORATION_48H_RATE")), ("label", .string("跨部门48小时协同率")),
            ("value", .null), ("numerator", .double(0)), ("denominator", .double(0)), ("band", .null),
            ("alertLine", .double(0.6)), ("healthyLine", .double(0.76)), ("excellentLine", .double(0.9)),
            ("peers", .int(4)), ("suppressed", .bool(true)), ("p25", .null), ("p50", .null), ("p75", .null),
        ]))
        // WIN_RATE is listed without band or lines.
        expectClose(Self.row(result, "WIN_RATE"), .object([
            ("kpi", .string("WIN_RATE")), ("label", .string("赢单率")),
            ("value", .null), ("numerator", .double(0)), ("denominator", .double(0)), ("band", .null),
            ("alertLine", .null), ("healthyLine", .null), ("excellentLine", .null),
            ("peers", .int(0)), ("suppressed", .bool(true)), ("p25", .null), ("p50", .null), ("p75", .null),
        ]))
    }

    @Test func sixPeersInterpolateLinearly() async throws {
        // B6 0 / 1: sorted v0..v5 = 0, 0.25, 0.5, 0.5, 0.75, 1.0; positions p · 5 = 1.25, 2.5, 3.75:
        // P25 = v1 + 0.25 · (v2 − v1) = 0.3125, P50 = v2 + 0.5 · (v3 − v2) = 0.5,
        // P75 = v3 + 0.75 · (v4 − v3) = 0.5 + 0.75 · 0.25 = 0.6875.
        let result = try await Self.withEngine(extra: """

            INSERT INTO warehouse.orgs (org_id, name, industry, timezone) VALUES ('B6', '乙六', '医疗器械', 'Asia/Shanghai');
            INSERT INTO warehouse.leads (org_id, lead_id, created_at, channel) VALUES ('B6', 'X1', '2026-03-20T09:00+08', '展会');
            """) { run in await run(Self.query, Self.director) }
        let row = Self.row(result, "LEAD_24H_FOLLOWUP_RATE")
        #expect(result.data?["benchmarks"]?["peerOrgs"] == .int(6))
        #expect(row?["peers"] == .int(6))
        expectClose(row?["p25"], .double(0.3125))
        expectClose(row?["p50"], .double(0.5))
        expectClose(row?["p75"], .double(0.6875))
    }

    /// What a caller can vary — scope, period, arguments — never isolates one peer's value.
    @Test func aPeersValueCannotBeRecoveredByVaryingTheRequest() async throws {
        let (director, manager, rep, filtered, narrowed) = try await Self.withEngine { run in
            (
                await run(Self.query, Self.director),
                await run(Self.query, AccessScope(orgID: "A", role: .manager, regions: ["R1"])),
                await run(Self.query, AccessScope(orgID: "A", role: .rep, rep: "P2")),
                // No filter argument exists: a filter on another field cannot cut the peers.
                await run("""
                    { benchmarks(period: {from: "2026-03-01", to: "2026-03-31"}, filter: {regions: ["R1"]}) { peerOrgs } }
                    """, Self.director),
                // March 15–31 leaves B1 (its leads are on 03-02) without a value: 4 peers, withheld,
                // so the difference with the whole month reveals nothing about B1.
                await run(Self.query.replacingOccurrences(of: "2026-03-01", with: "2026-03-15"), Self.director)
            )
        }
        let peerFields = ["peers", "suppressed", "p25", "p50", "p75"]
        func peerSide(_ result: QueryResult) -> [JSONValue?] {
            guard case .array(let rows)? = result.data?["benchmarks"]?["rows"] else { return [] }
            return rows.flatMap { row in peerFields.map { row[$0] } } + [result.data?["benchmarks"]?["peerOrgs"]]
        }
        // The scope changes the org's own value (0.75, 0.5 for R1, 1.0 for P2) and nothing else.
        #expect(Self.row(director, "LEAD_24H_FOLLOWUP_RATE")?["value"] == .double(0.75))
        #expect(Self.row(manager, "LEAD_24H_FOLLOWUP_RATE")?["value"] == .double(0.5))
        #expect(Self.row(manager, "LEAD_24H_FOLLOWUP_RATE")?["band"] == .string("ALERT"))
        #expect(Self.row(rep, "LEAD_24H_FOLLOWUP_RATE")?["value"] == .double(1))
        #expect(!peerSide(director).isEmpty)
        #expect(peerSide(manager) == peerSide(director))
        #expect(peerSide(rep) == peerSide(director))
        #expect(filtered.errors.map(\.code) == [.validationFailed])
        #expect(filtered.data == nil)
        #expect(Self.row(narrowed, "LEAD_24H_FOLLOWUP_RATE").map { row in peerFields.map { row[$0] } } == [
            .int(4), .bool(true), .null, .null, .null,
        ])
    }
}
