import FunnelPlanner
import FunnelSchema

/// The Query root's resolvers: each compiles its arguments into one planned statement.
struct RootFields: Sendable {
    let planner: ReportPlanner
    let reader: WarehouseReader
    let lossClusterCache = LossClusterCache()

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
        case "slice":
            let request = try sliceRequest(arguments)
            try await reader.checkFilter(request.filter, scope: scope)
            return try await reader.slice(request, scope: scope, planner: planner).output
        case "stalls":
            return try await stalls(arguments, scope: scope)
        case "lossReasons": return try await lossReasons(arguments, scope: scope)
        case "lossDrivers": return try await lossDrivers(arguments, scope: scope)
        case "lossClusters": return try await lossClusters(arguments, scope: scope)
        case "closedDeals": return try await closedDeals(arguments, scope: scope)
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
        case _ where Self.healthFields.contains(field):
            return try await resolveHealth(field, arguments: arguments, scope: scope)
        default:
            throw GraphQLError("The field \"\(field)\" is not available yet.", code: .badUserInput)
        }
    }

    private func sliceRequest(_ arguments: ReportArguments) throws(GraphQLError) -> SliceRequest {
        var orderBy: [SliceRequest.Order] = []
        if case .array(let terms)? = arguments.values["orderBy"] {
            for term in terms {
                let descending = term["direction"] != .string("ASC")
                if case .string(let name)? = term["measure"], let kpi = Kpi(rawValue: name) {
                    orderBy.append(.measure(kpi, descending: descending))
                } else if case .string(let name)? = term["dimension"], let dimension = Dimension(rawValue: name) {
                    orderBy.append(.dimension(dimension, descending: descending))
                } else {
                    throw GraphQLError("Each orderBy entry names a measure or a dimension.", code: .badUserInput)
                }
            }
        }
        var measures: [Kpi] = []
        if case .array(let names)? = arguments.values["measures"] {
            for case .string(let name) in names { if let kpi = Kpi(rawValue: name), !measures.contains(kpi) { measures.append(kpi) } }
        }
        guard !measures.isEmpty else { throw GraphQLError("slice needs at least one measure.", code: .badUserInput) }
        if let limit = arguments.int("limit"), limit < 0 {
            throw GraphQLError("limit must be 0 or more.", code: .badUserInput)
        }
        return SliceRequest(
            measures: measures, period: try arguments.period(), filter: arguments.filter, groupBy: arguments.groupBy,
            orderBy: orderBy, limit: arguments.int("limit")
        )
    }

    private func pipelineReport(_ arguments: ReportArguments) throws(GraphQLError) -> PipelineReportRequest {
        PipelineReportRequest(
            pipeline: arguments.string("pipeline"), period: try arguments.period(),
            filter: arguments.filter, groupBy: arguments.groupBy
        )
    }
}
