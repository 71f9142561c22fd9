-- When the reporting views last changed: the key under which derived answers (lossClusters)
-- are cached, so a refresh makes every cached answer stale.
SELECT coalesce(to_char(max(refreshed_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '') AS refreshed_at
FROM reporting.view_refreshes
