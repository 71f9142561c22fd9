-- benchmarks: per KPI, the org's value and band over the caller's scope, and the peer
-- distribution over the other orgs of the same industry (metrics.md, "Benchmarks").
--
-- Peers are never filtered and never scoped: each peer org's value is its own
-- sum(numerator) / sum(denominator) over the same calendar dates (kpi items' on_date is
-- already the org's local date). Only the count and the percentiles leave the database, and
-- those only when at least five peer orgs have a value; the caller's org is never a peer.
--
-- $1 org, $2 KPIs (names, in order), $3 first day, $4 last day. Slots: relation (every KPI's
-- items) and where (org, period and the caller's scope over the org's own items, as in slice.sql).
WITH own AS (
    SELECT f.kpi, sum(f.numerator) AS numerator, sum(f.denominator) AS denominator
    FROM {{relation}} f
    WHERE f.kpi = ANY($2::text[]) AND (f.since_on IS NULL OR f.since_on >= $3::date)
      AND {{where}}
    GROUP BY f.kpi
),
peer_orgs AS (
    SELECT p.org_id
    FROM warehouse.orgs me JOIN warehouse.orgs p ON p.industry = me.industry AND p.org_id <> me.org_id
    WHERE me.org_id = $1::text
),
peer_values AS (
    -- From the per-org daily sums (sql/008_health.sql), whose since_on is never NULL.
    SELECT d.org_id, d.kpi, (sum(d.numerator) / sum(d.denominator))::float8 AS value
    FROM peer_orgs p
    JOIN reporting.org_kpi_days d ON d.org_id = p.org_id
    WHERE d.kpi = ANY($2::text[]) AND d.on_date BETWEEN $3::date AND $4::date AND d.since_on >= $3::date
    GROUP BY d.org_id, d.kpi
    HAVING sum(d.denominator) > 0
),
peers AS (
    SELECT kpi, count(*) AS peers,
           percentile_cont(0.25) WITHIN GROUP (ORDER BY value) AS p25,
           percentile_cont(0.50) WITHIN GROUP (ORDER BY value) AS p50,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY value) AS p75
    FROM peer_values GROUP BY kpi
)
SELECT me.industry, (SELECT count(*) FROM peer_orgs)::bigint AS peer_orgs,
       m.kpi, t.label_zh,
       coalesce(o.numerator, 0)::float8 AS numerator, coalesce(o.denominator, 0)::float8 AS denominator,
       CASE WHEN coalesce(o.denominator, 0) = 0 THEN NULL ELSE (o.numerator / o.denominator)::float8 END AS value,
       reporting.kpi_band(t.better, t.alert_line, t.healthy_line, t.excellent_line, o.numerator, o.denominator) AS band,
       t.alert_line::float8, t.healthy_line::float8, t.excellent_line::float8,
       coalesce(p.peers, 0)::bigint AS peers,
       coalesce(p.peers, 0) < 5 AS suppressed,
       CASE WHEN p.peers >= 5 THEN p.p25 END AS p25,
       CASE WHEN p.peers >= 5 THEN p.p50 END AS p50,
       CASE WHEN p.peers >= 5 THEN p.p75 END AS p75,
       t.better = 'lower' AS lower_is_better
FROM warehouse.orgs me
CROSS JOIN unnest($2::text[]) WITH ORDINALITY AS m(kpi, position)
JOIN warehouse.effective_kpi_thresholds t ON t.org_id = me.org_id AND t.kpi = m.kpi
LEFT JOIN own o ON o.kpi = m.kpi
LEFT JOIN peers p ON p.kpi = m.kpi
WHERE me.org_id = $1::text
ORDER BY m.position
