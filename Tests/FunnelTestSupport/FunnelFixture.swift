import FunnelWarehouse
import Logging
public import PostgresNIO

/// A hand-made org for the funnel: six deals in March 2026 (Asia/Shanghai), one just outside.
///
/// Stages: s1 需求诊断 (1), s2 方案比价 (2), s3 合同谈判 (3) open; won (4); lost (5).
/// Region 华东 (team T1, rep P1) and 华南 (team T2, rep P2).
///
/// | deal | rep | created (local)    | status | stays (hours)                          | standing |
/// |------|-----|--------------------|--------|----------------------------------------|----------|
/// | O1   | P1  | 03-02 10:00        | won    | s1 24, s2 48, won open (s3 skipped)    | won      |
/// | O2   | P1  | 03-10 00:00        | lost   | s1 12, s2 12, lost open                | 2        |
/// | O3   | P2  | 03-15 00:00        | open   | s1 24, s3 open (s2 skipped)            | 3        |
/// | O4   | P2  | 03-20 00:00        | lost   | none                                   | 1        |
/// | O5   | P1  | 03-31 23:30        | open   | s1 open                                | 1        |
/// | O6   | P1  | 04-01 00:30 (out)  | open   | s1 open                                | 1        |
/// | O7   | P2  | 03-05 00:00        | open   | s1 24, s3 24, s2 open (moved back)     | 3        |
public enum FunnelFixture {
    public static let sql = """
        INSERT INTO warehouse.orgs (org_id, name, industry, timezone) VALUES ('A', '甲公司', '医疗器械', 'Asia/Shanghai');
        INSERT INTO warehouse.regions VALUES ('A', 'R1', '华东战区'), ('A', 'R2', '华南战区');
        INSERT INTO warehouse.cities VALUES ('A', 'SH', 'R1', '上海');
        INSERT INTO warehouse.teams VALUES ('A', 'T1', 'R1', '华东一组'), ('A', 'T2', 'R2', '华南一组');
        INSERT INTO warehouse.reps VALUES ('A', 'P1', 'T1', '张伟', 'rep', '2024-01-01', NULL),
                                          ('A', 'P2', 'T2', '李娜', 'rep', '2020-01-01', NULL);
        INSERT INTO warehouse.customers VALUES ('A', 'C1', '上海中心医院', '医院', 'large', 'SH');
        INSERT INTO warehouse.pipelines VALUES ('A', 'main', '主流程');
        INSERT INTO warehouse.stages (org_id, pipeline_id, stage_key, name, position, kind, timeout_hours) VALUES
            ('A', 'main', 's1', '需求诊断', 1, 'open', 72), ('A', 'main', 's2', '方案比价', 2, 'open', 72),
            ('A', 'main', 's3', '合同谈判', 3, 'open', 72), ('A', 'main', 'won', '赢单', 4, 'won', NULL),
            ('A', 'main', 'lost', '输单', 5, 'lost', NULL);
        INSERT INTO warehouse.loss_reasons VALUES ('A', 'PRICE', '价格');
        INSERT INTO warehouse.opportunities (org_id, opportunity_id, pipeline_id, customer_id, rep_id, created_at, status, closed_at, loss_reason_code) VALUES
            ('A', 'O1', 'main', 'C1', 'P1', '2026-03-02T10:00+08', 'won',  '2026-03-05T10:00+08', NULL),
            ('A', 'O2', 'main', 'C1', 'P1', '2026-03-10T00:00+08', 'lost', '2026-03-11T00:00+08', 'PRICE'),
            ('A', 'O3', 'main', 'C1', 'P2', '2026-03-15T00:00+08', 'open', NULL, NULL),
            ('A', 'O4', 'main', 'C1', 'P2', '2026-03-20T00:00+08', 'lost', '2026-03-21T00:00+08', 'PRICE'),
            ('A', 'O5', 'main', 'C1', 'P1', '2026-03-31T23:30+08', 'open', NULL, NULL),
            ('A', 'O6', 'main', 'C1', 'P1', '2026-04-01T00:30+08', 'open', NULL, NULL),
            ('A', 'O7', 'main', 'C1', 'P2', '2026-03-05T00:00+08', 'open', NULL, NULL);
        INSERT INTO warehouse.stage_history (org_id, opportunity_id, seq, stage_key, entered_at, exited_at) VALUES
            ('A', 'O1', 1, 's1',   '2026-03-02T10:00+08', '2026-03-03T10:00+08'),
            ('A', 'O1', 2, 's2',   '2026-03-03T10:00+08', '2026-03-05T10:00+08'),
            ('A', 'O1', 3, 'won',  '2026-03-05T10:00+08', NULL),
            ('A', 'O2', 1, 's1',   '2026-03-10T00:00+08', '2026-03-10T12:00+08'),
            ('A', 'O2', 2, 's2',   '2026-03-10T12:00+08', '2026-03-11T00:00+08'),
            ('A', 'O2', 3, 'lost', '2026-03-11T00:00+08', NULL),
            ('A', 'O3', 1, 's1',   '2026-03-15T00:00+08', '2026-03-16T00:00+08'),
            ('A', 'O3', 2, 's3',   '2026-03-16T00:00+08', NULL),
            ('A', 'O5', 1, 's1',   '2026-03-31T23:30+08', NULL),
            ('A', 'O6', 1, 's1',   '2026-04-01T00:30+08', NULL),
            ('A', 'O7', 1, 's1',   '2026-03-05T00:00+08', '2026-03-06T00:00+08'),
            ('A', 'O7', 2, 's3',   '2026-03-06T00:00+08', '2026-03-07T00:00+08'),
            ('A', 'O7', 3, 's2',   '2026-03-07T00:00+08', NULL);
        """

    /// Loads `sql` (or the default fixture) and refreshes the views.
    public static func load(_ client: PostgresClient, _ script: String = sql) async throws {
        let logger = TestCluster.logger
        for statement in SQLScript(script).statements {
            try await client.query(PostgresQuery(unsafeSQL: statement.text), logger: logger)
        }
        _ = try await ViewRefresher(client: client, logger: logger).refresh()
    }
}
