import ArgumentParser
import Foundation
import FunnelWarehouse
import Logging
import PostgresNIO

/// `--database-url` (or `DATABASE_URL`), else the embedded cluster under `.funnelhouse/pg`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("database-url"), help: "postgres://user@host:port/database (default: $DATABASE_URL, else the embedded cluster)")
    var databaseURL: String?

    static let embeddedClusterFolder = ".funnelhouse/pg"

    /// The URL to use, starting the embedded cluster when no URL is given.
    func resolveURL() async throws -> String {
        if let databaseURL, !databaseURL.isEmpty { return databaseURL }
        if let fromEnvironment = ProcessInfo.processInfo.environment["DATABASE_URL"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return try await EmbeddedCluster(directory: Self.embeddedClusterFolder).start()
    }

    /// Runs `body` with a connected client; applies pending migrations first unless told not to.
    func withClient<T: Sendable>(
        migrate: Bool = true,
        _ body: (PostgresClient, Logger) async throws -> T
    ) async throws -> T {
        let url = try await resolveURL()
        let logger = CommandLogger.make()
        return try await PostgresClient.withRunning(try DatabaseConfiguration.client(url: url), logger: logger) { client in
            if migrate { try await Migrator(directory: try SQLDirectory.locate()).migrate(on: client, logger: logger) }
            return try await body(client, logger)
        }
    }
}

/// The CLI's logger: warnings and errors on stderr unless `FUNNELHOUSE_LOG_LEVEL` says otherwise.
enum CommandLogger {
    static func make() -> Logger {
        var logger = Logger(label: "funnelhouse")
        let level = ProcessInfo.processInfo.environment["FUNNELHOUSE_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) }
        logger.logLevel = level ?? .warning
        return logger
    }
}

extension ClusterError: UserFacingError {
    var problemLines: [String] { [description] }
}

extension MigrationError: UserFacingError {
    var problemLines: [String] { [description] }
}

extension DatabaseConfiguration.URLError: UserFacingError {
    var problemLines: [String] { [description] }
}

extension SQLDirectory.NotFound: UserFacingError {
    var problemLines: [String] { [description] }
}
