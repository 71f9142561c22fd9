import FunnelPlanner
import FunnelSchema
import PostgresNIO

extension WarehouseReader {
    /// FORBIDDEN when a filter names a region, team or rep outside the caller's scope
    /// (sql/004_scope.sql decides what is visible).
    func checkFilter(_ filter: DimensionFilter, scope: AccessScope) async throws {
        guard !scope.isWholeOrg, filter[.region] != nil || filter[.team] != nil || filter[.rep] != nil else { return }
        // One round trip for the three people dimensions; an absent filter checks an empty list.
        let (regions, teams, reps) = (filter[.region] ?? [], filter[.team] ?? [], filter[.rep] ?? [])
        let query: PostgresQuery = """
            SELECT reporting.out_of_scope(\(scope.orgID), \(scope.role.rawValue), \(scope.regions), \(scope.teams), \(scope.rep), 'REGION', \(regions)),
                   reporting.out_of_scope(\(scope.orgID), \(scope.role.rawValue), \(scope.regions), \(scope.teams), \(scope.rep), 'TEAM', \(teams)),
                   reporting.out_of_scope(\(scope.orgID), \(scope.role.rawValue), \(scope.regions), \(scope.teams), \(scope.rep), 'REP', \(reps))
            """
        for try await (outRegions, outTeams, outReps) in try await client.query(query, logger: logger).decode(([String], [String], [String]).self) {
            for (field, outside) in [("regions", outRegions), ("teams", outTeams), ("reps", outReps)] where !outside.isEmpty {
                throw GraphQLError(
                    "filter.\(field): \(outside.joined(separator: ", ")) outside your access scope.", code: .forbidden
                )
            }
        }
    }
}
