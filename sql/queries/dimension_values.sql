-- dimensionValues: the values of one (non-time) dimension a caller may filter by, with labels.
-- $1 org, $2 role, $3 scope regions, $4 scope teams, $5 scope rep, $6 dimension,
-- $7 search text (NULL: all), $8 limit.
WITH candidates (id, label) AS (
    SELECT region_id, name FROM warehouse.regions WHERE org_id = $1::text AND $6::text = 'REGION'
    UNION ALL SELECT team_id, name FROM warehouse.teams WHERE org_id = $1::text AND $6::text = 'TEAM'
    UNION ALL SELECT rep_id, name FROM warehouse.reps WHERE org_id = $1::text AND $6::text = 'REP'
    UNION ALL SELECT city_id, name FROM warehouse.cities WHERE org_id = $1::text AND $6::text = 'CITY'
    UNION ALL SELECT product_id, name FROM warehouse.products WHERE org_id = $1::text AND $6::text = 'PRODUCT'
    UNION ALL SELECT channel, channel FROM (
        SELECT channel FROM warehouse.opportunities WHERE org_id = $1::text AND channel IS NOT NULL
        UNION SELECT channel FROM warehouse.leads WHERE org_id = $1::text
    ) c WHERE $6::text = 'CHANNEL'
    UNION ALL SELECT DISTINCT industry, industry FROM warehouse.customers WHERE org_id = $1::text AND $6::text = 'INDUSTRY'
    UNION ALL SELECT v, reporting.group_label($1::text, 'CUSTOMER_SIZE', v)
              FROM unnest(ARRAY['small', 'medium', 'large', 'key']) v WHERE $6::text = 'CUSTOMER_SIZE'
    UNION ALL SELECT v, reporting.group_label($1::text, 'TENURE_BAND', v)
              FROM unnest(ARRAY['LT_1Y', 'Y1_3', 'GT_3Y']) v WHERE $6::text = 'TENURE_BAND'
)
SELECT id, label FROM candidates
WHERE ($2::text IN ('director', 'admin') OR $6::text NOT IN ('REGION', 'TEAM', 'REP')
       OR id IN (SELECT reporting.visible_ids($1::text, $2::text, $3::text[], $4::text[], $5::text, $6::text)))
  AND ($7::text IS NULL OR strpos(lower(label), lower($7::text)) > 0 OR strpos(lower(id), lower($7::text)) > 0)
ORDER BY id
LIMIT $8::integer
