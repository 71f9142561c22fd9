public import FunnelEngine
public import FunnelPlanner
public import Logging

/// The query engine behind the HTTP transport (tests put other services behind it).
public struct EngineService: GraphQLService {
    public let engine: QueryEngine
    public let logger: Logger

    public init(engine: QueryEngine, logger: Logger) {
        self.engine = engine
        self.logger = logger
    }

    public func execute(_ request: GraphQLRequest, scope: AccessScope, allowMutations: Bool) async -> GraphQLResponse {
        await execute(request, scope: scope, allowMutations: allowMutations, logger: logger)
    }

    /// With the request's logger, so resolver failures are logged under its request id.
    public func execute(
        _ request: GraphQLRequest, scope: AccessScope, allowMutations: Bool, logger: Logger
    ) async -> GraphQLResponse {
        await engine.execute(
            query: request.query, variables: request.variables, operationName: request.operationName,
            scope: scope, allowMutations: allowMutations, logger: logger
        )
    }
}
