import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import Testing

/// `health`: values, lines and bands over HealthFixture (numbers worked out in its table).
@Suite struct HealthTests {
    static let march = "period: {from: \"2026-03-01\", to: \"2026-03-31\"}"
    typealias Fixture = HealthFixture

    @Test func bandsExactlyOnEachLineAndJustPastTheAlertLine() async throws {
        let result = try await Fixture.withEngine { run in
            await run("""
                { health(\(Self.march), groupBy: [REP], kpis: [LEAD_24H_FOLLOWUP_RATE, PROGRESS_UPDATE_INTERVAL_HOURS]) {
                    series { key { id } kpis { kpi value band } } } }
                """, Fixture.director)
        }
        #expect(result.errors == [])
        let lead = "LEAD_24H_FOLLOWUP_RATE", gap = "PROGRESS_UPDATE_INTERVAL_HOURS"
        func series(_ rep: String, _ kpis: [JSONValue]) -> JSONValue {
            .object([("key", .array([.object([("id", .string(rep))])])), ("kpis", .array(kpis))])
        }
        expectClose(result.data?["health"]?["series"], .array([
            // Higher is better: 0.95 meets excellent (>=); lower is better: 4 h meets excellent (<=).
            series("P1", [Fixture.banded(lead, 0.95, "EXCELLENT"), Fixture.banded(gap, 4, "EXCELLENT")]),
            // 9 / 10 is exactly the healthy line 0.90; 8 h exactly the healthy line 8.
            series("P2", [Fixture.banded(lead, 0.9, "HEALTHY"), Fixture.banded(gap, 8, "HEALTHY")]),
            // On the alert line is not past it (strict): WATCH on both sides.
            series("P3", [Fixture.banded(lead, 0.6, "WATCH"), Fixture.banded(gap, 24, "WATCH")]),
            // 0.599 < 0.60 and 24 h + 1 s > 24 h: past the alert line.
            series("P4", [Fixture.banded(lead, 0.599, "ALERT"), Fixture.banded(gap, 24 + 1.0 / 3600, "ALERT")]),
            // No progress gap at all: null value, null band (never WATCH or ALERT).
            series("P5", [Fixture.banded(lead, 1, "EXCELLENT"), Fixture.banded(gap, nil, nil)]),
        ]))
    }

    @Test func linesAndSumsAreReportedAndWinRateHasNoBand() async throws {
        let result = try await Fixture.withEngine { run in
            await run("""
                { health(\(Self.march), kpis: [WIN_RATE, LEAD_24H_FOLLOWUP_RATE]) {
                    ignoredFilters series { key { id } kpis { kpi value numerator denominator band alertLine healthyLine excellentLine } } } }
                """, Fixture.director)
        }
        #expect(result.errors == [])
        // March leads: 19 + 9 + 3 + 599 + 1 = 631 on time of 20 + 10 + 5 + 1000 + 1 = 1036: 0.609 is WATCH.
        expectClose(result.data?["health"], .object([
            ("ignoredFilters", .array([])),
            ("series", .array([.object([("key", .array([])), ("kpis", .array([
                .object([
                    ("kpi", .string("WIN_RATE")), ("value", .double(1)), ("numerator", .double(1)), ("denominator", .double(1)),
                    ("band", .null), ("alertLine", .null), ("healthyLine", .null), ("excellentLine", .null),
                ]),
                .object([
                    ("kpi", .string("LEAD_24H_FOLLOWUP_RATE")), ("value", .double(631.0 / 1036.0)),
                    ("numerator", .double(631)), ("denominator", .double(1036)), ("band", .string("WATCH")),
                    ("alertLine", .double(0.6)), ("healthyLine", .double(0.9)), ("excellentLine", .double(0.95)),
                ]),
            ]))])])),
        ]))
    }

