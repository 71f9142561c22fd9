import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import Testing

/// `compare` over HealthFixture: March (631 / 1036 leads on time; gaps 4, 4, 8, 24, 24 h + 1 s;
/// O1 won) against April (P1 1 / 2 and P2 0 / 1 leads; P1 one 2 h gap; nothing closed).
@Suite struct CompareTests {
    typealias Fixture = HealthFixture
    static let march = "{from: \"2026-03-01\", to: \"2026-03-31\"}"
    static let april = "{from: \"2026-04-01\", to: \"2026-04-30\"}"
    static let fields = "key { id } rows { kpi baseline current change relativeChange improved }"

    static func row(_ kpi: String, _ baseline: Double?, _ current: Double?, _ change: Double?, _ relative: Double?, _ improved: Bool?) -> JSONValue {
        func number(_ value: Double?) -> JSONValue { value.map { .double($0) } ?? .null }
        return .object([
            ("kpi", .string(kpi)), ("baseline", number(baseline)), ("current", number(current)), ("change", number(change)),
            ("relativeChange", number(relative)), ("improved", improved.map { .bool($0) } ?? .null),
        ])
    }

    @Test func wholeOrgMarchAgainstApril() async throws {
        let result = try await Fixture.withEngine { run in
            await run("""
                { compare(baseline: \(Self.march), period: \(Self.april), kpis: [LEAD_24H_FOLLOWUP_RATE, PROGRESS_UPDATE_INTERVAL_HOURS, WIN_RATE]) {
                    \(Self.fields) } }
                """, Fixture.director)
        }
        #expect(result.errors == [])
        let lead = 631.0 / 1036.0, gap = (64 + 1.0 / 3600) / 5
        expectClose(result.data?["compare"], .array([.object([("key", .array([])), ("rows", .array([
            // Higher is better and it fell: not improved; relative to |baseline|.
            Self.row("LEAD_24H_FOLLOWUP_RATE", lead, 1.0 / 3.0, 1.0 / 3.0 - lead, (1.0 / 3.0 - lead) / lead, false),
            // Lower is better and it fell from 12.8 h to 2 h: improved.
            Self.row("PROGRESS_UPDATE_INTERVAL_HOURS", gap, 2, 2 - gap, (2 - gap) / gap, true),
            // Nothing closed in April: current null, so change, relativeChange and improved are null.
            Self.row("WIN_RATE", 1, nil, nil, nil, nil),
        ]))])]))
    }

    @Test func byRepWithAZeroBaseline() async throws {
        let result = try await Fixture.withEngine { run in
            await run("""
                { compare(baseline: \(Self.april), period: \(Self.march), groupBy: [REP], kpis: [LEAD_24H_FOLLOWUP_RATE]) { \(Self.fields) } }
                """, Fixture.director)
        }
        #expect(result.errors == [])
        func series(_ rep: String, _ row: JSONValue) -> JSONValue {
            .object([("key", .array([.object([("id", .string(rep))])])), ("rows", .array([row]))])
        }
        let lead = "LEAD_24H_FOLLOWUP_RATE"
        expectClose(result.data?["compare"], .array([
            series("P1", Self.row(lead, 0.5, 0.95, 0.45, 0.9, true)),
            // April 0 / 1 = 0: relativeChange has no base (null), the change and improvement stand.
            series("P2", Self.row(lead, 0, 0.9, 0.9, nil, true)),
            // No April leads: the baseline side is null.
            series("P3", Self.row(lead, nil, 0.6, nil, nil, nil)),
            series("P4", Self.row(lead, nil, 0.599, nil, nil, nil)),
            series("P5", Self.row(lead, nil, 1, nil, nil, nil)),
        ]))
    }

    @Test func timeGrainGroupsOfOnePeriodHaveNullOnTheOtherSide() async throws {
        let result = try await Fixture.withEngine { run in
            await run("""
                { compare(baseline: \(Self.march), period: \(Self.april), groupBy: [MONTH], kpis: [LEAD_24H_FOLLOWUP_RATE]) { \(Self.fields) } }
                """, Fixture.director)
        }
        // The current period's groups first, then those only the baseline has.
        expectClose(result.data?["compare"], .array([
            .object([("key", .array([.object([("id", .string("2026-04"))])])),
                     ("rows", .array([Self.row("LEAD_24H_FOLLOWUP_RATE", nil, 1.0 / 3.0, nil, nil, nil)]))]),
            .object([("key", .array([.object([("id", .string("2026-03"))])])),
                     ("rows", .array([Self.row("LEAD_24H_FOLLOWUP_RATE", 631.0 / 1036.0, nil, nil, nil, nil)]))]),
        ]))
    }

    @Test func negativeBaselinesAndStrictImprovement() {
        // Values are never negative in this warehouse, but the rule is change / |baseline|:
        // -2 → -1 is a change of +1, relative +0.5; better when higher is better, worse when lower is.
        let higher = ComparisonRow(kpi: .collectionOnTimeRate, baseline: -2, current: -1, lowerIsBetter: false)
        #expect(higher.change == 1)
        #expect(higher.relativeChange == 0.5)
        #expect(higher.improved == true)
        let lower = ComparisonRow(kpi: .firstQuoteDays, baseline: -2, current: -1, lowerIsBetter: true)
        #expect(lower.improved == false)
        // Equal is not improved (strict), either way.
        #expect(ComparisonRow(kpi: .firstQuoteDays, baseline: 3, current: 3, lowerIsBetter: true).improved == false)
        #expect(ComparisonRow(kpi: .winRate, baseline: 0.5, current: 0.5, lowerIsBetter: false).improved == false)
        #expect(ComparisonRow(kpi: .winRate, baseline: nil, current: 0.5, lowerIsBetter: false).relativeChange == nil)
    }
}
