-- Access scope (api.md "Access"): which regions, teams and reps a token may see. Rows are
-- always limited by the planner's scope predicate; these functions exist so that asking for
-- something outside one's scope is a clear FORBIDDEN error instead of a silent empty answer,
-- and so that filter pickers offer only what the caller can see.
--
-- A manager sees the teams of the listed regions plus the listed teams, their regions and
-- their reps; a rep sees themself, their team and its region. Other dimensions (cities,
-- products, ...) are attributes, not people, and are never out of scope.

-- The ids of `dimension` (REGION, TEAM or REP) visible to a manager or rep scope.
CREATE FUNCTION reporting.visible_ids(
    org text, role text, scope_regions text[], scope_teams text[], scope_rep text, dimension text
) RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    WITH visible_teams AS (
        SELECT t.team_id, t.region_id FROM warehouse.teams t
        WHERE t.org_id = org AND (
            (role = 'manager' AND (t.region_id = ANY(scope_regions) OR t.team_id = ANY(scope_teams)))
            OR (role = 'rep' AND t.team_id = (SELECT r.team_id FROM warehouse.reps r WHERE r.org_id = org AND r.rep_id = scope_rep))
        )
    )
    SELECT region_id FROM visible_teams WHERE dimension = 'REGION'
    UNION SELECT unnest(scope_regions) WHERE dimension = 'REGION' AND role = 'manager'
    UNION SELECT team_id FROM visible_teams WHERE dimension = 'TEAM'
    UNION SELECT r.rep_id FROM warehouse.reps r JOIN visible_teams v USING (team_id)
          -- Qualified: reps has a column named role too.
          WHERE dimension = 'REP' AND r.org_id = org AND (visible_ids.role = 'manager' OR r.rep_id = scope_rep)
$$;

-- The filter values of `dimension` a manager or rep scope may not name (empty for others).
CREATE FUNCTION reporting.out_of_scope(
    org text, role text, scope_regions text[], scope_teams text[], scope_rep text, dimension text, ids text[]
) RETURNS text[]
LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(DISTINCT i ORDER BY i), '{}')
    FROM unnest(ids) AS i
    WHERE role IN ('manager', 'rep') AND dimension IN ('REGION', 'TEAM', 'REP')
      AND i NOT IN (
          SELECT v FROM reporting.visible_ids(org, role, scope_regions, scope_teams, scope_rep, dimension) AS v
          WHERE v IS NOT NULL
      )
$$;
