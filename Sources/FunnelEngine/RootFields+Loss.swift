import FunnelPlanner
import FunnelSchema

/// `lossReasons`, `lossDrivers`, `lossClusters` (metrics.md, "Lost-deal analysis").
extension RootFields {
    func lossReasons(_ arguments: ReportArguments, scope: AccessScope) async throws -> OutputValue {
        let request = try lossReport(arguments)
        try await reader.checkFilter(request.filter, scope: scope)
        return .list(try await reader.lossReasons(request, scope: scope, planner: planner).map(\.output))
    }

    func lossDrivers(_ arguments: ReportArguments, scope: AccessScope) async throws -> OutputValue {
        let request = try lossReport(arguments)
        try await reader.checkFilter(request.filter, scope: scope)
        return .list(try await reader.lossDrivers(request, scope: scope, planner: planner).map(\.output))
    }

    func lossClusters(_ arguments: ReportArguments, scope: AccessScope) async throws -> OutputValue {
        let k = arguments.int("k")
        if let k, !LossClusterRequest.allowedK.contains(k) {
            throw GraphQLError(
                "k must be between \(LossClusterRequest.allowedK.lowerBound) and \(LossClusterRequest.allowedK.upperBound) (got \(k)); leave it out to have k chosen.",
                code: .badUserInput
            )
        }
        let request = LossClusterRequest(period: try arguments.period(), filter: arguments.filter, k: k)
        try await reader.checkFilter(request.filter, scope: scope)
        return try await reader.lossClusters(request, scope: scope, planner: planner, cache: lossClusterCache).output
    }

    private func lossReport(_ arguments: ReportArguments) throws(GraphQLError) -> LossReportRequest {
        LossReportRequest(period: try arguments.period(), filter: arguments.filter, groupBy: arguments.groupBy)
    }
}
