import FunnelTestSupport
import Testing

/// The mean KPIs' items (numerator = the item's days or hours, denominator 1) and their
/// pooled means through `slice`, on hand-made records of `KpiItemFixture` (America/New_York).
@Suite struct KpiItemMeanTests {
    @Test func firstQuoteDays() async throws {
        try await KpiItemFixture.with("""
            INSERT INTO warehouse.opportunities (org_id, opportunity_id, pipeline_id, customer_id, rep_id, created_at, status, product_id, channel) VALUES
                ('N', 'Q1', 'main', 'C1', 'P1', '2026-03-02T10:00-05:00', 'open', 'PR1', '展会'),
                ('N', 'Q2', 'main', 'C1', 'P1', '2026-03-05T12:00-05:00', 'open', 'PR1', '展会'),
                ('N', 'Q3', 'main', 'C1', 'P1', '2026-02-20T10:00-05:00', 'open', 'PR1', '展会'),
                ('N', 'Q4', 'main', 'C1', 'P1', '2026-03-20T09:00-04:00', 'open', 'PR1', '展会'),
                ('N', 'Q5', 'main', 'C1', 'P1', '2026-03-21T09:00-04:00', 'open', 'PR1', '展会');
            INSERT INTO warehouse.activities (org_id, activity_id, rep_id, type, occurred_at, opportunity_id) VALUES
                ('N', 'Q1a', 'P1', 'visit',      '2026-03-01T10:00-05:00', 'Q1'),
                ('N', 'Q1b', 'P1', 'quote_sent', '2026-03-04T10:00-05:00', 'Q1'),
                ('N', 'Q1c', 'P1', 'quote_sent', '2026-03-06T10:00-05:00', 'Q1'),
                ('N', 'Q2a', 'P2', 'quote_sent', '2026-03-08T13:00-04:00', 'Q2'),
                ('N', 'Q3a', 'P1', 'quote_sent', '2026-02-27T10:00-05:00', 'Q3'),
                ('N', 'Q3b', 'P1', 'quote_sent', '2026-03-03T10:00-05:00', 'Q3'),
                ('N', 'Q4a', 'P1', 'quote_sent', '2026-03-20T21:00-04:00', 'Q4'),
                ('N', 'Q5a', 'P1', 'call',       '2026-03-22T09:00-04:00', 'Q5');
            """) { warehouse async throws in
            // Q1: first contact is the visit a day before created_at (03-01 10:00), first quote
            // 03-04 10:00: 3 days; the later quote Q1c does not count. Q2: 03-05 17:00Z to
            // 03-08 17:00Z across the DST change: 3 days (quoted by P2; the owner P1 carries it).
            // Q3: first quote ever is 02-27, 7 days after creation: February's, and its March
            // quote is not a first. Q4: 12 h = 0.5 days. Q5 has no quote: no item.
            let dims = KpiItemFixture.dealDims
            #expect(try await warehouse.items("FIRST_QUOTE_DAYS", from: "2026-02-01", to: "2026-04-30") == [
                "Q1|2026-03-04|-|3|1|\(dims)", "Q2|2026-03-08|-|3|1|\(dims)", "Q3|2026-02-27|-|7|1|\(dims)",
                "Q4|2026-03-20|-|0.5|1|\(dims)",
            ])
            // March: (3 + 3 + 0.5) / 3 = 6.5 / 3.
            #expect(try await warehouse.slice("FIRST_QUOTE_DAYS", from: "2026-03-01", to: "2026-03-31") == ["*=2.166666667 6.5/3"])
            #expect(try await warehouse.slice("FIRST_QUOTE_DAYS", from: "2026-02-01", to: "2026-02-28") == ["*=7 7/1"])
            #expect(try await warehouse.slice("FIRST_QUOTE_DAYS", from: "2026-04-01", to: "2026-04-30") == ["*=null 0/0"])
        }
    }

    @Test func progressUpdateIntervalHours() async throws {
        try await KpiItemFixture.with("""
            INSERT INTO warehouse.activities (org_id, activity_id, rep_id, type, occurred_at) VALUES
                ('N', 'A1', 'P1', 'progress_update', '2026-02-28T22:00-05:00'),
                ('N', 'A2', 'P1', 'progress_update', '2026-03-01T02:00-05:00'),
                ('N', 'A3', 'P1', 'progress_update', '2026-03-01T10:00-05:00'),
                ('N', 'A4', 'P1', 'visit',           '2026-03-03T10:00-05:00'),
                ('N', 'A5', 'P1', 'progress_update', '2026-03-07T22:00-05:00'),
                ('N', 'A6', 'P1', 'progress_update', '2026-03-08T04:00-04:00'),
                ('N', 'A7', 'P1', 'progress_update', '2026-04-01T00:30-04:00'),
                ('N', 'B1', 'P2', 'progress_update', '2026-03-31T22:00-04:00'),
                ('N', 'B2', 'P2', 'progress_update', '2026-03-31T23:30-04:00');
            """) { warehouse async throws in
            // Gaps per rep between consecutive updates, each on the later update's date, since the
            // earlier one's: A1→A2 4 h (starts 02-28: never in March); A2→A3 8 h; A3→A5 from
            // 03-01 15:00Z to 03-08 03:00Z, 156 h (the visit A4 is no update); A5→A6 03:00Z to
            // 08:00Z, 5 h (6 on the wall clock); A6→A7 08:00Z to 04-01 04:30Z, 572.5 h (April's);
            // P2's B1→B2 1.5 h. Progress gaps carry people dimensions only.
            let p1 = "{P1,T1,R1,NULL,NULL,NULL,NULL,NULL,GT_3Y}"
            #expect(try await warehouse.items("PROGRESS_UPDATE_INTERVAL_HOURS", from: "2026-02-01", to: "2026-04-30") == [
                "A2|2026-03-01|2026-02-28|4|1|\(p1)", "A3|2026-03-01|2026-03-01|8|1|\(p1)",
                "A5|2026-03-07|2026-03-01|156|1|\(p1)", "A6|2026-03-08|2026-03-07|5|1|\(p1)",
                "A7|2026-04-01|2026-03-08|572.5|1|\(p1)", "B2|2026-03-31|2026-03-31|1.5|1|{P2,T1,R1,NULL,NULL,NULL,NULL,NULL,LT_1Y}",
            ])
            // March: 8 + 156 + 5 + 1.5 = 170.5 over 4 gaps. By rep: P1 169 / 3, P2 1.5 / 1.
            #expect(try await warehouse.slice("PROGRESS_UPDATE_INTERVAL_HOURS", from: "2026-03-01", to: "2026-03-31")
                == ["*=42.625 170.5/4"])
            #expect(try await warehouse.slice("PROGRESS_UPDATE_INTERVAL_HOURS", from: "2026-03-01", to: "2026-03-31", groupBy: "REP")
                == ["P1=56.333333333 169/3", "P2=1.5 1.5/1"])
            // From 03-08: A6's gap starts 03-07, out; only B2's counts.
            #expect(try await warehouse.slice("PROGRESS_UPDATE_INTERVAL_HOURS", from: "2026-03-08", to: "2026-03-31")
                == ["*=1.5 1.5/1"])
        }
    }
}