    @Test func groupedByMonthAndByRegionAndMonth() async throws {
        let (byMonth, byRegionMonth) = try await Fixture.withEngine { run in
            let period = "period: {from: \"2026-03-01\", to: \"2026-04-30\"}"
            let fields = "series { key { dimension id label } kpis { kpi value band } }"
            return (
                await run("{ health(\(period), groupBy: [MONTH], kpis: [LEAD_24H_FOLLOWUP_RATE]) { \(fields) } }", Fixture.director),
                await run("{ health(\(period), groupBy: [REGION, MONTH], kpis: [LEAD_24H_FOLLOWUP_RATE]) { \(fields) } }", Fixture.director)
            )
        }
        let lead = "LEAD_24H_FOLLOWUP_RATE"
        func key(_ parts: [(String, String, String)]) -> JSONValue {
            .array(parts.map { .object([("dimension", .string($0.0)), ("id", .string($0.1)), ("label", .string($0.2))]) })
        }
        func series(_ key: JSONValue, _ value: Double, _ band: String) -> JSONValue {
            .object([("key", key), ("kpis", .array([Fixture.banded(lead, value, band)]))])
        }
        #expect(byMonth.errors == [])
        // March 631 / 1036 (WATCH); April P1 1 / 2 and P2 0 / 1: 1 / 3, past the alert line.
        expectClose(byMonth.data?["health"]?["series"], .array([
            series(key([("MONTH", "2026-03", "2026-03")]), 631.0 / 1036.0, "WATCH"),
            series(key([("MONTH", "2026-04", "2026-04")]), 1.0 / 3.0, "ALERT"),
        ]))
        #expect(byRegionMonth.errors == [])
        // R1 (P1, P2) March 28 / 30 = 0.933 HEALTHY, April 1 / 3 ALERT; R2 (P3-P5) March
        // 3 + 599 + 1 = 603 of 1006 = 0.5994 ALERT.
        expectClose(byRegionMonth.data?["health"]?["series"], .array([
            series(key([("REGION", "R1", "华东战区"), ("MONTH", "2026-03", "2026-03")]), 28.0 / 30.0, "HEALTHY"),
            series(key([("REGION", "R1", "华东战区"), ("MONTH", "2026-04", "2026-04")]), 1.0 / 3.0, "ALERT"),
            series(key([("REGION", "R2", "华南战区"), ("MONTH", "2026-03", "2026-03")]), 603.0 / 1006.0, "ALERT"),
        ]))
    }

    @Test func ignoredFiltersAreTheUnionOverTheAskedKpis() async throws {
        let (byCity, byProduct) = try await Fixture.withEngine { run in
            (
                await run("""
                    { health(\(Self.march), filter: {cities: ["BJ"]}, kpis: [LEAD_24H_FOLLOWUP_RATE, PROGRESS_UPDATE_INTERVAL_HOURS]) {
                        ignoredFilters series { kpis { kpi value band } } } }
                    """, Fixture.director),
                await run("""
                    { health(\(Self.march), filter: {products: ["X"]}, kpis: [WIN_RATE, LEAD_24H_FOLLOWUP_RATE]) {
                        ignoredFilters series { kpis { kpi value band } } } }
                    """, Fixture.director)
            )
        }
        // Leads carry CITY (every lead is in SH, none in BJ: empty); progress gaps do not: the
        // filter is ignored for them and reported.
        expectClose(byCity.data?["health"], .object([
            ("ignoredFilters", .array([.string("CITY")])),
            ("series", .array([.object([("kpis", .array([
                Fixture.banded("LEAD_24H_FOLLOWUP_RATE", nil, nil),
                // Gaps 4, 4, 8, 24, 24 h + 1 s: 64 h + 1 s over 5.
                Fixture.banded("PROGRESS_UPDATE_INTERVAL_HOURS", (64 + 1.0 / 3600) / 5, "WATCH"),
            ]))])])),
        ]))
        // WIN_RATE carries PRODUCT (O1 has none: empty); leads do not: ignored, reported.
        expectClose(byProduct.data?["health"], .object([
            ("ignoredFilters", .array([.string("PRODUCT")])),
            ("series", .array([.object([("kpis", .array([
                Fixture.banded("WIN_RATE", nil, nil),
                Fixture.banded("LEAD_24H_FOLLOWUP_RATE", 631.0 / 1036.0, "WATCH"),
            ]))])])),
        ]))
    }
}
