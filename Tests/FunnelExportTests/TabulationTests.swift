import Foundation
import FunnelExport
import FunnelSchema
import FunnelTestSupport
import Testing

/// Tabulating a response without a database: several series get a group column, and a
/// response missing a field the document asks for is our failure, not the user's.
@Suite struct TabulationTests {
    static let viewer: (key: String, value: JSONValue) = ("me", .object([
        ("org", .string("A")), ("orgName", .string("甲公司")), ("industry", .string("医疗器械")),
        ("timezone", .string("Asia/Shanghai")), ("role", .string("REP")),
        ("regions", .array([])), ("teams", .array([])), ("rep", .object([("id", .string("P1")), ("label", .string("张伟"))])),
    ]))

    static func series(_ labels: [String], value: Double) -> JSONValue {
        .object([
            ("key", .array(labels.map { .object([("dimension", .string("REGION")), ("id", .string($0)), ("label", .string($0))]) })),
            ("kpis", .array([.object([
                ("kpi", .string("WIN_RATE")), ("value", .double(value)), ("numerator", .double(1)), ("denominator", .double(4)),
                ("band", .null), ("alertLine", .null), ("healthyLine", .null), ("excellentLine", .null),
            ])])),
        ])
    }

    static func table(_ data: JSONValue) async throws -> ExportTable {
        let exporter = try Exporter(documentsFolder: TestCluster.migrations.appendingPathComponent("exports"))
        return try await exporter.table(try ExportRequest(kind: .health, from: "2026-03-01", to: "2026-03-31")) { _, _ in
            (data, [])
        }
    }

    @Test func severalSeriesArePrefixedWithTheirGroupAndARepScopeNamesTheRep() async throws {
        let table = try await Self.table(.object([
            ("health", .object([("series", .array([Self.series(["华东战区", "2026-03"], value: 0.25), Self.series(["华南战区", "2026-03"], value: 0.25)]))])),
            Self.viewer,
            ("freshness", .array([
                .object([("view", .string("a")), ("refreshedAt", .string("2026-03-31T16:00:00.000Z"))]),
                .object([("view", .string("b")), ("refreshedAt", .string("2026-03-31T15:59:59.500Z"))]),
            ])),
        ]))
        #expect(table.columns.first?.header == Bilingual("分组", "Group"))
        #expect(table.rows.map { $0.prefix(3) } == [
            [.text("华东战区 / 2026-03"), .text("赢单率"), .text("WIN_RATE")],
            [.text("华南战区 / 2026-03"), .text("赢单率"), .text("WIN_RATE")],
        ])
        #expect(table.context.first { $0.key == "scope" }?.value == "销售代表：仅本人记录（张伟）")
        // The oldest view refresh is the data's freshness.
        #expect(table.context.first { $0.key == "dataRefreshedAt" }?.value == "2026-03-31T15:59:59.500Z")
    }

    @Test func aResponseMissingAFieldIsAnInternalFailure() async throws {
        do {
            _ = try await Self.table(.object([("health", .object([("series", .array([]))])), ("freshness", .array([]))]))
            Issue.record("tabulated a response without `me`")
        } catch let error as ExportError {
            #expect(error == .unexpectedResponse(path: "data.me"))
            #expect(!error.isUserError)
        }
    }
}
