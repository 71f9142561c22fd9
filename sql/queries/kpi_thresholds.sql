-- The org's effective lines of one KPI (its own where set, else the white papers' defaults).
-- $1 org, $2 KPI. Columns: kpi, label_zh, lower_is_better, alert, healthy, excellent, customized.
SELECT t.kpi, t.label_zh, t.better = 'lower' AS lower_is_better,
       t.alert_line::float8, t.healthy_line::float8, t.excellent_line::float8,
       EXISTS (SELECT 1 FROM warehouse.org_kpi_thresholds o WHERE o.org_id = t.org_id AND o.kpi = t.kpi) AS customized
FROM warehouse.effective_kpi_thresholds t
WHERE t.org_id = $1::text AND t.kpi = $2::text
