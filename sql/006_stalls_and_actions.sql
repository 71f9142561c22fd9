-- Stall detection (metrics.md "Stalls") and the items of the five process KPIs that depend on
-- it or on required actions: STALL_UNHANDLED_RATE, MANAGER_INTERVENTION_RATE,
-- ACTION_COMPLETENESS, ACTION_TIMELINESS_HOURS and ACTION_EFFECTIVENESS.
--
-- 005's `kpi_items` stays as it is; `kpi_facts` is the one relation the planner reads for
-- every KPI (kpi_items UNION ALL process_kpi_items, same columns, same item contract).

-- One row per stalled stay (at most one per stay). For a stay in an `open` stage with a
-- timeout T: the resets are r0 = entered_at and every activity instant on the opportunity
-- strictly inside (entered_at, end), where end is exited_at, or for a stay still open the
-- refresh time now() (the warehouse's as-of). The stay stalls at r_k + T for the first k
-- whose next reset (or end) is more than T after r_k. Activities at one instant need no
-- de-duplicating: the gap between two equal instants is 0, never more than T, and the last
-- of them carries the gap to the next instant.
--
-- handled: any activity on the opportunity in (detected_at, detected_at + 24 h], whichever
-- stay it falls in; intervened: an `intervention` in that window, by anyone. For a stall
-- detected less than 24 h before the refresh, the window is judged on the activities known at
-- the refresh.
CREATE MATERIALIZED VIEW reporting.stall_events AS
WITH stays AS (
    SELECT s.org_id, s.opportunity_id, s.seq, s.timeout_hours, s.entered_at, coalesce(s.exited_at, now()) AS ends_at
    FROM reporting.stage_stays s
    WHERE s.kind = 'open' AND s.timeout_hours IS NOT NULL
),
resets AS (
    SELECT st.*, st.entered_at AS reset_at FROM stays st
    UNION ALL
    SELECT st.*, a.occurred_at
    FROM stays st
    JOIN warehouse.activities a
      ON a.org_id = st.org_id AND a.opportunity_id = st.opportunity_id
     AND a.occurred_at > st.entered_at AND a.occurred_at < st.ends_at
),
gaps AS (
    SELECT r.org_id, r.opportunity_id, r.seq, r.timeout_hours, r.reset_at,
           coalesce(lead(r.reset_at) OVER (PARTITION BY r.org_id, r.opportunity_id, r.seq ORDER BY r.reset_at), r.ends_at)
               AS next_reset_at
    FROM resets r
),
stalls AS (
    SELECT DISTINCT ON (g.org_id, g.opportunity_id, g.seq)
           g.org_id, g.opportunity_id, g.seq, g.reset_at AS last_reset_at,
           g.reset_at + make_interval(hours => g.timeout_hours) AS detected_at
    FROM gaps g
    WHERE g.next_reset_at - g.reset_at > make_interval(hours => g.timeout_hours)
    ORDER BY g.org_id, g.opportunity_id, g.seq, g.reset_at
)
SELECT s.org_id, s.opportunity_id, s.seq, s.pipeline_id, s.stage_key, s.timeout_hours,
       s.entered_at, s.exited_at, x.last_reset_at, x.detected_at,
       (x.detected_at AT TIME ZONE g.timezone)::date AS detected_on,
       EXISTS (
           SELECT FROM warehouse.activities a
           WHERE a.org_id = x.org_id AND a.opportunity_id = x.opportunity_id
             AND a.occurred_at > x.detected_at AND a.occurred_at <= x.detected_at + interval '24 hours'
       ) AS handled,
       EXISTS (
           SELECT FROM warehouse.activities a
           WHERE a.org_id = x.org_id AND a.opportunity_id = x.opportunity_id AND a.type = 'intervention'
             AND a.occurred_at > x.detected_at AND a.occurred_at <= x.detected_at + interval '24 hours'
       ) AS intervened,
       s.rep_id, s.team_id, s.region_id, s.city_id, s.industry, s.customer_size, s.product_id, s.channel,
       reporting.tenure_band(r.hired_on, (x.detected_at AT TIME ZONE g.timezone)::date) AS tenure_band
FROM stalls x
JOIN reporting.stage_stays s USING (org_id, opportunity_id, seq)
JOIN warehouse.orgs g ON g.org_id = x.org_id
JOIN warehouse.reps r ON r.org_id = s.org_id AND r.rep_id = s.rep_id;

CREATE UNIQUE INDEX stall_events_key ON reporting.stall_events (org_id, opportunity_id, seq);
CREATE INDEX stall_events_detected ON reporting.stall_events (org_id, detected_on);

-- Items of the five KPIs, with exactly kpi_items' columns (sql/005's header).
--
-- STALL_UNHANDLED_RATE, MANAGER_INTERVENTION_RATE: one item per stall, on its detected date,
-- item id OPPORTUNITY/SEQ.
-- ACTION_COMPLETENESS: one item per stay that exited, in a stage with required actions:
-- numerator = required types done (an evidence_ok activity of the type on the opportunity in
-- [entered_at, exited_at], by anyone), denominator = required types; item id OPPORTUNITY/SEQ.
-- ACTION_TIMELINESS_HOURS: one item per done required action, hours from the stay's entry to
-- its first qualifying activity; item id OPPORTUNITY/SEQ/TYPE. Both on the exit date, with
-- the owner's tenure band then.
-- ACTION_EFFECTIVENESS: one item per visit/call/demo/proposal_sent on an opportunity, on its
-- own date, the acting rep's people dimensions and the opportunity's others. The current
-- stage is the last open-stage stay entered at or before the activity (position 0 if none);
-- effective if an open stage of greater position is entered, or the deal is won, in
-- (occurred_at, occurred_at + 7 days].
-- ACTION_EFFECTIVENESS looks up an opportunity's stays by entry time, twice per activity.
CREATE INDEX stage_stays_entered ON reporting.stage_stays (org_id, opportunity_id, entered_at) INCLUDE (position, kind, seq);

