import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import PostgresNIO
import Testing

/// An org in Asia/Shanghai whose reps each sit exactly on one band of two KPIs in March 2026.
///
/// Regions R1 (team T1: P1, P2) and R2 (team T2: P3, P4, P5); every lead is in city SH (R1).
///
/// | rep | March leads on time       | March progress gaps        | band (both KPIs)         |
/// |-----|---------------------------|----------------------------|--------------------------|
/// | P1  | 19 / 20 = 0.95            | 4 h, 4 h: mean 4           | EXCELLENT (on the line)  |
/// | P2  | 9 / 10 = 0.90             | 8 h                        | HEALTHY (on the line)    |
/// | P3  | 3 / 5 = 0.60              | 24 h                       | WATCH (on the alert line)|
/// | P4  | 599 / 1000 = 0.599        | 24 h + 1 s                 | ALERT (just past it)     |
/// | P5  | 1 / 1 = 1.0               | none: value null           | EXCELLENT / null         |
///
/// Lines (defaults, metrics.md): LEAD_24H_FOLLOWUP_RATE (higher) alert 0.60, healthy 0.90,
/// excellent 0.95; PROGRESS_UPDATE_INTERVAL_HOURS (lower) alert 24, healthy 8, excellent 4.
/// April: P1 1 / 2 leads on time, P2 0 / 1; P1 one gap of 2 h. WIN_RATE: O1 (P1) won in March.
enum HealthFixture {
    static let sql = """
        INSERT INTO warehouse.orgs (org_id, name, industry, timezone) VALUES ('H', '健康公司', '医疗器械', 'Asia/Shanghai');
        INSERT INTO warehouse.regions VALUES ('H', 'R1', '华东战区'), ('H', 'R2', '华南战区');
        INSERT INTO warehouse.cities VALUES ('H', 'SH', 'R1', '上海');
        INSERT INTO warehouse.teams VALUES ('H', 'T1', 'R1', '华东一组'), ('H', 'T2', 'R2', '华南一组');
        INSERT INTO warehouse.reps VALUES ('H', 'P1', 'T1', '张伟', 'rep', '2020-01-01', NULL),
            ('H', 'P2', 'T1', '李娜', 'rep', '2020-01-01', NULL), ('H', 'P3', 'T2', '王芳', 'rep', '2020-01-01', NULL),
            ('H', 'P4', 'T2', '刘洋', 'rep', '2020-01-01', NULL), ('H', 'P5', 'T2', '陈静', 'rep', '2020-01-01', NULL);
        INSERT INTO warehouse.customers VALUES ('H', 'C1', '上海中心医院', '医院', 'large', 'SH');
        INSERT INTO warehouse.pipelines VALUES ('H', 'main', '主流程');
        INSERT INTO warehouse.stages (org_id, pipeline_id, stage_key, name, position, kind) VALUES
            ('H', 'main', 's1', '需求诊断', 1, 'open'), ('H', 'main', 'won', '赢单', 2, 'won'), ('H', 'main', 'lost', '输单', 3, 'lost');
        INSERT INTO warehouse.opportunities (org_id, opportunity_id, pipeline_id, customer_id, rep_id, created_at, status, closed_at) VALUES
            ('H', 'O1', 'main', 'C1', 'P1', '2026-03-01T10:00+08', 'won', '2026-03-20T10:00+08');
        -- Leads: the first `ok` of each rep's answered within the hour, the rest never.
        INSERT INTO warehouse.leads (org_id, lead_id, created_at, channel, city_id, assigned_rep_id, first_response_at)
        SELECT 'H', s.rep || '-' || s.month || '-' || n, s.created::timestamptz, '展会', 'SH', s.rep,
               CASE WHEN n <= s.ok THEN s.created::timestamptz + interval '1 hour' END
        FROM (VALUES ('P1', 3, 20, 19, '2026-03-10T09:00+08'), ('P2', 3, 10, 9, '2026-03-10T09:00+08'),
                     ('P3', 3, 5, 3, '2026-03-10T09:00+08'), ('P4', 3, 1000, 599, '2026-03-10T09:00+08'),
                     ('P5', 3, 1, 1, '2026-03-10T09:00+08'),
                     ('P1', 4, 2, 1, '2026-04-10T09:00+08'), ('P2', 4, 1, 0, '2026-04-10T09:00+08')) AS s(rep, month, total, ok, created)
        CROSS JOIN LATERAL generate_series(1, s.total) AS n;
        INSERT INTO warehouse.activities (org_id, activity_id, rep_id, type, occurred_at) VALUES
            ('H', 'A11', 'P1', 'progress_update', '2026-03-02T10:00+08'), ('H', 'A12', 'P1', 'progress_update', '2026-03-02T14:00+08'),
            ('H', 'A13', 'P1', 'progress_update', '2026-03-02T18:00+08'),
            ('H', 'A21', 'P2', 'progress_update', '2026-03-02T10:00+08'), ('H', 'A22', 'P2', 'progress_update', '2026-03-02T18:00+08'),
            ('H', 'A31', 'P3', 'progress_update', '2026-03-02T10:00+08'), ('H', 'A32', 'P3', 'progress_update', '2026-03-03T10:00+08'),
            ('H', 'A41', 'P4', 'progress_update', '2026-03-02T10:00+08'), ('H', 'A42', 'P4', 'progress_update', '2026-03-03T10:00:01+08'),
            ('H', 'A14', 'P1', 'progress_update', '2026-04-02T10:00+08'), ('H', 'A15', 'P1', 'progress_update', '2026-04-02T12:00+08');
        """

    static let director = AccessScope(orgID: "H", role: .director)
    static let admin = AccessScope(orgID: "H", role: .admin)

    /// Loads the fixture once and hands a function running queries against it.
    static func withEngine<T: Sendable>(
        _ body: (_ run: (String, AccessScope) async -> QueryResult) async throws -> T
    ) async throws -> T {
        try await EngineFixture.withEngine(sql, body)
    }

    /// `{kpi value band}` as the tests select it.
    static func banded(_ kpi: String, _ value: Double?, _ band: String?) -> JSONValue {
        .object([("kpi", .string(kpi)), ("value", value.map { .double($0) } ?? .null), ("band", band.map { .string($0) } ?? .null)])
    }
}

extension JSONValue {
    /// Equal, with numbers within 1e-9 (metrics.md asks two implementations to agree to
    /// 1e-6; PostgreSQL's numeric division and Swift's double arithmetic may differ in the
    /// last bit of values like 631 / 1036).
    func isClose(to other: JSONValue) -> Bool {
        switch (self, other) {
        case let (.double(a), .double(b)): return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
        case let (.int(a), .double(b)), let (.double(b), .int(a)): return abs(Double(a) - b) <= 1e-9 * max(1, abs(b))
        case let (.array(a), .array(b)): return a.count == b.count && zip(a, b).allSatisfy { $0.isClose(to: $1) }
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value.isClose(to: $1.value) }
        default: return self == other
        }
    }
}

/// `actual` is `expected`, numbers within 1e-9; the message shows both when not.
func expectClose(_ actual: JSONValue?, _ expected: JSONValue, sourceLocation: SourceLocation = #_sourceLocation) {
    let close = actual.map { $0.isClose(to: expected) } ?? false
    #expect(close, "\(String(describing: actual)) is not \(expected)", sourceLocation: sourceLocation)
}

extension JSONValue {
    /// The element at `index` of an array, nil otherwise.
    subscript(index: Int) -> JSONValue? {
        guard case .array(let items) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }
}
