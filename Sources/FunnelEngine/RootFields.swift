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
            let request = FunnelRequest(
                pipeline: arguments.string("pipeline"), period: try arguments.period(),
                filter: arguments.filter, groupBy: arguments.groupBy
            )
            try await reader.checkFilter(request.filter, scope: scope)
            let series = try await reader.funnel(request, scope: scope, planner: planner)
            return .list(series.map(\.output))
        default:
            throw GraphQLError("The field \"\(field)\" is not available yet.", code: .badUserInput)
        }
    }
}

extension GroupValue {
    var output: OutputValue {
        .object(OutputObject("GroupValue", fields: [
            "dimension": .string(dimension.rawValue), "id": .string(id), "label": .string(label),
        ]))
    }
}

extension FunnelSeries {
    var output: OutputValue {
        .object(OutputObject("FunnelSeries", fields: [
            "key": .list(key.map(\.output)),
            "population": .int(population),
            "stages": .list(stages.map(\.output)),
        ]))
    }
}

extension FunnelStage {
    var output: OutputValue {
        .object(OutputObject("FunnelStage", fields: [
            "key": .string(key), "name": .string(name), "position": .int(position), "reached": .int(reached),
            "conversionRate": .float(conversionRate), "cumulativeRate": .float(cumulativeRate), "lostAt": .int(lostAt),
            "avgDwellHours": .float(avgDwellHours), "medianDwellHours": .float(medianDwellHours),
        ]))
    }
}