CREATE MATERIALIZED VIEW reporting.process_kpi_items AS
WITH people AS (
    SELECT r.org_id, r.rep_id, r.team_id, t.region_id, r.hired_on, g.timezone
    FROM warehouse.reps r
    JOIN warehouse.teams t ON t.org_id = r.org_id AND t.team_id = r.team_id
    JOIN warehouse.orgs g ON g.org_id = r.org_id
),
required AS (
    -- One row per (exited stay, required type), with the first qualifying activity if done.
    SELECT s.org_id, s.opportunity_id, s.seq, s.entered_at, s.exited_on, k.action,
           (SELECT min(a.occurred_at) FROM warehouse.activities a
            WHERE a.org_id = s.org_id AND a.opportunity_id = s.opportunity_id AND a.type = k.action
              AND coalesce(a.evidence_ok, true)
              AND a.occurred_at BETWEEN s.entered_at AND s.exited_at) AS done_at,
           s.rep_id, s.team_id, s.region_id, s.city_id, s.industry, s.customer_size, s.product_id, s.channel,
           s.exited_tenure_band
    FROM reporting.stage_stays s
    JOIN warehouse.stages st ON st.org_id = s.org_id AND st.pipeline_id = s.pipeline_id AND st.stage_key = s.stage_key
    CROSS JOIN LATERAL (SELECT DISTINCT unnest(st.required_actions) AS action) k
    WHERE s.exited_at IS NOT NULL AND cardinality(st.required_actions) > 0
),
touches AS (
    SELECT a.org_id, a.activity_id, a.rep_id, a.occurred_at, a.opportunity_id
    FROM warehouse.activities a
    WHERE a.opportunity_id IS NOT NULL AND a.type IN ('visit', 'call', 'demo', 'proposal_sent')
),
items AS (
    SELECT e.org_id, 'STALL_UNHANDLED_RATE' AS kpi, e.opportunity_id || '/' || e.seq AS item_id,
           e.detected_on AS on_date, NULL::date AS since_on,
           (NOT e.handled)::int::numeric AS numerator, 1::numeric AS denominator,
           e.rep_id, e.team_id, e.region_id, e.city_id, e.industry, e.customer_size, e.product_id, e.channel,
           e.tenure_band
    FROM reporting.stall_events e

    UNION ALL
    SELECT e.org_id, 'MANAGER_INTERVENTION_RATE', e.opportunity_id || '/' || e.seq, e.detected_on, NULL,
           e.intervened::int, 1,
           e.rep_id, e.team_id, e.region_id, e.city_id, e.industry, e.customer_size, e.product_id, e.channel,
           e.tenure_band
    FROM reporting.stall_events e

    UNION ALL
    SELECT q.org_id, 'ACTION_COMPLETENESS', q.opportunity_id || '/' || q.seq, q.exited_on, NULL,
           count(q.done_at), count(*),
           q.rep_id, q.team_id, q.region_id, q.city_id, q.industry, q.customer_size, q.product_id, q.channel,
           q.exited_tenure_band
    FROM required q
    GROUP BY q.org_id, q.opportunity_id, q.seq, q.exited_on, q.rep_id, q.team_id, q.region_id, q.city_id,
             q.industry, q.customer_size, q.product_id, q.channel, q.exited_tenure_band

    UNION ALL
    SELECT q.org_id, 'ACTION_TIMELINESS_HOURS', q.opportunity_id || '/' || q.seq || '/' || q.action, q.exited_on, NULL,
           extract(epoch FROM q.done_at - q.entered_at) / 3600, 1,
           q.rep_id, q.team_id, q.region_id, q.city_id, q.industry, q.customer_size, q.product_id, q.channel,
           q.exited_tenure_band
    FROM required q
    WHERE q.done_at IS NOT NULL

    UNION ALL
    SELECT t.org_id, 'ACTION_EFFECTIVENESS', t.activity_id, (t.occurred_at AT TIME ZONE p.timezone)::date, NULL,
           (
               (o.status = 'won' AND o.closed_at > t.occurred_at AND o.closed_at <= t.occurred_at + interval '7 days')
               OR EXISTS (
                   SELECT FROM reporting.stage_stays later
                   WHERE later.org_id = t.org_id AND later.opportunity_id = t.opportunity_id AND later.kind = 'open'
                     AND later.entered_at > t.occurred_at AND later.entered_at <= t.occurred_at + interval '7 days'
                     AND later.position > coalesce((
                         SELECT cur.position FROM reporting.stage_stays cur
                         WHERE cur.org_id = t.org_id AND cur.opportunity_id = t.opportunity_id AND cur.kind = 'open'
                           AND cur.entered_at <= t.occurred_at
                         ORDER BY cur.entered_at DESC, cur.seq DESC LIMIT 1
                     ), 0)
               )
           )::int, 1,
           t.rep_id, p.team_id, p.region_id, c.city_id, c.industry, c.size_band, o.product_id, o.channel,
           reporting.tenure_band(p.hired_on, (t.occurred_at AT TIME ZONE p.timezone)::date)
    FROM touches t
    JOIN people p ON p.org_id = t.org_id AND p.rep_id = t.rep_id
    JOIN warehouse.opportunities o ON o.org_id = t.org_id AND o.opportunity_id = t.opportunity_id
    JOIN warehouse.customers c ON c.org_id = o.org_id AND c.customer_id = o.customer_id
)
SELECT * FROM items;

CREATE UNIQUE INDEX process_kpi_items_key ON reporting.process_kpi_items (org_id, kpi, item_id);
CREATE INDEX process_kpi_items_date ON reporting.process_kpi_items (org_id, kpi, on_date);

-- Every KPI's items: what slice, health, compare and benchmarks read.
CREATE VIEW reporting.kpi_facts AS
SELECT * FROM reporting.kpi_items
UNION ALL
SELECT * FROM reporting.process_kpi_items;

-- After stage_stays (and whatever was appended since): stall_events reads stage_stays,
-- process_kpi_items reads both.
INSERT INTO reporting.refresh_order
SELECT (SELECT max(position) FROM reporting.refresh_order) + n, name
FROM (VALUES (1, 'stall_events'), (2, 'process_kpi_items')) AS v(n, name);
INSERT INTO reporting.view_refreshes VALUES ('stall_events', now(), 0), ('process_kpi_items', now(), 0);
