import Foundation
public import PostgresNIO

/// Turns a `postgres://` URL into PostgresNIO configuration.
public enum DatabaseConfiguration {
    public enum URLError: Error, Sendable, CustomStringConvertible {
        case malformed(String)
        case unsupportedSSLMode(String)

        public var description: String {
            switch self {
            case .malformed(let url):
                "database URL \(url) is not of the form postgres://user[:password]@host[:port]/database"
            case .unsupportedSSLMode(let mode):
                "database URL: sslmode=\(mode) is not supported (use sslmode=disable, or a local socket)"
            }
        }
    }

    /// `postgres://user[:password]@host[:port]/database[?sslmode=disable]`.
    public static func client(url: String) throws(URLError) -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url),
              ["postgres", "postgresql"].contains(components.scheme ?? ""),
              let host = components.host, !host.isEmpty,
              let user = components.user, !user.isEmpty
        else { throw .malformed(redacted(url)) }
        let database = String(components.path.drop(while: { $0 == "/" }))
        let mode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value ?? "disable"
        guard mode == "disable" || mode == "prefer" || mode == "allow" else { throw .unsupportedSSLMode(mode) }
        return PostgresClient.Configuration(
            host: host,
            port: components.port ?? 5432,
            username: user.removingPercentEncoding ?? user,
            password: components.password?.removingPercentEncoding,
            database: database.isEmpty ? nil : database,
            tls: .disable
        )
    }

    /// The URL with its password replaced, for messages and logs.
    public static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }
}

extension PostgresClient {
    /// Runs `body` with a client whose connection pool runs for exactly the body's duration.
    public static func withRunning<T: Sendable>(
        _ configuration: PostgresClient.Configuration,
        logger: Logger,
        _ body: (PostgresClient) async throws -> T
    ) async throws -> T {
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            return try await body(client)
        }
    }
}
