import FunnelPlanner
import FunnelSchema

extension RootFields {
    /// `stalls(asOf:, filter:, orderBy:, limit:)`: the scope guard first, as for funnel.
    func stalls(_ arguments: ReportArguments, scope: AccessScope) async throws -> OutputValue {
        var orderBy: [StallListRequest.Order] = []
        if case .array(let terms)? = arguments.values["orderBy"] {
            for term in terms {
                guard case .string(let name)? = term["field"], let field = StallListRequest.SortField(rawValue: name) else {
                    throw GraphQLError("Each orderBy entry names a field: HOURS_OVERDUE, ENTERED_AT or REP.", code: .badUserInput)
                }
                let descending: Bool? = switch term["direction"] {
                case .string("ASC")?: false
                case .string("DESC")?: true
                default: nil
                }
                orderBy.append(StallListRequest.Order(field, descending: descending))
            }
        }
        if let limit = arguments.int("limit"), limit < 0 {
            throw GraphQLError("limit must be 0 or more.", code: .badUserInput)
        }
        let request = StallListRequest(
            asOf: arguments.string("asOf"), filter: arguments.filter, orderBy: orderBy, limit: arguments.int("limit")
        )
        try await reader.checkFilter(request.filter, scope: scope)
        return .list(try await reader.stalls(request, scope: scope, planner: planner).map(\.output))
    }
}
