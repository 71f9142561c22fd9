-- Lost-deal profiles (metrics.md, "Loss clusters"): one row per lost opportunity with the
-- attributes the clustering compares, each with its zh-CN label, plus the dimension columns
-- the planner's period, filter and scope predicates use (the same names as
-- `reporting.opportunity_facts`, dated by `closed_on`).
--
-- A plain view over the materialized `opportunity_facts`: the joins are to small catalogue
-- tables, so it is as fresh as the last refresh without a refresh of its own.
--
-- Lost-at stage = the highest-position open-stage stay, as the funnel's `lostAt`; a deal with
-- no open-stage stay stands at its pipeline's first open stage. TENURE_BAND at `closed_at`.
CREATE VIEW reporting.loss_profiles AS
SELECT f.org_id, f.opportunity_id, f.closed_on, coalesce(f.amount, 0) AS amount,
       f.rep_id, f.team_id, f.region_id, f.city_id, f.industry, f.customer_size, f.product_id, f.channel,
       f.closed_tenure_band,
       f.loss_reason_code, coalesce(r.name, f.loss_reason_code) AS loss_reason_name,
       stage.stage_key AS lost_at_stage, stage.name AS lost_at_stage_name,
       g.name AS region_name, p.name AS product_name,
       (f.competitor IS NOT NULL AND btrim(f.competitor) <> '') AS competitor_named
FROM reporting.opportunity_facts f
LEFT JOIN warehouse.loss_reasons r ON r.org_id = f.org_id AND r.code = f.loss_reason_code
LEFT JOIN warehouse.regions g ON g.org_id = f.org_id AND g.region_id = f.region_id
LEFT JOIN warehouse.products p ON p.org_id = f.org_id AND p.product_id = f.product_id
LEFT JOIN LATERAL (
    SELECT s.stage_key, s.name
    FROM warehouse.stages s
    WHERE s.org_id = f.org_id AND s.pipeline_id = f.pipeline_id AND s.kind = 'open'
      AND (f.max_open_position IS NULL OR s.position = f.max_open_position)
    ORDER BY s.position
    LIMIT 1
) stage ON true
WHERE f.status = 'lost';
