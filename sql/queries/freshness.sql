-- freshness: when each reporting view was last refreshed, in refresh order.
SELECT r.view_name,
       to_char(r.refreshed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS refreshed_at,
       r.duration_ms
FROM reporting.view_refreshes r
JOIN reporting.refresh_order o USING (view_name)
ORDER BY o.position
