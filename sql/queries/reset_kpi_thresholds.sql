-- Back to the white papers' defaults for one KPI of the org. $1 org, $2 KPI.
DELETE FROM warehouse.org_kpi_thresholds WHERE org_id = $1::text AND kpi = $2::text
