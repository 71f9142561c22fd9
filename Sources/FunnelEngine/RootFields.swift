import FunnelPlanner
import FunnelSchema

/// The Query root's resolvers: each compiles its arguments into one planned statement.
struct RootFields: Sendable {
    let planner: ReportPlanner
    let reader: WarehouseReader

    func resolve(_ field: String, arguments: [String: JSONValue], scope: AccessScope) async throws -> OutputValue {
        let arguments = ReportArguments(values: arguments)
        switch field {
        case "funnel":
            let request = try pipelineReport(arguments)
            try await reader.checkFilter(request.filter, scope: scope)
            return .list(try await reader.funnel(request, scope: scope, planner: planner).map(\.output))
        case "stageDwell":
            let request = try pipelineReport(arguments)
            try await reader.checkFilter(request.filter, scope: scope)
            return .list(try await reader.stageDwell(request, scope: scope, planner: planner).map(\.output))
        case "dimensionValues":
            guard let name = arguments.string("dimension"), let dimension = Dimension(rawValue: name), !dimension.isTimeGrain else {
                throw GraphQLError("dimensionValues lists REGION, CITY, TEAM, REP, PRODUCT, CHANNEL, INDUSTRY, CUSTOMER_SIZE or TENURE_BAND values; time grains have none.", code: .badUserInput)
            }
            let limit = min(max(arguments.int("limit") ?? 200, 0), 10_000)
            return try await reader.dimensionValues(dimension, search: arguments.string("search"), limit: limit, scope: scope, planner: planner)
        case "freshness":
            return try await reader.freshness(planner: planner)
        case "me":
            return try await reader.viewer(scope, planner: planner)
        default:
            throw GraphQLError("The field \"\(field)\" is not available yet.", code: .badUserInput)
        }
    }

    private func pipelineReport(_ arguments: ReportArguments) throws(GraphQLError) -> PipelineReportRequest {
        PipelineReportRequest(
            pipeline: arguments.string("pipeline"), period: try arguments.period(),
            filter: arguments.filter, groupBy: arguments.groupBy
        )
    }
}
