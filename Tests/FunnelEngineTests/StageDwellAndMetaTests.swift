import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import Testing

/// stageDwell, dimensionValues, me and freshness over `FunnelFixture`, numbers by hand.
@Suite struct StageDwellAndMetaTests {
    func execute(_ query: String, scope: AccessScope, fixture: String = FunnelFixture.sql) async throws -> QueryResult {
        try await EngineFixture.result(query, fixture: fixture, scope: scope)
    }

    let director = AccessScope(orgID: "A", role: .director)

    @Test func stageDwellOverStaysEndedInThePeriod() async throws {
        // s1 gets a 20 h timeout, s3 none, so overTimeoutRate has something to count.
        let fixture = FunnelFixture.sql + """

            UPDATE warehouse.stages SET timeout_hours = 20 WHERE stage_key = 's1';
            UPDATE warehouse.stages SET timeout_hours = NULL WHERE stage_key = 's3';
            """
        let result = try await execute("""
            { stageDwell(period: {from: "2026-03-01", to: "2026-03-31"}) {
                key { id } stages { key timeoutHours stays avgDwellHours medianDwellHours p90DwellHours overTimeoutRate } } }
            """, scope: director, fixture: fixture)
        #expect(result.errors == [])
        guard case .array(let series)? = result.data?["stageDwell"], case .array(let stages)? = series.first?["stages"] else {
            Issue.record("no stages in \(String(describing: result.data))")
            return
        }
        // Closed stays ended in March: s1 24, 12, 24, 24; s2 48, 12; s3 24. Open stages only.
        #expect(stages.map { $0["key"] } == [.string("s1"), .string("s2"), .string("s3")])
        #expect(stages.map { $0["timeoutHours"] } == [.int(20), .int(72), .null])
        #expect(stages.map { $0["stays"] } == [.int(4), .int(2), .int(1)])
        #expect(stages.map { $0["avgDwellHours"] } == [.double(21), .double(30), .double(24)])
        #expect(stages.map { $0["medianDwellHours"] } == [.double(24), .double(30), .double(24)])
        // percentile_cont(0.9) of [12, 48] = 12 + 0.9 * 36.
        guard case .double(let p90)? = stages[1]["p90DwellHours"] else { Issue.record("no p90"); return }
        #expect(abs(p90 - 44.4) < 1e-9)
        #expect(stages[0]["p90DwellHours"] == .double(24))
        // s1: three of four stays above 20 h; s3 has no timeout.
        #expect(stages.map { $0["overTimeoutRate"] } == [.double(0.75), .double(0), .null])
    }

    @Test func dimensionValuesFollowTheScope() async throws {
        let manager = AccessScope(orgID: "A", role: .manager, regions: ["R2"])
        let result = try await execute("""
            { regions: dimensionValues(dimension: REGION) { id label }
              reps: dimensionValues(dimension: REP) { id label }
              sizes: dimensionValues(dimension: CUSTOMER_SIZE, search: "大") { id label } }
            """, scope: manager)
        func value(_ id: String, _ label: String) -> JSONValue { .object([("id", .string(id)), ("label", .string(label))]) }
        #expect(result.errors == [])
        #expect(result.data == .object([
            ("regions", .array([value("R2", "华南战区")])),
            ("reps", .array([value("P2", "李娜")])),
            ("sizes", .array([value("large", "大型")])),
        ]))
    }

    @Test func meDescribesTheToken() async throws {
        let manager = AccessScope(orgID: "A", role: .manager, regions: ["R2"], teams: ["T1"])
        let result = try await execute("{ me { org orgName industry timezone role regions { label } teams { id label } rep { id } } }", scope: manager)
        #expect(result.data == .object([("me", .object([
            ("org", .string("A")), ("orgName", .string("甲公司")), ("industry", .string("医疗器械")),
            ("timezone", .string("Asia/Shanghai")), ("role", .string("MANAGER")),
            ("regions", .array([.object([("label", .string("华南战区"))])])),
            ("teams", .array([.object([("id", .string("T1")), ("label", .string("华东一组"))])])),
            ("rep", .null),
        ]))]))
    }

    @Test func freshnessListsEveryView() async throws {
        let result = try await execute("{ freshness { view durationMs } }", scope: director)
        guard case .array(let views)? = result.data?["freshness"] else { Issue.record("no freshness"); return }
        #expect(views.map { $0["view"] } == [
            .string("opportunity_facts"), .string("stage_stays"), .string("kpi_items"), .string("stall_events"), .string("process_kpi_items"),
            .string("org_kpi_days"),
        ])
    }
}
