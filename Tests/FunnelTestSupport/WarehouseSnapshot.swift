public import PostgresNIO

/// Every table of the `warehouse` schema as sorted row texts, so a test can say "this import
/// changed nothing" by comparing two snapshots, and read exact row counts.
public struct WarehouseSnapshot: Sendable, Equatable {
    /// Table name → each row as PostgreSQL's row literal (`(o1,华康医疗,...)`), sorted.
    public let tables: [String: [String]]

    public var counts: [String: Int] { tables.mapValues(\.count) }

    public static func take(_ client: PostgresClient) async throws -> WarehouseSnapshot {
        let names = try await TestCluster.strings(client, """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'warehouse' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            ORDER BY 1
            """)
        var tables: [String: [String]] = [:]
        for name in names {
            // The names come from the catalogue above, never from input.
            tables[name] = try await TestCluster.strings(client, "SELECT t::text FROM warehouse.\(name) t ORDER BY 1")
        }
        return WarehouseSnapshot(tables: tables)
    }
}

extension TestCluster {
    /// The first column of every row of `sql`, as text (NULL as "NULL").
    public static func strings(_ client: PostgresClient, _ sql: String) async throws -> [String] {
        let rows = try await client.query(PostgresQuery(unsafeSQL: sql), logger: logger)
        var values: [String] = []
        for try await (value) in rows.decode(String?.self) { values.append(value ?? "NULL") }
        return values
    }
}
