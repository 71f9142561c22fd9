import Foundation
import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import PostgresNIO
import Testing

/// The stall rule (metrics.md "Stalls") in `reporting.stall_events`, and the live list
/// `stalls(asOf:)`, on an org in Asia/Shanghai with every instant written in UTC.
///
/// Stages: s1 (open, T = 24 h), s2 (open, T = 48 h), s3 (open, no timeout), won (T = 24 h, but
/// only open stages stall), lost. P1 (华东, R1/T1) owns every deal but O7 (P2, 华南, R2/T2);
/// M1 is a manager who logs interventions.
@Suite struct StallTests {
    static let fixture = """
        INSERT INTO warehouse.orgs (org_id, name, industry, timezone) VALUES ('S', '丙公司', '医疗器械', 'Asia/Shanghai');
        INSERT INTO warehouse.regions VALUES ('S', 'R1', '华东战区'), ('S', 'R2', '华南战区');
        INSERT INTO warehouse.cities VALUES ('S', 'SH', 'R1', '上海');
        INSERT INTO warehouse.teams VALUES ('S', 'T1', 'R1', '华东一组'), ('S', 'T2', 'R2', '华南一组');
        INSERT INTO warehouse.reps VALUES ('S', 'P1', 'T1', '张伟', 'rep', '2024-01-01', NULL),
                                          ('S', 'P2', 'T2', '李娜', 'rep', '2020-01-01', NULL),
                                          ('S', 'M1', 'T1', '王强', 'manager', '2018-01-01', NULL);
        INSERT INTO warehouse.customers VALUES ('S', 'C1', '上海中心医院', '医院', 'large', 'SH');
        INSERT INTO warehouse.pipelines VALUES ('S', 'main', '主流程');
        INSERT INTO warehouse.stages (org_id, pipeline_id, stage_key, name, position, kind, timeout_hours) VALUES
            ('S', 'main', 's1', '需求诊断', 1, 'open', 24), ('S', 'main', 's2', '方案比价', 2, 'open', 48),
            ('S', 'main', 's3', '合同谈判', 3, 'open', NULL), ('S', 'main', 'won', '赢单', 4, 'won', 24),
            ('S', 'main', 'lost', '输单', 5, 'lost', NULL);
        INSERT INTO warehouse.opportunities (org_id, opportunity_id, pipeline_id, customer_id, rep_id, created_at, status, amount, closed_at) VALUES
            ('S', 'O1', 'main', 'C1', 'P1', '2026-03-01T00:00Z', 'open', 100, NULL),
            ('S', 'O2', 'main', 'C1', 'P1', '2026-03-01T00:00Z', 'open', NULL, NULL),
            ('S', 'O3', 'main', 'C1', 'P1', '2026-03-01T00:00Z', 'open', NULL, NULL),
            ('S', 'O4', 'main', 'C1', 'P1', '2026-03-01T00:00Z', 'open', 400, NULL),
            ('S', 'O5', 'main', 'C1', 'P1', '2026-03-01T02:00Z', 'open', NULL, NULL),
            ('S', 'O6', 'main', 'C1', 'P1', '2026-03-01T00:00Z', 'open', NULL, NULL),
            ('S', 'O7', 'main', 'C1', 'P2', '2026-02-28T22:00Z', 'open', 700, NULL),
            ('S', 'O8', 'main', 'C1', 'P1', '2026-03-01T00:00Z', 'won', NULL, '2026-03-08T00:00Z');
        INSERT INTO warehouse.stage_history (org_id, opportunity_id, seq, stage_key, entered_at, exited_at) VALUES
            -- O1: resets 03-01 12:00 and 03-02 12:00; gaps 12, 24, 12 h: a gap of exactly T is no stall.
            ('S', 'O1', 1, 's1', '2026-03-01T00:00Z', '2026-03-03T00:00Z'),
            -- O2: visits exactly at entry and at exit reset nothing: 24 h 1 s idle, stalls at 03-02 00:00.
            ('S', 'O2', 1, 's1', '2026-03-01T00:00Z', '2026-03-02T00:00:01Z'),
            -- O3: two calls at 03-01 10:00 are one reset; 10:00 -> 03-02 11:00 is 25 h, the first gap
            -- over T, so it stalls at 03-02 10:00 (the longer gap 03-02 12:00 -> 03-06 is not used).
            ('S', 'O3', 1, 's1', '2026-03-01T00:00Z', '2026-03-06T00:00Z'),
            -- O4, O5: no activity for a day; an intervention exactly 24 h after detection (O4),
            -- or one second later (O5).
            ('S', 'O4', 1, 's1', '2026-03-01T00:00Z', '2026-03-10T00:00Z'),
            ('S', 'O5', 1, 's1', '2026-03-01T02:00Z', '2026-03-10T00:00Z'),
            -- O6: stalls in s1 at 03-02 00:00, handled by a call in its next stay; the open s2 stay
            -- stalls 48 h after that call (as of the refresh, long after March).
            ('S', 'O6', 1, 's1', '2026-03-01T00:00Z', '2026-03-02T06:00Z'),
            ('S', 'O6', 2, 's2', '2026-03-02T06:00Z', NULL),
            -- O7: stalls at 03-01 22:00 UTC (03-02 local), a manager steps in 14 h later.
            ('S', 'O7', 1, 's1', '2026-02-28T22:00Z', '2026-03-05T00:00Z'),
            -- O8: a week in a stage without timeout, then open in won: never a stall.
            ('S', 'O8', 1, 's3', '2026-03-01T00:00Z', '2026-03-08T00:00Z'),
            ('S', 'O8', 2, 'won', '2026-03-08T00:00Z', NULL);
        INSERT INTO warehouse.activities (org_id, activity_id, rep_id, type, occurred_at, opportunity_id) VALUES
            ('S', 'A11', 'P1', 'call', '2026-03-01T12:00Z', 'O1'),
            ('S', 'A12', 'P1', 'call', '2026-03-02T12:00Z', 'O1'),
            ('S', 'A21', 'P1', 'visit', '2026-03-01T00:00Z', 'O2'),
            ('S', 'A22', 'P1', 'visit', '2026-03-02T00:00:01Z', 'O2'),
            ('S', 'A31', 'P1', 'call', '2026-03-01T00:00Z', 'O3'),
            ('S', 'A32', 'P1', 'call', '2026-03-01T10:00Z', 'O3'),
            ('S', 'A33', 'P1', 'progress_update', '2026-03-01T10:00Z', 'O3'),
            ('S', 'A34', 'P1', 'call', '2026-03-02T11:00Z', 'O3'),
            ('S', 'A35', 'P1', 'call', '2026-03-02T12:00Z', 'O3'),
            ('S', 'A41', 'M1', 'intervention', '2026-03-03T00:00Z', 'O4'),
            ('S', 'A51', 'M1', 'intervention', '2026-03-03T02:00:01Z', 'O5'),
            ('S', 'A61', 'P1', 'call', '2026-03-02T12:00Z', 'O6'),
            ('S', 'A71', 'M1', 'intervention', '2026-03-02T12:00Z', 'O7');
        """

