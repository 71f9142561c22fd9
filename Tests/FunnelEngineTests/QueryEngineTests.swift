import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import Testing

/// GraphQL in, JSON out, over the hand-made fixture of `FunnelFixture`.
@Suite struct QueryEngineTests {
    func execute(
        _ query: String, variables: JSONValue? = nil, scope: AccessScope = AccessScope(orgID: "A", role: .director)
    ) async throws -> QueryResult {
        try await TestCluster.withDatabase { client, _ in
            try await FunnelFixture.load(client)
            let engine = try EngineFixture.engine(client)
            return await engine.execute(query: query, variables: variables, scope: scope, logger: TestCluster.logger)
        }
    }

    @Test func funnelWithAliasesFragmentsAndDirectives() async throws {
        let result = try await execute("""
            query Funnel($p: PeriodInput!, $withNames: Boolean = false) {
              east: funnel(period: $p, filter: {regions: ["R1"]}) { ...counts }
              all: funnel(period: $p) {
                population
                stages { key name @include(if: $withNames) reached @skip(if: true) }
              }
              __typename
            }
            fragment counts on FunnelSeries { population stages { key reached lostAt } }
            """, variables: .object([("p", .object([("from", .string("2026-03-01")), ("to", .string("2026-03-31"))]))]))
        #expect(result.outcome == .executed)
        #expect(result.errors == [])
        func stage(_ key: String, _ reached: Int, _ lostAt: Int) -> JSONValue {
            .object([("key", .string(key)), ("reached", .int(reached)), ("lostAt", .int(lostAt))])
        }
        func bare(_ key: String) -> JSONValue { .object([("key", .string(key))]) }
        #expect(result.data == .object([
            ("east", .array([.object([
                ("population", .int(3)),
                ("stages", .array([stage("s1", 3, 0), stage("s2", 2, 1), stage("s3", 1, 0), stage("won", 1, 0)])),
            ])])),
            ("all", .array([.object([
                ("population", .int(6)),
                ("stages", .array([bare("s1"), bare("s2"), bare("s3"), bare("won")])),
            ])])),
            ("__typename", .string("Query")),
        ]))
    }

    @Test func groupKeysCarryLabels() async throws {
        let result = try await execute("""
            { funnel(period: {from: "2026-03-01", to: "2026-03-31"}, groupBy: [REGION]) { key { dimension id label } population } }
            """)
        func series(_ id: String, _ label: String, _ population: Int) -> JSONValue {
            .object([
                ("key", .array([.object([("dimension", .string("REGION")), ("id", .string(id)), ("label", .string(label))])])),
                ("population", .int(population)),
            ])
        }
        #expect(result.data == .object([("funnel", .array([series("R1", "华东战区", 3), series("R2", "华南战区", 3)]))]))
    }

    @Test func managerFilteringOutsideScopeIsForbidden() async throws {
        let manager = AccessScope(orgID: "A", role: .manager, regions: ["R2"])
        let result = try await execute("""
            {
              mine: funnel(period: {from: "2026-03-01", to: "2026-03-31"}) { population }
              theirs: funnel(period: {from: "2026-03-01", to: "2026-03-31"}, filter: {regions: ["R1", "R2"], reps: ["P1"]}) { population }
            }
            """, scope: manager)
        #expect(result.outcome == .executed)
        // `funnel` is non-null ([FunnelSeries!]!): its error nulls the whole `data` (spec §6.4.4).
        #expect(result.data == .null)
        #expect(result.errors == [GraphQLError(
            "filter.regions: R1 outside your access scope.", code: .forbidden,
            locations: [.init(line: 3, column: 3)], path: [.field("theirs")]
        )])
    }

    @Test func syntaxErrorsAreRejectedWithTheirPlace() async throws {
        let result = try await execute("{ funnel(period: {from: \"2026-03-01\" to: }) { population } }")
        #expect(result.outcome == .rejected)
        #expect(result.data == nil)
        #expect(result.errors == [GraphQLError(
            "Syntax Error: Unexpected \"}\".", code: .parseFailed, locations: [.init(line: 1, column: 42)]
        )])
    }

    @Test func depthLimit() async throws {
        let deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } } } }"
        let result = try await execute(deep)
        #expect(result.outcome == .rejected)
        #expect(result.errors.map(\.message) == ["Query is nested 16 levels deep; the limit is 15."])
        #expect(result.errors.map(\.code) == [.queryTooComplex])
    }
}
