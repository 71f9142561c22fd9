import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelServer
import FunnelTestSupport
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The threshold settings through the real router, engine and PostgreSQL: POST with an admin
/// token writes, GET never does, and the next health query bands by the new line.
@Suite struct KpiThresholdsHTTPTests {
    static let set = #"{"query":"mutation { setKpiThresholds(kpi: WIN_RATE, alertLine: 0.1) { kpi } }"}"#
    static let setLead = #"{"query":"mutation { setKpiThresholds(kpi: LEAD_24H_FOLLOWUP_RATE, healthyLine: 0.8) { healthyLine customized } }"}"#
    static let health = #"{"query":"{ health(period: {from: \"2026-03-01\", to: \"2026-03-31\"}, kpis: [LEAD_24H_FOLLOWUP_RATE]) { series { kpis { healthyLine } } } }"}"#

    @Test func adminPostsChangeTheLinesGetAndOtherRolesDoNot() async throws {
        try await TestCluster.withDatabase { client, _ in
            try await FunnelFixture.load(client)
            let engine = QueryEngine(
                planner: try ReportPlanner(sqlDirectory: TestCluster.migrations),
                reader: WarehouseReader(client: client, logger: TestCluster.logger)
            )
            let authority = await Harness.authority()
            let admin = try await authority.issue(scope: AccessScope(orgID: "A", role: .admin), lifetime: .seconds(600))
            let director = try await authority.issue(scope: AccessScope(orgID: "A", role: .director), lifetime: .seconds(600))
            try await Harness.withRouter(service: EngineService(engine: engine, logger: TestCluster.logger)) { http in
                func post(_ body: String, _ token: String) async throws -> TestResponse {
                    try await http.execute(
                        uri: "/graphql", method: .post,
                        headers: Harness.headers(token: token, accept: "application/json", contentType: "application/json"),
                        body: ByteBuffer(string: body)
                    )
                }
                let viaGet = try await http.execute(
                    uri: "/graphql?query=mutation%7BresetKpiThresholds(kpi%3ALEAD_24H_FOLLOWUP_RATE)%7Bkpi%7D%7D",
                    method: .get, headers: Harness.headers(token: admin)
                )
                #expect(viaGet.status == .methodNotAllowed)

                let byDirector = try await post(Self.setLead, director)
                #expect(byDirector.status == .ok)
                #expect(byDirector.text.contains(#""code":"FORBIDDEN""#))
                #expect(try await post(Self.health, director).text == #"{"data":{"health":{"series":[{"kpis":[{"healthyLine":0.9}]}]}}}"#)

                let byAdmin = try await post(Self.setLead, admin)
                #expect(byAdmin.text == #"{"data":{"setKpiThresholds":{"healthyLine":0.8,"customized":true}}}"#)
                #expect(try await post(Self.health, director).text == #"{"data":{"health":{"series":[{"kpis":[{"healthyLine":0.8}]}]}}}"#)

                let noLines = try await post(Self.set, admin)
                #expect(noLines.text.contains(#""code":"BAD_USER_INPUT""#))
            }
        }
    }
}