    /// Org S2 is S with the same ids (R1, P1, O4, ...): nothing of it may show up for S.
    static let twin = fixture.replacingOccurrences(of: "('S',", with: "('S2',").replacingOccurrences(of: "丙公司", with: "丁公司")

    struct Event: Equatable, CustomStringConvertible {
        var stay: String
        var lastResetAt: String
        var detectedAt: String
        var detectedOn: String
        var handled: Bool
        var intervened: Bool
        var description: String { "\(stay) \(lastResetAt) \(detectedAt) \(detectedOn) \(handled) \(intervened)" }
    }

    @Test func stallEventsFollowTheRuleToItsEdges() async throws {
        let events = try await TestCluster.withDatabase { client, _ in
            try await FunnelFixture.load(client, Self.fixture)
            let query: PostgresQuery = """
                SELECT opportunity_id || '/' || seq || ' ' || stage_key,
                       to_char(last_reset_at AT TIME ZONE 'UTC', 'MM-DD HH24:MI:SS'),
                       to_char(detected_at AT TIME ZONE 'UTC', 'MM-DD HH24:MI:SS'),
                       detected_on::text, handled, intervened
                FROM reporting.stall_events WHERE org_id = 'S' ORDER BY opportunity_id, seq
                """
            var events: [Event] = []
            for try await row in try await client.query(query, logger: TestCluster.logger).decode((String, String, String, String, Bool, Bool).self) {
                events.append(Event(stay: row.0, lastResetAt: row.1, detectedAt: row.2, detectedOn: row.3, handled: row.4, intervened: row.5))
            }
            return events
        }
        #expect(events == [
            // The visit at exit (03-02 00:00:01) is inside (detected, detected + 24 h]: handled.
            Event(stay: "O2/1 s1", lastResetAt: "03-01 00:00:00", detectedAt: "03-02 00:00:00", detectedOn: "2026-03-02", handled: true, intervened: false),
            Event(stay: "O3/1 s1", lastResetAt: "03-01 10:00:00", detectedAt: "03-02 10:00:00", detectedOn: "2026-03-02", handled: true, intervened: false),
            // Window end is inclusive: the intervention at detected + 24 h counts ...
            Event(stay: "O4/1 s1", lastResetAt: "03-01 00:00:00", detectedAt: "03-02 00:00:00", detectedOn: "2026-03-02", handled: true, intervened: true),
            // ... one second later it does not.
            Event(stay: "O5/1 s1", lastResetAt: "03-01 02:00:00", detectedAt: "03-02 02:00:00", detectedOn: "2026-03-02", handled: false, intervened: false),
            Event(stay: "O6/1 s1", lastResetAt: "03-01 00:00:00", detectedAt: "03-02 00:00:00", detectedOn: "2026-03-02", handled: true, intervened: false),
            Event(stay: "O6/2 s2", lastResetAt: "03-02 12:00:00", detectedAt: "03-04 12:00:00", detectedOn: "2026-03-04", handled: false, intervened: false),
            // 03-01 22:00 UTC is 03-02 06:00 in Shanghai.
            Event(stay: "O7/1 s1", lastResetAt: "02-28 22:00:00", detectedAt: "03-01 22:00:00", detectedOn: "2026-03-02", handled: true, intervened: true),
        ])
    }

    @Test func stallKpisCountTheEventsOfThePeriod() async throws {
        // 7 stalls detected in March (local); unhandled: O5, O6/2; intervened: O4, O7.
        let result = try await execute("""
            { slice(measures: [STALL_UNHANDLED_RATE, MANAGER_INTERVENTION_RATE], period: {from: "2026-03-01", to: "2026-03-31"}) {
                rows { values { kpi value numerator denominator } } } }
            """, scope: AccessScope(orgID: "S", role: .director))
        #expect(result.errors == [])
        #expect(result.data?["slice"]?["rows"] == .array([.object([("values", .array([
            SliceTests.value("STALL_UNHANDLED_RATE", 2.0 / 7.0, 2, 7),
            SliceTests.value("MANAGER_INTERVENTION_RATE", 2.0 / 7.0, 2, 7),
        ]))])]))
    }

    func execute(_ query: String, scope: AccessScope, fixture: String = fixture) async throws -> QueryResult {
        try await EngineFixture.result(query, fixture: fixture, scope: scope)
    }

    static func list(_ arguments: String) -> String {
        """
        { stalls\(arguments) { opportunityId stageKey stageName timeoutHours rep { id label } region { id }
            customerName amount enteredAt lastResetAt lastActivityAt lastActivityType hoursOverdue } }
        """
    }

    static func ids(_ result: QueryResult) -> [JSONValue?] {
        guard case .array(let stalls)? = result.data?["stalls"] else { return [] }
        return stalls.map { $0["opportunityId"] }
    }

    @Test func theListReplaysTheWarehouseAtAsOf() async throws {
        // At 03-02 06:00Z: O1 idle 18 h (its 03-02 12:00 call is later and does not count), O2
        // exited, O3 idle 20 h, O6's s1 exited exactly at as-of and its s2 began then (idle 0).
        // Stalled: O7 idle 32 h (8 over), O4 30 h (6 over), O5 28 h (4 over).
        let result = try await execute(Self.list("(asOf: \"2026-03-02T14:00:00+08:00\")"), scope: AccessScope(orgID: "S", role: .director))
        #expect(result.errors == [])
        #expect(result.data?["stalls"] == .array([
            Self.stall("O7", rep: ("P2", "李娜"), region: "R2", amount: 700, entered: "2026-02-28T22:00:00.000Z", overdue: 8),
            Self.stall("O4", rep: ("P1", "张伟"), region: "R1", amount: 400, entered: "2026-03-01T00:00:00.000Z", overdue: 6),
            Self.stall("O5", rep: ("P1", "张伟"), region: "R1", amount: nil, entered: "2026-03-01T02:00:00.000Z", overdue: 4),
        ]))
    }

    static func stall(_ id: String, rep: (String, String), region: String, amount: Double?, entered: String, overdue: Double) -> JSONValue {
        .object([
            ("opportunityId", .string(id)), ("stageKey", .string("s1")), ("stageName", .string("需求诊断")),
            ("timeoutHours", .int(24)), ("rep", .object([("id", .string(rep.0)), ("label", .string(rep.1))])),
            ("region", .object([("id", .string(region))])), ("customerName", .string("上海中心医院")),
            ("amount", amount.map { .double($0) } ?? .null), ("enteredAt", .string(entered)), ("lastResetAt", .string(entered)),
            ("lastActivityAt", .null), ("lastActivityType", .null), ("hoursOverdue", .double(overdue)),
        ])
    }

    @Test func activitiesUpToAsOfReset() async throws {
        // At 03-02 13:00Z the calls and the intervention at 12:00 have reset O1, O3, O6 and O7;
        // O4 is 37 h idle (13 over), O5 35 h (11 over).
        let result = try await execute(
            "{ stalls(asOf: \"2026-03-02T13:00:00Z\") { opportunityId hoursOverdue } }", scope: AccessScope(orgID: "S", role: .director)
        )
        #expect(result.data?["stalls"] == .array([
            .object([("opportunityId", .string("O4")), ("hoursOverdue", .double(13))]),
            .object([("opportunityId", .string("O5")), ("hoursOverdue", .double(11))]),
        ]))
    }

    @Test func withoutAsOfTheListIsTheOpenStaysNow() async throws {
        // Every stay but O6's s2 (idle since its call) and O8's won stay has ended.
        let result = try await execute(
            "{ stalls { opportunityId stageKey lastResetAt lastActivityAt lastActivityType } }", scope: AccessScope(orgID: "S", role: .director)
        )
        #expect(result.errors == [])
        #expect(result.data?["stalls"] == .array([.object([
            ("opportunityId", .string("O6")), ("stageKey", .string("s2")), ("lastResetAt", .string("2026-03-02T12:00:00.000Z")),
            ("lastActivityAt", .string("2026-03-02T12:00:00.000Z")), ("lastActivityType", .string("call")),
        ])]))
    }

    @Test func sortedFilteredAndCut() async throws {
        let director = AccessScope(orgID: "S", role: .director)
        let asOf = "asOf: \"2026-03-02T06:00:00Z\""
        let byEntry = try await execute(Self.list("(\(asOf), orderBy: [{field: ENTERED_AT, direction: DESC}])"), scope: director)
        #expect(Self.ids(byEntry) == [.string("O5"), .string("O4"), .string("O7")])
        let oldestFirst = try await execute(Self.list("(\(asOf), orderBy: [{field: ENTERED_AT}], limit: 2)"), scope: director)
        #expect(Self.ids(oldestFirst) == [.string("O7"), .string("O4")])
        let south = try await execute(Self.list("(\(asOf), filter: {regions: [\"R2\"]})"), scope: director)
        #expect(Self.ids(south) == [.string("O7")])
        let noProduct = try await execute(Self.list("(\(asOf), filter: {products: [\"X\"]})"), scope: director)
        #expect(noProduct.data?["stalls"] == .array([]))
    }

    @Test func aManagerSeesOwnRegionAndNoOtherOrg() async throws {
        let query = Self.list("(asOf: \"2026-03-02T06:00:00Z\")")
        let east = AccessScope(orgID: "S", role: .manager, regions: ["R1"])
        let alone = try await execute(query, scope: east)
        #expect(Self.ids(alone) == [.string("O4"), .string("O5")])
        let withTwin = try await execute(query, scope: east, fixture: Self.fixture + Self.twin)
        #expect(withTwin.data == alone.data)
        let director = try await execute(query, scope: AccessScope(orgID: "S", role: .director), fixture: Self.fixture + Self.twin)
        #expect(Self.ids(director) == [.string("O7"), .string("O4"), .string("O5")])
        let theirs = try await execute(Self.list("(filter: {regions: [\"R2\"]})"), scope: east)
        #expect(theirs.errors.map(\.message) == ["filter.regions: R2 outside your access scope."])
        #expect(theirs.errors.map(\.code) == [.forbidden])
    }
}
