import Foundation
import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelServer
import FunnelTestSupport
import Testing

/// A real GraphQL client (Python `gql`, from PyPI, in `.build-python/gql` made by
/// scripts/install-deps) against the real server, engine and PostgreSQL.
@Suite struct ClientCompatibilityTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func gqlFetchesTheSchemaValidatesLocallyAndRunsQueries() async throws {
        let python = Self.repository.appendingPathComponent(".build-python/gql/bin/python").path
        try #require(FileManager.default.isExecutableFile(atPath: python), "run scripts/install-deps first")
        let (configuration, _) = try TLSTests.serverTLS()
        let output = try await TestCluster.withDatabase { client, _ in
            try await FunnelFixture.load(client)
            let engine = QueryEngine(
                planner: try ReportPlanner(sqlDirectory: TestCluster.migrations),
                reader: WarehouseReader(client: client, logger: TestCluster.logger)
            )
            let token = try await Harness.authority().issue(scope: AccessScope(orgID: "A", role: .director), lifetime: .seconds(600))
            return try await LiveServer.with(
                transport: .https(configuration), service: EngineService(engine: engine, logger: TestCluster.logger)
            ) { port, _ in
                try await ChildProcess.output([python,
                    Self.repository.appendingPathComponent("Tests/python/gql_client_check.py").path,
                    "https://127.0.0.1:\(port)/graphql", token,
                ])
            }
        }
        let lines = output.components(separatedBy: "\n")
        // gql validated against the introspected schema and never sent the bad query.
        #expect(lines.first == "invalid query: rejected locally: Cannot query field 'noSuchField' on type 'FunnelSeries'.")
        let expectedFunnel = #"funnel: {"funnel": [{"key": [{"label": "华东战区"}], "population": 3, "stages": [{"key": "s1", "reached": 3}, {"key": "s2", "reached": 2}, {"key": "s3", "reached": 1}, {"key": "won", "reached": 1}]}, {"key": [{"label": "华南战区"}], "population": 3, "stages": [{"key": "s1", "reached": 3}, {"key": "s2", "reached": 2}, {"key": "s3", "reached": 2}, {"key": "won", "reached": 0}]}]}"#
        #expect(lines.contains(expectedFunnel))
        // graphql-core's build_client_schema over our introspection prints exactly our SDL.
        let marker = try #require(output.range(of: "--- client schema ---\n"))
        #expect(String(output[marker.upperBound...]) == SchemaPrinter.print(FunnelhouseSchema.schema) + "\n")
    }
}
