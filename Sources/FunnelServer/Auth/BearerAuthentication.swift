import FunnelPlanner
import FunnelSchema
import HTTPTypes
public import Hummingbird
import Logging

/// Requires `Authorization: Bearer TOKEN` and puts the token's scope into the context.
///
/// Refusals answer 401 with `WWW-Authenticate: Bearer` and an `UNAUTHENTICATED` GraphQL error;
/// the reason goes to the log at debug level and, in general terms, to the client.
public struct BearerAuthentication: RouterMiddleware {
    public typealias Context = FunnelRequestContext

    let authority: TokenAuthority

    public init(authority: TokenAuthority) {
        self.authority = authority
    }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let scope: AccessScope
        do throws(AuthenticationError) {
            scope = try await authority.verify(try Self.token(in: request))
        } catch {
            context.logger.debug("authentication refused", metadata: ["reason": .string(error.description)])
            let mediaType = GraphQLMediaType.negotiate(accept: request.headers[.accept]) ?? .json
            var headers = HTTPFields()
            headers[.wwwAuthenticate] = #"Bearer realm="funnelhouse""#
            return GraphQLResponseWriter.failure(
                GraphQLError(error.description, code: .unauthenticated), status: .unauthorized,
                mediaType: mediaType, headers: headers
            )
        }
        var context = context
        context.scope = scope
        context.logger[metadataKey: "org"] = .string(scope.orgID)
        return try await next(request, context)
    }

    private static func token(in request: Request) throws(AuthenticationError) -> String {
        guard let header = request.headers[.authorization] else { throw .missingToken }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { throw .notBearer }
        let token = parts[1].trimmingWhitespace()
        guard !token.isEmpty else { throw .notBearer }
        return String(token)
    }
}
