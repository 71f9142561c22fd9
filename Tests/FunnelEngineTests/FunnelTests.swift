import Foundation
import FunnelEngine
import FunnelPlanner
import FunnelTestSupport
import Testing

/// Expected numbers worked out by hand from metrics.md "Funnel" over `FunnelFixture`.
@Suite struct FunnelTests {
    let march = ReportPeriod(from: "2026-03-01", to: "2026-03-31")
    let director = AccessScope(orgID: "A", role: .director)

    func run(_ request: PipelineReportRequest, scope: AccessScope) async throws -> [FunnelSeries] {
        try await TestCluster.withDatabase { client, _ in
            try await FunnelFixture.load(client)
            let planner = try ReportPlanner(sqlDirectory: TestCluster.migrations)
            do {
                return try await WarehouseReader(client: client, logger: TestCluster.logger)
                    .funnel(request, scope: scope, planner: planner)
            } catch {
                // PSQLError hides the server's message from plain descriptions.
                Issue.record("\(String(reflecting: error))")
                throw error
            }
        }
    }

    @Test func wholeOrgFunnel() async throws {
        let series = try await run(PipelineReportRequest(period: march), scope: director)
        #expect(series.count == 1)
        let funnel = try #require(series.first)
        #expect(funnel.key == [])
        // O6 was created 04-01 00:30 in Shanghai (still 03-31 in UTC): outside March.
        #expect(funnel.population == 6)
        #expect(funnel.stages.map(\.key) == ["s1", "s2", "s3", "won"])
        #expect(funnel.stages.map(\.name) == ["需求诊断", "方案比价", "合同谈判", "赢单"])
        #expect(funnel.stages.map(\.position) == [1, 2, 3, 4])
        // Skipped (O1, O3) and revisited (O7) stages count as reached.
        #expect(funnel.stages.map(\.reached) == [6, 4, 3, 1])
        #expect(funnel.stages.map(\.conversionRate) == [4.0 / 6.0, 3.0 / 4.0, 1.0 / 3.0, nil])
        #expect(funnel.stages.map(\.cumulativeRate) == [1, 4.0 / 6.0, 3.0 / 6.0, 1.0 / 6.0])
        // O4 has no stay: lost at the first stage.
        #expect(funnel.stages.map(\.lostAt) == [1, 1, 0, 0])
        // Closed stays only: s1 24, 12, 24, 24; s2 48, 12; s3 24; won: none closed.
        #expect(funnel.stages.map(\.avgDwellHours) == [21, 30, 24, nil])
        #expect(funnel.stages.map(\.medianDwellHours) == [24, 30, 24, nil])
    }

    @Test func groupedByRegion() async throws {
        let series = try await run(PipelineReportRequest(period: march, groupBy: [.region]), scope: director)
        #expect(series.map(\.key) == [
            [GroupValue(dimension: .region, id: "R1", label: "华东战区")],
            [GroupValue(dimension: .region, id: "R2", label: "华南战区")],
        ])
        #expect(series.map(\.population) == [3, 3])
        #expect(series.map { $0.stages.map(\.reached) } == [[3, 2, 1, 1], [3, 2, 2, 0]])
        #expect(series.map { $0.stages.map(\.lostAt) } == [[0, 1, 0, 0], [1, 0, 0, 0]])
    }

    @Test func emptyPopulationStillOneSeries() async throws {
        let series = try await run(PipelineReportRequest(period: ReportPeriod(from: "2025-01-01", to: "2025-01-31")), scope: director)
        #expect(series.count == 1)
        #expect(series.first?.population == 0)
        #expect(series.first?.stages.map(\.reached) == [0, 0, 0, 0])
        #expect(series.first?.stages.map(\.conversionRate) == [nil, nil, nil, nil])
        #expect(series.first?.stages.map(\.cumulativeRate) == [nil, nil, nil, nil])
    }

    @Test func managerScopeWinsOverFilters() async throws {
        let manager = AccessScope(orgID: "A", role: .manager, regions: ["R2"])
        let own = try await run(PipelineReportRequest(period: march), scope: manager)
        #expect(own.first?.population == 3)
        #expect(own.first?.stages.map(\.reached) == [3, 2, 2, 0])
        let other = try await run(PipelineReportRequest(period: march, filter: DimensionFilter([.region: ["R1"]])), scope: manager)
        #expect(other.first?.population == 0)
    }

    @Test func repScopeAndOtherOrg() async throws {
        let rep = AccessScope(orgID: "A", role: .rep, rep: "P1")
        #expect(try await run(PipelineReportRequest(period: march), scope: rep).first?.population == 3)
        let stranger = AccessScope(orgID: "B", role: .director)
        // Org B has no pipeline of its own, and A's rows never answer for it.
        #expect(try await run(PipelineReportRequest(period: march), scope: stranger) == [])
    }

    @Test func filtersAndTimeGrains() async throws {
        let series = try await run(PipelineReportRequest(
            period: march, filter: DimensionFilter([.rep: ["P1", "P2"], .tenureBand: ["GT_3Y"]]), groupBy: [.week, .rep]
        ), scope: director)
        // Only P2 (hired 2020) is past three years: O7 (week 10), O3 (week 11), O4 (week 12).
        #expect(series.map { $0.key.map(\.id) } == [["2026-W10", "P2"], ["2026-W11", "P2"], ["2026-W12", "P2"]])
        #expect(series.map { $0.key.map(\.label) } == [["2026-W10", "李娜"], ["2026-W11", "李娜"], ["2026-W12", "李娜"]])
        #expect(series.map(\.population) == [1, 1, 1])
    }
}
