import FunnelContract

/// The importer's SQL, built from the contract's entity table: staging tables, the checks
/// of the cross-row rules, and the merge into the warehouse.
///
/// Every identifier comes from `Entity` (our code, never input) and data travels through
/// COPY, so the statements carry no values at all.
enum ImportSQL {
    static func stagingTable(_ entity: Entity) -> String { "stage_\(entity.fileStem)" }

    static func createStaging(_ entity: Entity) -> String {
        let columns = entity.columns.map { "\($0.name) \(sqlType($0.type))" }
        return "CREATE TEMP TABLE \(stagingTable(entity)) (source_line integer NOT NULL, \(columns.joined(separator: ", "))) ON COMMIT DROP"
    }

    static func copyColumns(_ entity: Entity) -> [String] { ["source_line"] + entity.columns.map(\.name) }

    static func sqlType(_ type: ColumnType) -> String {
        switch type {
        case .id, .text, .enumeration, .timezone: "text"
        case .timestamp: "timestamptz"
        case .date, .month: "date"
        case .boolean: "boolean"
        case .money: "numeric(14,2)"
        case .integer: "integer"
        case .textList: "text[]"
        }
    }

    // MARK: Checks. Each query returns (line, column, message, total) rows, at most `limit`;
    // `total` counts every row the check found, so the report's "and N more" is exact.

    static let limit = 101

    static func checks(_ entity: Entity, staged: Set<Entity>) -> [String] {
        var queries: [String] = []
        if entity != .orgs {
            queries.append(reference(entity, column: "org_id", target: .orgs, targetColumn: "org_id", staged: staged))
        }
        for reference in entity.references {
            queries.append(self.reference(entity, column: reference.column, target: reference.target,
                                          targetColumn: reference.targetColumn, staged: staged))
        }
        if !entity.identity.isEmpty { queries.append(duplicates(entity)) }
        if entity == .stageHistory { queries += stageHistoryChecks(staged: staged) }
        return queries
    }

    /// Rule 2: the value names a record of the same org, in this data set or already stored.
    private static func reference(
        _ entity: Entity, column: String, target: Entity, targetColumn: String, staged: Set<Entity>
    ) -> String {
        let sameOrg = target == .orgs ? "" : "t.org_id = s.org_id AND "
        // Separate NOT EXISTS clauses (not NOT (a OR b)): each becomes a hashed anti-join.
        var missing = "NOT EXISTS (SELECT 1 FROM warehouse.\(target.fileStem) t WHERE \(sameOrg)t.\(targetColumn) = s.\(column))"
        if staged.contains(target) {
            missing += " AND NOT EXISTS (SELECT 1 FROM \(stagingTable(target)) t WHERE \(sameOrg)t.\(targetColumn) = s.\(column))"
        }
        let message = target == .orgs
            ? "format('no org %s in this data set or the warehouse', s.org_id)"
            : "format('no %s with %s %s in org %s', '\(target.fileStem)', '\(targetColumn)', s.\(column), s.org_id)"
        return """
            SELECT s.source_line, '\(column)', \(message), count(*) OVER () FROM \(stagingTable(entity)) s
            WHERE s.\(column) IS NOT NULL AND s.org_id IS NOT NULL AND \(missing)
            ORDER BY s.source_line LIMIT \(limit)
            """
    }

    /// An id (or identifying columns) given twice in one file.
    private static func duplicates(_ entity: Entity) -> String {
        let identity = entity.identity
        let key = identity.joined(separator: ", ")
        return """
            SELECT source_line, '\(identity.last!)', format('duplicate of line %s', first), count(*) OVER () FROM (
                SELECT source_line, first_value(source_line) OVER (PARTITION BY \(key) ORDER BY source_line) AS first
                FROM \(stagingTable(entity)) WHERE \(identity.map { "\($0) IS NOT NULL" }.joined(separator: " AND "))
            ) d WHERE source_line <> first ORDER BY source_line LIMIT \(limit)
            """
    }

