import Foundation
import FunnelEngine
import FunnelPlanner
import FunnelServer
import FunnelTestSupport
import FunnelWarehouse
import NIOSSL
import PostgresNIO

/// The real HTTPS server with the real engine, importer and refresh schedule over a fresh
/// database holding `FunnelFixture` (org A), for as long as `body` runs.
enum IngestServer {
    static func with<T: Sendable>(
        bodyLimit: Int = IngestEndpoint.defaultBodyLimit,
        _ body: @Sendable @escaping (IngestClient, PostgresClient) async throws -> T
    ) async throws -> T {
        let (configuration, _) = try TLSTests.serverTLS()
        return try await TestCluster.withDatabase { client, _ in
            try await FunnelFixture.load(client)
            let logger = TestCluster.logger
            let engine = QueryEngine(
                planner: try ReportPlanner(sqlDirectory: TestCluster.migrations), reader: WarehouseReader(client: client, logger: logger)
            )
            let schedule = RefreshSchedule(
                refresher: ViewRefresher(client: client, logger: logger), interval: .seconds(3600), settle: .milliseconds(200)
            )
            let refreshing = Task { await schedule.run() }
            defer { refreshing.cancel() }
            let ingest = IngestEndpoint(importer: Importer(client: client, logger: logger), refresh: schedule, bodyLimit: bodyLimit)
            return try await LiveServer.with(
                transport: .https(configuration), service: EngineService(engine: engine, logger: logger), ingest: ingest
            ) { port, _ in
                try await body(IngestClient(port: port), client)
            }
        }
    }
}

/// Raw HTTPS requests to the live server, answered as status and body text.
struct IngestClient: Sendable {
    struct Reply: Sendable {
        let status: Int
        let body: String
    }

    let port: Int

    static func token(_ role: AccessScope.Role, org: String = "A") async throws -> String {
        try await Harness.authority().issue(scope: AccessScope(orgID: org, role: role), lifetime: .seconds(600))
    }

    func ingest(_ body: String, contentType: String = "application/x-ndjson", token: String?) async throws -> Reply {
        try await send("POST", "/ingest", body: body, contentType: contentType, token: token)
    }

    func graphQL(_ query: String, token: String) async throws -> Reply {
        let body = #"{"query":"\#(query.replacingOccurrences(of: "\"", with: "\\\""))"}"#
        return try await send("POST", "/graphql", body: body, contentType: "application/json", token: token)
    }

    func send(_ method: String, _ path: String, body: String, contentType: String, token: String?) async throws -> Reply {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        head += "Content-Type: \(contentType)\r\nContent-Length: \(body.utf8.count)\r\n\r\n"
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .none
        let response = try await RawHTTPClient.send(head + body, port: port, tls: tls)
        guard let split = response.range(of: "\r\n\r\n") else { return Reply(status: 0, body: response) }
        let statusLine = response[..<split.lowerBound].prefix { $0 != "\r" }
        let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
        return Reply(status: status, body: String(response[split.upperBound...]))
    }
}
