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

/// What the service made of a request; the transport maps it onto status codes.
public struct GraphQLResponse: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// Executed (possibly with field errors): `data` is present.
        case executed
        /// Parse, validation, unknown operation or bad variables: no `data`.
        case rejected
        /// The operation is a mutation and the request came by GET.
        case mutationNotAllowed
    }

    public var outcome: Outcome
    public var data: JSONValue?
    public var errors: [GraphQLError]

    public init(outcome: Outcome, data: JSONValue? = nil, errors: [GraphQLError] = []) {
        self.outcome = outcome
        self.data = data
        self.errors = errors
    }
}

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
