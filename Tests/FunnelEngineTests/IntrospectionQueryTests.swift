import Foundation
import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import PostgresNIO
import Testing

/// The introspection query graphql-core's clients send (as `gql` with
/// `fetch_schema_from_transport=True` does), run through the engine; graphql-core's
/// `build_client_schema` must rebuild exactly the schema `funnelhouse schema` prints.
@Suite struct IntrospectionQueryTests {
    static let director = AccessScope(orgID: "A", role: .director)

    /// Introspection reads no table, so the engine gets a client that is never run.
    func engine(limits: QueryLimits) throws -> QueryEngine {
        let client = PostgresClient(configuration: .init(
            host: "localhost", username: "funnelhouse", password: nil, database: nil, tls: .disable
        ))
        return QueryEngine(
            planner: try ReportPlanner(sqlDirectory: TestCluster.migrations),
            reader: WarehouseReader(client: client, logger: TestCluster.logger),
            limits: limits
        )
    }

    @Test func graphQLCoreRebuildsOurSchemaFromTheIntrospectionResult() async throws {
        let query = try IntrospectionPeer.run("query")
        // graphql-core's query nests 15 levels (TypeRef's seven `ofType`s).
        let result = try await engine(limits: QueryLimits(maxDepth: 15)).execute(
            query: query, scope: Self.director, logger: TestCluster.logger
        )
        #expect(result.outcome == .executed)
        #expect(result.errors == [])
        let response = try IntrospectionPeer.jsonText(.object([("data", result.data ?? .null)]))
        #expect(try IntrospectionPeer.run("client", input: response) == SchemaPrinter.print(FunnelhouseSchema.schema))
    }

    @Test func standardIntrospectionQueryPassesTheDefaultLimits() async throws {
        let query = try IntrospectionPeer.run("query")
        let result = try await engine(limits: QueryLimits()).execute(query: query, scope: Self.director, logger: TestCluster.logger)
        #expect(result.errors == [])
        #expect(result.outcome == .executed)
    }

    @Test func typeByNameAndTypename() async throws {
        let result = try await engine(limits: QueryLimits()).execute(query: """
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

/// graphql-core 3.2.8 (Tests/python/graphql_core_peer.py) as a separate process.
enum IntrospectionPeer {
    struct Failure: Error, CustomStringConvertible {
        let status: Int32
        let stderr: String
        var description: String { "graphql_core_peer.py exited \(status): \(stderr)" }
    }

    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("python/graphql_core_peer.py")

    static func run(_ command: String, input: String? = nil) throws -> String {
        var arguments = ["python3", script.path, command]
        var inputFile: URL?
        if let input {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("peer-\(UUID().uuidString).json")
            try Data(input.utf8).write(to: file)
            arguments.append(file.path)
            inputFile = file
        }
        defer { inputFile.map { try? FileManager.default.removeItem(at: $0) } }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(status: process.terminationStatus, stderr: String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: output, as: UTF8.self)
    }

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
