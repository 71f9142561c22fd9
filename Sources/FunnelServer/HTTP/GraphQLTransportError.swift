public import FunnelSchema
public import HTTPTypes

/// A request the transport refuses before the engine sees it. Each case carries its HTTP
/// status and a message for the client; `GraphQLResponseWriter` renders them all.
public enum GraphQLTransportError: Error, Sendable, Equatable {
    /// POST without `Content-Type: application/json` (415).
    case unsupportedMediaType(String?)
    /// `Accept` admits no GraphQL response type (406).
    case notAcceptable(String)
    /// The body exceeds the configured limit (413).
    case bodyTooLarge(limit: Int)
    /// The body is not JSON (400).
    case malformedJSON(JSONSyntaxError)
    /// A GraphQL-over-HTTP parameter has the wrong shape (400).
    case invalidParameter(name: String, reason: String)
    /// The URL query string cannot be decoded (400).
    case malformedQueryString

    public var status: HTTPResponse.Status {
        switch self {
        case .unsupportedMediaType: .unsupportedMediaType
        case .notAcceptable: .notAcceptable
        case .bodyTooLarge: .contentTooLarge
        case .malformedJSON, .invalidParameter, .malformedQueryString: .badRequest
        }
    }

    public var message: String {
        switch self {
        case .unsupportedMediaType(let type):
            "POST /graphql needs Content-Type: application/json (got \(type.map { "'\($0)'" } ?? "none"))"
        case .notAcceptable(let accept):
            "Accept '\(accept)' admits neither application/graphql-response+json nor application/json"
        case .bodyTooLarge(let limit):
            "request body exceeds the limit of \(limit) bytes"
        case .malformedJSON(let error):
            "request body is not JSON: \(error.description)"
        case .invalidParameter(let name, let reason):
            "parameter '\(name)' \(reason)"
        case .malformedQueryString:
            "the URL query string is not valid percent-encoding"
        }
    }

    public var graphQLError: GraphQLError {
        GraphQLError(message, code: .badUserInput)
    }
}
