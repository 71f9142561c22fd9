-- stageDwell: one row per (group, open stage), over the stays that ended in the period.
-- overTimeoutRate: share of those stays longer than the stage's timeout_hours (NULL when the
-- stage has none). The idle-time rule of stalls is a different measure (metrics.md "Stalls").
--
-- $1 org, $2 pipeline (NULL: the org's first), $3 the grouped dimensions (for labels).
-- Slots the planner fills: group_key and where, as in funnel.sql.
WITH pipeline AS (
    SELECT coalesce($2::text, (SELECT min(pipeline_id) FROM warehouse.pipelines WHERE org_id = $1::text)) AS pipeline_id
),
stages AS (
    SELECT s.stage_key, s.name, s.position, s.timeout_hours
    FROM warehouse.stages s JOIN pipeline p ON s.pipeline_id = p.pipeline_id
    WHERE s.org_id = $1::text AND s.kind = 'open'
),
stays AS (
    SELECT f.stage_key, f.dwell_hours, f.timeout_hours, {{group_key}} AS group_key
    FROM reporting.stage_stays f JOIN pipeline p ON f.pipeline_id = p.pipeline_id
    WHERE f.kind = 'open' AND {{where}}
),
groups AS (
    SELECT DISTINCT group_key FROM stays
    UNION
    SELECT ARRAY[]::text[] WHERE cardinality($3::text[]) = 0
),
dwell AS (
    SELECT group_key, stage_key, count(*) AS stays,
           avg(dwell_hours) AS avg_hours,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY dwell_hours) AS median_hours,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY dwell_hours) AS p90_hours,
           count(*) FILTER (WHERE dwell_hours > timeout_hours)::float8 / nullif(count(timeout_hours), 0) AS over_timeout_rate
    FROM stays GROUP BY group_key, stage_key
)
SELECT array_replace(g.group_key, NULL, '') AS group_key, reporting.group_labels($1::text, $3::text[], g.group_key) AS group_labels,
       s.stage_key, s.name, s.position, s.timeout_hours, coalesce(d.stays, 0)::bigint AS stays,
       d.avg_hours::float8, d.median_hours::float8, d.p90_hours::float8, d.over_timeout_rate
FROM groups g CROSS JOIN stages s
LEFT JOIN dwell d ON d.group_key = g.group_key AND d.stage_key = s.stage_key
ORDER BY g.group_key, s.position
