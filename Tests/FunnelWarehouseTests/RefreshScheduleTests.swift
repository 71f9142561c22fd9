import FunnelTestSupport
import FunnelWarehouse
import PostgresNIO
import Testing

/// The refresh schedule behind `serve` and `POST /ingest`.
@Suite struct RefreshScheduleTests {
    /// While another process refreshes (holds the refresh lock), a requested refresh is
    /// skipped; it must be retried, or data loaded meanwhile would wait for the next interval.
    @Test func aRefreshSkippedBecauseAnotherProcessRefreshesIsRetried() async throws {
        try await TestCluster.withDatabase { client, _ in
            try await FunnelFixture.load(client)
            let logger = TestCluster.logger
            let count = "SELECT count(*)::text FROM reporting.opportunity_facts WHERE org_id = 'A'"
            #expect(try await TestCluster.strings(client, count) == ["7"])
            let schedule = RefreshSchedule(
                refresher: ViewRefresher(client: client, logger: logger), interval: .seconds(3600), settle: .milliseconds(50)
            )
            let running = Task { await schedule.run() }
            defer { running.cancel() }
            try await client.withConnection { other in
                try await other.query("SELECT pg_advisory_lock(reporting.refresh_lock())", logger: logger)
                try await client.query("""
                    INSERT INTO warehouse.opportunities (org_id, opportunity_id, pipeline_id, customer_id, rep_id, created_at, status)
                    VALUES ('A', 'O8', 'main', 'C1', 'P1', '2026-03-12T09:00+08', 'open')
                    """, logger: logger)
                schedule.requestRefresh()
                // Long enough for many attempts at 50 ms each, all finding the lock taken.
                try await Task.sleep(for: .seconds(1))
                try await other.query("SELECT pg_advisory_unlock(reporting.refresh_lock())", logger: logger)
            }
            var facts: [String] = []
            for _ in 0..<600 {
                facts = try await TestCluster.strings(client, count)
                if facts != ["7"] { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(facts == ["8"])
        }
    }
}
