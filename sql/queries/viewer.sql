-- me: the token's org and the labels of its scope. $1 org, $2 regions, $3 teams, $4 rep.
SELECT g.name, g.industry, g.timezone,
       ARRAY(SELECT coalesce(r.name, u.id) FROM unnest($2::text[]) WITH ORDINALITY AS u(id, n)
             LEFT JOIN warehouse.regions r ON r.org_id = $1::text AND r.region_id = u.id ORDER BY u.n) AS region_labels,
       ARRAY(SELECT coalesce(t.name, u.id) FROM unnest($3::text[]) WITH ORDINALITY AS u(id, n)
             LEFT JOIN warehouse.teams t ON t.org_id = $1::text AND t.team_id = u.id ORDER BY u.n) AS team_labels,
       (SELECT p.name FROM warehouse.reps p WHERE p.org_id = $1::text AND p.rep_id = $4::text) AS rep_label
FROM warehouse.orgs g
WHERE g.org_id = $1::text
