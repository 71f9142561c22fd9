public import Foundation
public import Logging
public import PostgresNIO

/// Applies the numbered migrations of `sql/`, each in its own transaction with its
/// bookkeeping row, so a failed migration leaves nothing behind.
///
/// Two servers starting at once must not both apply a migration: the whole run holds a
/// session advisory lock.
public struct Migrator: Sendable {
    public let directory: URL

    /// The advisory lock key of the migration run (`'funnelhouse.migrate'` hashed to 64 bits).
    static let lockKey: Int64 = 0x46_48_4D_49_47_52_41_54  // "FHMIGRAT"

    public init(directory: URL) {
        self.directory = directory
    }

    /// Applies what is pending; returns the names (`001_warehouse`) applied now.
    @discardableResult
    public func migrate(on client: PostgresClient, logger: Logger) async throws -> [String] {
        let migrations = try Migration.load(from: directory)
        return try await client.withConnection { connection in
            try await connection.query("SELECT pg_advisory_lock(\(Self.lockKey))", logger: logger)
            do {
                let applied = try await self.appliedNow(migrations, on: connection, logger: logger)
                try await connection.query("SELECT pg_advisory_unlock(\(Self.lockKey))", logger: logger)
                return applied
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(\(Self.lockKey))", logger: logger)
                throw error
            }
        }
    }

    /// The names of the migrations not yet applied (for readiness checks).
    public func pending(on client: PostgresClient, logger: Logger) async throws -> [String] {
        let migrations = try Migration.load(from: directory)
        return try await client.withConnection { connection in
            try await Self.ensureBookkeeping(on: connection, logger: logger)
            let applied = try await Self.applied(on: connection, logger: logger)
            return migrations.filter { applied[$0.version] == nil }.map { String(format: "%03d_", $0.version) + $0.name }
        }
    }

    private func appliedNow(
        _ migrations: [Migration], on connection: PostgresConnection, logger: Logger
    ) async throws -> [String] {
        try await Self.ensureBookkeeping(on: connection, logger: logger)
        let applied = try await Self.applied(on: connection, logger: logger)
        // Refuse before changing anything: an edited or vanished migration means the
        // database and the repository disagree about history.
        for migration in migrations {
            if let record = applied[migration.version], record.checksum != migration.checksum {
                throw MigrationError.edited(
                    file: migration.displayPath, appliedChecksum: record.checksum, fileChecksum: migration.checksum
                )
            }
        }
        let known = Set(migrations.map(\.version))
        if let orphan = applied.keys.sorted().first(where: { !known.contains($0) }), let record = applied[orphan] {
            throw MigrationError.missing(version: orphan, name: record.name)
        }
        var names: [String] = []
        for migration in migrations where applied[migration.version] == nil {
            try await apply(migration, on: connection, logger: logger)
            names.append(String(format: "%03d_", migration.version) + migration.name)
            logger.info("applied migration", metadata: ["file": "\(migration.displayPath)"])
        }
        return names
    }

    private func apply(_ migration: Migration, on connection: PostgresConnection, logger: Logger) async throws {
        let script = SQLScript(migration.text)
        try await connection.query("BEGIN", logger: logger)
        do {
            for statement in script.statements {
                do {
                    try await connection.query(PostgresQuery(unsafeSQL: statement.text), logger: logger)
                } catch {
                    throw MigrationError.statementFailed(
                        file: migration.displayPath,
                        line: Self.errorLine(error, statement: statement),
                        message: Self.serverMessage(error)
                    )
                }
            }
            try await connection.query(
                """
                INSERT INTO schema_migrations (version, name, checksum)
                VALUES (\(migration.version), \(migration.name), \(migration.checksum))
                """,
                logger: logger
            )
            try await connection.query("COMMIT", logger: logger)
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    private static func ensureBookkeeping(on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version integer PRIMARY KEY,
                name text NOT NULL,
                checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            logger: logger
        )
    }

    private static func applied(
        on connection: PostgresConnection, logger: Logger
    ) async throws -> [Int: (name: String, checksum: String)] {
        let rows = try await connection.query("SELECT version, name, checksum FROM schema_migrations", logger: logger)
        var applied: [Int: (name: String, checksum: String)] = [:]
        for try await (version, name, checksum) in rows.decode((Int, String, String).self) {
            applied[version] = (name, checksum)
        }
        return applied
    }

    /// The file line of the error: the statement's first line plus the lines before the
    /// character position PostgreSQL reports (1-based, in code points: a CRLF is two).
    private static func errorLine(_ error: any Error, statement: SQLScript.Statement) -> Int {
        guard let position = (error as? PSQLError)?.serverInfo?[.position].flatMap({ Int($0) }), position > 0 else {
            return statement.line
        }
        let prefix = statement.text.unicodeScalars.prefix(position - 1)
        return statement.line + prefix.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
    }

    static func serverMessage(_ error: any Error) -> String {
        guard let info = (error as? PSQLError)?.serverInfo, let message = info[.message] else {
            return String(reflecting: error)
        }
        return [info[.severity], message].compactMap { $0 }.joined(separator: ": ")
    }
}
