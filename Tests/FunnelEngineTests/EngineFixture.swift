import FunnelEngine
import FunnelPlanner
import FunnelTestSupport
import PostgresNIO

/// What every engine test starts from: a fresh test database holding a hand-made fixture
/// (views refreshed) and the engine over it, with the repository's SQL.
enum EngineFixture {
    static func engine(_ client: PostgresClient) throws -> QueryEngine {
        QueryEngine(
            planner: try ReportPlanner(sqlDirectory: TestCluster.migrations),
            reader: WarehouseReader(client: client, logger: TestCluster.logger)
        )
    }

    /// Loads `fixture` once and hands a function running queries against it (one engine, so
    /// one cache, for all of them).
    static func withEngine<T: Sendable>(
        _ fixture: String, _ body: (_ run: (String, AccessScope) async -> QueryResult) async throws -> T
    ) async throws -> T {
        try await TestCluster.withDatabase { client, _ in
            try await FunnelFixture.load(client, fixture)
            let engine = try engine(client)
            return try await body { query, scope in
                await engine.execute(query: query, scope: scope, logger: TestCluster.logger)
            }
        }
    }

    /// Each query's result, in order, against one freshly loaded `fixture`.
    static func results(_ queries: [String], fixture: String, scope: AccessScope) async throws -> [QueryResult] {
        try await withEngine(fixture) { run in
            var results: [QueryResult] = []
            for query in queries { results.append(await run(query, scope)) }
            return results
        }
    }

    static func result(_ query: String, fixture: String, scope: AccessScope) async throws -> QueryResult {
        try await results([query], fixture: fixture, scope: scope)[0]
    }
}
