-- The reporting layer: materialized views the query server reads (never the raw tables).
--
-- Each view resolves, once per refresh, what every query would otherwise join again: the
-- record's rep, team, region, customer attributes, local dates in the org's timezone and
-- the rep's tenure band at the record's own time (metrics.md, "Dimensions of a record").
-- Each has a unique index so `REFRESH ... CONCURRENTLY` never blocks readers.

CREATE SCHEMA reporting;

-- TENURE_BAND of a rep on a local date; `hired_on + 1 year` from 29 February is 28 February,
-- which is what PostgreSQL's date + interval arithmetic gives.
CREATE FUNCTION reporting.tenure_band(hired_on date, on_date date) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN on_date IS NULL THEN NULL
        WHEN on_date < hired_on + interval '1 year' THEN 'LT_1Y'
        WHEN on_date < hired_on + interval '3 years' THEN 'Y1_3'
        ELSE 'GT_3Y'
    END
$$;

-- One row per opportunity, with its dimensions at creation and at closing, and how far it
-- got: the highest position among its stays in open stages (NULL: no open-stage stay).
CREATE MATERIALIZED VIEW reporting.opportunity_facts AS
WITH reach AS (
    SELECT h.org_id, h.opportunity_id, max(s.position) AS max_open_position
    FROM warehouse.stage_history h
    JOIN warehouse.opportunities o USING (org_id, opportunity_id)
    JOIN warehouse.stages s
      ON s.org_id = h.org_id AND s.pipeline_id = o.pipeline_id AND s.stage_key = h.stage_key
    WHERE s.kind = 'open'
    GROUP BY h.org_id, h.opportunity_id
),
local AS (
    SELECT o.*, (o.created_at AT TIME ZONE g.timezone)::date AS created_on,
           (o.closed_at AT TIME ZONE g.timezone)::date AS closed_on
    FROM warehouse.opportunities o JOIN warehouse.orgs g USING (org_id)
)
SELECT o.org_id, o.opportunity_id, o.pipeline_id, o.status, o.amount,
       o.created_at, o.created_on, o.closed_at, o.closed_on,
       o.rep_id, r.team_id, t.region_id,
       c.city_id, c.industry, c.size_band AS customer_size,
       o.product_id, o.channel, o.loss_reason_code, o.competitor,
       reporting.tenure_band(r.hired_on, o.created_on) AS created_tenure_band,
       reporting.tenure_band(r.hired_on, o.closed_on) AS closed_tenure_band,
       reach.max_open_position
FROM local o
JOIN warehouse.reps r USING (org_id, rep_id)
JOIN warehouse.teams t ON t.org_id = r.org_id AND t.team_id = r.team_id
JOIN warehouse.customers c ON c.org_id = o.org_id AND c.customer_id = o.customer_id
LEFT JOIN reach ON reach.org_id = o.org_id AND reach.opportunity_id = o.opportunity_id;

CREATE UNIQUE INDEX opportunity_facts_key ON reporting.opportunity_facts (org_id, opportunity_id);
CREATE INDEX opportunity_facts_created ON reporting.opportunity_facts (org_id, pipeline_id, created_on);
CREATE INDEX opportunity_facts_closed ON reporting.opportunity_facts (org_id, closed_on) WHERE closed_on IS NOT NULL;

-- One row per stage stay: the stage's kind, position and timeout, the dwell, and the
-- opportunity's dimensions with the rep's tenure band when the stay ended.
CREATE MATERIALIZED VIEW reporting.stage_stays AS
SELECT h.org_id, h.opportunity_id, h.seq, o.pipeline_id, h.stage_key, s.position, s.kind, s.timeout_hours,
       h.entered_at, h.exited_at,
       (h.exited_at AT TIME ZONE g.timezone)::date AS exited_on,
       extract(epoch FROM h.exited_at - h.entered_at) / 3600 AS dwell_hours,
       o.rep_id, r.team_id, t.region_id, c.city_id, c.industry, c.size_band AS customer_size,
       o.product_id, o.channel,
       reporting.tenure_band(r.hired_on, (h.exited_at AT TIME ZONE g.timezone)::date) AS exited_tenure_band
