public import Logging
public import PostgresNIO

/// Refreshes the reporting views (sql/003's `reporting.refresh_views()`), one refresher at a
/// time across every process sharing the database.
public struct ViewRefresher: Sendable {
    public struct Refreshed: Sendable, Equatable {
        public let view: String
        public let milliseconds: Double
    }

    public let client: PostgresClient
    public let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    /// The views refreshed, in order; empty when another process holds the refresh lock.
    public func refresh() async throws -> [Refreshed] {
        var refreshed: [Refreshed] = []
        let rows = try await client.query("SELECT view_name, duration_ms FROM reporting.refresh_views()", logger: logger)
        for try await (view, milliseconds) in rows.decode((String, Double).self) {
            refreshed.append(Refreshed(view: view, milliseconds: milliseconds))
        }
        return refreshed
    }
}
