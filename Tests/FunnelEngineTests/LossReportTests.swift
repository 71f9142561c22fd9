import FunnelEngine
import FunnelPlanner
import FunnelSchema
import FunnelTestSupport
import FunnelWarehouse
import PostgresNIO
import Testing

/// `lossReasons`, `lossDrivers` and `lossClusters` on a hand-made org (Asia/Shanghai), numbers
/// worked out by hand from metrics.md "Lost-deal analysis".
///
/// Forty deals closed in March 2026, L01–L40 (i = 1…40), customer C1 (上海, 医院, large) for all:
///
/// | i      | rep (team, region)   | status | product | reason     | amount        | other            |
/// |--------|----------------------|--------|---------|------------|---------------|------------------|
/// | 1–10   | P1 (T1, R1 华东战区) | lost   | X       | PRICE      | i·1000, 1 NULL| competitor, s2   |
/// | 11–15  | P1                   | lost   | X       | COMPETITOR | i·1000        |                  |
/// | 16–19  | P1                   | won    | X       |            | i·1000        |                  |
/// | 20     | P1                   | won    | Y       |            | i·1000        |                  |
/// | 21–25  | P2 (T2, R2 华南战区) | lost   | Y       | PRICE      | i·1000, 21 NULL |                |
/// | 26–30  | P2                   | lost   | Y       | BUDGET     | i·1000        |                  |
/// | 31–40  | P2                   | won    | Y       |            | i·1000        |                  |
///
/// Both reps were hired in 2020 (TENURE_BAND GT_3Y), no deal has a channel. L01–L10 stayed in
/// s2 方案比价 (lost there); the others have no stay (lost at s1 需求诊断). Outside March: L41
/// lost 04-01 00:30 local, L42 won 02-28 23:59 local; L43 is open.
@Suite struct LossReportTests {
    static let fixture = """
        INSERT INTO warehouse.orgs (org_id, name, industry, timezone) VALUES ('L', '乙公司', '医疗器械', 'Asia/Shanghai');
        INSERT INTO warehouse.regions VALUES ('L', 'R1', '华东战区'), ('L', 'R2', '华南战区');
        INSERT INTO warehouse.cities VALUES ('L', 'SH', 'R1', '上海');
        INSERT INTO warehouse.teams VALUES ('L', 'T1', 'R1', '华东一组'), ('L', 'T2', 'R2', '华南一组');
        INSERT INTO warehouse.reps VALUES ('L', 'P1', 'T1', '张伟', 'rep', '2020-01-01', NULL),
                                          ('L', 'P2', 'T2', '李娜', 'rep', '2020-01-01', NULL);
        INSERT INTO warehouse.customers VALUES ('L', 'C1', '上海中心医院', '医院', 'large', 'SH');
        INSERT INTO warehouse.products VALUES ('L', 'X', '64排CT', '影像'), ('L', 'Y', '监护仪', '监护');
        INSERT INTO warehouse.pipelines VALUES ('L', 'main', '主流程');
        INSERT INTO warehouse.stages (org_id, pipeline_id, stage_key, name, position, kind) VALUES
            ('L', 'main', 's1', '需求诊断', 1, 'open'), ('L', 'main', 's2', '方案比价', 2, 'open'),
            ('L', 'main', 'won', '赢单', 3, 'won'), ('L', 'main', 'lost', '输单', 4, 'lost');
        INSERT INTO warehouse.loss_reasons VALUES ('L', 'PRICE', '价格过高'), ('L', 'COMPETITOR', '竞品替代'), ('L', 'BUDGET', '预算取消');
        INSERT INTO warehouse.opportunities (org_id, opportunity_id, pipeline_id, customer_id, rep_id, created_at, status,
                                             product_id, amount, closed_at, loss_reason_code, competitor)
        SELECT 'L', 'L' || lpad(i::text, 2, '0'), 'main', 'C1', CASE WHEN i <= 20 THEN 'P1' ELSE 'P2' END,
               '2026-02-01T10:00+08', CASE WHEN i <= 15 OR i BETWEEN 21 AND 30 THEN 'lost' ELSE 'won' END,
               CASE WHEN i <= 19 THEN 'X' ELSE 'Y' END, CASE WHEN i IN (1, 21) THEN NULL ELSE i * 1000 END,
               '2026-03-01T10:00+08'::timestamptz + i * interval '1 hour',
               CASE WHEN i <= 10 OR i BETWEEN 21 AND 25 THEN 'PRICE' WHEN i <= 15 THEN 'COMPETITOR' WHEN i BETWEEN 26 AND 30 THEN 'BUDGET' END,
               CASE WHEN i <= 10 THEN 'GE医疗' END
        FROM generate_series(1, 40) AS i;
        INSERT INTO warehouse.opportunities (org_id, opportunity_id, pipeline_id, customer_id, rep_id, created_at, status,
                                             product_id, amount, closed_at, loss_reason_code) VALUES
            ('L', 'L41', 'main', 'C1', 'P1', '2026-02-01T10:00+08', 'lost', 'X', 5000, '2026-04-01T00:30+08', 'PRICE'),
            ('L', 'L42', 'main', 'C1', 'P2', '2026-02-01T10:00+08', 'won',  'Y', 5000, '2026-02-28T23:59+08', NULL),
            ('L', 'L43', 'main', 'C1', 'P2', '2026-02-01T10:00+08', 'open', 'Y', 5000, NULL, NULL);
        INSERT INTO warehouse.stage_history (org_id, opportunity_id, seq, stage_key, entered_at, exited_at)
        SELECT 'L', 'L' || lpad(i::text, 2, '0'), 1, 's2', '2026-02-01T10:00+08', '2026-03-01T10:00+08'::timestamptz + i * interval '1 hour'
        FROM generate_series(1, 10) AS i;
        """

