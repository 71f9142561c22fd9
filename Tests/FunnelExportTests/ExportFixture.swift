import Foundation
import FunnelEngine
import FunnelExport
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport

/// Org X (导出公司, 医疗器械, Asia/Shanghai): one rep P1 (hired 2020-01-01) in 华东一组 / 华东战区,
/// no daily logs, no stays, tasks, commitments or payments. Peer Y: same industry, one rep.
///
/// | KPI (X)                        | February 2026         | March 2026                      |
/// |--------------------------------|-----------------------|---------------------------------|
/// | LEAD_24H_FOLLOWUP_RATE         | 2 / 4 = 0.5 (ALERT)   | 9 / 10 = 0.90 (HEALTHY, on line)|
/// | PROGRESS_UPDATE_INTERVAL_HOURS | no gap: null          | gaps 4 h, 8 h: 12 / 2 = 6 (HEALTHY) |
/// | DAILY_LOG_VALID_RATE           | 0 / 20 weekdays = 0   | 0 / 22 weekdays = 0 (ALERT)     |
/// | WIN_RATE                       | nothing closed: null  | O1 won: 1 / 1 (no band)         |
///
/// Y in March: 1 lead, answered late (0 / 1), and 0 / 22 daily logs: one peer with a value
/// for those two KPIs, so its percentiles are withheld (fewer than 5).
enum ExportFixture {
    static let sql = """
        INSERT INTO warehouse.orgs (org_id, name, industry, timezone) VALUES
            ('X', '导出公司', '医疗器械', 'Asia/Shanghai'), ('Y', '同业公司', '医疗器械', 'Asia/Shanghai');
        INSERT INTO warehouse.regions VALUES ('X', 'R1', '华东战区'), ('Y', 'R1', '华北战区');
        INSERT INTO warehouse.cities VALUES ('X', 'SH', 'R1', '上海'), ('Y', 'BJ', 'R1', '北京');
        INSERT INTO warehouse.teams VALUES ('X', 'T1', 'R1', '华东一组'), ('Y', 'T1', 'R1', '华北一组');
        INSERT INTO warehouse.reps VALUES ('X', 'P1', 'T1', '张伟', 'rep', '2020-01-01', NULL),
                                          ('Y', 'P1', 'T1', '王芳', 'rep', '2020-01-01', NULL);
        INSERT INTO warehouse.customers VALUES ('X', 'C1', '上海中心医院', '医院', 'large', 'SH');
        INSERT INTO warehouse.pipelines VALUES ('X', 'main', '主流程');
        INSERT INTO warehouse.stages (org_id, pipeline_id, stage_key, name, position, kind) VALUES
            ('X', 'main', 's1', '需求诊断', 1, 'open'), ('X', 'main', 'won', '赢单', 2, 'won'), ('X', 'main', 'lost', '输单', 3, 'lost');
        INSERT INTO warehouse.opportunities (org_id, opportunity_id, pipeline_id, customer_id, rep_id, created_at, status, closed_at) VALUES
            ('X', 'O1', 'main', 'C1', 'P1', '2026-03-01T10:00+08', 'won', '2026-03-20T10:00+08');
        INSERT INTO warehouse.leads (org_id, lead_id, created_at, channel, city_id, assigned_rep_id, first_response_at)
        SELECT s.org, s.org || s.month || '-' || n, s.created::timestamptz, '展会', s.city, 'P1',
               CASE WHEN n <= s.ok THEN s.created::timestamptz + interval '1 hour' END
        FROM (VALUES ('X', 2, 4, 2, 'SH', '2026-02-10T09:00+08'), ('X', 3, 10, 9, 'SH', '2026-03-10T09:00+08'),
                     ('Y', 3, 1, 0, 'BJ', '2026-03-10T09:00+08')) AS s(org, month, total, ok, city, created)
        CROSS JOIN LATERAL generate_series(1, s.total) AS n;
        INSERT INTO warehouse.activities (org_id, activity_id, rep_id, type, occurred_at) VALUES
            ('X', 'A1', 'P1', 'progress_update', '2026-03-02T10:00+08'),
            ('X', 'A2', 'P1', 'progress_update', '2026-03-02T14:00+08'),
            ('X', 'A3', 'P1', 'progress_update', '2026-03-02T22:00+08');
        """

    static let march = (from: "2026-03-01", to: "2026-03-31")
    static let generatedAt = Date(timeIntervalSince1970: 1_795_000_000)

    /// An exporter over a fresh database holding the fixture, running as `scope`.
    static func withExporter<T: Sendable>(
        _ body: (_ table: (ExportRequest, AccessScope) async throws -> ExportTable, _ database: TestDatabase) async throws -> T
    ) async throws -> T {
        try await TestCluster.withDatabase { client, database in
            try await FunnelFixture.load(client, sql)
            let engine = QueryEngine(
                planner: try ReportPlanner(sqlDirectory: TestCluster.migrations),
                reader: WarehouseReader(client: client, logger: TestCluster.logger)
            )
            let exporter = try Exporter(documentsFolder: TestCluster.migrations.appendingPathComponent("exports"))
            return try await body({ request, scope in
                try await exporter.table(request, generatedAt: generatedAt) { document, variables in
                    let result = await engine.execute(query: document, variables: variables, scope: scope, logger: TestCluster.logger)
                    return (result.data, result.errors)
                }
            }, database)
        }
    }
}
