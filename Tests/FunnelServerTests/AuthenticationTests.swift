import Foundation
import FunnelPlanner
import FunnelServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import JWTKit
import NIOCore
import Testing

@Suite struct AuthenticationTests {
    static func unauthenticated(_ message: String) -> String {
        #"{"errors":[{"message":"\#(message)","extensions":{"code":"UNAUTHENTICATED"}}]}"#
    }

    /// What the server answers on POST /graphql with this Authorization header.
    static func answer(authorization: String?) async throws -> TestResponse {
        let service = FixedOutcomeService(Harness.executed)
        let response = try await Harness.withRouter(service: service) { client in
            var headers = Harness.headers(token: nil, contentType: "application/json")
            if let authorization { headers[.authorization] = authorization }
            return try await client.execute(
                uri: "/graphql", method: .post, headers: headers, body: ByteBuffer(string: #"{"query":"{ me { org } }"}"#)
            )
        }
        // A refused request never reaches the engine.
        if response.status == .unauthorized { #expect(await service.calls.isEmpty) }
        return response
    }

    /// Signs arbitrary claims with the server's key, the way a forger holding the key (or a
    /// buggy issuer) would.
    static func signed(_ claims: TokenClaims, key: SigningKey = Harness.key) async throws -> String {
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: key.secret), digestAlgorithm: .sha256)
        return try await keys.sign(claims)
    }

    static func expectRefused(_ authorization: String?, message: String) async throws {
        let response = try await answer(authorization: authorization)
        #expect(response.status == .unauthorized)
        #expect(response.headers[.wwwAuthenticate] == #"Bearer realm="funnelhouse""#)
        #expect(response.headers[.contentType] == "application/graphql-response+json; charset=utf-8")
        #expect(response.text == unauthenticated(message))
    }

    @Test func validTokenReachesTheEngine() async throws {
        let response = try await Self.answer(authorization: "Bearer \(try await Harness.directorToken())")
        #expect(response.status == .ok)
        #expect(response.text == Harness.executedBody)
    }

    @Test func missingToken() async throws {
        try await Self.expectRefused(nil, message: "this route needs Authorization: Bearer TOKEN")
    }

    @Test func notABearerHeader() async throws {
        try await Self.expectRefused("Basic dXNlcjpwYXNz", message: "the Authorization header must be of the form Bearer TOKEN")
        try await Self.expectRefused("Bearer ", message: "the Authorization header must be of the form Bearer TOKEN")
    }

    @Test func garbageToken() async throws {
        try await Self.expectRefused("Bearer not.a.jwt", message: "the bearer token is not valid")
    }

    @Test func tokenFromAnotherKey() async throws {
        let foreign = try await TokenAuthority(key: SigningKey.random()).issue(scope: Harness.directorScope, lifetime: .seconds(600))
        try await Self.expectRefused("Bearer \(foreign)", message: "the bearer token is not valid")
    }

    @Test func tamperedPayload() async throws {
        let token = try await Harness.directorToken()
        let parts = token.split(separator: ".").map(String.init)
        let otherOrg = try await Self.signed(TokenClaims(
            scope: AccessScope(orgID: "org-02", role: .director), issuedAt: Date(), expiresAt: Date() + 600
        )).split(separator: ".").map(String.init)
        // org-02's claims under org-01's signature.
        try await Self.expectRefused("Bearer \(parts[0]).\(otherOrg[1]).\(parts[2])", message: "the bearer token is not valid")
    }

    @Test func unsignedAlgNoneToken() async throws {
        let header = Data(#"{"alg":"none","typ":"JWT"}"#.utf8).base64URLEncoded
        let payload = Data(#"{"org":"org-01","role":"director","exp":4102444800,"iat":1700000000}"#.utf8).base64URLEncoded
        try await Self.expectRefused("Bearer \(header).\(payload).", message: "the bearer token is not valid")
    }

    @Test func expiredToken() async throws {
        let token = try await Harness.authority().issue(
            scope: Harness.directorScope, lifetime: .seconds(60), now: Date().addingTimeInterval(-3600)
        )
        try await Self.expectRefused("Bearer \(token)", message: "the bearer token has expired")
    }

    @Test func managerTokenWithoutRegionOrTeamIsRefusedWhenPresented() async throws {
        let token = try await Self.signed(TokenClaims(
            scope: AccessScope(orgID: "org-01", role: .manager), issuedAt: Date(), expiresAt: Date() + 600
        ))
        try await Self.expectRefused(
            "Bearer \(token)",
            message: "the bearer token's claims are not valid: a manager token must list at least one region or team"
        )
    }

    @Test func repTokenWithoutRepIsRefusedWhenPresented() async throws {
        let token = try await Self.signed(TokenClaims(
            scope: AccessScope(orgID: "org-01", role: .rep), issuedAt: Date(), expiresAt: Date() + 600
        ))
        try await Self.expectRefused(
            "Bearer \(token)", message: "the bearer token's claims are not valid: a rep token must name its rep"
        )
    }

    @Test func openAndClosedRoutes() async throws {
        try await Harness.withRouter(readiness: FixedReadiness(reasons: ["database unreachable"])) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            #expect(health.text == #"{"status":"ok"}"#)
            #expect(health.headers[.contentType] == "application/json; charset=utf-8")
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .serviceUnavailable)
            #expect(ready.text == #"{"status":"unavailable","reasons":["database unreachable"]}"#)
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.status == .unauthorized)
            let graphQL = try await client.execute(uri: "/graphql?query=%7Bme%7Borg%7D%7D", method: .get)
            #expect(graphQL.status == .unauthorized)
        }
    }
}

extension Data {
    var base64URLEncoded: String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
