-- Bands of the behaviour-health KPIs (metrics.md, "Behaviour-health KPIs").
--
-- EXCELLENT if the value meets the excellent line, else HEALTHY if it meets the healthy line,
-- else ALERT if it is strictly past the alert line, else WATCH. "Meets" is >= when higher is
-- better and <= when lower is better. The value is numerator / denominator with a positive
-- denominator, so each test is decided as `numerator >= line * denominator` in exact numeric:
-- 9 / 10 against a 0.90 line is HEALTHY, never a float's 0.8999999.
-- NULL when the value is NULL (empty denominator) or the KPI has no lines (WIN_RATE).
CREATE FUNCTION reporting.kpi_band(
    better text, alert_line numeric, healthy_line numeric, excellent_line numeric,
    numerator numeric, denominator numeric
) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN denominator IS NULL OR denominator <= 0 OR numerator IS NULL THEN NULL
        WHEN alert_line IS NULL AND healthy_line IS NULL AND excellent_line IS NULL THEN NULL
        WHEN better = 'higher' THEN CASE
            WHEN numerator >= excellent_line * denominator THEN 'EXCELLENT'
            WHEN numerator >= healthy_line * denominator THEN 'HEALTHY'
            WHEN numerator < alert_line * denominator THEN 'ALERT'
            ELSE 'WATCH' END
        ELSE CASE
            WHEN numerator <= excellent_line * denominator THEN 'EXCELLENT'
            WHEN numerator <= healthy_line * denominator THEN 'HEALTHY'
            WHEN numerator > alert_line * denominator THEN 'ALERT'
            ELSE 'WATCH' END
    END
$$;

-- Per org, KPI and local day: the sums benchmarks compare peers by (sql/queries/benchmarks.sql).
-- Peers are never filtered or scoped, so their side needs no dimension: on the demo data this
-- is ~2 % of kpi_facts' rows, and the peer aggregation over a year drops from ~600 ms to a few
-- ms. `since_on` is coalesced to `on_date`: with on_date in the period, `since_on >= first
-- day` then says the same as kpi_facts' `since_on IS NULL OR since_on >= first day`, and the
-- key has no NULL (REFRESH ... CONCURRENTLY needs a unique index over all rows).
CREATE MATERIALIZED VIEW reporting.org_kpi_days AS
SELECT f.org_id, f.kpi, f.on_date, coalesce(f.since_on, f.on_date) AS since_on,
       sum(f.numerator) AS numerator, sum(f.denominator) AS denominator
FROM reporting.kpi_facts f
GROUP BY f.org_id, f.kpi, f.on_date, coalesce(f.since_on, f.on_date);

CREATE UNIQUE INDEX org_kpi_days_key ON reporting.org_kpi_days (org_id, kpi, on_date, since_on);

INSERT INTO reporting.refresh_order SELECT max(position) + 1, 'org_kpi_days' FROM reporting.refresh_order;
INSERT INTO reporting.view_refreshes VALUES ('org_kpi_days', now(), 0);
