public import Foundation
import FunnelWarehouse
public import Logging
public import PostgresNIO

#if canImport(Glibc)
import Glibc
#endif

/// A fresh database of the test run's one PostgreSQL cluster.
public struct TestDatabase: Sendable {
    public let name: String
    public let url: String
}

/// One PostgreSQL cluster per test process, one database per test.
///
/// The cluster lives in a temp folder, runs without durability (tests never need a crash to
/// be survivable) and is stopped when the process exits.
public enum TestCluster {
    public static let logger = Logger(label: "funnelhouse.tests")

    /// The repository's `sql/` folder.
    public static let migrations = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sql")

    /// Runs `body` against a new database, migrated unless asked otherwise; drops it afterwards.
    public static func withDatabase<T: Sendable>(
        migrated: Bool = true,
        _ body: (PostgresClient, TestDatabase) async throws -> T
    ) async throws -> T {
        let url = try await shared.url()
        let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        try await admin(url) { client in
            try await client.query("CREATE DATABASE \(unescaped: name)", logger: logger)
        }
        // Only the path names the database: the user in `postgres://funnelhouse@` has the same name.
        let databaseURL = String(url.dropLast(EmbeddedCluster.database.count)) + name
        let database = TestDatabase(name: name, url: databaseURL)
        do {
            let result = try await PostgresClient.withRunning(
                try DatabaseConfiguration.client(url: databaseURL), logger: logger
            ) { client in
                if migrated { try await Migrator(directory: migrations).migrate(on: client, logger: logger) }
                return try await body(client, database)
            }
            try await drop(name, url: url)
            return result
        } catch {
            try? await drop(name, url: url)
            throw error
        }
    }

    /// A folder the `postgres` OS user can reach when tests run as root (mkdtemp's 0700 folders it cannot).
    public static func makeClusterFolder(_ label: String) throws -> String {
        let path = "/tmp/funnelhouse-\(label)-\(getpid())-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        chmod(path, 0o755)
        return path
    }

    private static func drop(_ name: String, url: String) async throws {
        try await admin(url) { client in
            try await client.query("DROP DATABASE IF EXISTS \(unescaped: name) WITH (FORCE)", logger: logger)
        }
    }

    private static func admin(_ url: String, _ body: (PostgresClient) async throws -> Void) async throws {
        try await PostgresClient.withRunning(try DatabaseConfiguration.client(url: url), logger: logger, body)
    }

    private static let shared = SharedCluster()
}

/// Starts the cluster once, however many tests ask at the same time.
private actor SharedCluster {
    private var starting: Task<String, any Error>?

    func url() async throws -> String {
        if let starting { return try await starting.value }
        let task = Task<String, any Error> {
            let folder = try TestCluster.makeClusterFolder("tests")
            let cluster = EmbeddedCluster(directory: folder, settings: [
                "fsync": "off", "synchronous_commit": "off", "full_page_writes": "off", "max_connections": "200",
            ])
            ClusterAtExit.register(cluster)
            return try await cluster.start()
        }
        starting = task
        return try await task.value
    }
}

/// Stops the test cluster and removes its folder when the test process exits.
enum ClusterAtExit {
    nonisolated(unsafe) static var folder: String?

    static func register(_ cluster: EmbeddedCluster) {
        folder = cluster.directory
        atexit {
            guard let folder = ClusterAtExit.folder else { return }
            _ = EmbeddedCluster.stopImmediately(directory: folder)
            try? FileManager.default.removeItem(atPath: folder)
        }
    }
}
