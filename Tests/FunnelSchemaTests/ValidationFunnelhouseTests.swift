import FunnelLanguage
import FunnelSchema
import Testing

/// The product's own schema: what dashboards send passes, the usual slips get graphql-js's words.
@Suite struct ValidationFunnelhouseTests {
    private func errors(_ source: String) throws -> [String] {
        Validator.validate(try Parser.parse(Source(source)), against: FunnelhouseSchema.schema).map(\.rendered)
    }

    @Test func dashboardQueriesAreValid() throws {
        #expect(try errors("""
            query Funnel($period: PeriodInput!, $filter: FilterInput, $groupBy: [Dimension!]) {
              funnel(period: $period, filter: $filter, groupBy: $groupBy) {
                key { dimension id label }
                population
                stages { key name position reached conversionRate }
              }
              me { __typename }
              __schema { queryType { name } }
            }
            """) == [])
        #expect(try errors(#"{ funnel(period: {from: "2024-02-29", to: "2024-03-31"}, groupBy: [REGION, MONTH]) { population } }"#) == [])
    }

    @Test func usualSlips() throws {
        #expect(try errors("{ funnel { population } }") == [
            "Field \"funnel\" argument \"period\" of type \"PeriodInput!\" is required, but it was not provided. @ 1:3",
        ])
        #expect(try errors(#"{ funnel(period: {from: "2026-02-29", to: "2026-03-31"}) { population } }"#) == [
            "Expected value of type \"Date!\", found \"2026-02-29\"; Date must be a real calendar date. @ 1:25",
        ])
        #expect(try errors(#"{ funnel(period: {from: "2026-01-01", to: "2026-03-31"}, groupBy: [REGOIN]) { population } }"#) == [
            "Value \"REGOIN\" does not exist in \"Dimension\" enum. Did you mean the enum value \"REGION\"? @ 1:68",
        ])
    }
}
