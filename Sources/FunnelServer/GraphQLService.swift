public import FunnelEngine
public import FunnelPlanner
public import FunnelSchema
public import Logging

/// A GraphQL-over-HTTP request after the transport has decoded it.
public struct GraphQLRequest: Sendable {
    public var query: String
    public var variables: JSONValue?
    public var operationName: String?

    public init(query: String, variables: JSONValue? = nil, operationName: String? = nil) {
        self.query = query
        self.variables = variables
        self.operationName = operationName
    }
}

/// What the service made of a request: the engine's own result, which the transport maps
/// onto status codes.
public typealias GraphQLResponse = QueryResult

/// Runs GraphQL requests for a scope. The HTTP layer knows only this.
public protocol GraphQLService: Sendable {
    /// - Parameter allowMutations: false for GET requests.
    func execute(_ request: GraphQLRequest, scope: AccessScope, allowMutations: Bool) async -> GraphQLResponse

    /// The same, given the request's logger (its metadata carries the request id), so the
    /// engine's log lines join the request's. The HTTP layer calls this one; by default it
    /// forwards to the form without a logger.
    func execute(_ request: GraphQLRequest, scope: AccessScope, allowMutations: Bool, logger: Logger) async -> GraphQLResponse
}

extension GraphQLService {
    public func execute(
        _ request: GraphQLRequest, scope: AccessScope, allowMutations: Bool, logger: Logger
    ) async -> GraphQLResponse {
        await execute(request, scope: scope, allowMutations: allowMutations)
    }
}
