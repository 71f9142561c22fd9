import Foundation
import HTTPTypes
public import Hummingbird
import JWTKit

/// `GET /dashboards/NAME?token=JWT`: a browser cannot send a bearer header on navigation, so a
/// valid token becomes a cookie (HttpOnly, Secure, SameSite=Strict, for the token's remaining
/// lifetime) and the browser is sent, 303, to the same address without the token.
public struct DashboardTokenExchange: RouterMiddleware {
    public typealias Context = FunnelRequestContext

    /// The cookie `BearerAuthentication` also accepts.
    public static let cookieName = "funnelhouse_token"

    let authority: TokenAuthority

    public init(authority: TokenAuthority) {
        self.authority = authority
    }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let query = request.uri.query ?? ""
        let items = query.split(separator: "&", omittingEmptySubsequences: true)
        guard let tokenItem = items.first(where: { $0.hasPrefix("token=") }) else { return try await next(request, context) }
        let token = String(tokenItem.dropFirst("token=".count)).removingPercentEncoding ?? ""
        let claims: TokenClaims
        do throws(AuthenticationError) {
            claims = try await authority.verifiedClaims(token)
        } catch {
            return DashboardRoutes.html(DashboardPages.signInNeeded(reason: error.description), status: .unauthorized)
        }
        let lifetime = max(0, Int(claims.exp.value.timeIntervalSinceNow.rounded(.down)))
        let rest = items.filter { !$0.hasPrefix("token=") }.joined(separator: "&")
        var headers = HTTPFields()
        headers[.location] = request.uri.path + (rest.isEmpty ? "" : "?" + rest)
        headers[.setCookie] = "\(Self.cookieName)=\(token); HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age=\(lifetime)"
        return DashboardRoutes.html("", status: .seeOther, headers: headers)
    }
}
