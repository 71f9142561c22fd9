public import FunnelPlanner
import FunnelSchema

/// Stands in for the query engine until it is wired: every request gets one clear
/// `SERVICE_UNAVAILABLE` error and `data: null`.
public struct EngineUnavailableService: GraphQLService {
    public static let message = "the query engine is not available yet"

    public init() {}

    public func execute(_ request: GraphQLRequest, scope: AccessScope, allowMutations: Bool) async -> GraphQLResponse {
        GraphQLResponse(outcome: .executed, data: .null, errors: [GraphQLError(Self.message, code: .serviceUnavailable)])
    }
}
