import Foundation
public import FunnelWarehouse
public import Logging
public import PostgresNIO

/// Ready when PostgreSQL answers `SELECT 1` and every migration in `sql/` is applied.
public struct DatabaseReadiness: ReadinessProbe {
    let client: PostgresClient
    let migrator: Migrator
    /// A probe must answer even when the database hangs: past this the check counts as failed.
    let timeout: Duration

    public init(client: PostgresClient, migrator: Migrator, timeout: Duration = .seconds(5)) {
        self.client = client
        self.migrator = migrator
        self.timeout = timeout
    }

    public func problems(logger: Logger) async -> [String] {
        // Unstructured tasks, so a check stuck inside the pool cannot hold the answer back.
        let (answers, continuation) = AsyncStream.makeStream(of: [String]?.self)
        let check = Task { continuation.yield(await self.check(logger: logger)) }
        let timer = Task {
            try? await Task.sleep(for: timeout)
            continuation.yield(nil)
        }
        var iterator = answers.makeAsyncIterator()
        let answer = await iterator.next() ?? nil
        check.cancel()
        timer.cancel()
        continuation.finish()
        return answer ?? ["database did not answer within \(timeout)"]
    }

    private func check(logger: Logger) async -> [String] {
        do {
            try await client.query("SELECT 1", logger: logger)
        } catch {
            logger.warning("readiness: database unreachable", metadata: ["error": "\(String(reflecting: error))"])
            return ["database unreachable"]
        }
        do {
            let pending = try await migrator.pending(on: client, logger: logger)
            return pending.map { "migration \($0) not applied" }
        } catch {
            logger.warning("readiness: cannot read migrations", metadata: ["error": "\(String(reflecting: error))"])
            return ["cannot read the migration state"]
        }
    }
}
