import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The status-code matrix of api.md ("Protocol and security details") and GraphQL-over-HTTP.
@Suite struct GraphQLTransportTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        var method: HTTPRequest.Method = .post
        var uri = "/graphql"
        var accept: String?
        var contentType: String? = "application/json"
        var body: String? = #"{"query":"{ me { org } }"}"#
        var reply = Harness.executed
        let status: HTTPResponse.Status
        let responseType: String
        let responseBody: String

        var testDescription: String { name }
    }

    static let graphQLResponse = "application/graphql-response+json; charset=utf-8"
    static let json = "application/json; charset=utf-8"

    static func error(_ message: String, code: String = "BAD_USER_INPUT") -> String {
        #"{"errors":[{"message":"\#(message)","extensions":{"code":"\#(code)"}}]}"#
    }

    static let cases: [Case] = [
        Case(name: "POST, no Accept: graphql-response+json, 200",
             status: .ok, responseType: graphQLResponse, responseBody: Harness.executedBody),
        Case(name: "POST, Accept json: 200", accept: "application/json",
             status: .ok, responseType: json, responseBody: Harness.executedBody),
        Case(name: "POST, content type with charset", contentType: "application/json; charset=utf-8",
             status: .ok, responseType: graphQLResponse, responseBody: Harness.executedBody),
        Case(name: "rejected under graphql-response+json: 400", reply: Harness.rejected,
             status: .badRequest, responseType: graphQLResponse, responseBody: Harness.rejectedBody),
        Case(name: "rejected under application/json: 200", accept: "application/json", reply: Harness.rejected,
             status: .ok, responseType: json, responseBody: Harness.rejectedBody),
        Case(name: "POST without content type: 415", contentType: nil,
             status: .unsupportedMediaType, responseType: graphQLResponse,
             responseBody: error("POST /graphql needs Content-Type: application/json (got none)")),
        Case(name: "POST as text/plain: 415", contentType: "text/plain",
             status: .unsupportedMediaType, responseType: graphQLResponse,
             responseBody: error("POST /graphql needs Content-Type: application/json (got 'text/plain')")),
        Case(name: "POST JSON in latin1: 415", contentType: "application/json; charset=iso-8859-1",
             status: .unsupportedMediaType, responseType: graphQLResponse,
             responseBody: error("POST /graphql needs Content-Type: application/json (got 'application/json; charset=iso-8859-1')")),
        Case(name: "malformed JSON: 400", body: #"{"query": "#,
             status: .badRequest, responseType: graphQLResponse,
             responseBody: error("request body is not JSON: invalid JSON at byte 10: unexpected end of text")),
        Case(name: "malformed JSON under application/json: 400 too", accept: "application/json", body: "{query}",
             status: .badRequest, responseType: json,
             responseBody: error("request body is not JSON: invalid JSON at byte 1: expected a quoted key")),
        Case(name: "body not an object: 400", body: "[]",
             status: .badRequest, responseType: graphQLResponse,
             responseBody: error("parameter 'body' must be a JSON object {query, variables, operationName}")),
        Case(name: "no query: 400", body: #"{"variables":{}}"#,
             status: .badRequest, responseType: graphQLResponse, responseBody: error("parameter 'query' is required")),
        Case(name: "query not a string: 400", body: #"{"query":1}"#,
             status: .badRequest, responseType: graphQLResponse, responseBody: error("parameter 'query' must be a string")),
        Case(name: "variables not an object: 400", body: #"{"query":"{ me { org } }","variables":"{}"}"#,
             status: .badRequest, responseType: graphQLResponse, responseBody: error("parameter 'variables' must be an object")),
        Case(name: "operationName not a string: 400", body: #"{"query":"{ me { org } }","operationName":[]}"#,
             status: .badRequest, responseType: graphQLResponse, responseBody: error("parameter 'operationName' must be a string")),
        Case(name: "unacceptable Accept: 406", accept: "text/html",
             status: .notAcceptable, responseType: json,
             responseBody: error("Accept 'text/html' admits neither application/graphql-response+json nor application/json")),
        Case(name: "GET query: 200", method: .get, uri: "/graphql?query=%7B+me+%7B+org+%7D+%7D", contentType: nil, body: nil,
             status: .ok, responseType: graphQLResponse, responseBody: Harness.executedBody),
        Case(name: "GET without query: 400", method: .get, uri: "/graphql?operationName=Q", contentType: nil, body: nil,
             status: .badRequest, responseType: graphQLResponse, responseBody: error("parameter 'query' is required")),
        Case(name: "GET with variables that are not JSON: 400", method: .get,
             uri: "/graphql?query=%7Bme%7Borg%7D%7D&variables=%7Bx", contentType: nil, body: nil,
             status: .badRequest, responseType: graphQLResponse,
             responseBody: error("parameter 'variables' is not JSON: invalid JSON at byte 1: expected a quoted key")),
        Case(name: "GET with bad percent-encoding: 400", method: .get, uri: "/graphql?query=%zz", contentType: nil, body: nil,
             status: .badRequest, responseType: graphQLResponse,
             responseBody: error("the URL query string is not valid percent-encoding")),
    ]

    @Test(arguments: cases)
    func statusMatrix(_ testCase: Case) async throws {
        let token = try await Harness.directorToken()
        try await Harness.withRouter(service: FixedOutcomeService(testCase.reply)) { client in
            let response = try await client.execute(
                uri: testCase.uri, method: testCase.method,
                headers: Harness.headers(token: token, accept: testCase.accept, contentType: testCase.contentType),
                body: testCase.body.map { ByteBuffer(string: $0) }
            )
            #expect(response.status == testCase.status)
            #expect(response.headers[.contentType] == testCase.responseType)
            #expect(response.text == testCase.responseBody)
        }
    }

    @Test func mutationOverGETIs405WithAllow() async throws {
        let token = try await Harness.directorToken()
        let service = FixedOutcomeService(GraphQLResponse(
            outcome: .mutationNotAllowed,
            errors: [GraphQLError("mutations are only accepted over POST", code: .badUserInput)]
        ))
        try await Harness.withRouter(service: service) { client in
            let response = try await client.execute(
                uri: "/graphql?query=mutation%7Bx%7D", method: .get, headers: Harness.headers(token: token)
            )
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "POST")
            #expect(response.text == Self.error("mutations are only accepted over POST"))
        }
        let calls = await service.calls
        #expect(calls.map(\.allowMutations) == [false])
    }

    @Test func bodyOverTheLimitIs413() async throws {
        let token = try await Harness.directorToken()
        let service = FixedOutcomeService(Harness.executed)
        let body = #"{"query":"{ me { org } }","variables":{"pad":""# + String(repeating: "x", count: 2000) + #""}}"#
        try await Harness.withRouter(service: service, bodyLimit: 1024) { client in
            let response = try await client.execute(
                uri: "/graphql", method: .post,
                headers: Harness.headers(token: token, contentType: "application/json"), body: ByteBuffer(string: body)
            )
            #expect(response.status == .contentTooLarge)
            #expect(response.text == Self.error("request body exceeds the limit of 1024 bytes"))
        }
        #expect(await service.calls.isEmpty)
    }

    @Test func serviceReceivesDecodedParametersAndScope() async throws {
        let scope = AccessScope(orgID: "org-02", role: .manager, regions: ["east"], teams: ["east-t1"])
        let token = try await Harness.authority().issue(scope: scope, lifetime: .seconds(600))
        let service = FixedOutcomeService(Harness.executed)
        try await Harness.withRouter(service: service) { client in
            _ = try await client.execute(
                uri: "/graphql?query=query+Q%28%24n%3AInt%29%7Bme%7Borg%7D%7D&variables=%7B%22n%22%3A1%2C%22s%22%3A%22%E9%94%80%22%7D&operationName=Q",
                method: .get, headers: Harness.headers(token: token)
            )
            _ = try await client.execute(
                uri: "/graphql", method: .post, headers: Harness.headers(token: token, contentType: "application/json"),
                body: ByteBuffer(string: #"{"query":"mutation M { x }","variables":null,"operationName":"M","extensions":{}}"#)
            )
        }
        let calls = await service.calls
        #expect(calls.count == 2)
        #expect(calls.map(\.scope) == [scope, scope])
        #expect(calls.map(\.allowMutations) == [false, true])
        #expect(calls.map(\.request.query) == ["query Q($n:Int){me{org}}", "mutation M { x }"])
        #expect(calls[0].request.variables == .object([("n", .int(1)), ("s", .string("销"))]))
        #expect(calls[1].request.variables == nil)
        #expect(calls.map(\.request.operationName) == ["Q", "M"])
    }
}
