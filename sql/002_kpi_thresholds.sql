-- Behaviour-health KPI thresholds (shared/spec/metrics.md): the white papers' defaults, and
-- each organisation's own lines where an admin has set them.

CREATE TABLE warehouse.kpi_threshold_defaults (
    kpi            text PRIMARY KEY,
    better         text NOT NULL CHECK (better IN ('lower', 'higher')),
    alert_line     numeric,
    healthy_line   numeric,
    excellent_line numeric,
    label_zh       text NOT NULL,
    label_en       text NOT NULL,
    position       integer NOT NULL UNIQUE
);

INSERT INTO warehouse.kpi_threshold_defaults
    (position, kpi, better, alert_line, healthy_line, excellent_line, label_zh, label_en)
VALUES
    (1,  'PROGRESS_UPDATE_INTERVAL_HOURS', 'lower',  24,   8,    4,    '进展更新间隔（小时）', 'Progress update interval (hours)'),
    (2,  'STALL_UNHANDLED_RATE',           'lower',  0.15, 0.05, 0.02, '停滞未处理率',         'Unhandled stall rate'),
    (3,  'DAILY_LOG_VALID_RATE',           'higher', 0.75, 0.90, 0.98, '日志有效提交率',       'Valid daily log rate'),
    (4,  'MANAGER_INTERVENTION_RATE',      'higher', 0.60, 0.85, 0.95, '主管干预率',           'Manager intervention rate'),
    (5,  'FIRST_QUOTE_DAYS',               'lower',  5,    3.5,  2,    '首次报价天数',         'Days to first quote'),
    (6,  'ACTION_COMPLETENESS',            'higher', 0.70, 0.85, 0.95, '必做动作完成度',       'Required action completeness'),
    (7,  'ACTION_TIMELINESS_HOURS',        'lower',  12,   4.2,  2,    '必做动作及时性（小时）', 'Required action timeliness (hours)'),
    (8,  'ACTION_EFFECTIVENESS',           'higher', 0.20, 0.31, 0.40, '动作有效率',           'Action effectiveness'),
    (9,  'COLLABORATION_48H_RATE',         'higher', 0.60, 0.76, 0.90, '跨部门48小时协同率',   'Cross-department 48 h completion rate'),
    (10, 'LEAD_24H_FOLLOWUP_RATE',         'higher', 0.60, 0.90, 0.95, '线索24小时跟进率',     'Lead 24 h follow-up rate'),
    (11, 'COMMITMENT_ON_TIME_RATE',        'higher', 0.80, 0.90, 0.97, '承诺按时兑现率',       'Commitments kept on time'),
    (12, 'COLLECTION_ON_TIME_RATE',        'higher', 0.70, 0.85, 0.95, '回款按时率',           'Collections on time'),
    (13, 'WIN_RATE',                       'higher', NULL, NULL, NULL, '赢单率',               'Win rate');

-- An org's own lines; a NULL line falls back to the default.
CREATE TABLE warehouse.org_kpi_thresholds (
    org_id         text NOT NULL REFERENCES warehouse.orgs ON DELETE CASCADE,
    kpi            text NOT NULL REFERENCES warehouse.kpi_threshold_defaults,
    alert_line     numeric,
    healthy_line   numeric,
    excellent_line numeric,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, kpi)
);

CREATE VIEW warehouse.effective_kpi_thresholds AS
SELECT o.org_id,
       d.kpi,
       d.better,
       coalesce(t.alert_line, d.alert_line)         AS alert_line,
       coalesce(t.healthy_line, d.healthy_line)     AS healthy_line,
       coalesce(t.excellent_line, d.excellent_line) AS excellent_line,
       d.label_zh,
       d.label_en,
       d.position
FROM warehouse.orgs o
CROSS JOIN warehouse.kpi_threshold_defaults d
LEFT JOIN warehouse.org_kpi_thresholds t ON t.org_id = o.org_id AND t.kpi = d.kpi;
