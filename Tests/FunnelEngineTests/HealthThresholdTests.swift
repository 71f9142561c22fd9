import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import PostgresNIO
import Testing

/// The org's own lines: `setKpiThresholds` / `resetKpiThresholds` (admin only), seen by health.
@Suite struct HealthThresholdTests {
    typealias Fixture = HealthFixture
    static let leadBands = """
        { health(period: {from: "2026-03-01", to: "2026-03-31"}, groupBy: [REP], kpis: [LEAD_24H_FOLLOWUP_RATE]) {
            series { kpis { band alertLine healthyLine excellentLine } } } }
        """

    @Test func anAdminsLinesAreStoredAndHealthBandsByThemAtOnce() async throws {
        let (set, health) = try await Fixture.withEngine { run in
            let set = await run("""
                mutation { setKpiThresholds(kpi: LEAD_24H_FOLLOWUP_RATE, alertLine: 0.5, healthyLine: 0.6, excellentLine: 0.9) {
                    kpi label lowerIsBetter alertLine healthyLine excellentLine customized } }
                """, Fixture.admin)
            return (set, await run(Self.leadBands, Fixture.director))
        }
        #expect(set.errors == [])
        #expect(set.data?["setKpiThresholds"] == .object([
            ("kpi", .string("LEAD_24H_FOLLOWUP_RATE")), ("label", .string("线索24小时跟进率")), ("lowerIsBetter", .bool(false)),
            ("alertLine", .double(0.5)), ("healthyLine", .double(0.6)), ("excellentLine", .double(0.9)), ("customized", .bool(true)),
        ]))
        // New lines 0.5 / 0.6 / 0.9: P1 0.95 and P2 0.90 (exactly on the new excellent line)
        // EXCELLENT, P3 0.60 HEALTHY, P4 0.599 WATCH (not below 0.5), P5 1.0 EXCELLENT.
        let lines: [(String, JSONValue)] = [("alertLine", .double(0.5)), ("healthyLine", .double(0.6)), ("excellentLine", .double(0.9))]
        func row(_ band: String) -> JSONValue { .object([("kpis", .array([.object([("band", .string(band))] + lines)]))]) }
        #expect(health.data?["health"]?["series"] == .array([
            row("EXCELLENT"), row("EXCELLENT"), row("HEALTHY"), row("WATCH"), row("EXCELLENT"),
        ]))
    }

    @Test func anOmittedLineKeepsItsValueAndResetRestoresTheDefaults() async throws {
        let (set, reset, health) = try await Fixture.withEngine { run in
            // Lower is better: only the excellent line moves, 4 h → 3 h.
            let set = await run("""
                mutation { setKpiThresholds(kpi: PROGRESS_UPDATE_INTERVAL_HOURS, excellentLine: 3) {
                    lowerIsBetter alertLine healthyLine excellentLine customized } }
                """, Fixture.admin)
            let reset = await run("""
                mutation { resetKpiThresholds(kpi: PROGRESS_UPDATE_INTERVAL_HOURS) { alertLine healthyLine excellentLine customized } }
                """, Fixture.admin)
            return (set, reset, await run("""
                { health(period: {from: "2026-03-01", to: "2026-03-31"}, groupBy: [REP], kpis: [PROGRESS_UPDATE_INTERVAL_HOURS]) {
                    series { kpis { band } } } }
                """, Fixture.director))
        }
        #expect(set.data?["setKpiThresholds"] == .object([
            ("lowerIsBetter", .bool(true)), ("alertLine", .double(24)), ("healthyLine", .double(8)),
            ("excellentLine", .double(3)), ("customized", .bool(true)),
        ]))
        #expect(reset.data?["resetKpiThresholds"] == .object([
            ("alertLine", .double(24)), ("healthyLine", .double(8)), ("excellentLine", .double(4)), ("customized", .bool(false)),
        ]))
        // Back on the defaults: P1's 4 h is EXCELLENT again (with 3 h it would be HEALTHY).
        #expect(health.data?["health"]?["series"]?[0] == .object([("kpis", .array([.object([("band", .string("EXCELLENT"))])]))]))
    }

    /// Two admins change one KPI at once: each checked its new lines against what it read, so
    /// the later write must not land on top of the earlier one.
    @Test func aWriteBasedOnLinesChangedMeanwhileWritesNothing() async throws {
        try await TestCluster.withDatabase { client, _ in
            try await FunnelFixture.load(client, Fixture.sql)
            let planner = try ReportPlanner(sqlDirectory: TestCluster.migrations)
            let reader = WarehouseReader(client: client, logger: TestCluster.logger)
            func written(_ query: SQLQuery) async throws -> Int {
                var count = 0
                for try await _ in try await reader.rows(query) { count += 1 }
                return count
            }
            let defaults = KpiLines(alert: 0.6, healthy: 0.9, excellent: 0.95)
            let first = KpiLines(alert: 0.5, healthy: 0.6, excellent: 0.9)
            let second = KpiLines(alert: 0.7, healthy: 0.92, excellent: 0.96)
            let org = Fixture.admin.orgID
            // Both admins read the defaults; the first writes.
            #expect(try await written(planner.setKpiThresholds(
                .lead24hFollowupRate, lines: first, replacing: defaults, customized: false, orgID: org)) == 1)
            // The second, still believing the defaults are in effect, writes nothing.
            #expect(try await written(planner.setKpiThresholds(
                .lead24hFollowupRate, lines: second, replacing: defaults, customized: false, orgID: org)) == 0)
            #expect(try await written(planner.setKpiThresholds(
                .lead24hFollowupRate, lines: second, replacing: defaults, customized: true, orgID: org)) == 0)
            #expect(try await TestCluster.strings(client, """
                SELECT alert_line || '/' || healthy_line || '/' || excellent_line FROM warehouse.org_kpi_thresholds
                WHERE kpi = 'LEAD_24H_FOLLOWUP_RATE'
                """) == ["0.5/0.6/0.9"])
            // Read again, the second admin's change goes through.
            #expect(try await written(planner.setKpiThresholds(
                .lead24hFollowupRate, lines: second, replacing: first, customized: true, orgID: org)) == 1)
        }
    }

    @Test func mutationsOfOneDocumentRunInOrder() async throws {
        let result = try await Fixture.withEngine { run in
            await run("""
                mutation {
                  a: setKpiThresholds(kpi: FIRST_QUOTE_DAYS, healthyLine: 3) { healthyLine customized }
                  b: resetKpiThresholds(kpi: FIRST_QUOTE_DAYS) { healthyLine customized }
                  c: setKpiThresholds(kpi: FIRST_QUOTE_DAYS, healthyLine: 2.5) { healthyLine customized }
                }
                """, Fixture.admin)
        }
        #expect(result.errors == [])
        #expect(result.data == .object([
            ("a", .object([("healthyLine", .double(3)), ("customized", .bool(true))])),
            ("b", .object([("healthyLine", .double(3.5)), ("customized", .bool(false))])),
            ("c", .object([("healthyLine", .double(2.5)), ("customized", .bool(true))])),
        ]))
    }

    @Test func onlyAnAdminChangesSettings() async throws {
        let (director, manager, health) = try await Fixture.withEngine { run in
            let mutation = "mutation { setKpiThresholds(kpi: LEAD_24H_FOLLOWUP_RATE, healthyLine: 0.5) { healthyLine } }"
            return (
                await run(mutation, Fixture.director),
                await run(mutation, AccessScope(orgID: "H", role: .manager, regions: ["R1"])),
                await run(Self.leadBands, Fixture.director)
            )
        }
        for result in [director, manager] {
            #expect(result.errors.map(\.code) == [.forbidden])
            #expect(result.errors.map(\.message) == ["Only an admin token may change the org's KPI thresholds."])
            #expect(result.data == .null)
        }
        // Nothing was written: P2's 0.90 is still HEALTHY on the default lines.
        #expect(health.data?["health"]?["series"]?[1]?["kpis"]?[0]?["band"] == .string("HEALTHY"))
        #expect(health.data?["health"]?["series"]?[1]?["kpis"]?[0]?["healthyLine"] == .double(0.9))
    }

    @Test func linesOutOfTheKpisOrderAreRefusedNamingTheArgument() async throws {
        let messages = try await Fixture.withEngine { run in
            var messages: [[String]] = []
            for arguments in [
                // Higher is better: healthy above the default excellent 0.95.
                "kpi: LEAD_24H_FOLLOWUP_RATE, healthyLine: 0.99",
                // Lower is better: an alert line below the healthy line 8 h.
                "kpi: PROGRESS_UPDATE_INTERVAL_HOURS, alertLine: 3",
                "kpi: LEAD_24H_FOLLOWUP_RATE, excellentLine: 95",
                "kpi: FIRST_QUOTE_DAYS, alertLine: -1",
                "kpi: WIN_RATE, alertLine: 0.2",
                "kpi: COLLECTION_ON_TIME_RATE",
            ] {
                let result = await run("mutation { setKpiThresholds(\(arguments)) { kpi } }", Fixture.admin)
                #expect(result.errors.map(\.code) == [.badUserInput])
                messages.append(result.errors.map(\.message))
            }
            return messages
        }
        #expect(messages == [
            ["healthyLine (0.99) must be at most excellentLine (0.95): higher is better for LEAD_24H_FOLLOWUP_RATE."],
            ["alertLine (3.0) must be at least healthyLine (8.0): lower is better for PROGRESS_UPDATE_INTERVAL_HOURS."],
            ["excellentLine: 95.0 is not a rate; rates lie between 0 and 1 (0.9 for 90%)."],
            ["alertLine: -1.0 is negative; lines are rates, hours or days."],
            ["kpi: WIN_RATE has no lines; it is listed without a band."],
            ["setKpiThresholds needs at least one of alertLine, healthyLine, excellentLine."],
        ])
    }

    @Test func getRequestsMayNotRunTheMutation() async throws {
        // The transport passes allowMutations: false for GET.
        let result = try await TestCluster.withDatabase { client, _ in
            let engine = try EngineFixture.engine(client)
            return await engine.execute(
                query: "mutation { resetKpiThresholds(kpi: LEAD_24H_FOLLOWUP_RATE) { kpi } }", scope: Fixture.admin,
                allowMutations: false, logger: TestCluster.logger
            )
        }
        #expect(result.outcome == .mutationNotAllowed)
        #expect(result.data == nil)
    }
}
