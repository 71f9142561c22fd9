import FunnelTestSupport
import Testing

/// DAILY_LOG_VALID_RATE's items: one per (rep of role `rep`, Monday–Friday from the hire
/// date), valid with a structured log submitted by the next local day; on `KpiItemFixture`
/// (America/New_York), week of Monday 2026-03-02.
@Suite struct KpiItemDailyLogTests {
    @Test func dailyLogValidRate() async throws {
        try await KpiItemFixture.with("""
            INSERT INTO warehouse.daily_logs (org_id, rep_id, log_date, submitted_at, structured) VALUES
                ('N', 'P1', '2026-03-02', '2026-03-02T18:00-05:00', true),
                ('N', 'P1', '2026-03-03', '2026-03-04T23:59-05:00', true),
                ('N', 'P1', '2026-03-04', '2026-03-06T00:00-05:00', true),
                ('N', 'P1', '2026-03-04', '2026-03-04T18:00-05:00', false),
                ('N', 'P1', '2026-03-05', '2026-03-05T18:00-05:00', false),
                ('N', 'P1', '2026-03-06', '2026-03-06T18:00-05:00', false),
                ('N', 'P1', '2026-03-06', '2026-03-07T20:00-05:00', true),
                ('N', 'P1', '2026-03-07', '2026-03-07T18:00-05:00', true),
                ('N', 'P2', '2026-03-03', '2026-03-03T18:00-05:00', true),
                ('N', 'P2', '2026-03-04', '2026-03-04T18:00-05:00', true),
                ('N', 'P2', '2026-03-06', '2026-03-07T12:00-05:00', true),
                ('N', 'M1', '2026-03-02', '2026-03-02T18:00-05:00', true);
            """) { warehouse async throws in
            // P1: Mon valid (same day); Tue valid (submitted 03-04 23:59 local, d+1 — 03-05 in UTC);
            // Wed not (structured at 03-06 00:00, d+2; the on-time log is unstructured); Thu not
            // (unstructured only); Fri valid (its structured log on Saturday, d+1). Saturday's log
            // is not expected. P2 was hired Wednesday: its Tuesday log is not expected; Wed valid,
            // Thu missing, Fri valid (d+1). M1 is a manager: never expected.
            let p1 = "{P1,T1,R1,NULL,NULL,NULL,NULL,NULL,GT_3Y}"
            let p2 = "{P2,T1,R1,NULL,NULL,NULL,NULL,NULL,LT_1Y}"
            #expect(try await warehouse.items("DAILY_LOG_VALID_RATE", from: "2026-03-01", to: "2026-03-08") == [
                "P1/2026-03-02|2026-03-02|-|1|1|\(p1)", "P1/2026-03-03|2026-03-03|-|1|1|\(p1)",
                "P1/2026-03-04|2026-03-04|-|0|1|\(p1)", "P1/2026-03-05|2026-03-05|-|0|1|\(p1)",
                "P1/2026-03-06|2026-03-06|-|1|1|\(p1)",
                "P2/2026-03-04|2026-03-04|-|1|1|\(p2)", "P2/2026-03-05|2026-03-05|-|0|1|\(p2)",
                "P2/2026-03-06|2026-03-06|-|1|1|\(p2)",
            ])
            // The week: P1 3 / 5, P2 2 / 3; together 5 / 8.
            #expect(try await warehouse.slice("DAILY_LOG_VALID_RATE", from: "2026-03-02", to: "2026-03-08") == ["*=0.625 5/8"])
            #expect(try await warehouse.slice("DAILY_LOG_VALID_RATE", from: "2026-03-02", to: "2026-03-08", groupBy: "REP")
                == ["P1=0.6 3/5", "P2=0.666666667 2/3"])
            // A weekend alone expects nothing: null, not 0.
            #expect(try await warehouse.slice("DAILY_LOG_VALID_RATE", from: "2026-03-07", to: "2026-03-08") == ["*=null 0/0"])
        }
    }
}
