import FunnelEngine
import FunnelPlanner
import FunnelServer
import Logging

/// The query engine behind the HTTP transport: the one place the two meet, so neither
/// module knows the other.
struct EngineService: GraphQLService {
    let engine: QueryEngine
    let logger: Logger

    func execute(_ request: GraphQLRequest, scope: AccessScope, allowMutations: Bool) async -> GraphQLResponse {
        let result = await engine.execute(
            query: request.query, variables: request.variables, operationName: request.operationName,
            scope: scope, allowMutations: allowMutations, logger: logger
        )
        let outcome: GraphQLResponse.Outcome = switch result.outcome {
        case .executed: .executed
        case .rejected: .rejected
        case .mutationNotAllowed: .mutationNotAllowed
        }
        return GraphQLResponse(outcome: outcome, data: result.data, errors: result.errors)
    }
}
