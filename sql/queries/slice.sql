-- slice: the asked measures for every group, groups ranked by the requested order and cut to
-- the limit. One row per (group, measure), measures in the asked order.
--
-- Value = sum(numerator) / sum(denominator) over the group's KPI items (metrics.md: rates
-- from integer counts, pooled means); NULL with an empty denominator.
--
-- $1 org, $2 measures (KPI names, in order), $3 grouped dimensions (for labels), $4 the
-- period's first day (a progress gap counts only when its earlier end is in the period too),
-- $5 the row limit (NULL: all). Slots the planner fills: relation (reporting.kpi_facts: every
-- KPI's items), group_key and where as in funnel.sql,
-- order_joins (one LEFT JOIN of agg per measure it sorts by) and order (the ORDER BY terms).
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
),
ranked AS (
    SELECT g.group_key, row_number() OVER (ORDER BY {{order}}) AS rank, count(*) OVER () AS total_rows
    FROM groups g {{order_joins}}
)
SELECT array_replace(r.group_key, NULL, '') AS group_key, reporting.group_labels($1::text, $3::text[], r.group_key) AS group_labels,
       r.total_rows, m.kpi,
       coalesce(a.numerator, 0)::float8 AS numerator, coalesce(a.denominator, 0)::float8 AS denominator,
       CASE WHEN coalesce(a.denominator, 0) = 0 THEN NULL ELSE (a.numerator / a.denominator)::float8 END AS value
FROM ranked r
CROSS JOIN unnest($2::text[]) WITH ORDINALITY AS m(kpi, position)
LEFT JOIN agg a ON a.group_key = r.group_key AND a.kpi = m.kpi
WHERE $5::integer IS NULL OR r.rank <= $5::integer
ORDER BY r.rank, m.position
