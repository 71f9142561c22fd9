-- funnel: one row per (group, funnel stage); groups in key order, stages in funnel order
-- (open stages by position, then the won stage).
--
-- metrics.md "Funnel": skipped stages count as reached, won deals reach every stage, a deal
-- with no open-stage stay stands at the first stage, dwell is over closed stays only.
--
-- $1 org, $2 pipeline (NULL: the org's first), $3 the grouped dimensions (for labels).
-- Slots the planner fills: group_key, a text[] of the record's grouping values (empty
-- without groupBy; NULL is a group of its own, returned with id ''); where, the period,
-- filters and the mandatory scope predicate over f.
WITH pipeline AS (
    SELECT coalesce($2::text, (SELECT min(pipeline_id) FROM warehouse.pipelines WHERE org_id = $1::text)) AS pipeline_id
),
stages AS (
    SELECT s.stage_key, s.name, s.position, s.kind,
           row_number() OVER (ORDER BY s.kind = 'won', s.position) AS funnel_order
    FROM warehouse.stages s JOIN pipeline p ON s.pipeline_id = p.pipeline_id
    WHERE s.org_id = $1::text AND s.kind IN ('open', 'won')
),
population AS (
    SELECT f.opportunity_id, f.status,
           coalesce(f.max_open_position, (SELECT min(position) FROM stages WHERE kind = 'open')) AS standing,
           {{group_key}} AS group_key
    FROM reporting.opportunity_facts f JOIN pipeline p ON f.pipeline_id = p.pipeline_id
    WHERE {{where}}
),
groups AS (
    -- Without grouping exactly one series, even when nobody is in the population.
    SELECT group_key, count(*) AS population FROM population GROUP BY group_key
    UNION ALL
    SELECT ARRAY[]::text[], 0 WHERE cardinality($3::text[]) = 0 AND NOT EXISTS (SELECT 1 FROM population)
),
standing AS (
    SELECT group_key, status, standing, count(*) AS deals FROM population GROUP BY group_key, status, standing
),
reach AS (
    SELECT st.group_key, s.stage_key,
           sum(st.deals) FILTER (WHERE st.status = 'won' OR (s.kind = 'open' AND st.standing >= s.position)) AS reached,
           sum(st.deals) FILTER (WHERE s.kind = 'open' AND st.status = 'lost' AND st.standing = s.position) AS lost_at
    FROM standing st CROSS JOIN stages s
    GROUP BY st.group_key, s.stage_key
),
dwell AS (
    SELECT f.group_key, ss.stage_key,
           avg(ss.dwell_hours) AS avg_hours,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ss.dwell_hours) AS median_hours
    FROM population f
    JOIN reporting.stage_stays ss ON ss.org_id = $1::text AND ss.opportunity_id = f.opportunity_id
    WHERE ss.exited_at IS NOT NULL
    GROUP BY f.group_key, ss.stage_key
),
series AS (
    SELECT g.group_key, g.population, s.stage_key, s.name, s.position, s.kind, s.funnel_order,
           coalesce(r.reached, 0)::bigint AS reached, coalesce(r.lost_at, 0)::bigint AS lost_at,
           d.avg_hours::float8 AS avg_hours, d.median_hours::float8 AS median_hours
    FROM groups g CROSS JOIN stages s
    LEFT JOIN reach r ON r.group_key = g.group_key AND r.stage_key = s.stage_key
    LEFT JOIN dwell d ON d.group_key = g.group_key AND d.stage_key = s.stage_key
)
SELECT array_replace(group_key, NULL, '') AS group_key, reporting.group_labels($1::text, $3::text[], group_key) AS group_labels,
       population::bigint, stage_key, name, position, reached,
       CASE WHEN kind = 'won' OR reached = 0 THEN NULL
            ELSE lead(reached) OVER (PARTITION BY group_key ORDER BY funnel_order)::float8 / reached END AS conversion_rate,
       CASE WHEN population = 0 THEN NULL ELSE reached::float8 / population END AS cumulative_rate,
       lost_at, avg_hours, median_hours
FROM series
ORDER BY group_key, funnel_order
