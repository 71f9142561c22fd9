-- stalls: the live stall list (metrics.md "Stalls"): stays in open stages with a timeout that
-- are open at the as-of time and whose idle time (as-of minus the last reset) exceeds it.
--
-- The as-of replays the past: stays entered after it are left out, a stay that exited after it
-- is still open, activities after it do not reset. The last reset is the stay's latest activity
-- on the opportunity strictly after its entry and at or before the as-of, else the entry.
-- Stays come from reporting.stage_stays (as of its last refresh), activities from the
-- warehouse, through the index on (org_id, opportunity_id, occurred_at).
--
-- $1 org, $2 as-of (RFC 3339 text; NULL: now), $3 the row limit (NULL: all).
-- Slots the planner fills: where (org, filters and scope over the alias f) and order.
WITH clock AS (
    SELECT coalesce($2::text::timestamptz, now()) AS as_of
),
f AS (
    SELECT s.org_id, s.opportunity_id, s.seq, s.pipeline_id, s.stage_key, s.timeout_hours, s.entered_at,
           s.rep_id, s.team_id, s.region_id, s.city_id, s.industry, s.customer_size, s.product_id, s.channel,
           reporting.tenure_band(r.hired_on, (k.as_of AT TIME ZONE g.timezone)::date) AS tenure_band,
           k.as_of
    FROM reporting.stage_stays s
    CROSS JOIN clock k
    JOIN warehouse.orgs g ON g.org_id = s.org_id
    JOIN warehouse.reps r ON r.org_id = s.org_id AND r.rep_id = s.rep_id
    WHERE s.org_id = $1::text AND s.kind = 'open' AND s.timeout_hours IS NOT NULL
      AND s.entered_at <= k.as_of AND (s.exited_at IS NULL OR s.exited_at > k.as_of)
),
stalled AS (
    SELECT f.*, coalesce(last.occurred_at, f.entered_at) AS last_reset_at,
           last.occurred_at AS last_activity_at, last.type AS last_activity_type,
           extract(epoch FROM f.as_of - coalesce(last.occurred_at, f.entered_at)) / 3600 - f.timeout_hours AS hours_overdue
    FROM f
    LEFT JOIN LATERAL (
        SELECT a.occurred_at, a.type FROM warehouse.activities a
        WHERE a.org_id = f.org_id AND a.opportunity_id = f.opportunity_id
          AND a.occurred_at > f.entered_at AND a.occurred_at <= f.as_of
        ORDER BY a.occurred_at DESC, a.activity_id DESC
        LIMIT 1
    ) last ON true
    WHERE {{where}}
),
listed AS (
    SELECT t.*, reporting.group_label(t.org_id, 'REP', t.rep_id) AS rep_name
    FROM stalled t
    WHERE t.hours_overdue > 0
)
SELECT l.opportunity_id, l.seq, l.stage_key, st.name AS stage_name, l.timeout_hours,
       l.rep_id, l.rep_name,
       l.team_id, reporting.group_label(l.org_id, 'TEAM', l.team_id) AS team_name,
       l.region_id, reporting.group_label(l.org_id, 'REGION', l.region_id) AS region_name,
       c.name AS customer_name, o.amount::float8 AS amount,
       to_char(l.entered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS entered_at,
       to_char(l.last_reset_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS last_reset_at,
       to_char(l.last_activity_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS last_activity_at,
       l.last_activity_type, l.hours_overdue::float8 AS hours_overdue
FROM listed l
JOIN warehouse.stages st ON st.org_id = l.org_id AND st.pipeline_id = l.pipeline_id AND st.stage_key = l.stage_key
JOIN warehouse.opportunities o ON o.org_id = l.org_id AND o.opportunity_id = l.opportunity_id
JOIN warehouse.customers c ON c.org_id = o.org_id AND c.customer_id = o.customer_id
ORDER BY {{order}}
LIMIT $3::integer
