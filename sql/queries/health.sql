-- health: every asked KPI for every group, with the org's effective lines and the band.
--
-- Values as in slice.sql: sum(numerator) / sum(denominator) over the group's KPI items, NULL
-- with an empty denominator. The band is decided in exact numeric by reporting.kpi_band
-- (sql/008_health.sql), on the sums, never on the float value.
--
-- $1 org, $2 KPIs (names, in order), $3 grouped dimensions (for labels), $4 the period's
-- first day (a progress gap counts only when its earlier end is in the period too).
-- Slots the planner fills: relation (every KPI's items), group_key and where, as in slice.sql.
WITH items AS (
    SELECT f.kpi, f.numerator, f.denominator, {{group_key}} AS group_key
    FROM {{relation}} f
    WHERE f.kpi = ANY($2::text[]) AND (f.since_on IS NULL OR f.since_on >= $4::date)
      AND {{where}}
),
agg AS (
    SELECT group_key, kpi, sum(numerator) AS numerator, sum(denominator) AS denominator
    FROM items GROUP BY group_key, kpi
),
groups AS (
    SELECT DISTINCT group_key FROM items
    UNION
    SELECT ARRAY[]::text[] WHERE cardinality($3::text[]) = 0
)
SELECT array_replace(g.group_key, NULL, '') AS group_key, reporting.group_labels($1::text, $3::text[], g.group_key) AS group_labels,
       m.kpi,
       coalesce(a.numerator, 0)::float8 AS numerator, coalesce(a.denominator, 0)::float8 AS denominator,
       CASE WHEN coalesce(a.denominator, 0) = 0 THEN NULL ELSE (a.numerator / a.denominator)::float8 END AS value,
       reporting.kpi_band(t.better, t.alert_line, t.healthy_line, t.excellent_line, a.numerator, a.denominator) AS band,
       t.alert_line::float8, t.healthy_line::float8, t.excellent_line::float8, t.better = 'lower' AS lower_is_better
FROM groups g
CROSS JOIN unnest($2::text[]) WITH ORDINALITY AS m(kpi, position)
JOIN warehouse.effective_kpi_thresholds t ON t.org_id = $1::text AND t.kpi = m.kpi
LEFT JOIN agg a ON a.group_key = g.group_key AND a.kpi = m.kpi
ORDER BY g.group_key, m.position
