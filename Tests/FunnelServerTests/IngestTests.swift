import Foundation
import FunnelPlanner
import FunnelServer
import FunnelTestSupport
import PostgresNIO
import Testing

/// `POST /ingest` against the real HTTPS server, importer and PostgreSQL (api.md; the rules
/// of data-contract.md through the same importer as `funnelhouse import`).
@Suite struct IngestTests {
    /// A new deal O9 of rep P1 (华东) created 2026-03-12, moved from s1 to s2, with two activities.
    static let batch = """
        {"entity":"opportunities","org_id":"A","opportunity_id":"O9","pipeline_id":"main","customer_id":"C1","rep_id":"P1","created_at":"2026-03-12T09:00:00+08:00","status":"open","amount":"1200.50"}
        {"entity":"stage_history","org_id":"A","opportunity_id":"O9","stage_key":"s1","entered_at":"2026-03-12T09:00:00+08:00","exited_at":"2026-03-13T09:00:00+08:00"}
        {"entity":"stage_history","org_id":"A","opportunity_id":"O9","stage_key":"s2","entered_at":"2026-03-13T09:00:00+08:00"}

        {"entity":"activities","org_id":"A","activity_id":"X1","rep_id":"P1","type":"visit","occurred_at":"2026-03-12T10:00:00+08:00","opportunity_id":"O9"}
        {"entity":"activities","org_id":"A","activity_id":"X2","rep_id":"P1","type":"call","occurred_at":"2026-03-13T10:00:00Z","opportunity_id":"O9","evidence_ok":false}
        """
    static let counted = #"{"rows":{"opportunities":1,"stage_history":2,"activities":2},"totalRows":5}"#
    static let funnelQuery = #"{ funnel(period: {from: "2026-03-01", to: "2026-03-31"}) { population stages { key reached } } }"#
    /// FunnelFixture's March population O1 O2 O3 O4 O5 O7 reaches s1 6, s2 4 (O1 O2 O3 O7),
    /// s3 3 (O3 O7, O1 won), won 1; O9 adds one to the population, s1 and s2.
    static let funnelBefore = #"{"data":{"funnel":[{"population":6,"stages":[{"key":"s1","reached":6},{"key":"s2","reached":4},{"key":"s3","reached":3},{"key":"won","reached":1}]}]}}"#
    static let funnelAfter = #"{"data":{"funnel":[{"population":7,"stages":[{"key":"s1","reached":7},{"key":"s2","reached":5},{"key":"s3","reached":3},{"key":"won","reached":1}]}]}}"#

