-- lossClusters' input: the profiles of the lost opportunities with closed_at in the period
-- (sql/007_loss_profiles.sql), in id order so the clustering sees the same sequence every run.
--
-- $1 org. Slot the planner fills: where, the period, filters and the mandatory scope predicate
-- over f = reporting.loss_profiles dated by closed_on.
SELECT f.opportunity_id, f.amount::float8,
       f.loss_reason_code, f.loss_reason_name, f.lost_at_stage, f.lost_at_stage_name,
       f.region_id, f.region_name, f.industry, f.product_id, f.product_name,
       f.customer_size, reporting.group_label($1::text, 'CUSTOMER_SIZE', f.customer_size) AS customer_size_label,
       f.closed_tenure_band, reporting.group_label($1::text, 'TENURE_BAND', f.closed_tenure_band) AS tenure_band_label,
       f.channel, f.competitor_named
FROM reporting.loss_profiles f
WHERE {{where}}
ORDER BY f.opportunity_id
