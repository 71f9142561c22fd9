import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import Testing

/// The five process KPIs of sql/006 through `slice`, on an org in America/New_York (EST UTC-5,
/// EDT UTC-4 from 8 March 2026), every instant written in UTC, numbers worked out by hand.
///
/// Stages: s1 (1, T = 24 h, requires visit + demo), s2 (2, no timeout, requires nothing),
/// s3 (3, no timeout, requires demo + proposal_sent), won (4), lost (5). P1 owns every deal;
/// P2 (another team and region) makes two calls on Q2; M1 is a manager.
@Suite struct ProcessKpiTests {
    static let fixture = """
        INSERT INTO warehouse.orgs (org_id, name, industry, timezone) VALUES ('N', '纽约分公司', '医疗器械', 'America/New_York');
        INSERT INTO warehouse.regions VALUES ('N', 'R1', '东部'), ('N', 'R2', '西部');
        INSERT INTO warehouse.cities VALUES ('N', 'NY', 'R1', '纽约');
        INSERT INTO warehouse.teams VALUES ('N', 'T1', 'R1', '一组'), ('N', 'T2', 'R2', '二组');
        INSERT INTO warehouse.reps VALUES ('N', 'P1', 'T1', '王芳', 'rep', '2024-01-01', NULL),
                                          ('N', 'P2', 'T2', '赵磊', 'rep', '2024-01-01', NULL),
                                          ('N', 'M1', 'T1', '陈静', 'manager', '2018-01-01', NULL);
        INSERT INTO warehouse.customers VALUES ('N', 'C1', '纽约医院', '医院', 'key', 'NY');
        INSERT INTO warehouse.pipelines VALUES ('N', 'main', '主流程');
        INSERT INTO warehouse.stages (org_id, pipeline_id, stage_key, name, position, kind, timeout_hours, required_actions) VALUES
            ('N', 'main', 's1', '需求诊断', 1, 'open', 24, '{visit,demo}'), ('N', 'main', 's2', '方案比价', 2, 'open', NULL, '{}'),
            ('N', 'main', 's3', '合同谈判', 3, 'open', NULL, '{demo,proposal_sent}'),
            ('N', 'main', 'won', '赢单', 4, 'won', NULL, '{}'), ('N', 'main', 'lost', '输单', 5, 'lost', NULL, '{}');
        INSERT INTO warehouse.loss_reasons VALUES ('N', 'PRICE', '价格');
        INSERT INTO warehouse.opportunities (org_id, opportunity_id, pipeline_id, customer_id, rep_id, created_at, status, closed_at, loss_reason_code) VALUES
            ('N', 'Q1', 'main', 'C1', 'P1', '2026-03-02T14:00Z', 'won', '2026-03-05T14:00Z', NULL),
            ('N', 'Q2', 'main', 'C1', 'P1', '2026-03-01T14:00Z', 'lost', '2026-03-12T00:00Z', 'PRICE'),
            ('N', 'Q3', 'main', 'C1', 'P1', '2026-02-28T15:00Z', 'open', NULL, NULL),
            ('N', 'Q4', 'main', 'C1', 'P1', '2026-03-30T12:00Z', 'open', NULL, NULL),
            ('N', 'Q5', 'main', 'C1', 'P1', '2026-02-28T04:30Z', 'open', NULL, NULL),
            ('N', 'Q6', 'main', 'C1', 'P1', '2026-03-31T03:00Z', 'open', NULL, NULL),
            ('N', 'Q7', 'main', 'C1', 'P1', '2026-03-15T12:00Z', 'open', NULL, NULL);
        INSERT INTO warehouse.stage_history (org_id, opportunity_id, seq, stage_key, entered_at, exited_at) VALUES
            ('N', 'Q1', 1, 's1',   '2026-03-02T14:00Z', '2026-03-03T14:00Z'),
            ('N', 'Q1', 2, 's3',   '2026-03-03T14:00Z', '2026-03-05T14:00Z'),
            ('N', 'Q1', 3, 'won',  '2026-03-05T14:00Z', NULL),
            ('N', 'Q2', 1, 's1',   '2026-03-10T12:00Z', '2026-03-11T00:00Z'),
            ('N', 'Q2', 2, 's2',   '2026-03-11T00:00Z', '2026-03-12T00:00Z'),
            ('N', 'Q2', 3, 'lost', '2026-03-12T00:00Z', NULL),
            ('N', 'Q3', 1, 's1',   '2026-02-28T15:00Z', '2026-03-01T04:30Z'),
            ('N', 'Q4', 1, 's1',   '2026-03-30T12:00Z', '2026-04-01T03:00Z'),
            ('N', 'Q4', 2, 's2',   '2026-04-01T03:00Z', NULL),
            ('N', 'Q5', 1, 's1',   '2026-02-28T04:30Z', '2026-03-02T00:00Z'),
            ('N', 'Q6', 1, 's1',   '2026-03-31T03:00Z', '2026-04-02T00:00Z'),
            ('N', 'Q6', 2, 's2',   '2026-04-02T00:00Z', NULL),
            ('N', 'Q7', 1, 's1',   '2026-03-15T12:00Z', NULL);
        INSERT INTO warehouse.activities (org_id, activity_id, rep_id, type, occurred_at, opportunity_id) VALUES
            ('N', 'B11', 'P1', 'visit', '2026-03-02T14:00Z', 'Q1'),
            ('N', 'B13', 'P1', 'demo', '2026-03-03T14:00Z', 'Q1'),
            ('N', 'B21', 'P2', 'call', '2026-03-03T12:00Z', 'Q2'),
            ('N', 'B22', 'P2', 'call', '2026-03-03T11:59:59Z', 'Q2'),
            ('N', 'B31', 'P1', 'visit', '2026-02-28T16:00Z', 'Q3'),
            ('N', 'B41', 'P1', 'visit', '2026-03-30T18:00Z', 'Q4'),
            ('N', 'B61', 'M1', 'intervention', '2026-04-02T03:00Z', 'Q6'),
            ('N', 'B71', 'P1', 'call', '2026-03-17T12:00:01Z', 'Q7');
        -- The file's evidence_ok column: false for B12; B14 leaves it out (NULL in the file: true).
        INSERT INTO warehouse.activities (org_id, activity_id, rep_id, type, occurred_at, opportunity_id, evidence_ok) VALUES
            ('N', 'B12', 'P1', 'demo', '2026-03-02T20:00Z', 'Q1', false);
        INSERT INTO warehouse.activities (org_id, activity_id, rep_id, type, occurred_at, opportunity_id) VALUES
            ('N', 'B14', 'P1', 'proposal_sent', '2026-03-04T02:00Z', 'Q1');
        """

