import FunnelPlanner
import FunnelSchema
import HTTPTypes
public import Hummingbird
import Logging

/// Requires a token, `Authorization: Bearer TOKEN` or the dashboards' cookie (set by
/// `DashboardTokenExchange`), and puts the token's scope into the context.
///
/// Refusals answer 401: for API routes with `WWW-Authenticate: Bearer` and an `UNAUTHENTICATED`
/// GraphQL error, for pages with a page saying how to get a token; the reason goes to the log at
/// debug level and, in general terms, to the client.
public struct BearerAuthentication: RouterMiddleware {
    public typealias Context = FunnelRequestContext

    /// How a refusal is answered.
    public enum Refusal: Sendable {
        case graphQL
        case page
    }

    let authority: TokenAuthority
    let refusal: Refusal

    public init(authority: TokenAuthority, refusal: Refusal = .graphQL) {
        self.authority = authority
        self.refusal = refusal
    }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let scope: AccessScope
        do throws(AuthenticationError) {
            scope = try await authority.verify(try Self.token(in: request))
        } catch {
            context.logger.debug("authentication refused", metadata: ["reason": .string(error.description)])
            if refusal == .page {
                return DashboardRoutes.html(DashboardPages.signInNeeded(reason: error.description), status: .unauthorized)
            }
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

    /// The presented token: the `Authorization` header when there is one, else the cookie.
    static func token(in request: Request) throws(AuthenticationError) -> String {
        guard let header = request.headers[.authorization] else {
            guard let cookie = cookieToken(in: request) else { throw .missingToken }
            return cookie
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { throw .notBearer }
        let token = parts[1].trimmingWhitespace()
        guard !token.isEmpty else { throw .notBearer }
        return String(token)
    }

    private static func cookieToken(in request: Request) -> String? {
        for field in request.headers[values: .cookie] {
            for pair in field.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingWhitespace() == DashboardTokenExchange.cookieName {
                    let token = parts[1].trimmingWhitespace()
                    if !token.isEmpty { return String(token) }
                }
            }
        }
        return nil
    }
}
