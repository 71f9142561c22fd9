import FunnelEngine
import Foundation
import FunnelExport
import FunnelPlanner
import FunnelSchema
import FunnelServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging

/// Stands for the query engine: answers every request with a fixed response and remembers
/// what it was asked. (Not a database stand-in: the engine is the coordinator's, behind the protocol.)
actor FixedOutcomeService: GraphQLService {
    struct Call: Sendable {
        let request: GraphQLRequest
        let scope: AccessScope
        let allowMutations: Bool
    }

    let reply: GraphQLResponse
    private(set) var calls: [Call] = []

    init(_ reply: GraphQLResponse) {
        self.reply = reply
    }

    func execute(_ request: GraphQLRequest, scope: AccessScope, allowMutations: Bool) async -> GraphQLResponse {
        calls.append(Call(request: request, scope: scope, allowMutations: allowMutations))
        return reply
    }
}

struct FixedReadiness: ReadinessProbe {
    let reasons: [String]
    func problems(logger: Logger) async -> [String] { reasons }
}

enum Harness {
    static let key = SigningKey.random()
    static let directorScope = AccessScope(orgID: "org-01", role: .director)

    static let executed = GraphQLResponse(
        outcome: .executed, data: .object([("me", .object([("org", .string("org-01")), ("role", .string("DIRECTOR"))]))])
    )
    static let executedBody = #"{"data":{"me":{"org":"org-01","role":"DIRECTOR"}}}"#
    static let rejected = GraphQLResponse(
        outcome: .rejected,
        errors: [GraphQLError("Syntax Error: Expected Name, found <EOF>.", code: .parseFailed, locations: [.init(line: 1, column: 2)])]
    )
    static let rejectedBody = #"{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":2}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}"#

    static func authority() async -> TokenAuthority {
        await TokenAuthority(key: key)
    }

    static func directorToken() async throws -> String {
        try await authority().issue(scope: directorScope, lifetime: .seconds(3600))
    }

    /// The real router (every middleware) in Hummingbird's in-process test client.
    static func withRouter<T: Sendable>(
        service: any GraphQLService = FixedOutcomeService(executed),
        readiness: any ReadinessProbe = FixedReadiness(reasons: []),
        bodyLimit: Int = GraphQLEndpoint.defaultBodyLimit,
        requestsPerMinute: Int? = TokenRateLimit.defaultRequestsPerMinute,
        exporter: Exporter? = nil,
        _ body: @Sendable @escaping (any TestClientProtocol) async throws -> T
    ) async throws -> T {
        let router = FunnelServer.router(
            service: service, authority: await authority(), readiness: readiness, bodyLimit: bodyLimit,
            requestsPerMinute: requestsPerMinute, exporter: exporter
        )
        return try await Application(router: router).test(.router, body)
    }

    static func headers(token: String?, accept: String? = nil, contentType: String? = nil) -> HTTPFields {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        if let accept { headers[.accept] = accept }
        if let contentType { headers[.contentType] = contentType }
        return headers
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
