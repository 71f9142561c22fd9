-- KPI items: one row per item of each behaviour-health KPI (metrics.md), so that every KPI
-- of every group is `sum(numerator) / sum(denominator)` over its items (sql/queries/slice.sql).
--
-- Each item carries its own local date (`on_date`, "the record's own time") and the
-- dimensions its KPI carries ("Dimensions carried", "The rep"); NULL where it carries none.
-- `since_on` is set only for progress gaps: a gap counts when both updates are in the period.
--
-- This migration covers WIN_RATE, LEAD_24H_FOLLOWUP_RATE, COLLABORATION_48H_RATE,
-- COMMITMENT_ON_TIME_RATE, COLLECTION_ON_TIME_RATE, FIRST_QUOTE_DAYS,
-- PROGRESS_UPDATE_INTERVAL_HOURS and DAILY_LOG_VALID_RATE; the stall and required-action
-- KPIs come with the stall detector (issue 5).

CREATE INDEX activities_progress ON warehouse.activities (org_id, rep_id, occurred_at) WHERE type = 'progress_update';

CREATE MATERIALIZED VIEW reporting.kpi_items AS
WITH people AS (
    SELECT r.org_id, r.rep_id, r.team_id, t.region_id, r.hired_on, r.role, g.timezone
    FROM warehouse.reps r
    JOIN warehouse.teams t ON t.org_id = r.org_id AND t.team_id = r.team_id
    JOIN warehouse.orgs g ON g.org_id = r.org_id
),
deals AS (
    -- An opportunity's dimensions through its owner and customer.
    SELECT o.org_id, o.opportunity_id, o.created_at, o.rep_id, p.team_id, p.region_id, p.hired_on,
           c.city_id, c.industry, c.size_band AS customer_size, o.product_id, o.channel
    FROM warehouse.opportunities o
    JOIN people p ON p.org_id = o.org_id AND p.rep_id = o.rep_id
    JOIN warehouse.customers c ON c.org_id = o.org_id AND c.customer_id = o.customer_id
),
items AS (
    -- WIN_RATE: won / (won + lost) among deals closed in the period.
    SELECT f.org_id, 'WIN_RATE' AS kpi, f.opportunity_id AS item_id, f.closed_on AS on_date, NULL::date AS since_on,
           (f.status = 'won')::int::numeric AS numerator, 1::numeric AS denominator,
           f.rep_id, f.team_id, f.region_id, f.city_id, f.industry, f.customer_size, f.product_id, f.channel,
           f.closed_tenure_band AS tenure_band
    FROM reporting.opportunity_facts f
    WHERE f.status IN ('won', 'lost')

    UNION ALL
    -- LEAD_24H_FOLLOWUP_RATE: the assigned rep's people dimensions, the lead's own city and channel.
    SELECT l.org_id, 'LEAD_24H_FOLLOWUP_RATE', l.lead_id, (l.created_at AT TIME ZONE g.timezone)::date, NULL,
           (l.first_response_at IS NOT NULL AND l.first_response_at <= l.created_at + interval '24 hours')::int, 1,
           l.assigned_rep_id, p.team_id, p.region_id, l.city_id, NULL, NULL, NULL, l.channel,
           reporting.tenure_band(p.hired_on, (l.created_at AT TIME ZONE g.timezone)::date)
    FROM warehouse.leads l
    JOIN warehouse.orgs g ON g.org_id = l.org_id
    LEFT JOIN people p ON p.org_id = l.org_id AND p.rep_id = l.assigned_rep_id

    UNION ALL
    -- COLLABORATION_48H_RATE: through the task's opportunity; none for a task without one.
    SELECT t.org_id, 'COLLABORATION_48H_RATE', t.task_id, (t.requested_at AT TIME ZONE g.timezone)::date, NULL,
           (t.completed_at IS NOT NULL AND t.completed_at <= t.requested_at + interval '48 hours')::int, 1,
           d.rep_id, d.team_id, d.region_id, d.city_id, d.industry, d.customer_size, d.product_id, d.channel,
           reporting.tenure_band(d.hired_on, (t.requested_at AT TIME ZONE g.timezone)::date)
    FROM warehouse.tasks t
    JOIN warehouse.orgs g ON g.org_id = t.org_id
    LEFT JOIN deals d ON d.org_id = t.org_id AND d.opportunity_id = t.opportunity_id

    UNION ALL
    -- COMMITMENT_ON_TIME_RATE: the commitment's own rep; customer and deal through its opportunity.
    SELECT c.org_id, 'COMMITMENT_ON_TIME_RATE', c.commitment_id, (c.due_at AT TIME ZONE p.timezone)::date, NULL,
           (c.fulfilled_at IS NOT NULL AND c.fulfilled_at <= c.due_at)::int, 1,
           c.rep_id, p.team_id, p.region_id, d.city_id, d.industry, d.customer_size, d.product_id, d.channel,
           reporting.tenure_band(p.hired_on, (c.due_at AT TIME ZONE p.timezone)::date)
    FROM warehouse.commitments c
    JOIN people p ON p.org_id = c.org_id AND p.rep_id = c.rep_id
    JOIN deals d ON d.org_id = c.org_id AND d.opportunity_id = c.opportunity_id

    UNION ALL
    -- COLLECTION_ON_TIME_RATE: amount paid by due_at over amount due (paid in full at paid_at).
    SELECT y.org_id, 'COLLECTION_ON_TIME_RATE', y.payment_id, (y.due_at AT TIME ZONE g.timezone)::date, NULL,
           CASE WHEN y.paid_at IS NOT NULL AND y.paid_at <= y.due_at THEN y.amount ELSE 0 END, y.amount,
           d.rep_id, d.team_id, d.region_id, d.city_id, d.industry, d.customer_size, d.product_id, d.channel,
           reporting.tenure_band(d.hired_on, (y.due_at AT TIME ZONE g.timezone)::date)
    FROM warehouse.payments y
    JOIN warehouse.orgs g ON g.org_id = y.org_id
    JOIN deals d ON d.org_id = y.org_id AND d.opportunity_id = y.opportunity_id
    WHERE y.amount > 0

    UNION ALL
    -- FIRST_QUOTE_DAYS: from first contact (created_at or an earlier activity) to the first
    -- quote ever; the item belongs to the first quote's date.
    SELECT q.org_id, 'FIRST_QUOTE_DAYS', q.opportunity_id, (q.first_quote AT TIME ZONE g.timezone)::date, NULL,
           extract(epoch FROM q.first_quote - least(d.created_at, q.first_activity)) / 86400, 1,
           d.rep_id, d.team_id, d.region_id, d.city_id, d.industry, d.customer_size, d.product_id, d.channel,
           reporting.tenure_band(d.hired_on, (q.first_quote AT TIME ZONE g.timezone)::date)
    FROM (
        SELECT org_id, opportunity_id, min(occurred_at) FILTER (WHERE type = 'quote_sent') AS first_quote,
               min(occurred_at) AS first_activity
        FROM warehouse.activities WHERE opportunity_id IS NOT NULL
        GROUP BY org_id, opportunity_id
    ) q
    JOIN warehouse.orgs g ON g.org_id = q.org_id
    JOIN deals d ON d.org_id = q.org_id AND d.opportunity_id = q.opportunity_id
    WHERE q.first_quote IS NOT NULL

    UNION ALL
    -- PROGRESS_UPDATE_INTERVAL_HOURS: gaps between a rep's consecutive progress updates; the
    -- gap belongs to the later update, and since_on is the earlier one's date.
    SELECT u.org_id, 'PROGRESS_UPDATE_INTERVAL_HOURS', u.activity_id, (u.occurred_at AT TIME ZONE p.timezone)::date,
           (u.previous AT TIME ZONE p.timezone)::date,
           extract(epoch FROM u.occurred_at - u.previous) / 3600, 1,
           u.rep_id, p.team_id, p.region_id, NULL, NULL, NULL, NULL, NULL,
           reporting.tenure_band(p.hired_on, (u.occurred_at AT TIME ZONE p.timezone)::date)
    FROM (
        SELECT org_id, activity_id, rep_id, occurred_at,
               lag(occurred_at) OVER (PARTITION BY org_id, rep_id ORDER BY occurred_at, activity_id) AS previous
        FROM warehouse.activities WHERE type = 'progress_update'
    ) u
    JOIN people p ON p.org_id = u.org_id AND p.rep_id = u.rep_id
    WHERE u.previous IS NOT NULL

    UNION ALL
    -- DAILY_LOG_VALID_RATE: every Monday–Friday from hired_on to today (org time) for reps of
    -- role `rep`; valid with a structured log for the day submitted by the next day.
    SELECT p.org_id, 'DAILY_LOG_VALID_RATE', p.rep_id || '/' || day::date, day::date, NULL,
           (v.log_date IS NOT NULL)::int, 1,
           p.rep_id, p.team_id, p.region_id, NULL, NULL, NULL, NULL, NULL,
           reporting.tenure_band(p.hired_on, day::date)
    FROM people p
    CROSS JOIN LATERAL generate_series(p.hired_on, (now() AT TIME ZONE p.timezone)::date, interval '1 day') AS day
    LEFT JOIN (
        SELECT DISTINCT l.org_id, l.rep_id, l.log_date
        FROM warehouse.daily_logs l JOIN warehouse.orgs g ON g.org_id = l.org_id
        WHERE l.structured AND (l.submitted_at AT TIME ZONE g.timezone)::date <= l.log_date + 1
    ) v ON v.org_id = p.org_id AND v.rep_id = p.rep_id AND v.log_date = day::date
    WHERE p.role = 'rep' AND extract(isodow FROM day) <= 5
)
SELECT * FROM items;

CREATE UNIQUE INDEX kpi_items_key ON reporting.kpi_items (org_id, kpi, item_id);
CREATE INDEX kpi_items_date ON reporting.kpi_items (org_id, kpi, on_date);

INSERT INTO reporting.refresh_order VALUES (3, 'kpi_items');
INSERT INTO reporting.view_refreshes VALUES ('kpi_items', now(), 0);