    @Test func adminIngestWritesTheRecordsAndTheFunnelShowsThemAfterTheRefresh() async throws {
        try await IngestServer.with { server, client in
            let admin = try await IngestClient.token(.admin)
            #expect(try await server.graphQL(Self.funnelQuery, token: admin).body == Self.funnelBefore)

            let reply = try await server.ingest(Self.batch, token: admin)
            #expect(reply.status == 200)
            #expect(reply.body == Self.counted)
            #expect(try await TestCluster.strings(client, """
                SELECT o.opportunity_id || ' ' || o.amount || ' ' || (SELECT string_agg(h.stage_key || h.seq, ',' ORDER BY h.seq)
                FROM warehouse.stage_history h WHERE h.org_id = o.org_id AND h.opportunity_id = o.opportunity_id)
                FROM warehouse.opportunities o WHERE o.org_id = 'A' AND o.opportunity_id = 'O9'
                """) == ["O9 1200.50 s11,s22"])
            #expect(try await TestCluster.strings(client, """
                SELECT activity_id || ' ' || type || ' ' || evidence_ok || ' ' || to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')
                FROM warehouse.activities WHERE org_id = 'A' AND opportunity_id = 'O9' ORDER BY 1
                """) == ["X1 visit true 2026-03-12 02:00", "X2 call false 2026-03-13 10:00"])

            // The endpoint asked for a refresh; wait for it (generously: no timing is asserted).
            var funnel = ""
            for _ in 0..<600 {
                funnel = try await server.graphQL(Self.funnelQuery, token: admin).body
                if funnel != Self.funnelBefore { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(funnel == Self.funnelAfter)
        }
    }

    @Test func aBatchWithABadRowAndAnUnknownReferenceIsRejectedWholeNamingItsLines() async throws {
        try await IngestServer.with { server, client in
            let before = try await WarehouseSnapshot.take(client)
            let body = """
                {"entity":"opportunities","org_id":"A","opportunity_id":"O9","pipeline_id":"main","customer_id":"C1","rep_id":"P1","created_at":"2026-03-12T09:00:00+08:00","status":"open"}
                {"entity":"opportunities","org_id":"A","opportunity_id":"O10","pipeline_id":"main","customer_id":"C1","rep_id":"P1","created_at":"2026-03-12T09:00:00+08:00","status":"open","amount":"12.345"}
                {"entity":"activities","org_id":"A","activity_id":"X1","rep_id":"P1","type":"visit","occurred_at":"2026-03-12T10:00:00+08:00","opportunity_id":"O9"}
                {"entity":"activities","org_id":"A","activity_id":"X2","rep_id":"P1","type":"visit","occurred_at":"2026-03-12T10:00:00+08:00","opportunity_id":"NOPE"}
                """
            let reply = try await server.ingest(body, token: try await IngestClient.token(.admin))
            #expect(reply.status == 422)
            #expect(reply.body == """
                {"errors":[{"message":"the data set breaks the data contract in 2 places; nothing was written","extensions":{"code":"BAD_USER_INPUT"}},\
                {"message":"ingest:2: amount: \\"12.345\\" is not an amount (a decimal >= 0 with at most 2 fraction digits)","extensions":{"code":"BAD_USER_INPUT","file":"ingest","line":2,"column":"amount"}},\
                {"message":"ingest:4: opportunity_id: no opportunities with opportunity_id NOPE in org A","extensions":{"code":"BAD_USER_INPUT","file":"ingest","line":4,"column":"opportunity_id"}}],\
                "problemCount":2}
                """)
            #expect(try await WarehouseSnapshot.take(client) == before)
        }
    }

    @Test func linesThatAreNoRecordOfAnEntityAreReportedWithTheRest() async throws {
        try await IngestServer.with { server, client in
            let before = try await WarehouseSnapshot.take(client)
            let body = """
                {"org_id":"A","region_id":"R9","name":"西北战区"}
                {"entity":"region","org_id":"A","region_id":"R9","name":"西北战区"}
                {"entity":"regions","org_id":"A","region_id":"R9","name":"西北战区"
                {"entity":"regions","org_id":"B","region_id":"R9","name":"西北战区"}
                {"entity":"regions","org_id":"A","region_id":"R8","nam":"西北战区"}
                """
            let reply = try await server.ingest(body, token: try await IngestClient.token(.admin))
            #expect(reply.status == 422)
            let messages = try #require(Self.messages(reply.body))
            #expect(messages == [
                "the data set breaks the data contract in 6 places; nothing was written",
                #"ingest:1: entity: required value is missing (the entity the record belongs to, e.g. "activities")"#,
                "ingest:2: entity: region is not an entity of the data contract",
                "ingest:3: record: expected ',' or '}' after the value of \"name\"",
                "ingest:4: org_id: B is not the org of this token (A)",
                "ingest:5: nam: unknown column",
                "ingest:5: name: required value is missing",
            ])
            #expect(try await WarehouseSnapshot.take(client) == before)
        }
    }

    @Test func onlyAdminTokensIngest() async throws {
        try await IngestServer.with { server, client in
            let before = try await WarehouseSnapshot.take(client)
            let director = try await server.ingest(Self.batch, token: try await IngestClient.token(.director))
            #expect(director.status == 403)
            #expect(director.body == #"{"errors":[{"message":"POST /ingest needs an admin token (this token's role is director)","extensions":{"code":"FORBIDDEN"}}]}"#)
            let anonymous = try await server.ingest(Self.batch, token: nil)
            #expect(anonymous.status == 401)
            #expect(anonymous.body == #"{"errors":[{"message":"this route needs Authorization: Bearer TOKEN","extensions":{"code":"UNAUTHENTICATED"}}]}"#)
            #expect(try await WarehouseSnapshot.take(client) == before)
        }
    }

    @Test func aMultipartUploadOfTwoCSVFilesLoadsBoth() async throws {
        try await IngestServer.with { server, client in
            let boundary = "----funnelhouse7MA4YWxk"
            let body = """
                --\(boundary)\r
                Content-Disposition: form-data; name="files"; filename="opportunities.csv"\r
                Content-Type: text/csv\r
                \r
                org_id,opportunity_id,pipeline_id,customer_id,rep_id,created_at,status\r
                A,O20,main,C1,P2,2026-03-20T08:00:00+08:00,open\r
                A,O21,main,C1,P2,2026-03-21T08:00:00+08:00,open\r
                \r
                --\(boundary)\r
                Content-Disposition: form-data; name="files"; filename="activities.csv"\r
                Content-Type: text/csv\r
                \r
                org_id,activity_id,rep_id,type,occurred_at,opportunity_id\r
                A,X20,P2,"call, then visit",2026-03-20T09:00:00+08:00,O20\r
                \r
                --\(boundary)--\r

                """
            let reply = try await server.ingest(
                body, contentType: "multipart/form-data; boundary=\"\(boundary)\"", token: try await IngestClient.token(.admin)
            )
            #expect(reply.status == 200)
            #expect(reply.body == #"{"rows":{"opportunities":2,"activities":1},"totalRows":3}"#)
            #expect(try await TestCluster.strings(client, """
                SELECT opportunity_id FROM warehouse.opportunities WHERE org_id = 'A' AND opportunity_id IN ('O20', 'O21') ORDER BY 1
                """) == ["O20", "O21"])
            #expect(try await TestCluster.strings(client, "SELECT type FROM warehouse.activities WHERE activity_id = 'X20'")
                == ["call, then visit"])
        }
    }

    @Test func aMultipartProblemNamesTheUploadedFileAndLine() async throws {
        try await IngestServer.with { server, client in
            let before = try await WarehouseSnapshot.take(client)
            let body = "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"leads.csv\"\r\n\r\n"
                + "org_id,lead_id,created_at,channel\r\nA,L1,2026-03-01 09:00:00,官网\r\n--b--\r\n"
            let reply = try await server.ingest(body, contentType: "multipart/form-data; boundary=b", token: try await IngestClient.token(.admin))
            #expect(reply.status == 422)
            let messages = try #require(Self.messages(reply.body))
            #expect(messages.count == 2)
            #expect(messages.last?.hasPrefix("leads.csv:2: created_at: ") == true)
            #expect(try await WarehouseSnapshot.take(client) == before)
        }
    }

    @Test func ingestingTheSameBatchAgainChangesNothing() async throws {
        try await IngestServer.with { server, client in
            let admin = try await IngestClient.token(.admin)
            #expect(try await server.ingest(Self.batch, token: admin).body == Self.counted)
            let once = try await WarehouseSnapshot.take(client)
            let again = try await server.ingest(Self.batch, token: admin)
            #expect(again.status == 200)
            #expect(try await WarehouseSnapshot.take(client) == once)
        }
    }

    @Test func refusalsBeforeTheImporter() async throws {
        try await IngestServer.with(bodyLimit: 2048) { server, client in
            let admin = try await IngestClient.token(.admin)
            let plain = try await server.ingest(Self.batch, contentType: "text/plain", token: admin)
            #expect(plain.status == 415)
            #expect(plain.body == #"{"errors":[{"message":"POST /ingest needs Content-Type application/x-ndjson or multipart/form-data (got 'text/plain')","extensions":{"code":"BAD_USER_INPUT"}}]}"#)
            let large = try await server.ingest(String(repeating: Self.batch + "\n", count: 3), token: admin)
            #expect(large.status == 413)
            #expect(large.body == #"{"errors":[{"message":"request body exceeds the ingest limit of 2048 bytes","extensions":{"code":"BAD_USER_INPUT"}}]}"#)
            let empty = try await server.ingest("\n\n", token: admin)
            #expect(empty.status == 400)
            let noBoundary = try await server.ingest("x", contentType: "multipart/form-data", token: admin)
            #expect(noBoundary.status == 400)
            #expect(noBoundary.body.contains("needs a boundary parameter"))
            #expect(try await TestCluster.strings(client, "SELECT count(*)::text FROM warehouse.opportunities") == ["7"])
        }
    }

    /// The `message` of every error in a response body, in order.
    static func messages(_ body: String) -> [String]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
              let errors = object["errors"] as? [[String: Any]] else { return nil }
        return errors.compactMap { $0["message"] as? String }
    }
}