    func slice(_ measures: String, period: (String, String) = ("2026-03-01", "2026-03-31"), _ arguments: String = "") async throws -> JSONValue? {
        let result = try await EngineFixture.result("""
            { slice(measures: [\(measures)], period: {from: "\(period.0)", to: "\(period.1)"}\(arguments)) {
                rows { key { id } values { kpi value numerator denominator } } } }
            """, fixture: Self.fixture, scope: AccessScope(orgID: "N", role: .director))
        #expect(result.errors == [])
        return result.data?["slice"]?["rows"]
    }

    static func row(_ values: JSONValue...) -> JSONValue {
        .array([.object([("key", .array([])), ("values", .array(values))])])
    }

    @Test func requiredActionsOfTheStaysThatExitedInMarch() async throws {
        // Stays that exited in March (New York dates) in stages with required actions:
        //   Q1 s1 (exit 03-03): visit at its entry (0 h) and demo at its exit (24 h); the demo with
        //         evidence_ok false does not count: 2 of 2.
        //   Q1 s3 (exit 03-05): the same demo, at its entry (the stage change counts for both
        //         stays, 0 h), proposal_sent with evidence_ok left out (12 h): 2 of 2.
        //   Q2 s1 (exit 03-11 00:00Z = 03-10 20:00 EDT): nothing done: 0 of 2. Q2 s2 requires
        //         nothing and counts for nothing.
        //   Q4 s1 (exit 04-01 03:00Z = 03-31 23:00 EDT): visit after 6 h: 1 of 2.
        //   Q5 s1 (exit 03-02 00:00Z = 03-01 19:00 EST): 0 of 2.
        //   Out: Q3 s1 (exit 03-01 04:30Z = 02-28 23:30 EST), Q6 s1 (exit 04-01 20:00 EDT), the
        //   open stays Q4 s2, Q6 s2 and Q7 s1.
        // Completeness 5 / 10; timeliness (0 + 24 + 0 + 12 + 6) / 5 = 8.4 h.
        #expect(try await slice("ACTION_COMPLETENESS, ACTION_TIMELINESS_HOURS") == Self.row(
            SliceTests.value("ACTION_COMPLETENESS", 0.5, 5, 10),
            SliceTests.value("ACTION_TIMELINESS_HOURS", 8.4, 42, 5)
        ))
    }

    @Test func stallsOnTheirNewYorkDetectionDates() async throws {
        // Stalls (s1, T = 24 h): Q4 idle from the 03-30 18:00Z visit to its 04-01 03:00Z exit
        // (33 h): detected 03-31 18:00Z, unhandled. Q6 idle from its entry: detected
        // 04-01 03:00Z = 03-31 23:00 EDT (March), handled and intervened by M1 at exactly
        // +24 h, in its next stay. Q7 (open) detected 03-16 12:00Z, its next call one second
        // past +24 h: unhandled. Q5 detected 03-01 04:30Z = 02-28 23:30 EST: February.
        // Q1, Q2, Q3 have no gap over 24 h.
        #expect(try await slice("STALL_UNHANDLED_RATE, MANAGER_INTERVENTION_RATE") == Self.row(
            SliceTests.value("STALL_UNHANDLED_RATE", 2.0 / 3.0, 2, 3),
            SliceTests.value("MANAGER_INTERVENTION_RATE", 1.0 / 3.0, 1, 3)
        ))
        #expect(try await slice("STALL_UNHANDLED_RATE, MANAGER_INTERVENTION_RATE", period: ("2026-02-01", "2026-02-28")) == Self.row(
            SliceTests.value("STALL_UNHANDLED_RATE", 1, 1, 1),
            SliceTests.value("MANAGER_INTERVENTION_RATE", 0, 0, 1)
        ))
    }

    @Test func effectivenessOfTheTouchesInMarch() async throws {
        // visit/call/demo/proposal_sent on a deal, dated in March (New York):
        //   B11 visit Q1 03-02 14:00Z, in s1 (entered at that instant): s3 entered 03-03: yes.
        //   B12 demo Q1 03-02 20:00Z, in s1: s3 03-03: yes (evidence does not matter here).
        //   B13 demo Q1 03-03 14:00Z, in s3 (entered at that instant, the highest open stage):
        //       only the win on 03-05 14:00Z makes it effective: yes.
        //   B14 proposal_sent Q1 03-04 02:00Z: won 03-05: yes.
        //   B21 call Q2 03-03 12:00Z, no stay yet (position 0): s1 entered exactly +7 days: yes.
        //   B22 call Q2 03-03 11:59:59Z: s1 comes one second after its window: no.
        //   B41 visit Q4 03-30 18:00Z, in s1: s2 entered 04-01 03:00Z: yes.
        //   B71 call Q7 03-17 12:00:01Z, in s1, nothing after: no.
        //   Out: B31 (February), B61 (an intervention).
        // 6 of 8.
        #expect(try await slice("ACTION_EFFECTIVENESS") == Self.row(SliceTests.value("ACTION_EFFECTIVENESS", 0.75, 6, 8)))
    }

    @Test func effectivenessBelongsToTheActingRepTheRestToTheOwner() async throws {
        // P2 made B21 (effective) and B22 on P1's deal Q2; P2 owns nothing.
        #expect(try await slice(
            "ACTION_EFFECTIVENESS, ACTION_COMPLETENESS, STALL_UNHANDLED_RATE", ", filter: {reps: [\"P2\"]}"
        ) == Self.row(
            SliceTests.value("ACTION_EFFECTIVENESS", 0.5, 1, 2),
            SliceTests.value("ACTION_COMPLETENESS", nil, 0, 0),
            SliceTests.value("STALL_UNHANDLED_RATE", nil, 0, 0)
        ))
    }

    @Test func emptyPeriodsAreNullNotZero() async throws {
        #expect(try await slice(
            "STALL_UNHANDLED_RATE, MANAGER_INTERVENTION_RATE, ACTION_COMPLETENESS, ACTION_TIMELINESS_HOURS, ACTION_EFFECTIVENESS",
            period: ("2026-05-01", "2026-05-31")
        ) == Self.row(
            SliceTests.value("STALL_UNHANDLED_RATE", nil, 0, 0),
            SliceTests.value("MANAGER_INTERVENTION_RATE", nil, 0, 0),
            SliceTests.value("ACTION_COMPLETENESS", nil, 0, 0),
            SliceTests.value("ACTION_TIMELINESS_HOURS", nil, 0, 0),
            SliceTests.value("ACTION_EFFECTIVENESS", nil, 0, 0)
        ))
    }
}
