import FunnelEngine
import FunnelPlanner
import FunnelSchema
import HTTPTypes
public import Hummingbird
import Logging
import NIOCore

/// `POST /graphql` and `GET /graphql` per GraphQL-over-HTTP: decodes the parameters, hands
/// them to the `GraphQLService` under the caller's scope, and maps the outcome to a status.
public struct GraphQLEndpoint: Sendable {
    /// 1 MB: a generous GraphQL document plus variables; larger bodies are refused with 413.
    public static let defaultBodyLimit = 1 << 20

    let service: any GraphQLService
    let bodyLimit: Int

    public init(service: any GraphQLService, bodyLimit: Int = defaultBodyLimit) {
        self.service = service
        self.bodyLimit = bodyLimit
    }

    public func register(on router: some RouterMethods<FunnelRequestContext>, path: RouterPath = "/graphql") {
        router.post(path) { request, context in try await post(request, context: context) }
        router.get(path) { request, context in try await get(request, context: context) }
    }

    func post(_ request: Request, context: FunnelRequestContext) async throws -> Response {
        guard let mediaType = GraphQLMediaType.negotiate(accept: request.headers[.accept]) else {
            return GraphQLResponseWriter.failure(.notAcceptable(request.headers[.accept] ?? ""), mediaType: .json)
        }
        let contentType = request.headers[.contentType]
        guard GraphQLRequestReader.isJSON(contentType: contentType) else {
            return GraphQLResponseWriter.failure(.unsupportedMediaType(contentType), mediaType: mediaType)
        }
        do throws(GraphQLTransportError) {
            let body = try await collectBody(request)
            let graphQLRequest = try GraphQLRequestReader.request(body: body.readableBytesView)
            return await execute(graphQLRequest, allowMutations: true, mediaType: mediaType, context: context)
        } catch {
            return GraphQLResponseWriter.failure(error, mediaType: mediaType)
        }
    }

    func get(_ request: Request, context: FunnelRequestContext) async throws -> Response {
        guard let mediaType = GraphQLMediaType.negotiate(accept: request.headers[.accept]) else {
            return GraphQLResponseWriter.failure(.notAcceptable(request.headers[.accept] ?? ""), mediaType: .json)
        }
        do throws(GraphQLTransportError) {
            let graphQLRequest = try GraphQLRequestReader.request(queryString: request.uri.query)
            return await execute(graphQLRequest, allowMutations: false, mediaType: mediaType, context: context)
        } catch {
            return GraphQLResponseWriter.failure(error, mediaType: mediaType)
        }
    }

    private func execute(
        _ request: GraphQLRequest, allowMutations: Bool, mediaType: GraphQLMediaType, context: FunnelRequestContext
    ) async -> Response {
        guard let scope = context.scope else {
            // Unreachable when the route sits behind BearerAuthentication; refuse rather than guess.
            return GraphQLResponseWriter.failure(
                GraphQLError("this route needs Authorization: Bearer TOKEN", code: .unauthenticated),
                status: .unauthorized, mediaType: mediaType
            )
        }
        let result = await service.execute(request, scope: scope, allowMutations: allowMutations, logger: context.logger)
        if !result.errors.isEmpty {
            context.logger.debug("graphql errors", metadata: [
                "outcome": "\(result.outcome)", "codes": "\(result.errors.map(\.code.rawValue))",
            ])
        }
        return GraphQLResponseWriter.response(result, mediaType: mediaType)
    }

    /// The whole body, refusing more than `bodyLimit` bytes (before reading, when the
    /// client declares its length).
    private func collectBody(_ request: Request) async throws(GraphQLTransportError) -> ByteBuffer {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > bodyLimit {
            throw .bodyTooLarge(limit: bodyLimit)
        }
        do {
            return try await request.body.collect(upTo: bodyLimit)
        } catch {
            // NIOTooManyBytesError, or the connection failing mid-body: either way the body is unusable.
            throw error is NIOTooManyBytesError ? .bodyTooLarge(limit: bodyLimit) : .invalidParameter(name: "body", reason: "could not be read")
        }
    }
}
