import Foundation
import FunnelTestSupport
import FunnelWarehouse
import PostgresNIO
import Testing

@Suite struct MigratorTests {
    /// The repository's migration files by listing the folder (not through the migrator).
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestCluster.migrations.path)) ?? []
        return names.filter { $0.hasSuffix(".sql") && $0.first?.isNumber == true }.sorted()
    }()
    static let versions = files.map { String($0.dropLast(4)) }

    @Test func anEmptyDatabaseGetsEveryMigrationOnce() async throws {
        try await TestCluster.withDatabase(migrated: false) { client, _ async throws in
            let migrator = Migrator(directory: TestCluster.migrations)
            #expect(Self.versions.prefix(2) == ["001_warehouse", "002_kpi_thresholds"])
            #expect(try await migrator.pending(on: client, logger: TestCluster.logger) == Self.versions)
            #expect(try await migrator.migrate(on: client, logger: TestCluster.logger) == Self.versions)
            // The version is the file's number (numbers may have gaps while branches land).
            var expected: [String] = []
            for file in Self.files {
                let sum = try await SHA256Sum.of(TestCluster.migrations.appendingPathComponent(file))
                expected.append("\(Int(file.prefix(3)) ?? 0) \(file.dropLast(4).drop { $0 != "_" }.dropFirst()) \(sum)")
            }
            #expect(try await Self.bookkeeping(client) == expected)
            #expect(try await TestCluster.strings(client, "SELECT count(*)::text FROM warehouse.kpi_threshold_defaults") == ["13"])

            let before = try await WarehouseSnapshot.take(client)
            #expect(try await migrator.migrate(on: client, logger: TestCluster.logger) == [])
            #expect(try await migrator.pending(on: client, logger: TestCluster.logger) == [])
            #expect(try await Self.bookkeeping(client) == expected)
            #expect(try await WarehouseSnapshot.take(client) == before)
        }
    }

    /// Two servers starting at once: one applies everything, the other waits and finds nothing to do.
    @Test func concurrentRunsApplyEachMigrationOnce() async throws {
        try await TestCluster.withDatabase(migrated: false) { client, _ in
            let migrator = Migrator(directory: TestCluster.migrations)
            async let first = migrator.migrate(on: client, logger: TestCluster.logger)
            async let second = migrator.migrate(on: client, logger: TestCluster.logger)
            let runs = try await [first, second].sorted { $0.count < $1.count }
            #expect(runs == [[], Self.versions])
            #expect(try await TestCluster.strings(client, "SELECT count(*)::text FROM schema_migrations") == ["\(Self.files.count)"])
        }
    }

    @Test func anEditedAppliedMigrationIsRefused() async throws {
        let folder = try Self.copyOfSQLFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try await TestCluster.withDatabase(migrated: false) { client, _ async throws in
            let migrator = Migrator(directory: folder)
            try await migrator.migrate(on: client, logger: TestCluster.logger)
            let file = folder.appendingPathComponent("002_kpi_thresholds.sql")
            let applied = try await SHA256Sum.of(file)
            let handle = try FileHandle(forWritingTo: file)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("\n-- an afterthought\n".utf8))
            try handle.close()
            let edited = try await SHA256Sum.of(file)
            let bookkeeping = try await Self.bookkeeping(client)

            let failure = await Self.failure { _ = try await migrator.migrate(on: client, logger: TestCluster.logger) }
            #expect(failure == "sql/002_kpi_thresholds.sql: already applied with checksum \(applied.prefix(12))…, "
                    + "the file now has \(edited.prefix(12))…; an applied migration must not change: "
                    + "restore it and add a new migration instead")
            #expect(try await Self.bookkeeping(client) == bookkeeping)
        }
    }

    @Test func aVanishedAppliedMigrationIsRefused() async throws {
        let folder = try Self.copyOfSQLFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try await TestCluster.withDatabase(migrated: false) { client, _ async throws in
            let migrator = Migrator(directory: folder)
            try await migrator.migrate(on: client, logger: TestCluster.logger)
            try FileManager.default.removeItem(at: folder.appendingPathComponent("002_kpi_thresholds.sql"))
            let failure = await Self.failure { _ = try await migrator.migrate(on: client, logger: TestCluster.logger) }
            #expect(failure == "migration 2 (kpi_thresholds) is applied in the database but its file is gone from sql/")
        }
    }

    /// The failing statement's line in the file, counted past comments, earlier statements
    /// and the lines of the statement before the error position.
    @Test(arguments: ["\n", "\r\n"])
    func aFailingMigrationNamesItsLineAndLeavesNothing(lineEnd: String) async throws {
        let folder = try Self.migrationFolder([
            "001_base.sql": "CREATE TABLE kept (id integer);\n",
            "002_broken.sql": [
                "-- Two statements that work, then one that does not.",
                "CREATE TABLE half_done (id integer);",
                "INSERT INTO kept VALUES (1);",
                "",
                "-- The broken one starts on line 7",
                "/* and fails on line 8. */",
                "INSERT INTO half_done",
                "SELECT id FROM nowhere;",
                "CREATE TABLE never (id integer);",
            ].joined(separator: lineEnd),
        ])
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try await TestCluster.withDatabase(migrated: false) { client, _ async throws in
            let failure = await Self.failure { _ = try await Migrator(directory: folder).migrate(on: client, logger: TestCluster.logger) }
            #expect(failure == "sql/002_broken.sql:8: ERROR: relation \"nowhere\" does not exist")
            // 001 is committed on its own; nothing of 002 remains.
            #expect(try await TestCluster.strings(client, "SELECT version || ' ' || name FROM schema_migrations") == ["1 base"])
            #expect(try await TestCluster.strings(client, """
                SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1
                """) == ["kept", "schema_migrations"])
            #expect(try await TestCluster.strings(client, "SELECT count(*)::text FROM kept") == ["0"])
        }
    }

    @Test func aSyntaxErrorNamesItsLine() async throws {
        let folder = try Self.migrationFolder([
            "001_typo.sql": "CREATE TABLE a (id integer);\n\nCREATE TABLE b (\n    id integer,\n    name txet NOT NULL,\n);\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try await TestCluster.withDatabase(migrated: false) { client, _ async throws in
            let failure = await Self.failure { _ = try await Migrator(directory: folder).migrate(on: client, logger: TestCluster.logger) }
            #expect(failure == "sql/001_typo.sql:6: ERROR: syntax error at or near \")\"")
            #expect(try await TestCluster.strings(client, "SELECT count(*)::text FROM schema_migrations") == ["0"])
            #expect(try await TestCluster.strings(client, "SELECT count(*)::text FROM pg_tables WHERE tablename = 'a'") == ["0"])
        }
    }

    // MARK: -

    /// What the failure of `body` says to a user, nil when it succeeds.
    static func failure(_ body: () async throws -> Void) async -> String? {
        do {
            try await body()
            return nil
        } catch {
            return "\(error)"
        }
    }

    static func bookkeeping(_ client: PostgresClient) async throws -> [String] {
        try await TestCluster.strings(client, "SELECT version || ' ' || name || ' ' || checksum FROM schema_migrations ORDER BY version")
    }

    /// A copy of the repository's `sql/` in a temp folder, itself named `sql`.
    static func copyOfSQLFolder() throws -> URL {
        let sql = try temporarySQLFolder()
        try FileManager.default.removeItem(at: sql)
        try FileManager.default.copyItem(at: TestCluster.migrations, to: sql)
        return sql
    }

    static func migrationFolder(_ files: [String: String]) throws -> URL {
        let sql = try temporarySQLFolder()
        for (name, text) in files { try Data(text.utf8).write(to: sql.appendingPathComponent(name)) }
        return sql
    }

    private static func temporarySQLFolder() throws -> URL {
        let sql = FileManager.default.temporaryDirectory
            .appendingPathComponent("funnelhouse-migrations-\(UUID().uuidString)").appendingPathComponent("sql")
        try FileManager.default.createDirectory(at: sql, withIntermediateDirectories: true)
        return sql
    }
}

/// SHA-256 as coreutils computes it: an oracle independent of the migrator's own hashing.
enum SHA256Sum {
    static func of(_ file: URL) async throws -> String {
        let output = try await ChildProcess.output(["sha256sum", file.path])
        return output.split(separator: " ").first.map(String.init) ?? ""
    }
}
