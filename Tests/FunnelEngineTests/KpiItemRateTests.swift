import Foundation
import FunnelTestSupport
import Testing

/// The rate KPIs' items (`reporting.kpi_items`) and their slice, on hand-made records of
/// `KpiItemFixture` (America/New_York), worked out from metrics.md: windows end inclusive,
/// a missing completion is never on time, the record's own time decides the local date.
@Suite struct KpiItemRateTests {
    static let march = (from: "2026-03-01", to: "2026-03-31")

    @Test func winRate() async throws {
        try await KpiItemFixture.with("""
            INSERT INTO warehouse.opportunities (org_id, opportunity_id, pipeline_id, customer_id, rep_id, created_at, status, product_id, channel, closed_at, loss_reason_code) VALUES
                ('N', 'W1', 'main', 'C1', 'P1', '2026-02-01T10:00-05:00', 'won',  'PR1', '展会', '2026-03-01T00:00-05:00', NULL),
                ('N', 'W2', 'main', 'C1', 'P1', '2026-02-01T10:00-05:00', 'lost', 'PR1', '展会', '2026-03-01T04:59:59Z', 'PRICE'),
                ('N', 'W3', 'main', 'C1', 'P1', '2026-02-01T10:00-05:00', 'lost', 'PR1', '展会', '2026-04-01T03:59:59Z', 'PRICE'),
                ('N', 'W4', 'main', 'C1', 'P1', '2026-02-01T10:00-05:00', 'won',  'PR1', '展会', '2026-04-01T04:00:00Z', NULL),
                ('N', 'W5', 'main', 'C1', 'P1', '2021-01-04T10:00-05:00', 'won',  'PR1', '展会', '2021-02-27T12:00-05:00', NULL),
                ('N', 'W6', 'main', 'C1', 'P1', '2021-01-04T10:00-05:00', 'lost', 'PR1', '展会', '2021-02-28T12:00-05:00', 'PRICE'),
                ('N', 'W7', 'main', 'C1', 'P1', '2023-01-02T10:00-05:00', 'won',  'PR1', '展会', '2023-02-27T12:00-05:00', NULL),
                ('N', 'W8', 'main', 'C1', 'P1', '2023-01-02T10:00-05:00', 'lost', 'PR1', '展会', '2023-02-28T12:00-05:00', 'PRICE');
            """) { warehouse async throws in
            let dims = KpiItemFixture.dealDims
            let band = { (band: String) in dims.replacingOccurrences(of: "GT_3Y", with: band) }
            // W1 closes at March's first local instant; W2 a second before it (02-28 23:59:59 EST);
            // W3 at 03-31 23:59:59 EDT; W4 at 04-01 00:00 EDT. O5 is open: no item.
            // P1 was hired 2020-02-29: +1 year is 2021-02-28, +3 years 2023-02-28.
            #expect(try await warehouse.items("WIN_RATE", from: "2021-01-01", to: "2026-12-31") == [
                "W1|2026-03-01|-|1|1|\(dims)", "W2|2026-02-28|-|0|1|\(dims)",
                "W3|2026-03-31|-|0|1|\(dims)", "W4|2026-04-01|-|1|1|\(dims)",
                "W5|2021-02-27|-|1|1|\(band("LT_1Y"))", "W6|2021-02-28|-|0|1|\(band("Y1_3"))",
                "W7|2023-02-27|-|1|1|\(band("Y1_3"))", "W8|2023-02-28|-|0|1|\(dims)",
            ])
            // March: W1 won, W3 lost: 1 / 2.
            #expect(try await warehouse.slice("WIN_RATE", from: Self.march.from, to: Self.march.to) == ["*=0.5 1/2"])
            #expect(try await warehouse.slice("WIN_RATE", from: "2021-02-01", to: "2021-02-28", groupBy: "TENURE_BAND")
                == ["LT_1Y=1 1/1", "Y1_3=0 0/1"])
            #expect(try await warehouse.slice("WIN_RATE", from: "2023-02-01", to: "2023-02-28", groupBy: "TENURE_BAND")
                == ["GT_3Y=0 0/1", "Y1_3=1 1/1"])
            // Nothing closed in May: an empty denominator is null, not 0.
            #expect(try await warehouse.slice("WIN_RATE", from: "2026-05-01", to: "2026-05-31") == ["*=null 0/0"])
        }
    }

    @Test func lead24hFollowupRate() async throws {
        try await KpiItemFixture.with("""
            INSERT INTO warehouse.leads (org_id, lead_id, created_at, channel, city_id, assigned_rep_id, first_response_at) VALUES
                ('N', 'L1', '2026-03-02T09:00-05:00', '展会', 'NY', 'P1', '2026-03-03T09:00-05:00'),
                ('N', 'L2', '2026-03-07T12:00-05:00', '展会', 'NY', 'P1', '2026-03-08T13:00-04:00'),
                ('N', 'L3', '2026-03-09T09:00-04:00', '官网', 'NY', 'P1', '2026-03-10T09:00:01-04:00'),
                ('N', 'L4', '2026-03-10T09:00-04:00', '官网', 'NY', 'P1', NULL),
                ('N', 'L5', '2026-03-01T04:30Z',      '展会', 'NY', 'P1', '2026-03-01T05:00Z'),
                ('N', 'L6', '2026-04-01T03:30Z',      '展会', 'NY', 'P1', '2026-04-01T10:00Z'),
                ('N', 'L7', '2026-03-15T10:00-04:00', '官网', NULL, NULL, '2026-03-15T11:00-04:00');
            """) { warehouse async throws in
            // L1 answered exactly 24 h later: on time. L2: 24 h elapsed across the DST change (25 h
            // on the wall clock): on time. L3 a second late; L4 never answered. L5 was created
            // 02-28 23:30 EST, L6 03-31 23:30 EDT. L7 has no rep and no city: only its channel.
            // Leads carry the assigned rep's people dimensions and their own city and channel.
            let person = "P1,T1,R1,NY,NULL,NULL,NULL"
            #expect(try await warehouse.items("LEAD_24H_FOLLOWUP_RATE", from: "2026-02-01", to: "2026-04-30") == [
                "L1|2026-03-02|-|1|1|{\(person),展会,GT_3Y}", "L2|2026-03-07|-|1|1|{\(person),展会,GT_3Y}",
                "L3|2026-03-09|-|0|1|{\(person),官网,GT_3Y}", "L4|2026-03-10|-|0|1|{\(person),官网,GT_3Y}",
                "L5|2026-02-28|-|1|1|{\(person),展会,GT_3Y}", "L6|2026-03-31|-|1|1|{\(person),展会,GT_3Y}",
                "L7|2026-03-15|-|1|1|{NULL,NULL,NULL,NULL,NULL,NULL,NULL,官网,NULL}",
            ])
            // March: L1 L2 L6 L7 on time, L3 L4 not: 4 / 6. By rep: P1 3 / 5, no rep 1 / 1.
            // By channel: 展会 L1 L2 L6 3 / 3, 官网 L7 of L3 L4 L7 1 / 3.
            #expect(try await warehouse.slice("LEAD_24H_FOLLOWUP_RATE", from: Self.march.from, to: Self.march.to)
                == ["*=0.666666667 4/6"])
            #expect(try await warehouse.slice("LEAD_24H_FOLLOWUP_RATE", from: Self.march.from, to: Self.march.to, groupBy: "REP")
                == ["P1=0.6 3/5", "∅=1 1/1"])
            #expect(try await warehouse.slice("LEAD_24H_FOLLOWUP_RATE", from: Self.march.from, to: Self.march.to, groupBy: "CHANNEL")
                == ["官网=0.333333333 1/3", "展会=1 3/3"])
        }
    }

    @Test func collaboration48hRate() async throws {
        try await KpiItemFixture.with("""
            INSERT INTO warehouse.tasks (org_id, task_id, department, requested_at, opportunity_id, completed_at) VALUES
                ('N', 'K1', '法务', '2026-03-05T10:00-05:00', 'O5', '2026-03-07T10:00-05:00'),
                ('N', 'K2', '财务', '2026-03-06T10:00-05:00', 'O5', '2026-03-08T11:00-04:00'),
                ('N', 'K3', '法务', '2026-03-10T10:00-04:00', 'O5', '2026-03-12T10:00:01-04:00'),
                ('N', 'K4', '技术', '2026-03-20T10:00-04:00', NULL, NULL),
                ('N', 'K5', '法务', '2026-02-28T23:59-05:00', 'O5', '2026-03-01T09:00-05:00');
            """) { warehouse async throws in
            // K1 done exactly 48 h later; K2 48 h elapsed across the DST change (49 h on the wall
            // clock); K3 a second late; K4 never done and has no deal: NULL for every non-time
            // dimension, TENURE_BAND included; K5 is February's.
            let dims = KpiItemFixture.dealDims
            #expect(try await warehouse.items("COLLABORATION_48H_RATE", from: "2026-02-01", to: "2026-04-30") == [
                "K1|2026-03-05|-|1|1|\(dims)", "K2|2026-03-06|-|1|1|\(dims)", "K3|2026-03-10|-|0|1|\(dims)",
                "K4|2026-03-20|-|0|1|{NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL}", "K5|2026-02-28|-|1|1|\(dims)",
            ])
            // March: K1 K2 of K1..K4: 2 / 4. By rep: P1 (O5's owner) 2 / 3; no deal 0 / 1.
            #expect(try await warehouse.slice("COLLABORATION_48H_RATE", from: Self.march.from, to: Self.march.to) == ["*=0.5 2/4"])
            #expect(try await warehouse.slice("COLLABORATION_48H_RATE", from: Self.march.from, to: Self.march.to, groupBy: "REP")
                == ["P1=0.666666667 2/3", "∅=0 0/1"])
            #expect(try await warehouse.slice("COLLABORATION_48H_RATE", from: Self.march.from, to: Self.march.to, groupBy: "TENURE_BAND")
                == ["GT_3Y=0.666666667 2/3", "∅=0 0/1"])
        }
    }

    @Test func commitmentOnTimeRate() async throws {
        try await KpiItemFixture.with("""
            INSERT INTO warehouse.commitments (org_id, commitment_id, opportunity_id, rep_id, promised_at, due_at, fulfilled_at) VALUES
                ('N', 'CM1', 'O5', 'P1', '2026-03-01T09:00-05:00', '2026-03-03T17:00-05:00', '2026-03-03T17:00-05:00'),
                ('N', 'CM2', 'O5', 'P1', '2026-03-01T09:00-05:00', '2026-03-04T17:00-05:00', '2026-03-04T17:00:01-05:00'),
                ('N', 'CM3', 'O5', 'P1', '2026-03-01T09:00-05:00', '2026-03-05T17:00-05:00', NULL),
                ('N', 'CM4', 'O5', 'P2', '2026-03-04T09:00-05:00', '2026-03-06T17:00-05:00', '2026-03-06T09:00-05:00'),
                ('N', 'CM5', 'O5', 'P1', '2026-03-20T09:00-04:00', '2026-04-01T03:00Z',      '2026-04-01T02:00Z'),
                ('N', 'CM6', 'O5', 'P1', '2026-02-20T09:00-05:00', '2026-03-01T04:00Z',      '2026-03-01T03:00Z');
            """) { warehouse async throws in
            // CM1 fulfilled at its due instant (on time), CM2 a second late, CM3 never. CM4 is
            // P2's own commitment on P1's deal: P2's people dimensions (LT_1Y), the deal's others.
            // CM5 is due 03-31 23:00 EDT, CM6 02-28 23:00 EST.
            let dims = KpiItemFixture.dealDims
            #expect(try await warehouse.items("COMMITMENT_ON_TIME_RATE", from: "2026-02-01", to: "2026-04-30") == [
                "CM1|2026-03-03|-|1|1|\(dims)", "CM2|2026-03-04|-|0|1|\(dims)", "CM3|2026-03-05|-|0|1|\(dims)",
                "CM4|2026-03-06|-|1|1|{P2,T1,R1,NY,医院,key,PR1,展会,LT_1Y}", "CM5|2026-03-31|-|1|1|\(dims)",
                "CM6|2026-02-28|-|1|1|\(dims)",
            ])
            // March: CM1 CM4 CM5 of CM1..CM5: 3 / 5. By rep: P1 2 / 4, P2 1 / 1.
            #expect(try await warehouse.slice("COMMITMENT_ON_TIME_RATE", from: Self.march.from, to: Self.march.to) == ["*=0.6 3/5"])
            #expect(try await warehouse.slice("COMMITMENT_ON_TIME_RATE", from: Self.march.from, to: Self.march.to, groupBy: "REP")
                == ["P1=0.5 2/4", "P2=1 1/1"])
        }
    }

    @Test func collectionOnTimeRate() async throws {
        try await KpiItemFixture.with("""
            INSERT INTO warehouse.payments (org_id, payment_id, opportunity_id, due_at, amount, paid_at) VALUES
                ('N', 'Y1', 'O5', '2026-03-10T12:00-04:00', 100.00, '2026-03-10T16:00Z'),
                ('N', 'Y2', 'O5', '2026-03-12T12:00-04:00', 250.50, '2026-03-12T12:00:01-04:00'),
                ('N', 'Y3', 'O5', '2026-03-14T12:00-04:00', 49.50,  NULL),
                ('N', 'Y4', 'O5', '2026-03-15T12:00-04:00', 0,      NULL),
                ('N', 'Y5', 'O5', '2026-03-01T04:00Z',      1000,   '2026-03-01T03:00Z');
            """) { warehouse async throws in
            // Y1 paid at its due instant (16:00Z = 12:00 EDT): all 100 on time. Y2 a second late,
            // Y3 unpaid: 0 of their amounts. Y4 owes nothing: no item. Y5 is due 02-28 23:00 EST.
            let dims = KpiItemFixture.dealDims
            #expect(try await warehouse.items("COLLECTION_ON_TIME_RATE", from: "2026-02-01", to: "2026-04-30") == [
                "Y1|2026-03-10|-|100|100|\(dims)", "Y2|2026-03-12|-|0|250.5|\(dims)", "Y3|2026-03-14|-|0|49.5|\(dims)",
                "Y5|2026-02-28|-|1000|1000|\(dims)",
            ])
            // March: 100 / (100 + 250.50 + 49.50) = 100 / 400.
            #expect(try await warehouse.slice("COLLECTION_ON_TIME_RATE", from: Self.march.from, to: Self.march.to) == ["*=0.25 100/400"])
            #expect(try await warehouse.slice("COLLECTION_ON_TIME_RATE", from: "2026-04-01", to: "2026-04-30") == ["*=null 0/0"])
        }
    }
}
