-- lossDrivers: among opportunities closed (won or lost) in the period, per group, the closed
-- and lost counts of every value of the nine non-time dimensions that has at least 20 closed
-- deals of its own in the group (NULL values skipped). One row per (group, value); a group's
-- totals repeat on each of its rows, and a group without such values comes as one row with
-- NULL value columns. Lift, loss rate and the chi-square test are the caller's arithmetic
-- on these counts (metrics.md "Loss drivers").
--
-- $1 org, $2 the grouped dimensions (for labels), $3 the minimum closed deals of a value (20).
-- Slots the planner fills: group_key and where as in funnel.sql, over
-- reporting.opportunity_facts dated by closed_on.
WITH closed AS (
    SELECT f.status, f.region_id, f.city_id, f.team_id, f.rep_id, f.product_id, f.channel, f.industry,
           f.customer_size, f.closed_tenure_band, {{group_key}} AS group_key
    FROM reporting.opportunity_facts f
    WHERE f.status IN ('won', 'lost')
      AND {{where}}
),
groups AS (
    SELECT group_key, count(*) AS closed, count(*) FILTER (WHERE status = 'lost') AS lost FROM closed GROUP BY group_key
    UNION ALL
    SELECT ARRAY[]::text[], 0, 0 WHERE cardinality($2::text[]) = 0 AND NOT EXISTS (SELECT 1 FROM closed)
),
cells AS (
    -- One pass over the closed deals: each deal contributes its nine dimension values.
    SELECT c.group_key, d.dimension, d.ordinal, d.id,
           count(*) AS closed, count(*) FILTER (WHERE c.status = 'lost') AS lost
    FROM closed c
    CROSS JOIN LATERAL (VALUES
        ('REGION', 1, c.region_id), ('CITY', 2, c.city_id), ('TEAM', 3, c.team_id), ('REP', 4, c.rep_id),
        ('PRODUCT', 5, c.product_id), ('CHANNEL', 6, c.channel), ('INDUSTRY', 7, c.industry),
        ('CUSTOMER_SIZE', 8, c.customer_size), ('TENURE_BAND', 9, c.closed_tenure_band)
    ) AS d(dimension, ordinal, id)
    WHERE d.id IS NOT NULL
    GROUP BY c.group_key, d.dimension, d.ordinal, d.id
    HAVING count(*) >= $3::integer
)
SELECT array_replace(g.group_key, NULL, '') AS group_key, reporting.group_labels($1::text, $2::text[], g.group_key) AS group_labels,
       g.closed::bigint, g.lost::bigint,
       c.dimension, c.id, coalesce(reporting.group_label($1::text, c.dimension, c.id), c.id) AS label,
       c.closed::bigint AS value_closed, c.lost::bigint AS value_lost
FROM groups g
LEFT JOIN cells c ON c.group_key = g.group_key
ORDER BY g.group_key, c.ordinal, c.id
