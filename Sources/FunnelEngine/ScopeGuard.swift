import FunnelPlanner
import FunnelSchema
import PostgresNIO

extension WarehouseReader {
    /// FORBIDDEN when a filter names a region, team or rep outside the caller's scope
    /// (sql/004_scope.sql decides what is visible).
    func checkFilter(_ filter: DimensionFilter, scope: AccessScope) async throws {
        guard !scope.isWholeOrg else { return }
        let checked: [(Dimension, String)] = [(.region, "regions"), (.team, "teams"), (.rep, "reps")]
        for (dimension, field) in checked {
            guard let ids = filter[dimension] else { continue }
            let query: PostgresQuery = """
                SELECT reporting.out_of_scope(\(scope.orgID), \(scope.role.rawValue), \(scope.regions), \(scope.teams),
                                              \(scope.rep), \(dimension.rawValue), \(ids))
                """
            for try await outside in try await client.query(query, logger: logger).decode([String].self) where !outside.isEmpty {
                throw GraphQLError(
                    "filter.\(field): \(outside.joined(separator: ", ")) outside your access scope.", code: .forbidden
                )
            }
        }
    }
}
