-- An admin's lines for one KPI of the org, replacing the org's earlier ones (all three are
-- written, already merged with the effective lines and checked by the engine).
-- $1 org, $2 KPI, $3 alert, $4 healthy, $5 excellent (decimal text, so 0.9 is exactly 0.9).
INSERT INTO warehouse.org_kpi_thresholds (org_id, kpi, alert_line, healthy_line, excellent_line, updated_at)
VALUES ($1::text, $2::text, $3::text::numeric, $4::text::numeric, $5::text::numeric, now())
ON CONFLICT (org_id, kpi) DO UPDATE
SET alert_line = EXCLUDED.alert_line, healthy_line = EXCLUDED.healthy_line,
    excellent_line = EXCLUDED.excellent_line, updated_at = EXCLUDED.updated_at
