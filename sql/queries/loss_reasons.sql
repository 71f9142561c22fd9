-- lossReasons: lost opportunities with closed_at in the period, by group and reason. One row
-- per (group, reason); a group without lost deals (only possible without groupBy, which
-- always answers one series) comes as one row with NULL reason columns.
--
-- metrics.md "Loss reasons": count, amount (NULL amount counts as 0), share of the group's
-- lost count. Reasons in a group by count, then amount, descending, then code.
--
-- $1 org, $2 the grouped dimensions (for labels). Slots the planner fills: group_key and
-- where as in funnel.sql, over reporting.opportunity_facts dated by closed_on.
WITH lost AS (
    SELECT f.loss_reason_code AS code, coalesce(f.amount, 0) AS amount, {{group_key}} AS group_key
    FROM reporting.opportunity_facts f
    WHERE f.status = 'lost'
      AND {{where}}
),
groups AS (
    SELECT group_key, count(*) AS lost_count, sum(amount) AS lost_amount FROM lost GROUP BY group_key
    UNION ALL
    SELECT ARRAY[]::text[], 0, 0 WHERE cardinality($2::text[]) = 0 AND NOT EXISTS (SELECT 1 FROM lost)
),
cells AS (
    SELECT group_key, code, count(*) AS lost_count, sum(amount) AS amount FROM lost GROUP BY group_key, code
)
SELECT array_replace(g.group_key, NULL, '') AS group_key, reporting.group_labels($1::text, $2::text[], g.group_key) AS group_labels,
       g.lost_count::bigint, g.lost_amount::float8,
       c.code, coalesce(r.name, c.code) AS name, c.lost_count::bigint AS count, c.amount::float8 AS amount,
       c.lost_count::float8 / g.lost_count AS share
FROM groups g
LEFT JOIN cells c ON c.group_key = g.group_key
LEFT JOIN warehouse.loss_reasons r ON r.org_id = $1::text AND r.code = c.code
ORDER BY g.group_key, c.lost_count DESC, c.amount DESC, c.code