    /// Rules 2 (stage of the opportunity's pipeline) and 3 (no overlapping stays, at most one open).
    private static func stageHistoryChecks(staged: Set<Entity>) -> [String] {
        let table = stagingTable(.stageHistory)
        let stagedOpportunity = staged.contains(.opportunities)
            ? "LEFT JOIN \(stagingTable(.opportunities)) so ON so.org_id = s.org_id AND so.opportunity_id = s.opportunity_id"
            : "LEFT JOIN (SELECT NULL::text AS pipeline_id) so ON false"
        let stagedStage = staged.contains(.stages)
            ? " AND NOT EXISTS (SELECT 1 FROM \(stagingTable(.stages)) t WHERE t.org_id = s.org_id AND t.pipeline_id = coalesce(so.pipeline_id, wo.pipeline_id) AND t.stage_key = s.stage_key)"
            : ""
        return [
            """
            SELECT s.source_line, 'stage_key',
                   format('no stage %s in pipeline %s', s.stage_key, coalesce(so.pipeline_id, wo.pipeline_id)),
                   count(*) OVER ()
            FROM \(table) s
            \(stagedOpportunity)
            LEFT JOIN warehouse.opportunities wo ON wo.org_id = s.org_id AND wo.opportunity_id = s.opportunity_id
            WHERE s.stage_key IS NOT NULL AND coalesce(so.pipeline_id, wo.pipeline_id) IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM warehouse.stages t WHERE t.org_id = s.org_id AND t.pipeline_id = coalesce(so.pipeline_id, wo.pipeline_id) AND t.stage_key = s.stage_key)\(stagedStage)
            ORDER BY s.source_line LIMIT \(limit)
            """,
            // Half-open stays [entered, exited): empty stays overlap nothing.
            """
            SELECT b.source_line, 'entered_at', format('stay overlaps the stay at line %s of opportunity %s', a.source_line, b.opportunity_id), count(*) OVER ()
            FROM \(table) a JOIN \(table) b
              ON a.org_id = b.org_id AND a.opportunity_id = b.opportunity_id AND a.source_line < b.source_line
            WHERE a.entered_at < coalesce(b.exited_at, 'infinity') AND b.entered_at < coalesce(a.exited_at, 'infinity')
              AND a.entered_at < coalesce(a.exited_at, 'infinity') AND b.entered_at < coalesce(b.exited_at, 'infinity')
            ORDER BY b.source_line LIMIT \(limit)
            """,
            """
            SELECT source_line, 'exited_at', format('a second open stay of opportunity %s (the first is at line %s)', opportunity_id, first), count(*) OVER ()
            FROM (SELECT source_line, opportunity_id, first_value(source_line) OVER (PARTITION BY org_id, opportunity_id ORDER BY source_line) AS first
                  FROM \(table) WHERE exited_at IS NULL AND entered_at IS NOT NULL) o
            WHERE source_line <> first ORDER BY source_line LIMIT \(limit)
            """,
        ]
    }

    // MARK: Merge (rule 6: upsert; rule 7: a given history replaces the stored one)

    static func merge(_ entity: Entity) -> [String] {
        let table = "warehouse.\(entity.fileStem)"
        let staging = stagingTable(entity)
        let names = entity.columns.map(\.name)
        let values = entity.columns.map { value(of: $0, in: entity) }
        switch entity {
        case .stageHistory:
            return [
                """
                DELETE FROM \(table) h USING (SELECT DISTINCT org_id, opportunity_id FROM \(staging)) s
                WHERE h.org_id = s.org_id AND h.opportunity_id = s.opportunity_id
                """,
                """
                INSERT INTO \(table) (\(names.joined(separator: ", ")), seq)
                SELECT \(values.joined(separator: ", ")),
                       row_number() OVER (PARTITION BY s.org_id, s.opportunity_id ORDER BY s.source_line)
                FROM \(staging) s
                """,
            ]
        case .activities:
            // Partitioned: uniqueness of (org_id, activity_id) is kept here, not by an index.
            let others = names.filter { !entity.identity.contains($0) }
            return [
                """
                DELETE FROM \(table) a USING \(staging) s
                WHERE a.org_id = s.org_id AND a.activity_id = s.activity_id
                  AND (\(others.map { "a.\($0)" }.joined(separator: ", "))) IS DISTINCT FROM
                      (\(others.map { value(of: entity.column(named: $0)!, in: entity) }.joined(separator: ", ")))
                """,
                """
                INSERT INTO \(table) (\(names.joined(separator: ", ")))
                SELECT \(values.joined(separator: ", ")) FROM \(staging) s
                WHERE NOT EXISTS (SELECT 1 FROM \(table) a WHERE a.org_id = s.org_id AND a.activity_id = s.activity_id)
                """,
            ]
        default:
            let others = names.filter { !entity.identity.contains($0) }
            let update = others.isEmpty ? "DO NOTHING" : """
                DO UPDATE SET \(others.map { "\($0) = EXCLUDED.\($0)" }.joined(separator: ", "))
                WHERE (\(others.map { "t.\($0)" }.joined(separator: ", "))) IS DISTINCT FROM
                      (\(others.map { "EXCLUDED.\($0)" }.joined(separator: ", ")))
                """
            return [
                """
                INSERT INTO \(table) AS t (\(names.joined(separator: ", ")))
                SELECT \(values.joined(separator: ", ")) FROM \(staging) s
                ON CONFLICT (\(entity.identity.joined(separator: ", "))) \(update)
                """,
            ]
        }
    }

    /// A staged column as stored: optional columns with a contract default get it here.
    private static func value(of column: Column, in entity: Entity) -> String {
        switch (entity, column.name) {
        case (.orgs, "timezone"): "coalesce(s.timezone, 'Asia/Shanghai')"
        case (.stages, "required_actions"): "coalesce(s.required_actions, '{}')"
        case (.activities, "evidence_ok"): "coalesce(s.evidence_ok, true)"
        default: "s.\(column.name)"
        }
    }
}
