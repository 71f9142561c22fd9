import FunnelPlanner
import FunnelSchema
import PostgresNIO

/// `dimensionValues`, `freshness` and `me`: small lookups, one statement each.
extension WarehouseReader {
    func dimensionValues(_ dimension: Dimension, search: String?, limit: Int, scope: AccessScope, planner: ReportPlanner) async throws -> OutputValue {
        var values: [OutputValue] = []
        let query = planner.dimensionValues(dimension, search: search, limit: limit, scope: scope)
        for try await (id, label) in try await rows(query).decode((String, String).self) {
            values.append(GroupValue(dimension: dimension, id: id, label: label).output)
        }
        return .list(values)
    }

    func freshness(planner: ReportPlanner) async throws -> OutputValue {
        var views: [OutputValue] = []
        for try await (view, refreshedAt, milliseconds) in try await rows(planner.freshness()).decode((String, String, Double).self) {
            views.append(.object(OutputObject("ViewFreshness", fields: [
                "view": .string(view), "refreshedAt": .string(refreshedAt), "durationMs": .float(milliseconds),
            ])))
        }
        return .list(views)
    }

    func viewer(_ scope: AccessScope, planner: ReportPlanner) async throws -> OutputValue {
        typealias Row = (String, String, String, [String], [String], String?)
        for try await row in try await rows(planner.viewer(scope)).decode(Row.self) {
            let rep = scope.rep.map { GroupValue(dimension: .rep, id: $0, label: row.5 ?? $0).output } ?? .null
            return .object(OutputObject("Viewer", fields: [
                "org": .string(scope.orgID), "orgName": .string(row.0), "industry": .string(row.1),
                "timezone": .string(row.2), "role": .string(scope.role.rawValue.uppercased()),
                "regions": .list(zip(scope.regions, row.3).map { GroupValue(dimension: .region, id: $0, label: $1).output }),
                "teams": .list(zip(scope.teams, row.4).map { GroupValue(dimension: .team, id: $0, label: $1).output }),
                "rep": rep,
            ]))
        }
        throw GraphQLError("The token's org \(scope.orgID) has no data in this warehouse.", code: .forbidden)
    }
}
