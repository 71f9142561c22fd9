public import FunnelPlanner
public import Logging
public import PostgresNIO

/// Runs the planner's statements: the only place a `SQLQuery` meets the database.
public struct WarehouseReader: Sendable {
    public let client: PostgresClient
    public let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public func rows(_ query: SQLQuery) async throws -> PostgresRowSequence {
        try await client.query(Self.postgresQuery(query), logger: logger)
    }

    static func postgresQuery(_ query: SQLQuery) -> PostgresQuery {
        var bindings = PostgresBindings(capacity: query.parameters.count)
        for parameter in query.parameters {
            switch parameter {
            case .text(let value?): bindings.append(value)
            case .text(nil): bindings.appendNull()
            case .texts(let values): bindings.append(values)
            case .date(let value): bindings.append(value)
            case .int(let value): bindings.append(value)
            }
        }
        return PostgresQuery(unsafeSQL: query.text, binds: bindings)
    }
}
