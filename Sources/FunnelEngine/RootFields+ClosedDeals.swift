import FunnelPlanner
import FunnelSchema

/// `closedDeals`: won and lost deals by the month (or any group) they closed in
/// (metrics.md WIN_RATE, dated by `closed_at`).
extension RootFields {
    func closedDeals(_ arguments: ReportArguments, scope: AccessScope) async throws -> OutputValue {
        let request = LossReportRequest(period: try arguments.period(), filter: arguments.filter, groupBy: arguments.groupBy)
        try await reader.checkFilter(request.filter, scope: scope)
        return .list(try await reader.closedDeals(request, scope: scope, planner: planner).map(\.output))
    }
}
