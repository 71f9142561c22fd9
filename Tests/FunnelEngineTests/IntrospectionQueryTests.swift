import Foundation
import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import PostgresNIO
import Testing

/// The introspection query graphql-core's clients send, with every option on, run through the
/// engine; graphql-core's `build_client_schema` must rebuild exactly the schema
/// `funnelhouse schema` prints. (The `gql` client over HTTPS: ClientCompatibilityTests.)
@Suite struct IntrospectionQueryTests {
    static let director = AccessScope(orgID: "A", role: .director)

    /// Introspection reads no table, so the engine gets a client that is never run.
    func engine() throws -> QueryEngine {
        let client = PostgresClient(configuration: .init(
            host: "localhost", username: "funnelhouse", password: nil, database: nil, tls: .disable
        ))
        return try EngineFixture.engine(client)
    }

    /// With the default limits: GraphiQL and gql send this query unchanged.
    @Test func graphQLCoreRebuildsOurSchemaFromTheIntrospectionResult() async throws {
        let query = try await GraphQLCorePeer.run("query")
        let result = try await engine().execute(
            query: query, scope: Self.director, logger: TestCluster.logger
        )
        #expect(result.outcome == .executed)
        #expect(result.errors == [])
        let response = try GraphQLCorePeer.jsonText(.object([("data", result.data ?? .null)]))
        #expect(try await GraphQLCorePeer.run("client", input: response) == SchemaPrinter.print(FunnelhouseSchema.schema))
    }

    @Test func typeByNameAndTypename() async throws {
        let result = try await engine().execute(query: """
            { __typename kind: __type(name: "Kpi") { kind name enumValues { name } } none: __type(name: "Nope") { name } }
            """, scope: Self.director, logger: TestCluster.logger)
        #expect(result.errors == [])
        #expect(result.data?["__typename"] == .string("Query"))
        #expect(result.data?["none"] == .null)
        guard case .object(let kpi)? = result.data?["kind"], case .array(let values)? = result.data?["kind"]?["enumValues"] else {
            Issue.record("no Kpi type in \(String(describing: result.data))")
            return
        }
        #expect(kpi.map(\.key) == ["kind", "name", "enumValues"])
        #expect(result.data?["kind"]?["kind"] == .string("ENUM"))
        #expect(values.first == .object([("name", .string("PROGRESS_UPDATE_INTERVAL_HOURS"))]))
        #expect(values.count == 13)
    }
}

extension GraphQLCorePeer {
    /// JSON text through Foundation (key order does not matter to graphql-core).
    static func jsonText(_ value: JSONValue) throws -> String {
        func foundation(_ value: JSONValue) -> Any {
            switch value {
            case .null: NSNull()
            case .bool(let bool): bool
            case .int(let int): int
            case .double(let double): double
            case .string(let string): string
            case .array(let items): items.map(foundation)
            case .object(let fields): Dictionary(fields.map { ($0.key, foundation($0.value)) }, uniquingKeysWith: { first, _ in first })
            }
        }
        return String(decoding: try JSONSerialization.data(withJSONObject: foundation(value)), as: UTF8.self)
    }
}
