import FunnelServer
import FunnelTestSupport
import FunnelWarehouse
import Hummingbird
import HummingbirdTesting
import Logging
import PostgresNIO
import Testing

/// `/readyz` against the real test PostgreSQL.
@Suite struct ReadinessTests {
    static let migrator = Migrator(directory: TestCluster.migrations)

    @Test func readyWhenReachableAndMigrated() async throws {
        try await TestCluster.withDatabase { client, _ in
            let readiness = DatabaseReadiness(client: client, migrator: Self.migrator, timeout: .seconds(60))
            #expect(await readiness.problems(logger: TestCluster.logger) == [])
            try await Harness.withRouter(readiness: readiness) { http in
                let response = try await http.execute(uri: "/readyz", method: .get)
                #expect(response.status == .ok)
                #expect(response.text == #"{"status":"ready"}"#)
            }
        }
    }

    @Test func notReadyWithPendingMigrations() async throws {
        try await TestCluster.withDatabase(migrated: false) { client, _ in
            let readiness = DatabaseReadiness(client: client, migrator: Self.migrator, timeout: .seconds(60))
            let problems = await readiness.problems(logger: TestCluster.logger)
            #expect(problems.first == "migration 001_warehouse not applied")
            #expect(problems.allSatisfy { $0.hasPrefix("migration ") && $0.hasSuffix(" not applied") })
            try await Harness.withRouter(readiness: readiness) { http in
                let response = try await http.execute(uri: "/readyz", method: .get)
                #expect(response.status == .serviceUnavailable)
                #expect(response.text.hasPrefix(#"{"status":"unavailable","reasons":["migration 001_warehouse not applied""#))
            }
        }
    }

    @Test func notReadyWhenTheDatabaseIsUnreachable() async throws {
        // Port 1 on loopback: nothing listens there.
        let configuration = try DatabaseConfiguration.client(url: "postgres://nobody@127.0.0.1:1/none")
        try await PostgresClient.withRunning(configuration, logger: TestCluster.logger) { client in
            let readiness = DatabaseReadiness(client: client, migrator: Self.migrator, timeout: .seconds(2))
            let problems = await readiness.problems(logger: TestCluster.logger)
            #expect(problems == ["database unreachable"] || problems == ["database did not answer within 2.0 seconds"])
        }
    }
}

/// The server pool's session settings, read back from the real PostgreSQL.
@Suite struct ServerDatabaseTests {
    @Test func everySessionCarriesTheStatementTimeout() async throws {
        try await TestCluster.withDatabase { _, database in
            let configuration = try ServerDatabase.pool(url: database.url, statementTimeout: .milliseconds(2500))
            try await PostgresClient.withRunning(configuration, logger: TestCluster.logger) { client in
                let rows = try await client.query("SHOW statement_timeout", logger: TestCluster.logger)
                var values: [String] = []
                for try await value in rows.decode(String.self) { values.append(value) }
                #expect(values == ["2500ms"])
                // And PostgreSQL enforces it: a longer statement is cancelled (SQLSTATE 57014).
                await #expect {
                    let sleeping = try await client.query("SELECT pg_sleep(5)", logger: TestCluster.logger)
                    for try await _ in sleeping {}
                } throws: { error in
                    (error as? PSQLError)?.serverInfo?[.sqlState] == "57014"
                }
            }
        }
    }
}