    static let march = "period: {from: \"2026-03-01\", to: \"2026-03-31\"}"

    /// Runs each query against one freshly loaded warehouse, with the same engine (and cache).
    func run(_ queries: [String], scope: AccessScope = AccessScope(orgID: "L", role: .director)) async throws -> [QueryResult] {
        try await EngineFixture.results(queries, fixture: Self.fixture, scope: scope)
    }

    static func cell(_ code: String, _ name: String, _ count: Int, _ amount: Double, _ share: Double) -> JSONValue {
        .object([("code", .string(code)), ("name", .string(name)), ("count", .int(count)), ("amount", .double(amount)), ("share", .double(share))])
    }

    static func series(_ key: [(String, String)], _ lostCount: Int, _ lostAmount: Double, _ reasons: [JSONValue]) -> JSONValue {
        .object([
            ("key", .array(key.map { .object([("id", .string($0.0)), ("label", .string($0.1))]) })),
            ("lostCount", .int(lostCount)), ("lostAmount", .double(lostAmount)), ("reasons", .array(reasons)),
        ])
    }

    static let reasonFields = "{ key { id label } lostCount lostAmount reasons { code name count amount share } }"

    @Test func lossReasonsWithNullAmountsSharesAndGroups() async throws {
        let results = try await run([
            "{ lossReasons(\(Self.march)) \(Self.reasonFields) }",
            "{ lossReasons(\(Self.march), groupBy: [REGION]) \(Self.reasonFields) }",
            "{ lossReasons(period: {from: \"2025-01-01\", to: \"2025-12-31\"}) \(Self.reasonFields) }",
        ])
        #expect(results.flatMap(\.errors) == [])
        // 25 lost in March (L41 closes on 1 April local). L01 and L21 have no amount: 0.
        // PRICE: 2+…+10 and 22+…+25 thousand = 54000 + 94000; COMPETITOR 11+…+15 = 65000;
        // BUDGET 26+…+30 = 140000. BUDGET before COMPETITOR: same count, larger amount.
        #expect(results[0].data?["lossReasons"] == .array([Self.series([], 25, 353_000, [
            Self.cell("PRICE", "价格过高", 15, 148_000, 0.6),
            Self.cell("BUDGET", "预算取消", 5, 140_000, 0.2),
            Self.cell("COMPETITOR", "竞品替代", 5, 65_000, 0.2),
        ])]))
        // Shares of each region's own lost count.
        #expect(results[1].data?["lossReasons"] == .array([
            Self.series([("R1", "华东战区")], 15, 119_000, [
                Self.cell("PRICE", "价格过高", 10, 54_000, 10.0 / 15.0),
                Self.cell("COMPETITOR", "竞品替代", 5, 65_000, 5.0 / 15.0),
            ]),
            Self.series([("R2", "华南战区")], 10, 234_000, [
                Self.cell("BUDGET", "预算取消", 5, 140_000, 0.5),
                Self.cell("PRICE", "价格过高", 5, 94_000, 0.5),
            ]),
        ]))
        // Without groupBy there is always one series, even with nothing lost.
        #expect(results[2].data?["lossReasons"] == .array([Self.series([], 0, 0, [])]))
    }

    @Test func lossReasonsStayInsideTheCallersScope() async throws {
        let manager = try await run(["{ lossReasons(\(Self.march)) \(Self.reasonFields) }"],
                                    scope: AccessScope(orgID: "L", role: .manager, regions: ["R2"]))
        #expect(manager[0].data?["lossReasons"] == .array([Self.series([], 10, 234_000, [
            Self.cell("BUDGET", "预算取消", 5, 140_000, 0.5),
            Self.cell("PRICE", "价格过高", 5, 94_000, 0.5),
        ])]))
        let rep = try await run([
            "{ lossReasons(\(Self.march)) { lostCount } }",
            "{ lossReasons(\(Self.march), filter: {reps: [\"P2\"]}) { lostCount } }",
        ], scope: AccessScope(orgID: "L", role: .rep, rep: "P1"))
        #expect(rep[0].data?["lossReasons"] == .array([.object([("lostCount", .int(15))])]))
        #expect(rep[1].errors.map(\.code) == [.forbidden])
        // Another org's token sees nothing of org L.
        let stranger = try await run(["{ lossReasons(\(Self.march)) { lostCount } }"], scope: AccessScope(orgID: "Z", role: .director))
        #expect(stranger[0].data?["lossReasons"] == .array([.object([("lostCount", .int(0))])]))
    }

    struct Driver: Equatable, CustomStringConvertible {
        let dimension: String, id: String, closed: Int, lost: Int
        let lift: Double?, lossRate: Double?, chiSquare: Double?, pValue: Double?

        func isClose(to other: Driver) -> Bool {
            func near(_ x: Double?, _ y: Double?) -> Bool { x == nil ? y == nil : y != nil && abs(x! - y!) < 1e-9 }
            return (dimension, id, closed, lost) == (other.dimension, other.id, other.closed, other.lost)
                && near(lift, other.lift) && near(lossRate, other.lossRate) && near(chiSquare, other.chiSquare) && near(pValue, other.pValue)
        }

        var description: String { "\(dimension) \(id) \(closed)/\(lost) lift \(String(describing: lift)) chi² \(String(describing: chiSquare))" }
    }

    static func drivers(_ value: JSONValue?) -> [Driver] {
        guard case .array(let items)? = value else { return [] }
        func number(_ value: JSONValue?) -> Double? {
            switch value {
            case .double(let x)?: x
            case .int(let x)?: Double(x)
            default: nil
            }
        }
        return items.map { item in
            var closed = 0, lost = 0
            if case .int(let value)? = item["closed"] { closed = value }
            if case .int(let value)? = item["lost"] { lost = value }
            var dimension = "", id = ""
            if case .string(let value)? = item["dimension"] { dimension = value }
            if case .string(let value)? = item["id"] { id = value }
            return Driver(dimension: dimension, id: id, closed: closed, lost: lost, lift: number(item["lift"]),
                          lossRate: number(item["lossRate"]), chiSquare: number(item["chiSquare"]), pValue: number(item["pValue"]))
        }
    }

    static let driverFields = "{ key { id } closed lost drivers { dimension id label closed lost lift lossRate chiSquare pValue } }"

    @Test func lossDriversByHand() async throws {
        let results = try await run([
            "{ lossDrivers(\(Self.march)) \(Self.driverFields) }",
            "{ lossDrivers(\(Self.march), groupBy: [REGION]) \(Self.driverFields) }",
        ])
        #expect(results.flatMap(\.errors) == [])
        guard case .array(let whole)? = results[0].data?["lossDrivers"], whole.count == 1 else { Issue.record("one series"); return }
        #expect(whole[0]["closed"] == .int(40) && whole[0]["lost"] == .int(25))
        // 40 closed, 25 lost. R1 (= T1 = P1): a = 15 lost, b = 5 won; the rest c = 10, d = 10:
        // chi² = 40·(150 − 50)² / (20·20·25·15) = 8/3, p = erfc(√(4/3)) = 0.10247043485974947,
        // lift (15/25)/(20/40) = 1.2. R2 (= T2 = P2) is the same table mirrored: lift 0.8.
        // Product X has 19 closed deals (left out); Y has 21: a = 10, b = 11, c = 15, d = 4:
        // chi² = 40·(40 − 165)² / (21·19·25·15) = 625000/149625 = 4.177109440267335,
        // p = erfc(√(chi²/2)) = 0.0409735…, lift (10/25)/(21/40) = 0.76190….
        // CITY, INDUSTRY, CUSTOMER_SIZE, TENURE_BAND: one value on all 40 deals, a zero margin:
        // chi² and p null, lift 1. No channel: NULL values are skipped.
        let chi = 8.0 / 3.0, p = 0.10247043485974947
        let chiY = 625_000.0 / 149_625.0, pY = 0.040973526775564977
        let expected = [
            Driver(dimension: "REGION", id: "R1", closed: 20, lost: 15, lift: 1.2, lossRate: 0.75, chiSquare: chi, pValue: p),
            Driver(dimension: "TEAM", id: "T1", closed: 20, lost: 15, lift: 1.2, lossRate: 0.75, chiSquare: chi, pValue: p),
            Driver(dimension: "REP", id: "P1", closed: 20, lost: 15, lift: 1.2, lossRate: 0.75, chiSquare: chi, pValue: p),
            Driver(dimension: "CITY", id: "SH", closed: 40, lost: 25, lift: 1, lossRate: 0.625, chiSquare: nil, pValue: nil),
            Driver(dimension: "INDUSTRY", id: "医院", closed: 40, lost: 25, lift: 1, lossRate: 0.625, chiSquare: nil, pValue: nil),
            Driver(dimension: "CUSTOMER_SIZE", id: "large", closed: 40, lost: 25, lift: 1, lossRate: 0.625, chiSquare: nil, pValue: nil),
            Driver(dimension: "TENURE_BAND", id: "GT_3Y", closed: 40, lost: 25, lift: 1, lossRate: 0.625, chiSquare: nil, pValue: nil),
            Driver(dimension: "REGION", id: "R2", closed: 20, lost: 10, lift: 0.8, lossRate: 0.5, chiSquare: chi, pValue: p),
            Driver(dimension: "TEAM", id: "T2", closed: 20, lost: 10, lift: 0.8, lossRate: 0.5, chiSquare: chi, pValue: p),
            Driver(dimension: "REP", id: "P2", closed: 20, lost: 10, lift: 0.8, lossRate: 0.5, chiSquare: chi, pValue: p),
            Driver(dimension: "PRODUCT", id: "Y", closed: 21, lost: 10, lift: 400.0 / 525.0, lossRate: 10.0 / 21.0, chiSquare: chiY, pValue: pY),
        ]
        let actual = Self.drivers(whole[0]["drivers"])
        #expect(actual.count == expected.count && zip(actual, expected).allSatisfy { $0.isClose(to: $1) }, "\(actual)")
        guard case .array(let labels)? = whole[0]["drivers"] else { return }
        #expect(labels.prefix(1).map { $0["label"] } == [.string("华东战区")])
        #expect(labels[5]["label"] == .string("大型"))

        // Inside R1 (20 closed, 15 lost) every value covers all 20 deals (zero margins), and the
        // products split 19 X / 1 Y: neither reaches 20.
        guard case .array(let byRegion)? = results[1].data?["lossDrivers"], byRegion.count == 2 else { Issue.record("two series"); return }
        #expect(byRegion[0]["closed"] == .int(20) && byRegion[0]["lost"] == .int(15))
        #expect(Self.drivers(byRegion[0]["drivers"]).map { "\($0.dimension) \($0.id) \($0.closed)" } == [
            "REGION R1 20", "CITY SH 20", "TEAM T1 20", "REP P1 20", "INDUSTRY 医院 20", "CUSTOMER_SIZE large 20", "TENURE_BAND GT_3Y 20",
        ])
        #expect(Self.drivers(byRegion[0]["drivers"]).allSatisfy { $0.lift == 1 && $0.chiSquare == nil })
        // Inside R2 product Y has all 20.
        #expect(Self.drivers(byRegion[1]["drivers"]).contains { $0.dimension == "PRODUCT" && $0.id == "Y" && $0.closed == 20 })
    }

    @Test func lossClustersAreCachedUntilTheNextRefresh() async throws {
        let counts = try await TestCluster.withDatabase { client, _ in
            try await FunnelFixture.load(client, Self.fixture)
            let engine = try EngineFixture.engine(client)
            let scope = AccessScope(orgID: "L", role: .director)
            func lostCount() async -> JSONValue? {
                await engine.execute(query: "{ lossClusters(\(Self.march)) { lostCount } }", scope: scope, logger: TestCluster.logger)
                    .data?["lossClusters"]?["lostCount"]
            }
            var counts = [await lostCount()]
            // A 26th lost deal reaches the view, but no refresh is recorded: the cached answer stays.
            try await client.query("""
                INSERT INTO warehouse.opportunities (org_id, opportunity_id, pipeline_id, customer_id, rep_id, created_at, status, closed_at, loss_reason_code)
                VALUES ('L', 'L44', 'main', 'C1', 'P1', '2026-02-01T10:00+08', 'lost', '2026-03-20T10:00+08', 'PRICE')
                """, logger: TestCluster.logger)
            try await client.query("REFRESH MATERIALIZED VIEW reporting.opportunity_facts", logger: TestCluster.logger)
            counts.append(await lostCount())
            // A recorded refresh makes the cached answer stale.
            _ = try await ViewRefresher(client: client, logger: TestCluster.logger).refresh()
            counts.append(await lostCount())
            return counts
        }
        #expect(counts == [.int(25), .int(25), .int(26)])
    }

    @Test func theCacheIsBoundedAndForgetsOlderRefreshes() async {
        let cache = LossClusterCache(capacity: 2)
        let report = LossClusterReport(profiles: [], labels: [:], k: nil)
        let scope = AccessScope(orgID: "L", role: .director)
        func key(_ refresh: String, _ from: String) -> LossClusterCache.Key {
            .init(refreshedAt: refresh, scope: scope, request: LossClusterRequest(period: ReportPeriod(from: from, to: "2026-03-31")))
        }
        await cache.store(report, for: key("r1", "2026-03-01"))
        await cache.store(report, for: key("r1", "2026-03-02"))
        await cache.store(report, for: key("r1", "2026-03-03"))
        // Two entries at most: the oldest went first.
        #expect(await cache.count == 2)
        #expect(await cache.report(for: key("r1", "2026-03-01")) == nil)
        #expect(await cache.report(for: key("r1", "2026-03-03")) == report)
        // Another scope is another entry.
        let manager = LossClusterCache.Key(
            refreshedAt: "r1", scope: AccessScope(orgID: "L", role: .manager, regions: ["R1"]),
            request: LossClusterRequest(period: ReportPeriod(from: "2026-03-03", to: "2026-03-31"))
        )
        #expect(await cache.report(for: manager) == nil)
        // A newer refresh drops everything keyed on the older one.
        await cache.store(report, for: key("r2", "2026-03-01"))
        #expect(await cache.count == 1)
        #expect(await cache.report(for: key("r1", "2026-03-03")) == nil)
    }

    static let clusterFields = """
        { k silhouette lostCount clusters { id size share amountShare dominantReason dominantReasonName
          traits { attribute value label support lift } sampleOpportunityIds } }
        """

    @Test func lossClustersOnFourDistinctProfiles() async throws {
        // The 25 lost deals have four distinct profiles: L01–L10 (PRICE, s2, R1, X, competitor),
        // L11–L15 (COMPETITOR, s1, R1, X), L21–L25 (PRICE, s1, R2, Y), L26–L30 (BUDGET, s1, R2, Y).
        // k = 4 puts each profile in its own cluster: every deal is 0 from its own and more
        // than 0 from the others, silhouette 1. Fewer clusters merge different profiles (< 1).
        let results = try await run([
            "{ lossClusters(\(Self.march), k: 4) \(Self.clusterFields) }",
            "{ lossClusters(\(Self.march)) \(Self.clusterFields) }",
            "{ lossClusters(\(Self.march)) \(Self.clusterFields) }",
            "{ lossClusters(\(Self.march), k: 1) { k } }",
            "{ lossClusters(\(Self.march), k: 11) { k } }",
            "{ lossClusters(period: {from: \"2025-01-01\", to: \"2025-12-31\"}) { k silhouette lostCount clusters { id } } }",
        ])
        #expect(results.prefix(3).flatMap(\.errors) == [])
        let report = results[0].data?["lossClusters"]
        #expect(report?["k"] == .int(4) && report?["silhouette"] == .double(1) && report?["lostCount"] == .int(25))
        guard case .array(let clusters)? = report?["clusters"], clusters.count == 4 else { Issue.record("four clusters"); return }
        #expect(clusters.map { $0["size"] } == [.int(10), .int(5), .int(5), .int(5)])
        #expect(clusters.map { $0["dominantReason"] } == ["PRICE", "COMPETITOR", "PRICE", "BUDGET"].map { .string($0) })
        #expect(clusters[0]["dominantReasonName"] == .string("价格过高"))
        #expect(clusters.map { cluster -> JSONValue? in
            guard case .array(let ids)? = cluster["sampleOpportunityIds"] else { return nil }
            return ids.first
        } == ["L01", "L11", "L21", "L26"].map { .string($0) })
        #expect(clusters[0]["sampleOpportunityIds"] == .array(["L01", "L02", "L03", "L04", "L05"].map { .string($0) }))
        #expect(clusters[0]["share"] == .double(0.4))
        // L01–L10's amounts: 0 + 2000 + … + 10000 of 353000.
        #expect(clusters[0]["amountShare"] == .double(54_000.0 / 353_000.0))
        // Support 1 for each of its values. Lift 25/10 for s2 and a competitor (10 of 25 lost
        // deals), 25/15 for PRICE, R1 and X (15 of 25); the rest are on every lost deal (lift 1).
        func trait(_ attribute: String, _ value: String, _ label: String, _ lift: Double) -> JSONValue {
            .object([("attribute", .string(attribute)), ("value", .string(value)), ("label", .string(label)),
                     ("support", .double(1)), ("lift", .double(lift))])
        }
        #expect(clusters[0]["traits"] == .array([
            trait("LOST_AT_STAGE", "s2", "方案比价", 2.5), trait("COMPETITOR", "YES", "有竞品", 2.5),
            trait("REASON", "PRICE", "价格过高", 250.0 / 150.0), trait("REGION", "R1", "华东战区", 250.0 / 150.0),
            trait("PRODUCT", "X", "64排CT", 250.0 / 150.0),
        ]))
        // k chosen in 2…6: 4 (silhouette 1); the same answer when asked again.
        #expect(results[1].data?["lossClusters"] == report)
        #expect(results[2].data?["lossClusters"] == report)
        for invalid in results[3...4] {
            #expect(invalid.errors.map(\.code) == [.badUserInput])
            #expect(invalid.errors.first?.message.hasPrefix("k must be between 2 and 10") == true)
        }
        #expect(results[5].data?["lossClusters"] == .object([
            ("k", .int(0)), ("silhouette", .null), ("lostCount", .int(0)), ("clusters", .array([])),
        ]))
    }
}
