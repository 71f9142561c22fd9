public import FunnelEngine
public import FunnelSchema
public import HTTPTypes
public import Hummingbird
import NIOCore

/// Turns engine outcomes and refusals into HTTP responses: status codes per GraphQL-over-HTTP
/// (api.md, protocol details), GraphQL-shaped bodies, `charset=utf-8` on every one.
public enum GraphQLResponseWriter {
    /// The status for an engine outcome under the negotiated media type.
    ///
    /// With graphql-response+json a response without `data` is never 2xx; with
    /// application/json every well-formed request gets 200.
    public static func status(for outcome: GraphQLResponse.Outcome, mediaType: GraphQLMediaType) -> HTTPResponse.Status {
        switch (outcome, mediaType) {
        case (.executed, _): .ok
        case (.rejected, .graphQLResponse): .badRequest
        case (.rejected, .json): .ok
        case (.mutationNotAllowed, _): .methodNotAllowed
        }
    }

    public static func response(_ result: GraphQLResponse, mediaType: GraphQLMediaType) -> Response {
        var headers: HTTPFields = [:]
        if result.outcome == .mutationNotAllowed { headers[.allow] = "POST" }
        return json(result.json, status: status(for: result.outcome, mediaType: mediaType), mediaType: mediaType, headers: headers)
    }

    /// A request-level failure: `{"errors":[...]}` with the given status.
    public static func failure(
        _ error: GraphQLError, status: HTTPResponse.Status, mediaType: GraphQLMediaType, headers: HTTPFields = [:]
    ) -> Response {
        json(.object([("errors", .array([error.json]))]), status: status, mediaType: mediaType, headers: headers)
    }

    public static func failure(_ error: GraphQLTransportError, mediaType: GraphQLMediaType) -> Response {
        failure(error.graphQLError, status: error.status, mediaType: mediaType)
    }

    public static func json(
        _ value: JSONValue, status: HTTPResponse.Status, mediaType: GraphQLMediaType = .json, headers: HTTPFields = [:]
    ) -> Response {
        var bytes: [UInt8] = []
        value.write(into: &bytes)
        var headers = headers
        headers[.contentType] = mediaType.contentType
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