FROM warehouse.stage_history h
JOIN warehouse.opportunities o USING (org_id, opportunity_id)
JOIN warehouse.orgs g ON g.org_id = h.org_id
JOIN warehouse.stages s ON s.org_id = h.org_id AND s.pipeline_id = o.pipeline_id AND s.stage_key = h.stage_key
JOIN warehouse.reps r ON r.org_id = o.org_id AND r.rep_id = o.rep_id
JOIN warehouse.teams t ON t.org_id = r.org_id AND t.team_id = r.team_id
JOIN warehouse.customers c ON c.org_id = o.org_id AND c.customer_id = o.customer_id;

CREATE UNIQUE INDEX stage_stays_key ON reporting.stage_stays (org_id, opportunity_id, seq);
CREATE INDEX stage_stays_exited ON reporting.stage_stays (org_id, pipeline_id, exited_on);

-- The label of a grouping value: names for org entities, zh-CN words for the fixed bands, the
-- value itself otherwise. NULL is a group of its own (metrics.md), labelled 未指定.
CREATE FUNCTION reporting.group_label(org text, dimension text, id text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN id IS NULL THEN '未指定'
        WHEN dimension = 'REGION' THEN (SELECT name FROM warehouse.regions WHERE org_id = org AND region_id = id)
        WHEN dimension = 'CITY' THEN (SELECT name FROM warehouse.cities WHERE org_id = org AND city_id = id)
        WHEN dimension = 'TEAM' THEN (SELECT name FROM warehouse.teams WHERE org_id = org AND team_id = id)
        WHEN dimension = 'REP' THEN (SELECT name FROM warehouse.reps WHERE org_id = org AND rep_id = id)
        WHEN dimension = 'PRODUCT' THEN (SELECT name FROM warehouse.products WHERE org_id = org AND product_id = id)
        WHEN dimension = 'CUSTOMER_SIZE' THEN
            CASE id WHEN 'small' THEN '小型' WHEN 'medium' THEN '中型' WHEN 'large' THEN '大型' WHEN 'key' THEN '重点客户' END
        WHEN dimension = 'TENURE_BAND' THEN
            CASE id WHEN 'LT_1Y' THEN '入职不满1年' WHEN 'Y1_3' THEN '入职1–3年' WHEN 'GT_3Y' THEN '入职3年以上' END
    END
$$;

CREATE FUNCTION reporting.group_labels(org text, dimensions text[], ids text[]) RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(coalesce(reporting.group_label(org, u.dimension, u.id), u.id, '未指定') ORDER BY u.n), '{}')
    FROM unnest(dimensions, ids) WITH ORDINALITY AS u(dimension, id, n)
$$;

-- When each view was last refreshed (the `freshness` field).
CREATE TABLE reporting.view_refreshes (
    view_name    text PRIMARY KEY,
    refreshed_at timestamptz NOT NULL,
    duration_ms  double precision NOT NULL
);

-- The views in refresh order; later migrations append theirs.
CREATE TABLE reporting.refresh_order (
    position  integer PRIMARY KEY,
    view_name text NOT NULL UNIQUE
);
INSERT INTO reporting.refresh_order VALUES (1, 'opportunity_facts'), (2, 'stage_stays');
INSERT INTO reporting.view_refreshes
SELECT view_name, now(), 0 FROM reporting.refresh_order;

-- Refreshes every view in order, concurrently (readers keep the old rows until commit), and
-- records when. Only one refresher at a time, across server processes: the caller holds the
-- advisory lock `reporting.refresh_lock()`; a second caller gets false and skips.
CREATE FUNCTION reporting.refresh_lock() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 7305001::bigint $$;

CREATE FUNCTION reporting.refresh_views()
RETURNS TABLE (view_name text, duration_ms double precision)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    v record;
    started timestamptz;
BEGIN
    IF NOT pg_try_advisory_xact_lock(reporting.refresh_lock()) THEN
        RETURN;
    END IF;
    FOR v IN SELECT o.view_name AS name FROM reporting.refresh_order o ORDER BY o.position LOOP
        started := clock_timestamp();
        EXECUTE format('REFRESH MATERIALIZED VIEW CONCURRENTLY reporting.%I', v.name);
        view_name := v.name;
        duration_ms := extract(epoch FROM clock_timestamp() - started) * 1000;
        INSERT INTO reporting.view_refreshes AS r VALUES (v.name, clock_timestamp(), duration_ms)
        ON CONFLICT ON CONSTRAINT view_refreshes_pkey DO UPDATE SET refreshed_at = excluded.refreshed_at, duration_ms = excluded.duration_ms;
        RETURN NEXT;
    END LOOP;
END
$$;
