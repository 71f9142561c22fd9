import FunnelWarehouse
public import PostgresNIO

/// The query server's PostgreSQL pool settings.
public enum ServerDatabase {
    /// 15 s: far above any dashboard query over the materialized views, short enough that a
    /// runaway statement gives its connection back.
    public static let defaultStatementTimeout: Duration = .seconds(15)

    /// The pool for `url`, every session started with `statement_timeout`, so each request's
    /// statements are cancelled by PostgreSQL itself past the limit (the engine may lower it
    /// per statement with `SET LOCAL`).
    public static func pool(url: String, statementTimeout: Duration = defaultStatementTimeout) throws -> PostgresClient.Configuration {
        var configuration = try DatabaseConfiguration.client(url: url)
        let milliseconds = max(1, Int((statementTimeout.inSeconds * 1000).rounded()))
        configuration.options.additionalStartupParameters = [
            ("statement_timeout", String(milliseconds)), ("application_name", "funnelhouse-serve"),
        ]
        return configuration
    }
}
