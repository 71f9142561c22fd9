-- An admin's lines for one KPI of the org, replacing the org's earlier ones (all three are
-- written, already merged with the effective lines and checked by the engine).
-- $1 org, $2 KPI, $3 alert, $4 healthy, $5 excellent (decimal text, so 0.9 is exactly 0.9);
-- $6 whether the org had its own lines when the engine read them, $7..$9 those lines.
--
-- The write happens only if the lines are still the ones the engine checked against: with two
-- admins changing one KPI at once, the second finds the first's row (INSERT waits for it, then
-- the DO UPDATE condition sees it) and writes nothing, rather than combining two checks into
-- lines nobody checked. Answers one row when written.
INSERT INTO warehouse.org_kpi_thresholds (org_id, kpi, alert_line, healthy_line, excellent_line, updated_at)
SELECT $1::text, $2::text, $3::text::numeric, $4::text::numeric, $5::text::numeric, now()
WHERE $6::text::boolean OR NOT EXISTS (SELECT 1 FROM warehouse.org_kpi_thresholds WHERE org_id = $1::text AND kpi = $2::text)
ON CONFLICT (org_id, kpi) DO UPDATE
SET alert_line = EXCLUDED.alert_line, healthy_line = EXCLUDED.healthy_line,
    excellent_line = EXCLUDED.excellent_line, updated_at = EXCLUDED.updated_at
WHERE $6::text::boolean
  AND org_kpi_thresholds.alert_line IS NOT DISTINCT FROM $7::text::numeric
  AND org_kpi_thresholds.healthy_line IS NOT DISTINCT FROM $8::text::numeric
  AND org_kpi_thresholds.excellent_line IS NOT DISTINCT FROM $9::text::numeric
RETURNING 1
