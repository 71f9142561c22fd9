import Foundation
import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import Testing

/// Org B is org A's twin with the same ids (R1, P1, O1, ...) and one extra deal, so any leak
/// across orgs changes a number. A manager of 华东 (R1) must never see 华南 (R2) rows.
@Suite struct ScopeIsolationTests {
    static let twin = FunnelFixture.sql.replacingOccurrences(of: "('A',", with: "('B',")
        .replacingOccurrences(of: "甲公司", with: "乙公司") + """

        INSERT INTO warehouse.opportunities (org_id, opportunity_id, pipeline_id, customer_id, rep_id, created_at, status)
        VALUES ('B', 'O8', 'main', 'C1', 'P1', '2026-03-03T09:00+08', 'open');
        """

    /// Every data-bearing root field, with aliases and fragments, grouped by every dimension.
    static let everything = """
        query Everything {
          f: funnel(period: {from: "2026-03-01", to: "2026-03-31"}, groupBy: [REGION, TEAM, REP, CITY, PRODUCT, CHANNEL, INDUSTRY, CUSTOMER_SIZE, TENURE_BAND, WEEK]) { ...series }
          g: funnel(period: {from: "2026-01-01", to: "2026-12-31"}) { population stages { reached lostAt avgDwellHours } }
          d: stageDwell(period: {from: "2026-01-01", to: "2026-12-31"}, groupBy: [REP]) { key { id label } stages { stays avgDwellHours } }
          regions: dimensionValues(dimension: REGION) { id label }
          teams: dimensionValues(dimension: TEAM) { id label }
          reps: dimensionValues(dimension: REP) { id label }
          cities: dimensionValues(dimension: CITY) { id label }
          me { org orgName regions { id label } }
          h: health(period: {from: "2026-03-01", to: "2026-03-31"}, groupBy: [REP, MONTH]) { series { key { id } kpis { kpi numerator denominator band } } }
          c: compare(baseline: {from: "2026-02-01", to: "2026-02-28"}, period: {from: "2026-03-01", to: "2026-03-31"}) { rows { kpi baseline current } }
          lr: lossReasons(period: {from: "2026-03-01", to: "2026-03-31"}, groupBy: [REGION]) { key { id label } lostCount reasons { code count share } }
          ld: lossDrivers(period: {from: "2026-03-01", to: "2026-03-31"}) { closed lost drivers { id closed } }
          lc: lossClusters(period: {from: "2026-03-01", to: "2026-03-31"}) { k lostCount clusters { size sampleOpportunityIds } }
          cd: closedDeals(period: {from: "2026-01-01", to: "2026-12-31"}, groupBy: [REP, MONTH]) { key { id label } won lost wonAmount lostAmount winRate avgWonAmount }
        }
        fragment series on FunnelSeries { key { dimension id label } population ... on FunnelSeries { stages { key reached } } }
        """

    func execute(_ query: String, scope: AccessScope, fixture: String) async throws -> QueryResult {
        try await TestCluster.withDatabase { client, _ in
            try await FunnelFixture.load(client, fixture)
            let engine = try EngineFixture.engine(client)
            return await engine.execute(query: query, scope: scope, logger: TestCluster.logger)
        }
    }

    @Test func anotherOrgChangesNothingOfWhatAnOrgSees() async throws {
        for scope in [
            AccessScope(orgID: "A", role: .director),
            AccessScope(orgID: "A", role: .manager, regions: ["R1"]),
            AccessScope(orgID: "A", role: .rep, rep: "P2"),
        ] {
            let alone = try await execute(Self.everything, scope: scope, fixture: FunnelFixture.sql)
            let withTwin = try await execute(Self.everything, scope: scope, fixture: FunnelFixture.sql + Self.twin)
            #expect(alone.errors == [])
            #expect(alone.data != nil && alone.data != .null)
            #expect(withTwin.data == alone.data, "\(scope)")
        }
    }

    @Test func aManagerOfEastSeesOnlyEast() async throws {
        let east = AccessScope(orgID: "A", role: .manager, regions: ["R1"])
        let result = try await execute(Self.everything, scope: east, fixture: FunnelFixture.sql + Self.twin)
        #expect(result.errors == [])
        // Every key of every series is 华东's: region R1, team T1, rep P1.
        guard case .array(let series)? = result.data?["f"] else { Issue.record("no funnel"); return }
        #expect(series.count == 3)  // O1 (week 10), O2 (week 11), O5 (week 14)
        for item in series {
            guard case .array(let key)? = item["key"] else { continue }
            #expect(key[0]["id"] == .string("R1"))
            #expect(key[1]["id"] == .string("T1"))
            #expect(key[2]["id"] == .string("P1"))
        }
        #expect(result.data?["g"]?["population"] == nil)
        guard case .array(let whole)? = result.data?["g"] else { Issue.record("no g"); return }
        #expect(whole.first?["population"] == .int(4))  // O1, O2, O5 and O6 (April)
        #expect(result.data?["regions"] == .array([.object([("id", .string("R1")), ("label", .string("华东战区"))])]))
        #expect(result.data?["reps"] == .array([.object([("id", .string("P1")), ("label", .string("张伟"))])]))
        #expect(result.data?["teams"] == .array([.object([("id", .string("T1")), ("label", .string("华东一组"))])]))
        // Health by rep: only P1's items (won O1, lost O2, P1's daily logs) reach a manager of 华东.
        guard case .array(let health)? = result.data?["h"]?["series"] else { Issue.record("no health"); return }
        #expect(!health.isEmpty)
        #expect(health.allSatisfy { $0["key"]?[0]?["id"] == .string("P1") })
        guard case .array(let dwell)? = result.data?["d"] else { Issue.record("no stageDwell"); return }
        #expect(dwell.map { $0["key"] } == [.array([.object([("id", .string("P1")), ("label", .string("张伟"))])])])
    }

    @Test func naming_another_region_team_or_rep_is_forbidden() async throws {
        let east = AccessScope(orgID: "A", role: .manager, regions: ["R1"])
        for (filter, message) in [
            ("{regions: [\"R2\"]}", "filter.regions: R2 outside your access scope."),
            ("{teams: [\"T1\", \"T2\"]}", "filter.teams: T2 outside your access scope."),
            ("{reps: [\"P2\"]}", "filter.reps: P2 outside your access scope."),
        ] {
            let query = """
                query($p: PeriodInput!) {
                  mine: stageDwell(period: $p) @include(if: true) { stages { stays } }
                  ... on Query { theirs: funnel(period: $p, filter: \(filter)) { population } }
                }
                """
            let result = try await TestCluster.withDatabase { client, _ in
                try await FunnelFixture.load(client, FunnelFixture.sql + Self.twin)
                let engine = try EngineFixture.engine(client)
                return await engine.execute(
                    query: query, variables: .object([("p", .object([("from", .string("2026-03-01")), ("to", .string("2026-03-31"))]))]),
                    scope: east, logger: TestCluster.logger
                )
            }
            #expect(result.errors.map(\.message) == [message])
            #expect(result.errors.map(\.code) == [.forbidden])
            #expect(result.data == .null)
        }
    }
}
