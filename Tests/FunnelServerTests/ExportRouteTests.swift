import Foundation
import FunnelEngine
import FunnelExport
import FunnelPlanner
import FunnelSchema
import FunnelServer
import FunnelTestSupport
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// `GET /export/{table}.{ext}`: the route's statuses and headers, and that it runs the
/// export's document through the service under the token's scope, never as a mutation.
/// (The tables' numbers are tested against the real engine in FunnelExportTests.)
@Suite struct ExportRouteTests {
    static let healthData = GraphQLResponse(outcome: .executed, data: .object([
        ("health", .object([("series", .array([.object([
            ("key", .array([])),
            ("kpis", .array([.object([
                ("kpi", .string("WIN_RATE")), ("value", .double(0.5)), ("numerator", .double(1)), ("denominator", .double(2)),
                ("band", .null), ("alertLine", .null), ("healthyLine", .null), ("excellentLine", .null),
            ])])),
        ])]))])),
        ("me", .object([
            ("org", .string("org-01")), ("orgName", .string("甲公司")), ("industry", .string("医疗器械")),
            ("timezone", .string("Asia/Shanghai")), ("role", .string("DIRECTOR")),
            ("regions", .array([])), ("teams", .array([])), ("rep", .null),
        ])),
        ("freshness", .array([.object([("view", .string("opportunity_facts")), ("refreshedAt", .string("2026-03-31T16:00:00.000Z"))])])),
    ]))

    static func exporter() throws -> Exporter {
        try Exporter(documentsFolder: TestCluster.migrations.appendingPathComponent("exports"))
    }

    static func get(_ uri: String, reply: GraphQLResponse = healthData, token: Bool = true) async throws
        -> (response: TestResponse, calls: [FixedOutcomeService.Call])
    {
        let service = FixedOutcomeService(reply)
        let bearer = token ? try await Harness.directorToken() : nil
        let response = try await Harness.withRouter(service: service, exporter: try exporter()) { client in
            try await client.execute(uri: uri, method: .get, headers: Harness.headers(token: bearer))
        }
        return (response, await service.calls)
    }

    @Test func csvIsServedAsAnAttachmentBuiltFromTheServiceUnderTheTokensScope() async throws {
        let (response, calls) = try await Self.get("/export/health.csv?from=2026-03-01&to=2026-03-31")
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
        #expect(response.headers[.contentDisposition] == #"attachment; filename="health-2026-03-01_2026-03-31.csv""#)
        let body = Array(response.body.readableBytesView)
        #expect(Array(body.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: body.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("# 报表 (Table),行为健康指标 (Behaviour health)\r\n# 组织 (Org),甲公司（org-01）\r\n"))
        #expect(text.contains("# 数据刷新时间 (Data refreshed at),2026-03-31T16:00:00.000Z\r\n"))
        #expect(text.hasSuffix("\r\n赢单率,WIN_RATE,0.5,,,,,1,2\r\n"))
        #expect(calls.count == 1)
        #expect(calls.first?.scope == Harness.directorScope)
        #expect(calls.first?.allowMutations == false)
        #expect(calls.first?.request.variables == .object([("from", .string("2026-03-01")), ("to", .string("2026-03-31"))]))
        #expect(calls.first?.request.query == (try Self.exporter()).document(for: .health))
    }

    @Test(arguments: [
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("md", "text/markdown; charset=utf-8"),
        ("html", "text/html; charset=utf-8"),
        ("json", "application/json; charset=utf-8"),
    ])
    func everyFormatHasItsContentType(_ format: String, _ contentType: String) async throws {
        let (response, _) = try await Self.get("/export/health.\(format)?from=2026-03-01&to=2026-03-31")
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == contentType)
        #expect(response.headers[.contentDisposition] == #"attachment; filename="health-2026-03-01_2026-03-31.\#(format)""#)
        if format == "xlsx" { #expect(Array(response.body.readableBytesView.prefix(2)) == Array("PK".utf8)) }
    }

    @Test func badDatesAre400NamingEachParameter() async throws {
        let (response, calls) = try await Self.get("/export/compare.csv?from=2026-02-30&to=2026-03-31&baselineTo=2026-02-28")
        #expect(response.status == .badRequest)
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        #expect(response.text == #"{"errors":["#
            + #"{"message":"from: \"2026-02-30\": Date must be a real calendar date.","extensions":{"code":"BAD_USER_INPUT"}},"#
            + #"{"message":"baselineFrom: missing (a date, YYYY-MM-DD)","extensions":{"code":"BAD_USER_INPUT"}}]}"#)
        #expect(calls.isEmpty)
    }

    @Test(arguments: ["/export/funnel.csv?from=2026-03-01&to=2026-03-31", "/export/health.pdf?from=2026-03-01&to=2026-03-31",
                      "/export/health?from=2026-03-01&to=2026-03-31"])
    func unknownTableOrFormatIs404(_ uri: String) async throws {
        let (response, calls) = try await Self.get(uri)
        #expect(response.status == .notFound)
        #expect(calls.isEmpty)
    }

    @Test func noTokenIs401AndTheEnginesRefusalKeepsItsStatus() async throws {
        let (anonymous, calls) = try await Self.get("/export/health.csv?from=2026-03-01&to=2026-03-31", token: false)
        #expect(anonymous.status == .unauthorized)
        #expect(calls.isEmpty)
        let forbidden = GraphQLResponse(outcome: .executed, data: .null, errors: [
            GraphQLError("filter.regions: R1 outside your access scope.", code: .forbidden, path: [.field("health")]),
        ])
        let (refused, _) = try await Self.get("/export/health.csv?from=2026-03-01&to=2026-03-31", reply: forbidden)
        #expect(refused.status == .forbidden)
        #expect(refused.text == #"{"errors":[{"message":"filter.regions: R1 outside your access scope.","path":["health"],"extensions":{"code":"FORBIDDEN"}}]}"#)
    }
}
