-- closedDeals: won and lost opportunities with closed_at in the period, by group. One row per
-- group; without groupBy always exactly one row (zeros when nothing closed).
--
-- metrics.md WIN_RATE: won / (won + lost) among opportunities closed in the period, NULL when
-- none closed; amounts with a NULL amount counted as 0; avg_won_amount NULL without a won deal.
--
-- $1 org, $2 the grouped dimensions (for labels). Slots the planner fills: group_key and
-- where as in funnel.sql, over reporting.opportunity_facts dated by closed_on.
WITH closed AS (
    SELECT f.status, coalesce(f.amount, 0) AS amount, {{group_key}} AS group_key
    FROM reporting.opportunity_facts f
    WHERE f.status IN ('won', 'lost')
      AND {{where}}
),
groups AS (
    SELECT group_key,
           count(*) FILTER (WHERE status = 'won') AS won,
           count(*) FILTER (WHERE status = 'lost') AS lost,
           coalesce(sum(amount) FILTER (WHERE status = 'won'), 0) AS won_amount,
           coalesce(sum(amount) FILTER (WHERE status = 'lost'), 0) AS lost_amount
    FROM closed GROUP BY group_key
    UNION ALL
    SELECT ARRAY[]::text[], 0, 0, 0, 0 WHERE cardinality($2::text[]) = 0 AND NOT EXISTS (SELECT 1 FROM closed)
)
SELECT array_replace(g.group_key, NULL, '') AS group_key, reporting.group_labels($1::text, $2::text[], g.group_key) AS group_labels,
       g.won::bigint, g.lost::bigint, g.won_amount::float8, g.lost_amount::float8,
       g.won::float8 / nullif(g.won + g.lost, 0) AS win_rate,
       g.won_amount::float8 / nullif(g.won, 0) AS avg_won_amount
FROM groups g
ORDER BY g.group_key
