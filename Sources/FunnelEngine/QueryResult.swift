public import FunnelSchema

/// What became of a request: the transport maps `outcome` onto status codes.
public struct QueryResult: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// Executed, possibly with field errors: `data` is present.
        case executed
        /// Parse, validation, operation selection, variables or limits: no `data`.
        case rejected
        /// A mutation asked for over GET.
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

    static func rejected(_ errors: [GraphQLError]) -> QueryResult {
        QueryResult(outcome: .rejected, data: nil, errors: errors)
    }

    /// The response body of the GraphQL spec: `errors` first when present, then `data`.
    public var json: JSONValue {
        var fields: [(key: String, value: JSONValue)] = []
        if !errors.isEmpty { fields.append(("errors", .array(errors.map(\.json)))) }
        if outcome == .executed { fields.append(("data", data ?? .null)) }
        return .object(fields)
    }
}
