import Foundation
import FunnelPlanner
import FunnelSchema
import Logging
import FunnelServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite struct ObservabilityTests {
    static let requestID = HTTPField.Name("X-Request-Id")!

    @Test func echoesACallersRequestID() async throws {
        try await Harness.withRouter { client in
            var headers = HTTPFields()
            headers[Self.requestID] = "trace-7f3a:01/b.c_d"
            let response = try await client.execute(uri: "/healthz", method: .get, headers: headers)
            #expect(response.headers[Self.requestID] == "trace-7f3a:01/b.c_d")
        }
    }

    @Test func generatesARequestIDWhenNoneOrAnUnsafeOneIsSent() async throws {
        try await Harness.withRouter { client in
            var headers = HTTPFields()
            headers[Self.requestID] = "evil id\" injected=1"
            for sent in [HTTPFields(), headers] {
                let response = try await client.execute(uri: "/healthz", method: .get, headers: sent)
                let id = try #require(response.headers[Self.requestID])
                #expect(UUID(uuidString: id) != nil)
                #expect(id == id.lowercased())
            }
        }
    }

    @Test func errorsAndUnknownRoutesCarryTheRequestIDToo() async throws {
        try await Harness.withRouter { client in
            var headers = HTTPFields()
            headers[Self.requestID] = "abc-123"
            let notFound = try await client.execute(uri: "/nowhere", method: .get, headers: headers)
            #expect(notFound.status == .notFound)
            #expect(notFound.headers[Self.requestID] == "abc-123")
            let unauthorized = try await client.execute(uri: "/graphql?query=%7Bme%7D", method: .get, headers: headers)
            #expect(unauthorized.status == .unauthorized)
            #expect(unauthorized.headers[Self.requestID] == "abc-123")
        }
    }

    @Test func metricsAreInPrometheusTextFormat() async throws {
        let token = try await Harness.directorToken()
        try await Harness.withRouter { client in
            _ = try await client.execute(uri: "/healthz", method: .get)
            _ = try await client.execute(
                uri: "/graphql?query=%7Bme%7D", method: .get, headers: Harness.headers(token: token, accept: "text/html")
            )
            let response = try await client.execute(uri: "/metrics", method: .get, headers: Harness.headers(token: token))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/plain; version=0.0.4; charset=utf-8")
            let lines = response.text.split(separator: "\n").map(String.init)
            #expect(lines.contains("# TYPE hb_requests counter"))
            #expect(lines.contains("# TYPE http_server_request_duration histogram"))
            let healthz = #"hb_requests{http_route="/healthz",http_request_method="GET",http_response_status_code="200"} "#
            let refused = #"hb_requests{http_route="/graphql",http_request_method="GET",http_response_status_code="406"} "#
            #expect(lines.contains { $0.hasPrefix(healthz) })
            #expect(lines.contains { $0.hasPrefix(refused) })
            #expect(lines.contains {
                $0.hasPrefix(#"http_server_request_duration_bucket{http_route="/healthz",http_request_method="GET",http_response_status_code="200",le="+Inf"} "#)
            })
        }
    }
}

/// An engine that reports the request id found in the logger it was handed.
actor LoggerRecordingService: GraphQLService {
    private(set) var requestIDs: [String?] = []

    func execute(_ request: GraphQLRequest, scope: AccessScope, allowMutations: Bool) async -> GraphQLResponse {
        requestIDs.append(nil)
        return Harness.executed
    }

    func execute(_ request: GraphQLRequest, scope: AccessScope, allowMutations: Bool, logger: Logger) async -> GraphQLResponse {
        requestIDs.append(logger[metadataKey: "hb.request.id"]?.description)
        return Harness.executed
    }
}

extension ObservabilityTests {
    @Test func theEngineLogsUnderTheRequestID() async throws {
        let token = try await Harness.directorToken()
        let service = LoggerRecordingService()
        try await Harness.withRouter(service: service) { client in
            var headers = Harness.headers(token: token)
            headers[Self.requestID] = "dash-42"
            _ = try await client.execute(uri: "/graphql?query=%7Bme%7Borg%7D%7D", method: .get, headers: headers)
        }
        #expect(await service.requestIDs == ["dash-42"])
    }
}
