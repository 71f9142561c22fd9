import Foundation
import FunnelSchema
import FunnelServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The dashboard pages' sign-in: `?token=` becomes a cookie, the cookie works wherever the
/// bearer header does, and a page without either says how to get a token.
@Suite struct DashboardRouteTests {
    static func withSite<T: Sendable>(
        service: any GraphQLService = FixedOutcomeService(Harness.executed),
        _ body: @Sendable @escaping (any TestClientProtocol) async throws -> T
    ) async throws -> T {
        let libraries = ChartLibraries(root: "/nonexistent")
        let site = try DashboardSite.load(
            folder: DashboardCatalogTests.repositoryDashboards, libraries: libraries, schema: FunnelhouseSchema.schema
        )
        let router = FunnelServer.router(
            service: service, authority: await Harness.authority(), readiness: FixedReadiness(reasons: []), dashboards: site
        )
        return try await Application(router: router).test(.router, body)
    }

    @Test func pageWithoutTokenExplainsHowToGetOne() async throws {
        let response = try await Self.withSite { client in
            try await client.execute(uri: "/dashboards/director", method: .get)
        }
        #expect(response.status == .unauthorized)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        #expect(response.text.contains("funnelhouse token --org ORG --role director"))
        #expect(response.text.contains("/dashboards/NAME?token=TOKEN"))
    }

    @Test func tokenInTheAddressBecomesACookie() async throws {
        let token = try await Harness.directorToken()
        let response = try await Self.withSite { client in
            try await client.execute(uri: "/dashboards/director?from=2026-01-01&token=\(token)&lang=en", method: .get)
        }
        #expect(response.status == .seeOther)
        #expect(response.headers[.location] == "/dashboards/director?from=2026-01-01&lang=en")
        let cookie = try #require(response.headers[.setCookie])
        let prefix = "funnelhouse_token=\(token); HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age="
        #expect(cookie.hasPrefix(prefix))
        // The token was issued for an hour; the cookie lives for what is left of it.
        let maxAge = try #require(Int(cookie.dropFirst(prefix.count)))
        #expect((3500...3600).contains(maxAge))
    }

    @Test func invalidTokenInTheAddressIsRefused() async throws {
        let response = try await Self.withSite { client in
            try await client.execute(uri: "/dashboards/director?token=not.a.jwt", method: .get)
        }
        #expect(response.status == .unauthorized)
        #expect(response.headers[.setCookie] == nil)
        #expect(response.text.contains("the bearer token is not valid"))
    }

    @Test func cookieOpensThePageAndTheGraphQLEndpoint() async throws {
        let token = try await Harness.directorToken()
        let service = FixedOutcomeService(Harness.executed)
        let (page, graphQL) = try await Self.withSite(service: service) { client in
            var headers = HTTPFields()
            headers[.cookie] = "theme=dark; funnelhouse_token=\(token)"
            let page = try await client.execute(uri: "/dashboards/director", method: .get, headers: headers)
            headers[.contentType] = "application/json"
            let graphQL = try await client.execute(
                uri: "/graphql", method: .post, headers: headers, body: ByteBuffer(string: #"{"query":"{ me { org } }"}"#)
            )
            return (page, graphQL)
        }
        #expect(page.status == .ok)
        #expect(page.text.contains("<title>销售总监总览 · Funnelhouse</title>"))
        #expect(page.text.contains(#"<script id="dashboard-definition" type="application/json">{"title":{"zh":"销售总监总览""#))
        #expect(graphQL.status == .ok)
        #expect(graphQL.text == Harness.executedBody)
        #expect(await service.calls.map(\.scope) == [Harness.directorScope])
    }

    @Test func unknownDashboardIsNotFound() async throws {
        let token = try await Harness.directorToken()
        let response = try await Self.withSite { client in
            try await client.execute(uri: "/dashboards/nothing", method: .get, headers: [.authorization: "Bearer \(token)"])
        }
        #expect(response.status == .notFound)
    }

    @Test func scriptAndStyleAreServedWithoutToken() async throws {
        let (script, style, library) = try await Self.withSite { client in
            (
                try await client.execute(uri: "/dashboards/assets/dashboard.js", method: .get),
                try await client.execute(uri: "/dashboards/assets/dashboard.css", method: .get),
                try await client.execute(uri: "/dashboards/lib/chart.js", method: .get)
            )
        }
        #expect(script.status == .ok)
        #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
        #expect(style.headers[.contentType] == "text/css; charset=utf-8")
        // The libraries' root is /nonexistent here: nothing to serve.
        #expect(library.status == .notFound)
    }
}
