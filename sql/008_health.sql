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
