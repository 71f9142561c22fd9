-- Fixes found by the hand-computed KPI item fixtures (Tests/FunnelEngineTests/KpiItem*Tests.swift).
--
-- reporting.tenure_band (sql/003) answered GT_3Y when there is no rep: hired_on NULL makes
-- both comparisons NULL and the CASE fell through to ELSE. In kpi_items (sql/005) that gave a
-- lead nobody was assigned and a task without an opportunity the band GT_3Y, where
-- metrics.md says such a record carries NULL for every non-time dimension (TENURE_BAND
-- included): grouping by TENURE_BAND counted them with the veterans instead of the NULL group.
--
-- The function keeps its signature, so the views that call it stay; their stored rows are
-- corrected by the next refresh (`funnelhouse serve` refreshes at start, or `funnelhouse refresh`).
CREATE OR REPLACE FUNCTION reporting.tenure_band(hired_on date, on_date date) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN on_date IS NULL OR hired_on IS NULL THEN NULL
        WHEN on_date < hired_on + interval '1 year' THEN 'LT_1Y'
        WHEN on_date < hired_on + interval '3 years' THEN 'Y1_3'
        ELSE 'GT_3Y'
    END
$$;
